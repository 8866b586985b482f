# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from coi_management.core import notices
from coi_management.registers.interest_register import parse_month_day


class COISettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		active_regulation: DF.Link
		head_of_region_title: DF.Literal["Regent", "Mayor", "Governor"]
		holiday_list: DF.Link | None
		institution_name: DF.Data
		language: DF.Link | None
		publish_public_register: DF.Check
		register_due_on: DF.Date
		register_reminder_days: DF.Data | None
		register_window_opens: DF.Date

	# end: auto-generated types
	def onload(self):
		# the form warns the administrator while no outgoing e-mail account exists (coi_settings.js)
		self.set_onload("email_setup_missing", notices.email_setup_missing())
		self.set_onload("waiting_emails", notices.waiting_email_count())

	def validate(self):
		self.validate_month_days()
		if self.active_regulation and not frappe.db.get_value(
			"COI Regulation", self.active_regulation, "enabled"
		):
			frappe.throw(
				_("{0} {1} is disabled.").format(_("COI Regulation"), frappe.bold(self.active_regulation))
			)

	def validate_month_days(self):
		for fieldname in ("register_window_opens", "register_due_on"):
			parse_month_day(self.get(fieldname), _(self.meta.get_label(fieldname)))
		for part in (self.register_reminder_days or "").split(","):
			if part.strip() and not part.strip().isdigit():
				frappe.throw(
					_("{0} must be whole numbers separated by commas, e.g. 30,7,1.").format(
						_(self.meta.get_label("register_reminder_days"))
					)
				)
