"""Report 3, Tindak Lanjut Pengaduan (S 31-32, S 33(3)g): complaints received in the period by
status or channel; verified, founded, unfounded, closed; each deadline met (acknowledgement, first
response, examination); median days to close.

Never any reporter data: the queries read neither the reporter's fields nor the Complaint Reporter
table, and no row names a complaint or a person. A Superior counts only verified complaints about
officials below them (their record rule), never one about themselves.
"""

import frappe
from frappe import _

from coi_management.core.states import (
	CLOSED,
	COMPLAINT_OPEN_STATES,
	COMPLAINT_STATES,
	COMPLAINT_UNVERIFIED_STATES,
	FOUNDED,
	UNFOUNDED,
)
from coi_management.monitoring.scope import Scope, median, percent, period_of, summary_item, unit_condition

BY_STATUS = "Status"
BY_CHANNEL = "Channel"


def _in(values) -> str:
	return ", ".join(frappe.db.escape(v) for v in values)


def where_clause(filters, scope: Scope) -> str:
	parts = [
		"`tabComplaint`.`received_on` between %(from_date)s and %(to_date)s",
		scope.complaints(),
	]
	if (filters or {}).get("work_unit"):
		parts.append(f"u.name is not null and {unit_condition(filters, 'u')}")
	if (filters or {}).get("regulation"):
		parts.append("`tabComplaint`.`regulation` = %(regulation)s")
	return " and ".join(parts)


def figures(filters, scope: Scope) -> dict:
	filters = frappe._dict(filters or {})
	period = period_of(filters)
	group = "`tabComplaint`.`channel`" if filters.get("group_by") == BY_CHANNEL else "`tabComplaint`.`status`"
	values = {
		"from_date": period.from_date,
		"to_date": period.to_date,
		"regulation": filters.get("regulation"),
	}
	# the examination's finding, kept on the complaint after it is closed
	founded = f"`tabComplaint`.`finding` = {frappe.db.escape(FOUNDED)}"
	unfounded = f"`tabComplaint`.`finding` = {frappe.db.escape(UNFOUNDED)}"
	frm = (
		"from `tabComplaint` left join `tabWork Unit` u on u.name = `tabComplaint`.`work_unit`"
		f" where {where_clause(filters, scope)}"
	)
	rows = frappe.db.sql(
		f"""
		select {group} as grouping, count(*) as received,
			sum(`tabComplaint`.`status` not in ({_in(COMPLAINT_UNVERIFIED_STATES)})) as verified,
			sum({founded}) as founded,
			sum({unfounded}) as unfounded,
			sum(`tabComplaint`.`status` = {frappe.db.escape(CLOSED)}) as closed,
			sum(`tabComplaint`.`status` in ({_in(COMPLAINT_OPEN_STATES)})) as open,
			sum(`tabComplaint`.`acknowledged_on` is not null and `tabComplaint`.`acknowledge_due` is not null) as ack_done,
			sum(`tabComplaint`.`acknowledged_on` <= `tabComplaint`.`acknowledge_due`) as ack_in_time,
			sum(`tabComplaint`.`first_response_on` is not null and `tabComplaint`.`response_due` is not null) as response_done,
			sum(`tabComplaint`.`first_response_on` <= `tabComplaint`.`response_due`) as response_in_time,
			sum(`tabComplaint`.`examined_on` is not null and `tabComplaint`.`examination_due` is not null) as exam_done,
			sum(`tabComplaint`.`examined_on` <= `tabComplaint`.`examination_due`) as exam_in_time
		{frm}
		group by grouping
		""",
		values,
		as_dict=True,
	)
	closings = frappe.db.sql(
		f"""
		select {group} as grouping, datediff(`tabComplaint`.`closed_on`, `tabComplaint`.`received_on`) as days
		{frm} and `tabComplaint`.`closed_on` is not null
		""",
		values,
		as_dict=True,
	)
	days: dict[str, list[int]] = {}
	for row in closings:
		days.setdefault(row.grouping, []).append(int(row.days))
	order = list(COMPLAINT_STATES) if group.endswith("`status`") else []
	rows.sort(
		key=lambda r: (order.index(r.grouping) if r.grouping in order else len(order), r.grouping or "")
	)
	keys = ("received", "verified", "founded", "unfounded", "closed", "open")
	keys += ("ack_done", "ack_in_time", "response_done", "response_in_time", "exam_done", "exam_in_time")
	totals = frappe._dict({key: 0 for key in keys})
	for row in rows:
		row.group_label = _(row.grouping) if row.grouping else _("Not Recorded")
		for key in keys:
			row[key] = int(row[key] or 0)
			totals[key] += row[key]
		_rates(row)
		row.median_days_to_close = median(days.get(row.grouping, []))
	_rates(totals)
	totals.median_days_to_close = median([d for values_ in days.values() for d in values_])
	return {"rows": rows, "totals": totals}


