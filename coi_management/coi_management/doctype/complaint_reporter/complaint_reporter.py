# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document


class ComplaintReporter(Document):
	"""The reporter's identity and protection from retaliation, readable only by the COI Manager and
	the COI Inspector; kept without version history (S 32(3))."""
