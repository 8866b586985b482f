# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.monitoring import annual


class MonitoringandEvaluationReport(Document):
	def validate(self):
		annual.validate(self)

	def before_submit(self):
		annual.before_submit(self)

	def before_update_after_submit(self):
		annual.before_update_after_submit(self)

	def before_cancel(self):
		annual.before_cancel(self)
