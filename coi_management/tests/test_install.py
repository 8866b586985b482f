import frappe

from coi_management.setup import install
from coi_management.tests.utils import COITestCase

ROLES = ("COI Official", "COI Superior", "COI Manager", "COI Inspector", "COI Executive", "COI Administrator")


class TestInstall(COITestCase):
	def test_roles_exist_with_desk_access(self):
		self.assertEqual(install.ROLES, ROLES)
		for role in ROLES:
			self.assertEqual(frappe.db.get_value("Role", role, "desk_access"), 1, role)

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
