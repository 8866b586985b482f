"""A complaint waits for its handler: an assignment to the COI Managers on receipt, to the examining
superior under Banjarmasin, and to the handler again when the reporter replies (core/queue.py)."""

import frappe

from coi_management.complaints import handling, tracking
from coi_management.complaints.tests.test_complaint import REPORTER_CONTACT, REPORTER_NAME, ComplaintCase
from coi_management.core import notices, states
from coi_management.tests.factories import BANJARMASIN


def open_todos(doc):
	return frappe.get_all(
		"ToDo",
		filters={"reference_type": "Complaint", "reference_name": doc.name, "status": "Open"},
		fields=["allocated_to", "description"],
	)


class TestComplaintQueue(ComplaintCase):
	def test_received_complaint_waits_for_the_managers_and_leaks_nothing(self):
		doc, _code = self.new_complaint()
		rows = open_todos(doc)
		self.assertIn(self.manager, {row.allocated_to for row in rows})
		self.assertNotIn(self.staff.user, {row.allocated_to for row in rows})
		for row in rows:
			for secret in (REPORTER_NAME, REPORTER_CONTACT, doc.description, doc.subject):
				self.assertNotIn(secret, row.description)

	def test_banjarmasin_examiner_is_assigned_and_released(self):
		self.set_active_regulation(BANJARMASIN)
		doc, _code = self.new_complaint()
		self.act(doc, states.VERIFY, self.manager)
		self.assertEqual({row.allocated_to for row in open_todos(doc)}, {self.mid.user})
		self.act(doc, states.START_EXAMINATION, self.mid.user)
		self.assertEqual({row.allocated_to for row in open_todos(doc)}, {self.mid.user})
		self.act(doc, states.DECLARE_UNFOUNDED, self.mid.user)
		self.assertFalse(open_todos(doc))

	def test_reporter_reply_reaches_the_handler(self):
		doc, code = self.new_complaint()
		frappe.set_user(self.manager)
		handling.send_message(doc.name, "Mohon lampirkan bukti kontrak.")
		frappe.set_user("Administrator")
		self.act(doc, states.REQUEST_MORE_INFORMATION, self.manager)
		self.assertFalse(open_todos(doc))  # waits for the reporter, not for the handler
		before = len(notices.pending())
		tracking.post_reply(code, "Bukti kontrak terlampir.")
		self.assertIn(self.manager, {row.allocated_to for row in open_todos(doc)})
		new = notices.pending()[before:]
		self.assertTrue(any(self.manager in str(n) and doc.name in str(n) for n in new), new)
		frappe.set_user(self.manager)
		handling.send_message(doc.name, "Terima kasih.")
		frappe.set_user("Administrator")
		self.assertFalse(open_todos(doc))
