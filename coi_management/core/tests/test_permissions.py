"""Who sees which Official, over every channel: list, report view, document, REST, link search, print."""

import frappe
from frappe.desk.reportview import execute as reportview_execute
from frappe.desk.search import search_link

from coi_management.core.roles import ADMINISTRATOR, EXECUTIVE, INSPECTOR, MANAGER, OFFICIAL
from coi_management.tests.factories import COITestCase, make_official, make_user, make_work_unit


class TestOfficialPermissions(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		unit = make_work_unit().name
		cls.head = make_official("Kepala Uji", work_unit=unit)
		cls.middle = make_official("Kabid Uji", work_unit=unit, superior=cls.head.name)
		cls.staff = make_official("Staf Uji", work_unit=unit, superior=cls.middle.name)
		cls.peer = make_official("Rekan Uji", work_unit=unit)  # no superior in this chain
		cls.all = {cls.head.name, cls.middle.name, cls.staff.name, cls.peer.name}

	def visible(self, user) -> set[str]:
		frappe.set_user(user)
		try:
			listed = set(frappe.get_list("Official", pluck="name", limit_page_length=0)) & self.all
			# what the desk's list and report view call
			report = reportview_execute("Official", fields=["name"], limit_page_length=0)
			reported = {row.name for row in report} & self.all
			self.assertEqual(listed, reported, "list and report view disagree")
			readable = {name for name in self.all if frappe.has_permission("Official", "read", doc=name)}
			self.assertEqual(listed, readable, "list and document access disagree")
			return listed
		finally:
			frappe.set_user("Administrator")

	def test_official_sees_only_themself(self):
		self.assertEqual(self.visible(self.staff.user), {self.staff.name})
		self.assertEqual(self.visible(self.peer.user), {self.peer.name})

	def test_superior_sees_direct_and_indirect_reports(self):
		self.assertEqual(self.visible(self.head.user), {self.head.name, self.middle.name, self.staff.name})
		self.assertEqual(self.visible(self.middle.user), {self.middle.name, self.staff.name})

	def test_organisation_wide_roles_see_everyone(self):
		for role in (MANAGER, INSPECTOR, EXECUTIVE, ADMINISTRATOR):
			with self.subTest(role=role):
				self.assertEqual(self.visible(make_user(roles=(role,)).name), self.all)

	def test_user_without_official_sees_nobody(self):
		self.assertEqual(self.visible(make_user(roles=(OFFICIAL,)).name), set())

	def test_official_cannot_open_another_official_over_rest(self):
		frappe.set_user(self.staff.user)
		from frappe.client import get as client_get

		with self.assertRaises(frappe.PermissionError):
			client_get("Official", self.peer.name)
		self.assertEqual(client_get("Official", self.staff.name)["name"], self.staff.name)

	def test_link_search_is_scoped(self):
		frappe.set_user(self.middle.user)
		found = {row["value"] for row in search_link("Official", "Uji", page_length=50)}
		self.assertEqual(found & self.all, {self.middle.name, self.staff.name})

	def test_print_is_scoped(self):
		from frappe.www.printview import get_html_and_style

		frappe.set_user(self.staff.user)
		with self.assertRaises(frappe.PermissionError):
			get_html_and_style("Official", self.peer.name)
		self.assertIn("Staf Uji", get_html_and_style("Official", self.staff.name)["html"])

	def test_official_cannot_edit_own_profile(self):
		frappe.set_user(self.staff.user)
		doc = frappe.get_doc("Official", self.staff.name)
		doc.full_name = "Nama Lain"
		with self.assertRaises(frappe.PermissionError):
			doc.save()
