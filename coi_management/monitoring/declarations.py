"""Report 2, Deklarasi dan Pengendalian (S 23-26, S 33(3)e): declarations made in the period by
source of conflict and sub-kind, those made after the decision (S 25), decided within the
deadline, median working days to decision, escalations, on hold now; control decisions of the
period by outcome, proactive decisions (S 23(8)), preventive recommendations and their follow-up.

Figures only: no declarant, no decision's content. A Superior counts the declarations and
decisions of their subtree.
"""

import datetime

import frappe
from frappe import _
from frappe.utils import getdate

from coi_management.core import clock
from coi_management.core.states import DECIDED, HOLD_STATES, WITHDRAWN
from coi_management.core.working_days import get_calendar, working_days_between
from coi_management.monitoring.scope import Scope, median, percent, period_of, summary_item, unit_condition

AFTER_DECISION = "After the Decision"


def _in(values) -> str:
	return ", ".join(frappe.db.escape(v) for v in values)


def _where(filters, scope: Scope, table: str, date_field: str) -> str:
	regulation = (filters or {}).get("regulation")
	parts = [
		f"`tab{table}`.`docstatus` = 1",
		f"`tab{table}`.`{date_field}` between %(from_date)s and %(to_date)s",
		scope.officials(),
		unit_condition(filters, "u"),
	]
	if regulation:
		parts.append(f"`tab{table}`.`regulation` = %(regulation)s")
	return " and ".join(parts)


def _joins(table: str) -> str:
	return (
		f"join `tabOfficial` on `tabOfficial`.`name` = `tab{table}`.`official`"
		" join `tabWork Unit` u on u.name = `tabOfficial`.`work_unit`"
	)


def working_days_counter(dates):
	"""``working_days_between`` for many pairs of ``dates``: the holiday calendar walked once over
	their range, each pair then a difference of two cumulative counts."""
	dates = [getdate(d) for d in dates if d]
	if not dates:
		return lambda start, end: 0
	calendar = get_calendar()
	first, last = min(dates), max(dates)
	if (last - first).days > 3660:  # a stray date far away: count pair by pair
		return lambda start, end: working_days_between(start, end, calendar)
	cumulative, count, day = {}, 0, first
	while day <= last:
		count += calendar.is_working_day(day)
		cumulative[day] = count
		day += datetime.timedelta(days=1)
	return lambda start, end: cumulative[getdate(end)] - cumulative[getdate(start)]


def figures(filters, scope: Scope) -> dict:
	filters = frappe._dict(filters or {})
	period = period_of(filters)
	values = {
		"from_date": period.from_date,
		"to_date": period.to_date,
		"regulation": filters.get("regulation"),
		"today": clock.today(),
	}
	where = _where(filters, scope, "Declaration", "declared_on")
	hold = _in(HOLD_STATES)
	rows = frappe.db.sql(
		f"""
		select d.conflict_source, coalesce(src.title, d.conflict_source_title, d.conflict_source) as source_title,
			d.conflict_sub_kind, coalesce(sub.title, d.conflict_sub_kind) as sub_kind_title,
			count(*) as declared,
			sum(d.timing = '{AFTER_DECISION}') as after_decision,
			sum(d.workflow_state = {frappe.db.escape(DECIDED)}) as decided,
			sum(d.workflow_state = {frappe.db.escape(DECIDED)} and d.decided_on <= d.due_date) as decided_on_time,
			sum(exists(select 1 from `tabDeclaration Escalation` e
				where e.parent = d.name and e.parenttype = 'Declaration')) as escalated,
			sum(d.workflow_state in ({hold})) as on_hold,
			sum(d.workflow_state in ({hold}) and d.due_date < %(today)s) as overdue,
			sum(d.workflow_state = {frappe.db.escape(WITHDRAWN)}) as withdrawn
		from `tabDeclaration` d
		join `tabOfficial` on `tabOfficial`.`name` = d.official
		join `tabWork Unit` u on u.name = `tabOfficial`.`work_unit`
		left join `tabCOI Classification` src on src.name = d.conflict_source
		left join `tabCOI Classification` sub on sub.name = d.conflict_sub_kind
		where {where.replace("`tabDeclaration`", "d")}
		group by d.conflict_source, source_title, d.conflict_sub_kind, sub_kind_title
		order by source_title, sub_kind_title
		""",
		values,
		as_dict=True,
	)
	durations = frappe.db.sql(
		f"""
		select d.conflict_source, d.conflict_sub_kind, d.declared_on, d.decided_on
		from `tabDeclaration` d
		join `tabOfficial` on `tabOfficial`.`name` = d.official
		join `tabWork Unit` u on u.name = `tabOfficial`.`work_unit`
		where {where.replace("`tabDeclaration`", "d")}
			and d.workflow_state = {frappe.db.escape(DECIDED)} and d.decided_on is not null
		""",
		values,
		as_dict=True,
	)
	between = working_days_counter([d for row in durations for d in (row.declared_on, row.decided_on)])
	days: dict[tuple, list[int]] = {}
	for row in durations:
		days.setdefault((row.conflict_source, row.conflict_sub_kind), []).append(
			between(row.declared_on, row.decided_on)
		)
	all_days = [d for values_ in days.values() for d in values_]
	for row in rows:
		for key in (
			"after_decision",
			"decided",
			"decided_on_time",
			"escalated",
			"on_hold",
			"overdue",
			"withdrawn",
		):
			row[key] = int(row[key] or 0)
		row.on_time_rate = percent(row.decided_on_time, row.decided)
		row.median_days = median(days.get((row.conflict_source, row.conflict_sub_kind), []))

	decision_where = _where(filters, scope, "Control Decision", "decision_date")
	outcomes = frappe.db.sql(
		f"""
		select cd.outcome, count(*) as decisions,
			sum(cd.is_proactive) as proactive,
			sum(coalesce(cd.preventive_recommendation, '') != '') as preventive,
			sum(coalesce(cd.preventive_recommendation, '') != '' and cd.preventive_follow_up_date is not null)
				as preventive_followed_up
		from `tabControl Decision` cd
		join `tabOfficial` on `tabOfficial`.`name` = cd.official
		join `tabWork Unit` u on u.name = `tabOfficial`.`work_unit`
		where {decision_where.replace("`tabControl Decision`", "cd")}
		group by cd.outcome
		order by decisions desc
		""",
		values,
		as_dict=True,
	)
	totals = frappe._dict(
		declared=sum(r.declared for r in rows),
		after_decision=sum(r.after_decision for r in rows),
		decided=sum(r.decided for r in rows),
		decided_on_time=sum(r.decided_on_time for r in rows),
		escalated=sum(r.escalated for r in rows),
		on_hold=sum(r.on_hold for r in rows),
		overdue=sum(r.overdue for r in rows),
		withdrawn=sum(r.withdrawn for r in rows),
		median_days=median(all_days),
		decisions=sum(int(r.decisions) for r in outcomes),
		proactive=sum(int(r.proactive or 0) for r in outcomes),
		preventive=sum(int(r.preventive or 0) for r in outcomes),
		preventive_followed_up=sum(int(r.preventive_followed_up or 0) for r in outcomes),
	)
	totals.on_time_rate = percent(totals.decided_on_time, totals.decided)
	for row in outcomes:
		row.decisions = int(row.decisions)
	return {"rows": rows, "outcomes": outcomes, "totals": totals}


