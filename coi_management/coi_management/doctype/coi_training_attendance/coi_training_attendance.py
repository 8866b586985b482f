# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.programme import training


class COITrainingAttendance(Document):
	def validate(self):
		training.validate_attendance(self)

	def on_update(self):
		training.after_attendance_change(self)

	def after_delete(self):
		training.after_attendance_change(self)
