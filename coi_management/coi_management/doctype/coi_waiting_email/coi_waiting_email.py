# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document


class COIWaitingEmail(Document):
	"""Held by coi_management.core.notices until an outgoing e-mail account exists."""
