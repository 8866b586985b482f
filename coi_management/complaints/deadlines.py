"""Deadlines of complaint handling (S 32; B BAB II G.3-5): the daily job reminds whoever must act
on the last working day and escalates once a step is overdue — to the responsible person's own
superior and the COI Managers (S Lampiran D.2.a). Running it twice sends nothing new.
"""

import frappe
from frappe import _lt

from coi_management.complaints import notify
from coi_management.core import clock, jobs, org
from coi_management.core.roles import MANAGER, users_with
from coi_management.core.states import (
	COMPLAINT_OPEN_STATES,
	FOUNDED,
	INCOMPLETE,
	RECEIVED,
	UNDER_EXAMINATION,
	VERIFIED,
)
from coi_management.core.working_days import working_days_between


def pending_deadlines(doc) -> list[tuple[str, object]]:
	"""The steps the complaint waits for, with their due dates, e.g. [("examination", date)]."""
	pending = []
	if doc.status == RECEIVED and doc.acknowledge_due:
		pending.append(("acknowledge", doc.acknowledge_due))
	if doc.status in (RECEIVED, INCOMPLETE, VERIFIED) and doc.response_due and not doc.first_response_on:
		pending.append(("response", doc.response_due))
	if doc.status in (VERIFIED, UNDER_EXAMINATION) and doc.examination_due:
		pending.append(("examination", doc.examination_due))
	if doc.status == FOUNDED and doc.review_due:
		pending.append(("review", doc.review_due))
	return pending


def responsible_users(doc, stage: str) -> list[str]:
	if stage == "examination" and doc.examiner_user:
		return [doc.examiner_user]
	if stage == "review" and doc.reviewer_user:
		return [doc.reviewer_user]
	return users_with(MANAGER)


def escalation_users(doc, stage: str) -> list[str]:
	"""Overdue: the responsible person's own superior and the COI Managers (S Lampiran D.2.a)."""
	users = set(users_with(MANAGER))
	official = doc.examiner if stage == "examination" else doc.reviewer if stage == "review" else None
	if official:
		chain = org.superior_chain(official)
		if chain:
			user = frappe.db.get_value("Official", chain[0], "user")
			if user:
				users.add(user)
	return sorted(users)


STAGE_LABELS = {
	"acknowledge": _lt("acknowledgement"),
	"response": _lt("first response to the reporter"),
	"examination": _lt("examination by the superior"),
	"review": _lt("review by the next superior"),
}


def daily() -> None:
	"""Reminders on the last working day and escalation once overdue; running twice sends nothing new."""
	today = clock.today()
	names = frappe.get_all("Complaint", filters={"status": ("in", COMPLAINT_OPEN_STATES)}, pluck="name")
	jobs.for_each("Complaint", names, _check, today, title="Complaint deadline")


def _check(name: str, today) -> list[str]:
	return check_deadline(frappe.get_doc("Complaint", name), today)


def check_deadline(doc, today) -> list[str]:
	"""Remind on the last working day, escalate once overdue; each at most once per step.

	The steps already reminded or escalated are kept in ``reminded_stage`` / ``escalated_stage``
	(comma-separated), written in the same transaction as the e-mail is queued.
	"""
	done = []
	reminded = set(filter(None, (doc.reminded_stage or "").split(",")))
	escalated = set(filter(None, (doc.escalated_stage or "").split(",")))
	for stage, due in pending_deadlines(doc):
		due = frappe.utils.getdate(due)
		if today > due:
			if stage not in escalated:
				notify.send(escalation_users(doc, stage), "overdue", doc, stage=STAGE_LABELS[stage], due=due)
				escalated.add(stage)
				done.append(f"escalated:{stage}")
		elif working_days_between(today, due) <= 1 and stage not in reminded:
			notify.send(responsible_users(doc, stage), "reminder", doc, stage=STAGE_LABELS[stage], due=due)
			reminded.add(stage)
			done.append(f"reminded:{stage}")
	if done:
		frappe.db.set_value(
			"Complaint",
			doc.name,
			{"reminded_stage": ",".join(sorted(reminded)), "escalated_stage": ",".join(sorted(escalated))},
			update_modified=False,
		)
	return done
