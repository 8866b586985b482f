"""Each user's own landing page (desk page ``coi-status``, "Status dan Tugas Saya"), per role:

- an official: their Interest Register of this period (filed / draft / not filed / overdue, with the
  due date) and their declarations still holding a decision (S 23(3)), with the superior deciding;
- whoever must act (a superior, a reviewer, a complaint handler, the COI Manager): their open
  assignments of the app's documents, oldest due first, with days left;
- the monitoring roles: the reports they may open.

Everything is the user's own: records are read through ``frappe.get_list`` (the permission policy)
and assignments are the user's own ToDos.
"""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate

from coi_management.core import clock, org
from coi_management.core.states import HOLD_STATES
from coi_management.monitoring.scope import Scope
from coi_management.registers import interest_register

QUEUE_DOCTYPES = ("Declaration", "Control Decision", "Complaint", "COI Consultation", "Risk Assessment")
QUEUE_LIMIT = 50
REPORTS = (
	"Kepatuhan Daftar Kepentingan",
	"Deklarasi dan Pengendalian",
	"Tindak Lanjut Pengaduan",
	"Masa Tunggu",
	"Pelatihan dan Konsultasi",
	"Peta Risiko Jabatan",
)
STATUS_COLOURS = {"Filed": "green", "Draft": "orange", "Not Filed": "orange", "Overdue": "red"}


@frappe.whitelist()
def my_status() -> dict:
	user = frappe.session.user
	today = clock.today()
	official = org.official_of_user(user)
	return {
		"today": today,
		"official": official and {"name": official, "full_name": org.name_of(official)},
		"register": official and _register(official, today),
		"declarations": official and _declarations(official),
		"queue": _queue(user, today),
		"reports": _reports(),
	}


def _register(official: str, today) -> dict:
	period = today.year
	_opens, due = interest_register.period_dates(period)
	status = interest_register.filing_status(official, period, today)
	latest = frappe.get_list(
		"Interest Register",
		filters={"official": official, "period": period, "docstatus": ("<", 2)},
		fields=["name", "docstatus"],
		order_by="docstatus desc, creation desc",
		limit=1,
	)
	return {
		"period": period,
		"due": due,
		"status": status,
		"status_label": _(status),
		"colour": STATUS_COLOURS.get(status, "gray"),
		"name": latest[0].name if latest else None,
	}


def _declarations(official: str) -> list[dict]:
	rows = frappe.get_list(
		"Declaration",
		filters={"official": official, "docstatus": 1, "workflow_state": ("in", HOLD_STATES)},
		fields=["name", "workflow_state", "due_date", "deciding_superior_name", "decision_faced"],
		order_by="due_date asc",
	)
	for row in rows:
		row.state_label = _(row.workflow_state)
	return rows


def _queue(user: str, today) -> list[dict]:
	"""The user's open assignments of the app's documents (core/queue.py), oldest due first."""
	todos = frappe.get_all(
		"ToDo",
		filters={"allocated_to": user, "status": "Open", "reference_type": ("in", QUEUE_DOCTYPES)},
		fields=["reference_type", "reference_name", "date", "description"],
		order_by="date is null, date asc, creation asc",
		limit=QUEUE_LIMIT,
	)
	rows = []
	for todo in todos:
		if not frappe.has_permission(todo.reference_type, "read", todo.reference_name, user=user):
			continue
		days_left = date_diff(getdate(todo.date), today) if todo.date else None
		rows.append(
			{
				"doctype": todo.reference_type,
				"doctype_label": _(todo.reference_type),
				"name": todo.reference_name,
				"due": todo.date,
				"days_left": days_left,
				"colour": "gray"
				if days_left is None
				else "red"
				if days_left < 0
				else "orange"
				if days_left <= 2
				else "blue",
				"description": frappe.utils.strip_html(todo.description or "")[:200],
			}
		)
	return rows


def _reports() -> list[dict]:
	if not Scope().kind:
		return []
	return [
		{"name": report, "label": _(report)}
		for report in REPORTS
		if frappe.get_cached_doc("Report", report).is_permitted()
	]
