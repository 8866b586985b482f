# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

VULNERABLE_FUNCTIONS = (
	"fn_planning",
	"fn_rule_making",
	"fn_procurement",
	"fn_licensing",
	"fn_hr",
	"fn_supervision",
	"fn_assessment",
)
HIGH_RISK_FUNCTIONS = ("fn_procurement", "fn_licensing")


class Position(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		description: DF.SmallText | None
		fn_assessment: DF.Check
		fn_hr: DF.Check
		fn_licensing: DF.Check
		fn_planning: DF.Check
		fn_procurement: DF.Check
		fn_rule_making: DF.Check
		fn_supervision: DF.Check
		position_name: DF.Data
		position_type: DF.Literal[
			"", "Senior Executive", "Administrator", "Supervisor", "Functional", "Executor"
		]
		risk_level: DF.Literal["", "Low", "Medium", "High"]
		work_unit: DF.Link | None

	# end: auto-generated types
	def validate(self):
		if not self.risk_level:
			self.risk_level = suggested_risk_level(self)


def suggested_risk_level(position) -> str:
	"""S Lampiran C: procurement and licensing carry the highest risk; any vulnerable function some."""
	if any(position.get(fn) for fn in HIGH_RISK_FUNCTIONS):
		return "High"
	if any(position.get(fn) for fn in VULNERABLE_FUNCTIONS):
		return "Medium"
	return "Low"
