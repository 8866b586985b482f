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
