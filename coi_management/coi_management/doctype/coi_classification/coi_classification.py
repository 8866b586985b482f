# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class COIClassification(Document):
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
		parent = frappe.db.get_value(
			"COI Classification",
			self.parent_classification,
			["regulation", "classification_type"],
			as_dict=True,
		)
		if (
			not parent
			or parent.regulation != self.regulation
			or parent.classification_type != "Conflict Source"
		):
			frappe.throw(
				_("{0} must be a {1} of the same regulation.").format(
					_("Parent Classification"), _("Conflict Source")
				)
			)
