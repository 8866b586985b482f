# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.complaints import confidentiality


class ComplaintReporter(Document):
	"""The reporter's identity and protection from retaliation, readable only by the COI Manager and
	the COI Inspector; kept without version history (S 32(3))."""

	def validate(self):
		confidentiality.encrypt_identity(self)
