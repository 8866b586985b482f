# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.declarations import control_decision as rules


class ControlDecision(Document):
	def validate(self):
		rules.set_defaults(self)
		if self.docstatus == 0:
			rules.validate_parties(self)
			rules.validate_control(self)
			rules.validate_dates(self)

	def before_submit(self):
		rules.before_submit(self)

	def on_submit(self):
		rules.on_submit(self)

	def before_update_after_submit(self):
		rules.check_transition(self)

	def before_cancel(self):
		rules.before_cancel(self)
