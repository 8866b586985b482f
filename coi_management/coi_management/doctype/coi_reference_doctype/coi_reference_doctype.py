# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document


class COIReferenceDocType(Document):
	"""A DocType a declaration, decision or screening may name as the decision faced (COI Settings)."""

	pass
