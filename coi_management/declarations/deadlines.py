"""Deadlines of the superior's decision (S 23(3): 7 working days; B G.3: 3 working days) and of
the Banjarmasin review of a decision that found an actual conflict (B G.5: 2 days).

The daily job reminds whoever must act 2 working days before and on the due date, and when the
date has passed escalates once to the next superior and tells the COI Managers (S Lampiran D.2.a).
Idempotent and catching up: flags on the record say what was done, written in the same
transaction that queues the notice; notices are delivered only after that transaction commits
(coi_management.core.notices), so a delivery failure never undoes an escalation. A missed day is
recovered on the next run.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from coi_management.core import clock, jobs, org
from coi_management.core.roles import MANAGER, users_with
from coi_management.core.states import HOLD_STATES
from coi_management.core.working_days import working_days_between
from coi_management.declarations import declaration, notices, queue

REMINDER_WORKING_DAYS = 2


def daily() -> None:
	today = clock.today()
	names = frappe.get_all(
		"Declaration",
		filters={"docstatus": 1, "workflow_state": ("in", HOLD_STATES), "due_date": ("is", "set")},
		pluck="name",
	)
	jobs.for_each("Declaration", names, process_deadline, today, title="Declaration deadline")
	reviews = frappe.get_all(
		"Control Decision",
		filters={
			"docstatus": 1,
			"review_due_date": ("is", "set"),
			"reviewed_on": ("is", "not set"),
			"reviewer": ("is", "set"),
			"review_chased": ("!=", "Overdue"),
		},
		pluck="name",
	)
	jobs.for_each("Control Decision", reviews, process_review_deadline, today, title="Review deadline")


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


# ---------------------------------------------------------------- the Banjarmasin review (B G.5)
REVIEW_STAGES = ("", "Before", "Due", "Overdue")


def review_stage(today, due) -> str:
	"""Which notice the review deadline calls for today: "Overdue", "Due", "Before" or ""."""
	due = getdate(due)
	if today > due:
		return "Overdue"
	if today == due:
		return "Due"
	if working_days_between(today, due) <= REMINDER_WORKING_DAYS:
		return "Before"
	return ""


def process_review_deadline(name: str, today) -> str | None:
	"""Remind the reviewer before and on the due date; once overdue, move the review to the
	reviewer's own superior and tell the COI Managers - each once, whatever the number of runs."""
	doc = frappe.get_doc("Control Decision", name, for_update=True)
	if doc.reviewed_on or not doc.reviewer:
		return None
	stage = review_stage(today, doc.review_due_date)
	if REVIEW_STAGES.index(stage) <= REVIEW_STAGES.index(doc.review_chased or ""):
		return None
	if stage == "Overdue":
		late_reviewer = doc.reviewer
		nxt = declaration.next_superior(late_reviewer)
		values = {"review_chased": stage}
		if nxt:
			values["reviewer"] = nxt
		doc.db_set(values, update_modified=False)
		queue.on_decision_change(doc)
		notices.review_overdue(doc, late_reviewer, [org.user_of(nxt) if nxt else None, *users_with(MANAGER)])
		return "escalated"
	doc.db_set("review_chased", stage, update_modified=False)
	days_left = 0 if stage == "Due" else working_days_between(today, getdate(doc.review_due_date))
	notices.review_reminder(doc, days_left)
	return stage.lower()
