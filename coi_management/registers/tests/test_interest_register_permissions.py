"""Who sees which Interest Register, over every channel: list, report view, document, REST,
link search and print; and who may file, submit and amend."""

import json

import frappe
from frappe.desk.reportview import execute as reportview_execute
from frappe.desk.search import search_link

from coi_management.core.roles import ADMINISTRATOR, EXECUTIVE, INSPECTOR, MANAGER, OFFICIAL
from coi_management.registers.interest_register import family_relationships
from coi_management.tests.factories import (
	COITestCase,
	call_whitelisted,
	make_official,
	make_user,
	make_work_unit,
	register_doc,
)

DOCTYPE = "Interest Register"


class TestInterestRegisterPermissions(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.flags.current_date = "2026-02-10"
		unit = make_work_unit().name
		cls.head = make_official("Kepala DKP", work_unit=unit)
		cls.middle = make_official("Kabid DKP", work_unit=unit, superior=cls.head.name)
		cls.staff = make_official("Staf DKP", work_unit=unit, superior=cls.middle.name)
		cls.peer = make_official("Rekan DKP", work_unit=unit)
		cls.registers = {}
		for official in (cls.head, cls.middle, cls.staff, cls.peer):
			doc = register_doc(official.name).insert()
			doc.submit()
			cls.registers[official.name] = doc.name
		cls.manager = make_user(roles=(MANAGER,)).name
		cls.inspector = make_user(roles=(INSPECTOR,)).name
		frappe.flags.current_date = None

	def names(self, *officials) -> set[str]:
		return {self.registers[official.name] for official in officials}

	def visible(self, user) -> set[str]:
		everything = set(self.registers.values())
		frappe.set_user(user)
		try:
			listed = set(frappe.get_list(DOCTYPE, pluck="name", limit_page_length=0)) & everything
			report = reportview_execute(DOCTYPE, fields=["name"], limit_page_length=0)
			self.assertEqual(
				listed, {row.name for row in report} & everything, "list and report view disagree"
			)
			readable = {name for name in everything if frappe.has_permission(DOCTYPE, "read", doc=name)}
			self.assertEqual(listed, readable, "list and document access disagree")
			found = {row["value"] for row in search_link(DOCTYPE, "DKP", page_length=100)} & everything
			self.assertEqual(listed, found, "list and link search disagree")
			return listed
		finally:
			frappe.set_user("Administrator")

	def test_official_sees_only_own(self):
		self.assertEqual(self.visible(self.staff.user), self.names(self.staff))
		self.assertEqual(self.visible(self.peer.user), self.names(self.peer))

	def test_superior_sees_direct_and_indirect_reports(self):
		self.assertEqual(self.visible(self.head.user), self.names(self.head, self.middle, self.staff))
		self.assertEqual(self.visible(self.middle.user), self.names(self.middle, self.staff))

	def test_manager_and_inspector_see_all(self):
		for user in (self.manager, self.inspector):
			with self.subTest(user=user):
				self.assertEqual(self.visible(user), set(self.registers.values()))

	def test_other_roles_see_nothing(self):
		for role in (EXECUTIVE, ADMINISTRATOR):
			with self.subTest(role=role):
				user = make_user(roles=(role,)).name
				frappe.set_user(user)
				with self.assertRaises(frappe.PermissionError):
					frappe.get_list(DOCTYPE)
		self.assertEqual(self.visible(make_user(roles=(OFFICIAL,)).name), set())

	def test_rest_get_is_scoped(self):
		from frappe.client import get as client_get

		frappe.set_user(self.staff.user)
		with self.assertRaises(frappe.PermissionError):
			client_get(DOCTYPE, self.registers[self.peer.name])
		self.assertEqual(client_get(DOCTYPE, self.registers[self.staff.name])["official"], self.staff.name)

	def test_print_is_scoped(self):
		from frappe.www.printview import get_html_and_style

		frappe.set_user(self.staff.user)
		with self.assertRaises(frappe.PermissionError):
			get_html_and_style(DOCTYPE, self.registers[self.peer.name])
		html = get_html_and_style(DOCTYPE, self.registers[self.staff.name])["html"]
		self.assertIn("Staf DKP", html)

	def test_official_cannot_file_for_someone_else(self):
		frappe.set_user(self.staff.user)
		with self.assertRaises(frappe.PermissionError):
			register_doc(self.peer.name, period=2025).insert()
		register_doc(self.staff.name, period=2025).insert()

	def test_superior_reads_but_cannot_change_or_cancel(self):
		frappe.set_user(self.middle.user)
		doc = frappe.get_doc(DOCTYPE, self.registers[self.staff.name])
		for ptype in ("write", "cancel", "amend", "submit"):
			with self.subTest(ptype=ptype):
				self.assertFalse(frappe.has_permission(DOCTYPE, ptype, doc=doc))
		with self.assertRaises(frappe.PermissionError):
			doc.cancel()

	def test_official_amends_own_register(self):
		frappe.set_user(self.staff.user)
		doc = frappe.get_doc(DOCTYPE, self.registers[self.staff.name])
		self.assertTrue(frappe.has_permission(DOCTYPE, "amend", doc=doc))
		doc.cancel()
		amended = frappe.copy_doc(doc)
		amended.docstatus = 0
		amended.amended_from = doc.name
		amended.update({"statement_true": 1, "statement_manage": 1, "statement_update": 1})
		amended.insert()
		amended.submit()
		self.assertEqual(amended.docstatus, 1)

	def test_inspector_cannot_change(self):
		frappe.set_user(self.inspector)
		doc = frappe.get_doc(DOCTYPE, self.registers[self.staff.name])
		self.assertFalse(frappe.has_permission(DOCTYPE, "write", doc=doc))
		self.assertFalse(frappe.has_permission(DOCTYPE, "cancel", doc=doc))


class TestRegisterChildTables(COITestCase):
	"""A family member, holding or plan row is readable exactly when its register is: the child
	DocTypes have their own REST, report-view and count endpoints (``?parent=``)."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.flags.current_date = "2026-02-10"
		unit = make_work_unit().name
		cls.head = make_official("Kepala Anak", work_unit=unit)
		cls.staff = make_official("Staf Anak", work_unit=unit, superior=cls.head.name)
		cls.peer = make_official("Rekan Anak", work_unit=unit)
		cls.family = {}
		relationship = family_relationships()[0]
		for official in (cls.head, cls.staff, cls.peer):
			doc = register_doc(official.name, no_family=0)
			member = f"Keluarga {official.full_name}"
			doc.append("family", {"full_name": member, "relationship": relationship})
			doc.insert().submit()
			cls.family[official.name] = member
		cls.manager = make_user(roles=(MANAGER,)).name
		cls.executive = make_user(roles=(EXECUTIVE,)).name
		frappe.flags.current_date = None

	def members(self, *officials) -> set[str]:
		return {self.family[official.name] for official in officials}

	def rows_seen(self, user) -> set[str]:
		"""The family members ``user`` gets over REST list, report view and the counts."""
		ours = set(self.family.values())
		frappe.set_user(user)
		try:
			listed = call_whitelisted(
				"frappe.client.get_list",
				doctype="Interest Register Family",
				parent="Interest Register",
				fields=json.dumps(["full_name"]),
				limit_page_length=0,
			)
			rest = {row.full_name for row in listed} & ours
			report = reportview_execute(
				"Interest Register Family",
				fields=["full_name"],
				parent_doctype="Interest Register",
				limit_page_length=0,
			)
			self.assertEqual(rest, {row.full_name for row in report} & ours, "REST and report view disagree")
			for member in ours:
				counted = call_whitelisted(
					"frappe.client.get_count",
					doctype="Interest Register Family",
					parent="Interest Register",
					filters=json.dumps({"full_name": member}),
				)
				self.assertEqual(counted, int(member in rest), f"count oracle on {member}")
			with self.assertRaises(frappe.PermissionError):  # a child without its parent: no count
				call_whitelisted("frappe.client.get_count", doctype="Interest Register Family")
			return rest
		finally:
			frappe.set_user("Administrator")

	def test_official_reads_only_their_own_family(self):
		self.assertEqual(self.rows_seen(self.staff.user), self.members(self.staff))
		self.assertEqual(self.rows_seen(self.peer.user), self.members(self.peer))

	def test_superior_reads_their_subtree_and_manager_all(self):
		self.assertEqual(self.rows_seen(self.head.user), self.members(self.head, self.staff))
		self.assertEqual(self.rows_seen(self.manager), set(self.family.values()))

	def test_a_role_without_register_rights_reads_no_row(self):
		with self.assertRaises(frappe.PermissionError):
			self.rows_seen(self.executive)