def _rates(row) -> None:
	row.ack_rate = percent(row.ack_in_time, row.ack_done)
	row.response_rate = percent(row.response_in_time, row.response_done)
	row.exam_rate = percent(row.exam_in_time, row.exam_done)


def execute(filters=None):
	scope = Scope()
	scope.require()
	filters = frappe._dict(filters or {})
	result = figures(filters, scope)
	totals = result["totals"]
	summary = [
		summary_item(_("Complaints Received"), totals.received),
		summary_item(_("Verified"), totals.verified),
		summary_item(_("Founded"), totals.founded, "Orange"),
		summary_item(_("Unfounded"), totals.unfounded),
		summary_item(_("Closed"), totals.closed, "Green"),
		summary_item(_("Open"), totals.open, "Red"),
		summary_item(_("Acknowledged within the Deadline (%)"), totals.ack_rate, "Green", "Percent"),
		summary_item(_("Examined within the Deadline (%)"), totals.exam_rate, "Green", "Percent"),
		summary_item(_("Median Days to Close"), totals.median_days_to_close, "Blue", "Float"),
	]
	return _columns(filters), result["rows"], None, _chart(result["rows"]), summary


def _columns(filters) -> list[dict]:
	group_label = _("Channel") if filters.get("group_by") == BY_CHANNEL else _("Status")
	return [
		{"fieldname": "group_label", "label": group_label, "fieldtype": "Data", "width": 170},
		{"fieldname": "received", "label": _("Complaints Received"), "fieldtype": "Int", "width": 110},
		{"fieldname": "verified", "label": _("Verified"), "fieldtype": "Int", "width": 90},
		{"fieldname": "founded", "label": _("Founded"), "fieldtype": "Int", "width": 90},
		{"fieldname": "unfounded", "label": _("Unfounded"), "fieldtype": "Int", "width": 100},
		{"fieldname": "closed", "label": _("Closed"), "fieldtype": "Int", "width": 90},
		{"fieldname": "open", "label": _("Open"), "fieldtype": "Int", "width": 90},
		{
			"fieldname": "ack_rate",
			"label": _("Acknowledged within the Deadline (%)"),
			"fieldtype": "Percent",
			"width": 150,
		},
		{
			"fieldname": "response_rate",
			"label": _("Answered within the Deadline (%)"),
			"fieldtype": "Percent",
			"width": 150,
		},
		{
			"fieldname": "exam_rate",
			"label": _("Examined within the Deadline (%)"),
			"fieldtype": "Percent",
			"width": 150,
		},
		{
			"fieldname": "median_days_to_close",
			"label": _("Median Days to Close"),
			"fieldtype": "Float",
			"width": 120,
		},
	]


def _chart(rows: list[dict]) -> dict | None:
	if not rows:
		return None
	return {
		"data": {
			"labels": [row.group_label for row in rows],
			"datasets": [
				{"name": _("Open"), "values": [row.open for row in rows]},
				{"name": _("Closed"), "values": [row.closed for row in rows]},
			],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
	}
