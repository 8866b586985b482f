# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management import control


class ControlDecision(Document):
	def validate(self):
		control.set_defaults(self)
		if self.docstatus == 0:
			control.validate_parties(self)
			control.validate_control(self)
			control.validate_dates(self)

	def before_submit(self):
		control.before_submit(self)

	def on_submit(self):
		control.on_submit(self)

	def before_update_after_submit(self):
		control.check_transition(self)

	def before_cancel(self):
		control.before_cancel(self)
