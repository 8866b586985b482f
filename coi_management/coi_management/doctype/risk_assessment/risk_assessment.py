# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.programme import risk


class RiskAssessment(Document):
	def validate(self):
		risk.validate(self)

	def on_submit(self):
		risk.on_submit(self)

	def on_cancel(self):
		risk.on_cancel(self)
