"""Each user's landing page (monitoring/landing.py): one's own register and declarations, one's own
queue with days left, the reports only for the monitoring roles."""

import frappe
from frappe import _

from coi_management.core import clock
from coi_management.monitoring import landing
from coi_management.tests.factories import DeclarationTestCase, call_whitelisted


class TestLanding(DeclarationTestCase):
	def status_of(self, user):
		frappe.set_user(user)
		try:
			return call_whitelisted("coi_management.monitoring.landing.my_status")
		finally:
			frappe.set_user("Administrator")

	def test_an_official_sees_their_register_and_their_declarations_only(self):
		mine = self.declared()
		theirs = self.declared(self.colleague)
		status = self.status_of(self.declarant.user)
		self.assertEqual(status["official"]["name"], self.declarant.name)
		register = status["register"]
		self.assertEqual(register["period"], clock.today().year)
		filing_status = register["status"]
		self.assertIn(filing_status, ("Not Filed", "Overdue"))
		self.assertEqual(register["status_label"], _(filing_status))
		self.assertEqual([d.name for d in status["declarations"]], [mine.name])
		self.assertEqual(status["reports"], [])  # an official has no monitoring figures
		# the declarant has nothing to act on; the superior has the declaration to decide
		self.assertEqual(status["queue"], [])
		queue = {q["name"]: q for q in self.status_of(self.superior.user)["queue"]}
		self.assertEqual(queue[mine.name]["doctype"], "Declaration")  # and the colleague's, same superior
		self.assertEqual(queue[mine.name]["days_left"], frappe.utils.date_diff(mine.due_date, clock.today()))
		self.assertEqual(set(queue), {mine.name, theirs.name})
		self.assertNotIn(mine.name, [q["name"] for q in self.status_of(self.colleague.user)["queue"]])

	def test_monitoring_roles_get_their_reports_and_no_register(self):
		status = self.status_of(self.executive)
		self.assertIsNone(status["official"])
		self.assertIsNone(status["register"])
		self.assertIn("Kepatuhan Daftar Kepentingan", [r["name"] for r in status["reports"]])

	def test_an_assignment_the_user_may_no_longer_read_is_left_out(self):
		mine = self.declared()
		frappe.get_doc(
			{
				"doctype": "ToDo",
				"allocated_to": self.colleague.user,
				"reference_type": "Declaration",
				"reference_name": mine.name,
				"description": "salah alamat",
			}
		).insert(ignore_permissions=True)
		self.assertFalse(frappe.has_permission("Declaration", "read", mine.name, user=self.colleague.user))
		self.assertEqual(self.status_of(self.colleague.user)["queue"], [])
