# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class COISettings(Document):
	def validate(self):
		if self.active_regulation and not frappe.db.get_value(
			"COI Regulation", self.active_regulation, "enabled"
		):
			frappe.throw(
				_("{0} {1} is disabled.").format(_("COI Regulation"), frappe.bold(self.active_regulation))
			)
