"""Appreciation (S 34): proposed by the COI Manager, approved by the head of region or delegate."""

import frappe

from coi_management.core.roles import EXECUTIVE, INSPECTOR, MANAGER
from coi_management.programme import appreciation
from coi_management.programme.tests import scenario
from coi_management.tests.factories import COITestCase, make_official, make_user, make_work_unit, register_doc


class TestAppreciation(COITestCase):
	def setUp(self):
		super().setUp()
		unit = make_work_unit().name
		self.boss = make_official("Atasan Apresiasi", work_unit=unit)
		self.official = make_official("Teladan Apresiasi", work_unit=unit, superior=self.boss.name)
		self.peer = make_official("Rekan Apresiasi", work_unit=unit)
		self.manager = make_user(roles=(MANAGER,)).name
		self.executive = make_user(roles=(EXECUTIVE,)).name

	def propose(self, **kw):
		frappe.set_user(self.manager)
		try:
			return scenario.appreciation(self.official.name, **kw)
		finally:
			frappe.set_user("Administrator")

	def test_manager_proposes_executive_approves(self):
		doc = self.propose(counts_toward_performance=1)
		self.assertEqual((doc.granted_by, doc.status), (self.manager, "Draft"))
		frappe.set_user(self.manager)
		with self.assertRaises(frappe.PermissionError):  # the proposer does not approve
			frappe.get_doc("COI Appreciation", doc.name).submit()
		frappe.set_user(self.executive)
		approved = frappe.get_doc("COI Appreciation", doc.name)
		approved.submit()
		self.assertEqual((approved.status, approved.approved_by), ("Approved", self.executive))
		self.assertEqual(approved.approved_by_name, frappe.utils.get_fullname(self.executive))
		self.assertEqual(approved.granted_by_name, frappe.utils.get_fullname(self.manager))
		self.assertEqual(appreciation.performance_count(self.official.name), 1)

	def test_only_the_manager_proposes(self):
		for user in (self.executive, make_user(roles=(INSPECTOR,)).name, self.official.user):
			frappe.set_user(user)
			with self.subTest(user=user), self.assertRaises(frappe.PermissionError):
				scenario.appreciation(self.official.name)

	def test_approver_approves_as_proposed_and_not_for_themselves(self):
		doc = self.propose()
		frappe.set_user(self.executive)
		changed = frappe.get_doc("COI Appreciation", doc.name)
		changed.counts_toward_performance = 1
		with self.assertRaises(frappe.PermissionError):
			changed.save()
		frappe.set_user("Administrator")
		frappe.get_doc("User", self.official.user).add_roles(EXECUTIVE)
		frappe.set_user(self.official.user)
		with self.assertRaises(frappe.PermissionError):
			frappe.get_doc("COI Appreciation", doc.name).submit()

	def test_date_and_evidence_are_checked(self):
		frappe.flags.current_date = "2026-06-01"
		with self.assertRaises(appreciation.AppreciationError):
			self.propose(appreciation_date="2026-06-02")
		frappe.set_user(self.peer.user)
		others = register_doc(self.peer.name).insert().name
		frappe.set_user(self.official.user)
		own = register_doc(self.official.name).insert()
		own.submit()
		with self.assertRaises(appreciation.AppreciationError):
			self.propose(evidence_doctype="Interest Register", evidence_name=others)
		with self.assertRaises(frappe.LinkValidationError):
			self.propose(evidence_doctype="Interest Register", evidence_name="DKP-0000-00000")
		doc = self.propose(
			appreciation_kind="Register Filed Early",
			evidence_doctype="Interest Register",
			evidence_name=own.name,
		)
		self.assertEqual(doc.evidence_name, own.name)

	def test_who_reads_an_appreciation(self):
		doc = self.propose()
		for user, readable in (
			(self.official.user, True),
			(self.boss.user, True),
			(self.peer.user, False),
			(self.executive, True),
		):
			frappe.set_user(user)
			with self.subTest(user=user):
				self.assertEqual(frappe.has_permission("COI Appreciation", "read", doc=doc.name), readable)
		frappe.set_user(self.official.user)
		self.assertFalse(frappe.has_permission("COI Appreciation", "write", doc=doc.name))

	def test_certificate_prints_in_indonesian(self):
		doc = self.propose(reason="Melapor <script>x</script> lebih awal")
		frappe.set_user(self.executive)
		frappe.get_doc("COI Appreciation", doc.name).submit()
		frappe.set_user("Administrator")
		frappe.local.lang = "id"
		try:
			html = frappe.get_print("COI Appreciation", doc.name, "Piagam Apresiasi")
		finally:
			frappe.local.lang = "en"
		self.assertIn("PIAGAM APRESIASI", html)
		self.assertIn("Teladan Apresiasi", html)
		self.assertIn("Deklarasi Tepat Waktu", html)
		self.assertNotIn("<script>x</script>", html)

	def test_proposer_cannot_be_rewritten_to_approve_oneself(self):
		both = make_user(roles=(MANAGER, EXECUTIVE)).name
		frappe.set_user(both)
		doc = scenario.appreciation(self.official.name)
		doc.granted_by = self.manager
		doc.save()
		self.assertEqual(frappe.db.get_value("COI Appreciation", doc.name, "granted_by"), both)
		with self.assertRaises(frappe.PermissionError):
			frappe.get_doc("COI Appreciation", doc.name).submit()
