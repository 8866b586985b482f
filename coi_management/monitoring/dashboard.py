"""The workspace's figures: one row of the current state (Script Report "Ringkasan Monitoring"),
read by the Number Cards (Report cards: they run the report, so its roles and the user's scope
apply) and its chart, open complaints by state, by a Dashboard Chart.

- filing rate of the current period (report 1's totals for this year);
- declarations on hold now (S 23(3)) and decisions overdue (on hold past their due date);
- open complaints, by state;
- active cooling-off records.
"""

import frappe
from frappe import _

from coi_management.core import clock
from coi_management.core.states import COMPLAINT_OPEN_STATES, HOLD_STATES
from coi_management.monitoring import compliance
from coi_management.monitoring.scope import Scope


def _in(values) -> str:
	return ", ".join(frappe.db.escape(v) for v in values)


def figures(scope: Scope) -> dict:
	today = clock.today()
	filing = compliance.figures({"year": today.year}, scope)["totals"]
	declarations = frappe.db.sql(
		f"""
		select coalesce(sum(d.workflow_state in ({_in(HOLD_STATES)})), 0) as on_hold,
			coalesce(sum(d.workflow_state in ({_in(HOLD_STATES)}) and d.due_date < %(today)s), 0) as overdue
		from `tabDeclaration` d join `tabOfficial` on `tabOfficial`.`name` = d.official
		where d.docstatus = 1 and {scope.officials()}
		""",
		{"today": today},
		as_dict=True,
	)[0]
	complaints = frappe.db.sql(
		f"""
		select `tabComplaint`.`status`, count(*) as open from `tabComplaint`
		where `tabComplaint`.`status` in ({_in(COMPLAINT_OPEN_STATES)}) and {scope.complaints()}
		group by `tabComplaint`.`status`
		""",
		as_dict=True,
	)
	cooling_off = frappe.db.sql(
		f"""
		select count(*) from `tabCooling-off Record`
		where `tabCooling-off Record`.`status` = 'Active' and {scope.cooling_off()}
		"""
	)[0][0]
	by_state = {row.status: int(row.open) for row in complaints}
	return frappe._dict(
		period=today.year,
		filing_rate=filing.filing_rate or 0,
		on_hold=int(declarations.on_hold),
		overdue=int(declarations.overdue),
		open_complaints=sum(by_state.values()),
		complaints_by_state={state: by_state.get(state, 0) for state in COMPLAINT_OPEN_STATES},
		active_cooling_off=int(cooling_off),
	)


def execute(filters=None):
	scope = Scope()
	scope.require()
	row = figures(scope)
	columns = [
		{"fieldname": "period", "label": _("Period"), "fieldtype": "Int", "width": 80},
		{"fieldname": "filing_rate", "label": _("Filing Rate (%)"), "fieldtype": "Percent", "width": 120},
		{"fieldname": "on_hold", "label": _("Declarations on Hold"), "fieldtype": "Int", "width": 140},
		{"fieldname": "overdue", "label": _("Decisions Overdue"), "fieldtype": "Int", "width": 130},
		{"fieldname": "open_complaints", "label": _("Open Complaints"), "fieldtype": "Int", "width": 130},
		{
			"fieldname": "active_cooling_off",
			"label": _("Active Cooling-off Records"),
			"fieldtype": "Int",
			"width": 160,
		},
	]
	data = [{key: row[key] for key in (c["fieldname"] for c in columns)}]
	states = list(row.complaints_by_state)
	chart = {
		"data": {
			"labels": [_(state) for state in states],
			"datasets": [
				{"name": _("Open Complaints"), "values": [row.complaints_by_state[s] for s in states]}
			],
		},
		"type": "bar",
	}
	return columns, data, None, chart, None
