import frappe

from coi_management.core import roles
from coi_management.setup import install
from coi_management.tests.factories import COITestCase


class TestInstall(COITestCase):
	def test_roles_exist_with_desk_access(self):
		for role in roles.APP_ROLES:
			self.assertEqual(frappe.db.get_value("Role", role, "desk_access"), 1, role)

	def test_doctype_permissions_name_only_known_roles(self):
		"""A role named in a DocType's permission rows is one of the app's or one Frappe ships."""
		frappe_roles = {roles.SYSTEM_MANAGER, "Guest", "All", "Administrator"}
		for doctype in frappe.get_all("DocType", filters={"module": "COI Management"}, pluck="name"):
			for row in frappe.get_meta(doctype).permissions:
				self.assertIn(row.role, {*roles.APP_ROLES, *frappe_roles}, f"{doctype}: {row.role}")

	def test_every_hook_of_the_app_resolves(self):
		"""Scheduled jobs, document events, permission rules and install hooks name real functions."""
		hooks = frappe.get_hooks(app_name="coi_management")

		def flatten(value):
			if isinstance(value, str):
				yield value
			elif isinstance(value, dict):
				for item in value.values():
					yield from flatten(item)
			else:
				for item in value:
					yield from flatten(item)

		paths = list(
			flatten(
				[
					hooks[key]
					for key in (
						"scheduler_events",
						"permission_query_conditions",
						"has_permission",
						"doc_events",
						"boot_session",
						"after_install",
						"after_migrate",
						"before_uninstall",
						"before_tests",
					)
				]
			)
		)
		self.assertGreater(len(paths), 15)
		for path in paths:
			self.assertTrue(callable(frappe.get_attr(path)), path)

	def test_profiles_and_settings_exist(self):
		self.assertTrue(frappe.db.exists("COI Regulation", "Perbup Semarang 28/2025"))
		self.assertTrue(frappe.db.exists("COI Regulation", "Perwali Banjarmasin 92/2020"))
		self.assertEqual(
			frappe.db.get_single_value("COI Settings", "active_regulation"), "Perbup Semarang 28/2025"
		)
		self.assertEqual(frappe.db.get_single_value("COI Settings", "holiday_list"), "Indonesia - Nasional")

	def test_setup_is_idempotent(self):
		def counts():
			return {
				doctype: frappe.db.count(doctype)
				for doctype in (
					"Role",
					"COI Regulation",
					"COI Classification",
					"COI Holiday List",
					"COI Holiday",
				)
			}

		before = counts()
		install.setup()
		install.setup()
		self.assertEqual(counts(), before)

	def test_setup_keeps_administrator_changes(self):
		frappe.db.set_value("COI Classification", "SMG-2025-6a", "title", "Diubah admin")
		frappe.db.set_value("COI Regulation", "Perbup Semarang 28/2025", "decision_deadline_days", 5)
		install.setup()
		self.assertEqual(frappe.db.get_value("COI Classification", "SMG-2025-6a", "title"), "Diubah admin")
		self.assertEqual(
			frappe.db.get_value("COI Regulation", "Perbup Semarang 28/2025", "decision_deadline_days"), 5
		)

	def test_setup_restores_a_deleted_classification(self):
		frappe.delete_doc("COI Classification", "SMG-2025-8.2k", force=True)
		install.setup()
		self.assertTrue(frappe.db.exists("COI Classification", "SMG-2025-8.2k"))
