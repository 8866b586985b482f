# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.programme import appreciation


class COIAppreciation(Document):
	def validate(self):
		appreciation.validate(self)

	def before_submit(self):
		appreciation.before_submit(self)

	def on_cancel(self):
		appreciation.on_cancel(self)
