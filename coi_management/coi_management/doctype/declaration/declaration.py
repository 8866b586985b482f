# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.declarations import declaration as rules
from coi_management.declarations import notices, queue


class Declaration(Document):
	def validate(self):
		rules.set_defaults(self)
		if self.docstatus == 0:
			rules.validate_declarant(self)
			rules.validate_superior(self)
			rules.validate_classification(self)
			rules.validate_reference(self)
			rules.validate_timing(self)
		rules.check_transition(self)

	def before_submit(self):
		rules.validate_statement(self)
		rules.on_declare(self)

	def on_submit(self):
		notices.on_declaration_change(self, "submit")
		queue.on_declaration_change(self)

	def before_update_after_submit(self):
		rules.protect_after_submit(self)
		rules.check_transition(self)

	def on_update_after_submit(self):
		notices.on_declaration_change(self, "update")
		queue.on_declaration_change(self)

	def before_cancel(self):
		rules.check_transition(self)
		rules.before_cancel(self)

	def on_cancel(self):
		notices.on_declaration_change(self, "cancel")
		queue.on_declaration_change(self)
