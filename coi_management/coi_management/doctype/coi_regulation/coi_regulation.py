# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from coi_management.programme import risk


class COIRegulation(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		abbr: DF.Data
		asset_threshold_amount: DF.Currency
		complaint_acknowledge_days: DF.Int
		complaint_examination_days: DF.Int
		complaint_response_days: DF.Int
		cooling_off_years: DF.Int
		decision_deadline_days: DF.Int
		enabled: DF.Check
		legal_basis: DF.SmallText | None
		regulation_name: DF.Data
		retirement_notice_days: DF.Int
		review_deadline_days: DF.Int
		review_in_working_days: DF.Check
		share_threshold_percent: DF.Percent

	# end: auto-generated types
	def validate(self):
		self.validate_deadlines()
		self.validate_thresholds()
		risk.validate_matrix(self)

	def validate_deadlines(self):
		if (self.decision_deadline_days or 0) < 1:
			frappe.throw(
				_("{0} must be at least 1.").format(_(self.meta.get_label("decision_deadline_days"))),
				frappe.ValidationError,
			)
		for fieldname in ("review_deadline_days", "retirement_notice_days"):
			if (self.get(fieldname) or 0) < 0:
				frappe.throw(_("{0} cannot be negative.").format(_(self.meta.get_label(fieldname))))
		if (self.cooling_off_years or 0) < 1:
			frappe.throw(_("{0} must be at least 1.").format(_(self.meta.get_label("cooling_off_years"))))

	def validate_thresholds(self):
		if not 0 <= (self.share_threshold_percent or 0) <= 100:
			frappe.throw(
				_("{0} must be between 0 and 100.").format(_(self.meta.get_label("share_threshold_percent")))
			)
		if (self.asset_threshold_amount or 0) < 0:
			frappe.throw(
				_("{0} cannot be negative.").format(_(self.meta.get_label("asset_threshold_amount")))
			)

	def on_update(self):
		frappe.clear_document_cache("COI Settings", "COI Settings")

	def on_trash(self):
		if frappe.db.get_single_value("COI Settings", "active_regulation") == self.name:
			frappe.throw(_("{0} is the active regulation profile and cannot be deleted.").format(self.name))
