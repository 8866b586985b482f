# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.declarations import control_decision as rules
from coi_management.declarations import notices, queue


class ControlDecision(Document):
	def validate(self):
		rules.set_defaults(self)
		# on save and on submit alike (a decision submitted directly over REST skips no rule)
		if self._action in ("save", "submit"):
			rules.validate_parties(self)
			rules.validate_reference(self)
			rules.validate_control(self)
			rules.validate_dates(self)

	def before_submit(self):
		rules.before_submit(self)

	def on_submit(self):
		rules.on_submit(self)
		notices.on_decision_change(self, "submit")
		queue.on_decision_change(self)

	def before_update_after_submit(self):
		rules.protect_after_submit(self)
		rules.check_transition(self)

	def on_update_after_submit(self):
		notices.on_decision_change(self, "update")
		queue.on_decision_change(self)

	def before_cancel(self):
		rules.before_cancel(self)

	def on_cancel(self):
		queue.on_decision_change(self)

	def on_trash(self):
		rules.refuse_delete(self)
