"""Report 4, Masa Tunggu (S 27): cooling-off records per work unit rolled up the Work Unit tree —
running in the period, started and ended in it, active and expired now, and consultancy exceptions
granted under S 27(4). Figures only, never who.

A Superior counts the records of the work units in their own unit's subtree (their record rule).
"""

import frappe
from frappe import _

from coi_management.core import clock
from coi_management.monitoring.compliance import _indent
from coi_management.monitoring.scope import Scope, period_of, summary_item, unit_condition

TABLE = "`tabCooling-off Record`"


def figures(filters, scope: Scope) -> dict:
	filters = frappe._dict(filters or {})
	period = period_of(filters)
	values = {"from_date": period.from_date, "to_date": period.to_date, "today": clock.today()}
	counts = f"""
		count({TABLE}.`name`) as records,
		coalesce(sum({TABLE}.`exit_date` between %(from_date)s and %(to_date)s), 0) as started,
		coalesce(sum({TABLE}.`end_date` between %(from_date)s and %(to_date)s), 0) as ended,
		coalesce(sum({TABLE}.`status` = 'Active'), 0) as active,
		coalesce(sum({TABLE}.`status` = 'Expired'), 0) as expired,
		coalesce(sum({TABLE}.`consultancy_exception` = 1), 0) as exceptions
	"""
	where = (
		f"{TABLE}.`exit_date` <= %(to_date)s and coalesce({TABLE}.`end_date`, %(to_date)s) >= %(from_date)s"
		f" and ({scope.cooling_off()})"
	)
	units = frappe.db.sql(
		f"""
		select p.name as work_unit, p.work_unit_name, p.parent_work_unit, p.lft, p.rgt, {counts}
		from `tabWork Unit` p
		join `tabWork Unit` u on u.lft >= p.lft and u.rgt <= p.rgt
		join {TABLE} on {TABLE}.`work_unit` = u.name
		where {where} and {unit_condition(filters, "p")}
		group by p.name, p.work_unit_name, p.parent_work_unit, p.lft, p.rgt
		order by p.lft
		""",
		values,
		as_dict=True,
	)
	totals = frappe.db.sql(
		f"""
		select {counts}
		from {TABLE} left join `tabWork Unit` u on u.name = {TABLE}.`work_unit`
		where {where} and {unit_condition(filters, "u")}
		""",
		values,
		as_dict=True,
	)[0]
	for row in [*units, totals]:
		for key in ("records", "started", "ended", "active", "expired", "exceptions"):
			row[key] = int(row[key] or 0)
	_indent(units)
	return {"units": units, "totals": totals}


def execute(filters=None):
	scope = Scope()
	scope.require()
	result = figures(filters, scope)
	totals = result["totals"]
	summary = [
		summary_item(_("Cooling-off Records in the Period"), totals.records),
		summary_item(_("Started in the Period"), totals.started),
		summary_item(_("Ended in the Period"), totals.ended),
		summary_item(_("Active Now"), totals.active, "Orange"),
		summary_item(_("Expired"), totals.expired, "Green"),
		summary_item(_("Consultancy Exceptions Granted"), totals.exceptions, "Red"),
	]
	return _columns(), result["units"], None, _chart(result["units"]), summary


def _columns() -> list[dict]:
	return [
		{
			"fieldname": "work_unit",
			"label": _("Work Unit"),
			"fieldtype": "Link",
			"options": "Work Unit",
			"width": 260,
		},
		{
			"fieldname": "records",
			"label": _("Cooling-off Records in the Period"),
			"fieldtype": "Int",
			"width": 150,
		},
		{"fieldname": "started", "label": _("Started in the Period"), "fieldtype": "Int", "width": 130},
		{"fieldname": "ended", "label": _("Ended in the Period"), "fieldtype": "Int", "width": 130},
		{"fieldname": "active", "label": _("Active Now"), "fieldtype": "Int", "width": 100},
		{"fieldname": "expired", "label": _("Expired"), "fieldtype": "Int", "width": 100},
		{
			"fieldname": "exceptions",
			"label": _("Consultancy Exceptions Granted"),
			"fieldtype": "Int",
			"width": 150,
		},
	]


def _chart(units: list[dict]) -> dict | None:
	top = [row for row in units if row.indent == 0]
	if not top:
		return None
	return {
		"data": {
			"labels": [row.work_unit_name for row in top],
			"datasets": [
				{"name": _("Active Now"), "values": [row.active for row in top]},
				{"name": _("Expired"), "values": [row.expired for row in top]},
			],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
	}
