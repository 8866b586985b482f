# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.programme import consultation


class COIConsultation(Document):
	def validate(self):
		consultation.validate(self)

	def after_insert(self):
		consultation.after_insert(self)

	def on_update(self):
		consultation.on_update(self)