def execute(filters=None):
	scope = Scope()
	scope.require()
	result = figures(filters, scope)
	totals = result["totals"]
	summary = [
		summary_item(_("Declarations"), totals.declared),
		summary_item(_("Declared after the Decision"), totals.after_decision, "Orange"),
		summary_item(_("Decided within the Deadline (%)"), totals.on_time_rate, "Green", "Percent"),
		summary_item(_("Median Working Days to Decision"), totals.median_days, "Blue", "Float"),
		summary_item(_("Escalated"), totals.escalated, "Orange"),
		summary_item(_("On Hold Now"), totals.on_hold, "Red"),
		summary_item(_("Decisions Overdue"), totals.overdue, "Red"),
		summary_item(_("Proactive Decisions"), totals.proactive),
		summary_item(_("Preventive Recommendations"), totals.preventive),
		summary_item(_("Preventive Recommendations Followed Up"), totals.preventive_followed_up, "Green"),
	]
	return _columns(), result["rows"], None, _chart(result["outcomes"]), summary


def _columns() -> list[dict]:
	return [
		{"fieldname": "source_title", "label": _("Source of Conflict"), "fieldtype": "Data", "width": 220},
		{"fieldname": "sub_kind_title", "label": _("Sub-kind"), "fieldtype": "Data", "width": 200},
		{"fieldname": "declared", "label": _("Declarations"), "fieldtype": "Int", "width": 100},
		{
			"fieldname": "after_decision",
			"label": _("Declared after the Decision"),
			"fieldtype": "Int",
			"width": 120,
		},
		{"fieldname": "decided", "label": _("Decided"), "fieldtype": "Int", "width": 90},
		{
			"fieldname": "decided_on_time",
			"label": _("Decided within the Deadline"),
			"fieldtype": "Int",
			"width": 120,
		},
		{
			"fieldname": "on_time_rate",
			"label": _("Decided within the Deadline (%)"),
			"fieldtype": "Percent",
			"width": 130,
		},
		{
			"fieldname": "median_days",
			"label": _("Median Working Days to Decision"),
			"fieldtype": "Float",
			"width": 130,
		},
		{"fieldname": "escalated", "label": _("Escalated"), "fieldtype": "Int", "width": 90},
		{"fieldname": "on_hold", "label": _("On Hold Now"), "fieldtype": "Int", "width": 100},
		{"fieldname": "overdue", "label": _("Decisions Overdue"), "fieldtype": "Int", "width": 110},
		{"fieldname": "withdrawn", "label": _("Withdrawn"), "fieldtype": "Int", "width": 90},
	]


def _chart(outcomes: list[dict]) -> dict | None:
	if not outcomes:
		return None
	return {
		"data": {
			"labels": [_(row.outcome) if row.outcome else _("Not Recorded") for row in outcomes],
			"datasets": [{"name": _("Control Decisions"), "values": [row.decisions for row in outcomes]}],
		},
		"type": "bar",
	}
