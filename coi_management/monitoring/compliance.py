"""Report 1, Kepatuhan Daftar Kepentingan (S 22, S 33(3)e): who had to file the period's Interest
Register, who filed on time, late or not at all, per work unit rolled up the Work Unit tree.

- obliged: officials active during the filing window (still Active, or left on or after the day
  the window opened);
- filed: a submitted register for the period; its first filing date (an amendment keeps the date
  of the version it replaced) on or before the due date is on time, after it late;
- high-risk positions (Official.position_risk, from the Position) are counted separately.

Three queries whatever the number of officials: the units, the totals, and (drill-down) the list.
"""

import frappe
from frappe import _

from coi_management.monitoring.scope import Scope, percent, summary_item, unit_condition
from coi_management.registers import interest_register as register

ON_TIME = "On Time"
LATE = "Late"
NOT_FILED = "Not Filed"


def _first_filings() -> str:
	"""Derived table: per official, the first filing date of the period's register still in force."""
	return (
		"(select `official`, min(`filing_date`) as `first_filed` from `tabInterest Register`"
		" where `period` = %(period)s and `docstatus` > 0 group by `official`"
		" having max(`docstatus` = 1) = 1)"
	)


def _obliged() -> str:
	return "(`tabOfficial`.`status` = 'Active' or `tabOfficial`.`exit_date` >= %(opens)s)"


def figures(filters, scope: Scope) -> dict:
	"""Per-unit rows, totals and (if asked) the officials, as plain values."""
	period = int((filters or {}).get("year") or frappe.utils.getdate().year)
	opens, due = register.period_dates(period)
	values = {"period": period, "opens": opens, "due": due}
	where = f"{_obliged()} and ({scope.officials()})"
	counts = """
		count(`tabOfficial`.`name`) as obliged,
		coalesce(sum(r.first_filed <= %(due)s), 0) as on_time,
		coalesce(sum(r.first_filed > %(due)s), 0) as late,
		coalesce(sum(r.first_filed is null), 0) as not_filed,
		coalesce(sum(`tabOfficial`.`position_risk` = 'High'), 0) as high_obliged,
		coalesce(sum(`tabOfficial`.`position_risk` = 'High' and r.first_filed is not null), 0) as high_filed
	"""
	units = frappe.db.sql(
		f"""
		select p.name as work_unit, p.work_unit_name, p.parent_work_unit, p.lft, p.rgt, {counts}
		from `tabWork Unit` p
		join `tabWork Unit` u on u.lft >= p.lft and u.rgt <= p.rgt
		join `tabOfficial` on `tabOfficial`.`work_unit` = u.name
		left join {_first_filings()} r on r.official = `tabOfficial`.`name`
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
		from `tabOfficial`
		join `tabWork Unit` u on u.name = `tabOfficial`.`work_unit`
		left join {_first_filings()} r on r.official = `tabOfficial`.`name`
		where {where} and {unit_condition(filters, "u")}
		""",
		values,
		as_dict=True,
	)[0]
	for row in [*units, totals]:
		for key in ("obliged", "on_time", "late", "not_filed", "high_obliged", "high_filed"):
			row[key] = int(row[key] or 0)  # SUM() gives decimals; the snapshot's JSON keeps integers
		row.filed = row.on_time + row.late
		row.filing_rate = percent(row.filed, row.obliged)
		row.high_rate = percent(row.high_filed, row.high_obliged)
	_indent(units)
	officials = None
	if (filters or {}).get("show_officials"):
		officials = frappe.db.sql(
			f"""
			select `tabOfficial`.`name` as official, `tabOfficial`.`full_name`,
				`tabOfficial`.`work_unit`, u.work_unit_name, `tabOfficial`.`position_risk`, r.first_filed,
				case when r.first_filed is null then '{NOT_FILED}'
					when r.first_filed <= %(due)s then '{ON_TIME}' else '{LATE}' end as filing_status
			from `tabOfficial`
			join `tabWork Unit` u on u.name = `tabOfficial`.`work_unit`
			left join {_first_filings()} r on r.official = `tabOfficial`.`name`
			where {where} and {unit_condition(filters, "u")}
			order by u.lft, (`tabOfficial`.`position_risk` = 'High') desc, `tabOfficial`.`full_name`
			""",
			values,
			as_dict=True,
		)
	return {
		"period": period,
		"opens": opens,
		"due": due,
		"units": units,
		"totals": totals,
		"officials": officials,
	}


