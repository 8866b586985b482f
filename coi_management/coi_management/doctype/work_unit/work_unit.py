# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe.utils.nestedset import NestedSet


class WorkUnit(NestedSet):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		abbreviation: DF.Data | None
		disabled: DF.Check
		is_group: DF.Check
		lft: DF.Int
		old_parent: DF.Link | None
		parent_work_unit: DF.Link | None
		rgt: DF.Int
		unit_type: DF.Literal[
			"", "Regional Apparatus", "Division", "Section", "Sub-division", "Technical Unit"
		]
		work_unit_name: DF.Data
	# end: auto-generated types
	nsm_parent_field = "parent_work_unit"

	def autoname(self):
		# Units with the same name ("Sekretariat") exist in many perangkat daerah.
		self.name = self.work_unit_name
		if frappe.db.exists("Work Unit", self.name) and self.parent_work_unit:
			parent_abbr = frappe.db.get_value("Work Unit", self.parent_work_unit, "abbreviation")
			self.name = f"{self.work_unit_name} - {parent_abbr or self.parent_work_unit}"

	def on_trash(self):
		super().on_trash(allow_root_deletion=True)


@frappe.whitelist()
def get_children(
	doctype: str, parent: str | None = None, is_root: bool = False, root_unit: str | None = None, **kwargs
):
	"""Tree view nodes: the perangkat daerah at the top (several roots), then their units; with the
	tree's filter ``root_unit``, that unit alone at the top."""
	filters = [["disabled", "=", 0]]
	if is_root or not parent or not frappe.db.exists("Work Unit", parent):
		if root_unit:
			filters.append(["name", "=", root_unit])
		else:
			filters.append(["parent_work_unit", "is", "not set"])
	else:
		filters.append(["parent_work_unit", "=", parent])
	return frappe.get_list(
		"Work Unit",
		fields=["name as value", "work_unit_name as title", "is_group as expandable"],
		filters=filters,
		order_by="lft asc",
	)
