# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document


class MonitoringReportFigure(Document):
	pass
