"""Handling of a complaint: the workflow's rules per regulation profile (S 31-32; B BAB II G.3-6).

Semarang (S 2025): the COI Manager handles the whole flow; deadlines to acknowledge
(complaint_acknowledge_days) and to give a first response (complaint_response_days).
Banjarmasin (B 2020): the reported official's superior examines within complaint_examination_days
working days of receipt; a founded complaint is reviewed by the next superior within review_deadline_days
(regulation.review_due_date); the Inspectorate (COI Inspector) supervises the follow-up.
"""

import frappe
from frappe import _

from coi_management.core import clock, org, regulation, roles
from coi_management.core.states import (
	CLOSED,
	COMPLAINT_DECIDABLE_STATES,
	COMPLAINT_RESPONDED_STATES,
	FOUNDED,
	RECEIVED,
	UNFOUNDED,
	VERIFIED,
)
from coi_management.core.working_days import add_working_days

# fields a superior examining or reviewing a complaint may change
SUPERIOR_FIELDS = frozenset({"status", "findings", "follow_up"})
INSPECTOR_FIELDS = frozenset({"status", "follow_up"})


class ComplaintHandlingError(frappe.ValidationError):
	pass


def set_profile(doc) -> None:
	"""On receipt: the profile in force, who examines, and the first deadlines."""
	today = clock.today()
	profile = regulation.get_active_regulation()
	doc.status = RECEIVED
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
	doc.examination_due = examination_due(doc, profile)


def examination_due(doc, profile):
	"""B BAB II G.3: the superior examines within the working days counted from the complaint's
	receipt - not from the COI Manager's verification, which would stretch the deadline."""
	if not (doc.examined_by_superior and profile.complaint_examination_days):
		return None
	return add_working_days(doc.received_on or clock.today(), profile.complaint_examination_days)


def on_status_change(doc, old_status: str | None) -> None:
	"""Dates and responsible officials that follow from entering ``doc.status``."""
	if not old_status or old_status == doc.status:
		return
	today = clock.today()
	profile = regulation.get_active_regulation(doc.regulation)
	if old_status == RECEIVED:
		doc.acknowledged_on = today
	if doc.status in COMPLAINT_RESPONDED_STATES and not doc.first_response_on:
		doc.first_response_on = today
	if doc.status == VERIFIED and doc.examined_by_superior:
		assign_examiner(doc)
		doc.examination_due = examination_due(doc, profile)
	if doc.status in (FOUNDED, UNFOUNDED):
		doc.examined_on = today
		doc.finding = doc.status  # a reviewer who overturns the examiner's finding replaces it
	if doc.status == FOUNDED and doc.examined_by_superior:
		reviewer = org.superior_chain(doc.examiner)[:1]
		doc.reviewer = reviewer[0] if reviewer else None
		doc.reviewer_user = frappe.db.get_value("Official", doc.reviewer, "user") if doc.reviewer else None
		doc.review_due = regulation.review_due_date(today, doc.regulation)
	if doc.status == CLOSED:
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
			).format(frappe.bold(org.name_of(doc.reported_official))),
			ComplaintHandlingError,
		)
	doc.examiner = chain[0]
	doc.examiner_user = frappe.db.get_value("Official", doc.examiner, "user")


def validate_actor(doc, before) -> None:
	"""Who may change what: the reported official never; a superior only as examiner or reviewer."""
	user = frappe.session.user
	if user == roles.ADMINISTRATOR_USER or doc.flags.reporter_reply or doc.flags.from_job:
		return
	user_roles = roles.roles_of(user)
	me = org.official_of_user(user)
	if me and me == doc.reported_official:
		frappe.throw(
			_("The reported official cannot handle a complaint about themselves."), frappe.PermissionError
		)
	if not before or roles.MANAGER in user_roles:
		return
	changed = {
		df.fieldname
		for df in doc.meta.fields
		if df.fieldtype not in ("Table", "Section Break", "Column Break")
		and (doc.get(df.fieldname) or None) != (before.get(df.fieldname) or None)
	}
	if roles.INSPECTOR in user_roles:
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
	if doc.status == before.status or roles.SUPERIOR not in user_roles:
		return
	acting_for = doc.reviewer if before.status == FOUNDED else doc.examiner
	if not me or not acting_for or (me != acting_for and me not in org.superior_chain(acting_for)):
		frappe.throw(
			_("Only {0} or their superiors may take this step.").format(frappe.bold(org.name_of(acting_for))),
			frappe.PermissionError,
		)


# ---------------------------------------------------------------- control decision


@frappe.whitelist()
def open_control_decision(complaint: str) -> dict:
	"""A proactive Control Decision (S 23(8)) for the official of a founded complaint, unsaved."""
	doc = frappe.get_doc("Complaint", complaint)
	doc.check_permission("write")
	if doc.status not in COMPLAINT_DECIDABLE_STATES:
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

	roles.require(*roles.CONFIDENTIAL)
	doc = frappe.get_doc("Complaint", complaint)
	doc.check_permission("write")
	if doc.status == CLOSED:
		frappe.throw(_("The complaint is closed."), ComplaintHandlingError)
	tracking.add_message(doc, "Handler", tracking.clean_message(message))
	if not doc.first_response_on:
		doc.first_response_on = clock.today()
	doc.save()
