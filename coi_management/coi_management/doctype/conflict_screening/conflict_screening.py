# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.screening import document


class ConflictScreening(Document):
	def validate(self):
		document.validate(self)

	def before_submit(self):
		document.before_submit(self)