def _indent(units: list[dict]) -> None:
	"""Depth of each unit among the rows shown (rows are in ``lft`` order)."""
	stack = []
	for row in units:
		while stack and stack[-1] < row.rgt:
			stack.pop()
		row.indent = len(stack)
		stack.append(row.rgt)
		if not stack[:-1]:
			row.parent_work_unit = None  # a top row of the report (its parent is not shown)


def execute(filters=None):
	filters = frappe._dict(filters or {})
	scope = Scope()
	scope.require()
	result = figures(filters, scope)
	totals = result["totals"]
	summary = [
		summary_item(_("Obliged to File"), totals.obliged),
		summary_item(_("Filed on Time"), totals.on_time, "Green"),
		summary_item(_("Filed Late"), totals.late, "Orange"),
		summary_item(_("Not Filed"), totals.not_filed, "Red"),
		summary_item(_("Filing Rate (%)"), totals.filing_rate, "Blue", "Percent"),
		summary_item(_("Filing Rate of High-risk Positions (%)"), totals.high_rate, "Blue", "Percent"),
	]
	if result["officials"] is not None:
		return _officials_columns(), _officials_rows(result["officials"]), None, None, summary
	return _unit_columns(), result["units"], None, _chart(result["units"]), summary


def _unit_columns() -> list[dict]:
	return [
		{
			"fieldname": "work_unit",
			"label": _("Work Unit"),
			"fieldtype": "Link",
			"options": "Work Unit",
			"width": 260,
		},
		{"fieldname": "obliged", "label": _("Obliged to File"), "fieldtype": "Int", "width": 110},
		{"fieldname": "on_time", "label": _("Filed on Time"), "fieldtype": "Int", "width": 110},
		{"fieldname": "late", "label": _("Filed Late"), "fieldtype": "Int", "width": 100},
		{"fieldname": "not_filed", "label": _("Not Filed"), "fieldtype": "Int", "width": 100},
		{"fieldname": "filing_rate", "label": _("Filing Rate (%)"), "fieldtype": "Percent", "width": 120},
		{"fieldname": "high_obliged", "label": _("High-risk Positions"), "fieldtype": "Int", "width": 120},
		{"fieldname": "high_filed", "label": _("High-risk Filed"), "fieldtype": "Int", "width": 120},
		{
			"fieldname": "high_rate",
			"label": _("High-risk Filing Rate (%)"),
			"fieldtype": "Percent",
			"width": 150,
		},
	]


def _officials_columns() -> list[dict]:
	return [
		{"fieldname": "full_name", "label": _("Official"), "fieldtype": "Data", "width": 220},
		{
			"fieldname": "work_unit",
			"label": _("Work Unit"),
			"fieldtype": "Link",
			"options": "Work Unit",
			"width": 220,
		},
		{"fieldname": "high_risk", "label": _("High-risk Position"), "fieldtype": "Check", "width": 120},
		{"fieldname": "filing_status", "label": _("Filing Status"), "fieldtype": "Data", "width": 130},
		{"fieldname": "first_filed", "label": _("Filing Date"), "fieldtype": "Date", "width": 110},
	]


def _officials_rows(rows: list[dict]) -> list[dict]:
	"""Filing status only (public, S 22(4)): never anything from the register itself."""
	return [
		{
			"full_name": row.full_name,
			"work_unit": row.work_unit,
			"high_risk": 1 if row.position_risk == "High" else 0,
			"filing_status": _(row.filing_status),
			"first_filed": row.first_filed,
		}
		for row in rows
	]


def _chart(units: list[dict]) -> dict | None:
	top = [row for row in units if row.indent == 0] or units
	if not top:
		return None
	return {
		"data": {
			"labels": [row.work_unit_name for row in top],
			"datasets": [
				{"name": _("Filed on Time"), "values": [row.on_time for row in top]},
				{"name": _("Filed Late"), "values": [row.late for row in top]},
				{"name": _("Not Filed"), "values": [row.not_filed for row in top]},
			],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
		"colors": ["#29cd42", "#ffa00a", "#ff5858"],
	}
