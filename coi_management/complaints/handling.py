"""Handling of a complaint: the workflow's rules per regulation profile, its deadlines and the
daily reminders and escalation (S 31-32; B BAB II G.3-6).

Semarang (S 2025): the COI Manager handles the whole flow; deadlines to acknowledge
(complaint_acknowledge_days) and to give a first response (complaint_response_days).
Banjarmasin (B 2020): the reported official's superior examines within complaint_examination_days
working days; a founded complaint is reviewed by the next superior within review_deadline_days
(regulation.review_due_date); the Inspectorate (COI Inspector) supervises the follow-up.
"""

import frappe
from frappe import _, _lt

from coi_management import clock, org, regulation
from coi_management.working_days import add_working_days, working_days_between

OPEN_STATES = ("Received", "Incomplete", "Verified", "Under Examination", "Founded", "Follow-up")
RESPONDED_STATES = ("Under Examination", "Founded", "Unfounded", "Follow-up", "Closed")
HANDLER_ROLES = frozenset({"COI Manager"})
# fields a superior examining or reviewing a complaint may change
SUPERIOR_FIELDS = frozenset({"status", "findings", "follow_up"})
INSPECTOR_FIELDS = frozenset({"status", "follow_up"})


class ComplaintHandlingError(frappe.ValidationError):
	pass


def set_profile(doc) -> None:
	"""On receipt: the profile in force, who examines, and the first deadlines."""
	today = clock.today()
	profile = regulation.get_active_regulation()
	doc.status = "Received"
	doc.received_on = today
	doc.regulation = profile.name
	doc.examined_by_superior = 1 if profile.complaint_examination_days else 0
	doc.acknowledge_due = (
		add_working_days(today, profile.complaint_acknowledge_days)
		if profile.complaint_acknowledge_days
		else None
	)
	doc.response_due = (
		add_working_days(today, profile.complaint_response_days) if profile.complaint_response_days else None
	)


def on_status_change(doc, old_status: str | None) -> None:
	"""Dates and responsible officials that follow from entering ``doc.status``."""
	if not old_status or old_status == doc.status:
		return
	today = clock.today()
	profile = regulation.get_active_regulation(doc.regulation)
	if old_status == "Received":
		doc.acknowledged_on = today
	if doc.status in RESPONDED_STATES and not doc.first_response_on:
		doc.first_response_on = today
	if doc.status == "Verified" and doc.examined_by_superior:
		assign_examiner(doc)
		doc.examination_due = add_working_days(today, profile.complaint_examination_days)
	if doc.status in ("Founded", "Unfounded"):
		doc.examined_on = today
	if doc.status == "Founded" and doc.examined_by_superior:
		reviewer = org.superior_chain(doc.examiner)[:1]
		doc.reviewer = reviewer[0] if reviewer else None
		doc.reviewer_user = frappe.db.get_value("Official", doc.reviewer, "user") if doc.reviewer else None
		doc.review_due = regulation.review_due_date(today, doc.regulation)
	if doc.status == "Closed":
		doc.closed_on = today


def assign_examiner(doc) -> None:
	if not doc.reported_official:
		frappe.throw(
			_(
				"Choose the {0} first: under this regulation profile their superior examines the complaint."
			).format(_("Reported Official")),
			ComplaintHandlingError,
		)
	chain = org.superior_chain(doc.reported_official)
	if not chain:
		frappe.throw(
			_(
				"{0} has no superior to examine the complaint; record the superior in the official's profile."
			).format(frappe.bold(doc.reported_official)),
			ComplaintHandlingError,
		)
	doc.examiner = chain[0]
	doc.examiner_user = frappe.db.get_value("Official", doc.examiner, "user")


def validate_actor(doc, before) -> None:
	"""Who may change what: the reported official never; a superior only as examiner or reviewer."""
	user = frappe.session.user
	if user == "Administrator" or doc.flags.reporter_reply or doc.flags.from_job:
		return
	roles = set(frappe.get_roles(user))
	me = org.official_of_user(user)
	if me and me == doc.reported_official:
		frappe.throw(
			_("The reported official cannot handle a complaint about themselves."), frappe.PermissionError
		)
	if not before or HANDLER_ROLES & roles:
		return
	changed = {
		df.fieldname
		for df in doc.meta.fields
		if df.fieldtype not in ("Table", "Section Break", "Column Break")
		and (doc.get(df.fieldname) or None) != (before.get(df.fieldname) or None)
	}
	if "COI Inspector" in roles:
		allowed = INSPECTOR_FIELDS
	else:
		allowed = SUPERIOR_FIELDS
	# fields the app itself sets with the status
	allowed = allowed | {
		"acknowledged_on",
		"first_response_on",
		"examined_on",
		"reviewer",
		"reviewer_user",
		"review_due",
		"closed_on",
	}
	if changed - allowed:
		frappe.throw(
			_("You may not change {0} of this complaint.").format(
				", ".join(_(doc.meta.get_label(field)) for field in sorted(changed - allowed))
			),
			frappe.PermissionError,
		)
	if doc.status == before.status or "COI Superior" not in roles:
		return
	acting_for = doc.reviewer if before.status == "Founded" else doc.examiner
	if not me or not acting_for or (me != acting_for and me not in org.superior_chain(acting_for)):
		frappe.throw(
			_("Only {0} or their superiors may take this step.").format(frappe.bold(acting_for or "-")),
			frappe.PermissionError,
		)


