# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.cooling_off import record


class CoolingoffRecord(Document):
	def validate(self):
		record.fill_from_official(self)
		record.set_period(self)
		record.validate_unique(self)
		record.validate_entities(self)
		record.validate_exception(self)
