"""Deadlines of the superior's decision (S 23(3): 7 working days; B G.3: 3 working days).

The daily job reminds the deciding superior 2 working days before and on the due date, and
when the date has passed escalates once to the next superior and tells the COI Managers
(S Lampiran D.2.a). Idempotent and catching up: flags on the declaration record what was done,
in the same transaction as the notice; a missed day is recovered on the next run.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from coi_management.core import clock, jobs
from coi_management.core.states import HOLD_STATES
from coi_management.core.working_days import working_days_between
from coi_management.declarations import declaration, notices

REMINDER_WORKING_DAYS = 2


def daily() -> None:
	today = clock.today()
	names = frappe.get_all(
		"Declaration",
		filters={"docstatus": 1, "workflow_state": ("in", HOLD_STATES), "due_date": ("is", "set")},
		pluck="name",
	)
	jobs.for_each("Declaration", names, process_deadline, today, title="Declaration deadline")


def process_deadline(name: str, today) -> str | None:
	"""What is due for one open declaration today: "escalated", "due", "before" or None."""
	doc = frappe.get_doc("Declaration", name, for_update=True)
	due = getdate(doc.due_date)
	if today > due:
		if doc.overdue_escalated:
			return None
		doc.db_set({"overdue_escalated": 1, "reminder_before_sent": 1, "reminder_due_sent": 1})
		notices.overdue_to_managers(doc)
		if declaration.next_superior(doc.deciding_superior):
			declaration.escalate(
				doc, declaration.REASON_DEADLINE, _("Decision due on {0}").format(frappe.format(due, "Date"))
			)
		else:
			declaration.notify_top_of_chain(doc)
		return "escalated"
	if today == due:
		if doc.reminder_due_sent:
			return None
		doc.db_set({"reminder_due_sent": 1, "reminder_before_sent": 1})
		notices.reminder(doc, days_left=0)
		return "due"
	days_left = working_days_between(today, due)
	if days_left <= REMINDER_WORKING_DAYS and not doc.reminder_before_sent:
		doc.db_set("reminder_before_sent", 1)
		notices.reminder(doc, days_left=days_left)
		return "before"
	return None
