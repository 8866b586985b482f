# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from coi_management.core.working_days import WEEKDAYS, clear_calendar_cache


class COIHolidayList(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from coi_management.coi_management.doctype.coi_holiday.coi_holiday import COIHoliday

		friday_off: DF.Check
		holiday_list_name: DF.Data
		holidays: DF.Table[COIHoliday]
		monday_off: DF.Check
		saturday_off: DF.Check
		sunday_off: DF.Check
		thursday_off: DF.Check
		tuesday_off: DF.Check
		wednesday_off: DF.Check

	# end: auto-generated types
	def validate(self):
		self.validate_weekly_off()
		self.validate_duplicates()
		self.holidays.sort(key=lambda row: str(row.holiday_date))
		for idx, row in enumerate(self.holidays, start=1):
			row.idx = idx

	def validate_weekly_off(self):
		if all(self.get(f"{day}_off") for day in WEEKDAYS):
			frappe.throw(_("At least one day of the week must be a working day."))

	def validate_duplicates(self):
		seen = set()
		for row in self.holidays:
			key = str(row.holiday_date)
			if key in seen:
				frappe.throw(
					_("Row {0}: {1} {2} is listed twice.").format(
						row.idx, _("Date"), frappe.format(row.holiday_date, "Date")
					)
				)
			seen.add(key)

	def on_update(self):
		clear_calendar_cache(self.name)

	def on_trash(self):
		clear_calendar_cache(self.name)
