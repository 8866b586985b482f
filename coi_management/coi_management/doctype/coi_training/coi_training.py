# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.programme import training


class COITraining(Document):
	def validate(self):
		training.validate(self)

	def on_trash(self):
		training.on_trash(self)
