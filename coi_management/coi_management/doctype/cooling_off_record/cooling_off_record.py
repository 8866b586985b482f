# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management import cooling_off


class CoolingoffRecord(Document):
	def validate(self):
		cooling_off.fill_from_official(self)
		cooling_off.set_period(self)
		cooling_off.validate_unique(self)
		cooling_off.validate_entities(self)
		cooling_off.validate_exception(self)
