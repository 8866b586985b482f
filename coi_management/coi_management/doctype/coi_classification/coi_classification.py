# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from coi_management.core.regulation import check_classification


class COIClassification(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		article: DF.Data | None
		classification_type: DF.Literal[
			"", "Conflict Source", "Conflict Sub-kind", "Conflict Form", "Conflict Type", "Control Option"
		]
		code: DF.Data
		description: DF.SmallText | None
		enabled: DF.Check
		finding: DF.Literal["", "No Actual Conflict", "Actual Conflict", "Any"]
		is_family: DF.Check
		is_preventive: DF.Check
		outcome: DF.Literal[
			"",
			"Continue",
			"Superior Takes Over",
			"Reassign",
			"Restricted Access",
			"Divestment",
			"Rotation",
			"Recusal",
			"Resignation",
			"Sanction",
			"Other",
		]
		parent_classification: DF.Link | None
		regulation: DF.Link
		requires_assignee: DF.Check
		requires_follow_up_date: DF.Check
		requires_restriction_scope: DF.Check
		sort_order: DF.Int
		title: DF.Data

	# end: auto-generated types
	def autoname(self):
		abbr = frappe.db.get_value("COI Regulation", self.regulation, "abbr")
		self.name = f"{abbr}-{self.code}"

	def validate(self):
		self.validate_parent()
		if self.classification_type != "Control Option":
			for fieldname in ("finding", "outcome"):
				self.set(fieldname, None)
			for fieldname in (
				"is_preventive",
				"requires_assignee",
				"requires_follow_up_date",
				"requires_restriction_scope",
			):
				self.set(fieldname, 0)
		if self.classification_type != "Conflict Source":
			self.is_family = 0

	def validate_parent(self):
		if self.classification_type != "Conflict Sub-kind":
			self.parent_classification = None
			return
		check_classification(
			self.parent_classification,
			self.regulation,
			"Conflict Source",
			label=_("Parent Classification"),
		)