# ---------------------------------------------------------------- deadlines


def pending_deadlines(doc) -> list[tuple[str, object]]:
	"""The steps the complaint waits for, with their due dates, e.g. [("examination", date)]."""
	pending = []
	if doc.status == "Received" and doc.acknowledge_due:
		pending.append(("acknowledge", doc.acknowledge_due))
	if (
		doc.status in ("Received", "Incomplete", "Verified")
		and doc.response_due
		and not doc.first_response_on
	):
		pending.append(("response", doc.response_due))
	if doc.status in ("Verified", "Under Examination") and doc.examination_due:
		pending.append(("examination", doc.examination_due))
	if doc.status == "Founded" and doc.review_due:
		pending.append(("review", doc.review_due))
	return pending


def responsible_users(doc, stage: str) -> list[str]:
	if stage == "examination" and doc.examiner_user:
		return [doc.examiner_user]
	if stage == "review" and doc.reviewer_user:
		return [doc.reviewer_user]
	return role_users("COI Manager")


def escalation_users(doc, stage: str) -> list[str]:
	"""Overdue: the responsible person's own superior and the COI Managers (S Lampiran D.2.a)."""
	users = set(role_users("COI Manager"))
	official = doc.examiner if stage == "examination" else doc.reviewer if stage == "review" else None
	if official:
		chain = org.superior_chain(official)
		if chain:
			user = frappe.db.get_value("Official", chain[0], "user")
			if user:
				users.add(user)
	return sorted(users)


def role_users(role: str) -> list[str]:
	users = frappe.get_all("Has Role", filters={"role": role, "parenttype": "User"}, pluck="parent")
	return sorted(
		set(frappe.get_all("User", filters={"name": ("in", users or [""]), "enabled": 1}, pluck="name"))
		- {"Administrator", "Guest"}
	)


STAGE_LABELS = {
	"acknowledge": _lt("acknowledgement"),
	"response": _lt("first response to the reporter"),
	"examination": _lt("examination by the superior"),
	"review": _lt("review by the next superior"),
}


def daily() -> None:
	"""Reminders on the last working day and escalation once overdue; running twice sends nothing new."""
	today = clock.today()
	for name in frappe.get_all("Complaint", filters={"status": ("in", OPEN_STATES)}, pluck="name"):
		frappe.db.savepoint("complaint_deadline")
		try:
			check_deadline(frappe.get_doc("Complaint", name), today)
		except Exception:
			frappe.db.rollback(save_point="complaint_deadline")
			frappe.log_error(title=f"Complaint deadline check failed: {name}")


def check_deadline(doc, today) -> list[str]:
	"""Remind on the last working day, escalate once overdue; each at most once per step.

	The steps already reminded or escalated are kept in ``reminded_stage`` / ``escalated_stage``
	(comma-separated), written in the same transaction as the e-mail is queued.
	"""
	from coi_management.complaints import notify

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


# ---------------------------------------------------------------- control decision


@frappe.whitelist()
def open_control_decision(complaint: str) -> dict:
	"""A proactive Control Decision (S 23(8)) for the official of a founded complaint, unsaved."""
	doc = frappe.get_doc("Complaint", complaint)
	doc.check_permission("write")
	if doc.status not in ("Founded", "Follow-up"):
		frappe.throw(_("Only a founded complaint can open a control decision."), ComplaintHandlingError)
	if not frappe.db.exists("DocType", "Control Decision"):
		frappe.throw(_("Control decisions are not available on this site yet."), ComplaintHandlingError)
	if not doc.reported_official:
		frappe.throw(_("Choose the {0} first.").format(_("Reported Official")), ComplaintHandlingError)
	decision = frappe.new_doc("Control Decision")
	decision.official = doc.reported_official
	chain = org.superior_chain(doc.reported_official)
	decision.superior = doc.examiner or (chain[0] if chain else None)
	decision.reference_doctype = "Complaint"
	decision.reference_name = doc.name
	return decision.as_dict()


@frappe.whitelist()
def send_message(complaint: str, message: str) -> None:
	"""A question or answer from the handler to the reporter, read on the tracking page."""
	from coi_management.complaints import tracking

	require_role("COI Manager", "COI Inspector")
	doc = frappe.get_doc("Complaint", complaint)
	doc.check_permission("write")
	if doc.status == "Closed":
		frappe.throw(_("The complaint is closed."), ComplaintHandlingError)
	tracking.add_message(doc, "Handler", tracking.clean_message(message))
	if not doc.first_response_on:
		doc.first_response_on = clock.today()
	doc.save()


def require_role(*roles: str) -> None:
	"""Like frappe.only_for, but also enforced under tests."""
	if frappe.session.user != "Administrator" and not set(roles) & set(frappe.get_roles()):
		frappe.throw(_("Not permitted"), frappe.PermissionError)
