"""Who sees which Interest Register, over every channel: list, report view, document, REST,
link search and print; and who may file, submit and amend."""

import frappe
from frappe.desk.reportview import execute as reportview_execute
from frappe.desk.search import search_link

from coi_management.core.roles import ADMINISTRATOR, EXECUTIVE, INSPECTOR, MANAGER, OFFICIAL
from coi_management.tests.factories import COITestCase, make_official, make_user, make_work_unit, register_doc

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
