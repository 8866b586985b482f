"""Consultation with the COI Manager (S 30; S 20(2)b).

An official asks the Pejabat Pelaksana Pengelola Konflik Kepentingan a question — or a superior asks
about a subordinate's case — and the manager answers. A consultation is the asker's own filing and
confidential: only the asker, the COI Manager and the COI Inspector read it (core/policy.py); the
asker is always the user's own Official, whatever the client sends. A new question lands in every
COI Manager's queue (a ToDo assignment, closed when answered). The answer may link the declaration
or register the question led to. :func:`statistics` gives the monitoring report anonymous figures.
"""

import statistics as stats

import frappe
from frappe import _
from frappe.desk.form import assign_to
from frappe.utils import get_datetime, get_fullname, getdate, now_datetime, time_diff_in_hours

from coi_management.core import org, roles

DOCTYPE = "COI Consultation"
OPEN, ANSWERED = "Open", "Answered"
# what a consultation may lead to (S 30 -> S 22 register, S 23 declaration)
RELATED_DOCTYPES = ("Declaration", "Interest Register")
QUESTION_FIELDS = ("official", "about_official", "topic", "subject", "question")
ANSWER_FIELDS = ("answer", "related_doctype", "related_name")


class ConsultationError(frappe.ValidationError):
	pass


def validate(doc) -> None:
	if doc.is_new():
		set_asker(doc)
	else:
		refuse_foreign_question_changes(doc)
	validate_about(doc)
	validate_answer(doc)
	validate_related(doc)


def set_asker(doc) -> None:
	"""The asker is the session user's Official (a consultation is one's own filing)."""
	me = org.official_of_user(frappe.session.user)
	if not me:
		frappe.throw(
			_("Only an official can ask for a consultation: your user is not linked to an official."),
			frappe.PermissionError,
		)
	doc.official = me
	doc.status = OPEN
	doc.asked_on = now_datetime()
	for fieldname in (
		"answer",
		"answered_by",
		"answered_by_name",
		"answered_on",
		"related_doctype",
		"related_name",
	):
		doc.set(fieldname, None)


def refuse_foreign_question_changes(doc) -> None:
	"""The question is the asker's: the manager answers, never rewrites it; the asker edits it only
	while it is open."""
	before = doc.get_doc_before_save()
	if not before:
		return
	changed = [f for f in QUESTION_FIELDS if (before.get(f) or "") != (doc.get(f) or "")]
	if not changed:
		return
	mine = org.official_of_user(frappe.session.user) == before.official
	if not mine or before.status != OPEN:
		frappe.throw(
			_("{0} of a consultation can be changed only by the asker while it is open.").format(
				_(doc.meta.get_label(changed[0]))
			),
			frappe.PermissionError,
		)


def validate_about(doc) -> None:
	if not doc.about_official:
		return
	if doc.about_official == doc.official or doc.about_official not in org.subordinates(doc.official):
		frappe.throw(
			_("{0}: {1} does not report to the asker.").format(
				_(doc.meta.get_label("about_official")), frappe.bold(doc.about_official)
			),
			ConsultationError,
		)


def validate_answer(doc) -> None:
	before = doc.get_doc_before_save()
	answered_before = bool(before and (before.answer or "").strip())
	if before:  # the system's record of who asked and answered when stays as it was
		for fieldname in ("asked_on", "status", "answered_by", "answered_by_name", "answered_on"):
			doc.set(fieldname, before.get(fieldname))
	if answered_before and not (doc.answer or "").strip():
		frappe.throw(_("The answer of a consultation cannot be removed."), ConsultationError)
	if (doc.answer or "").strip() and not answered_before:
		if not roles.has_any((roles.MANAGER,)):
			frappe.throw(_("Only the COI Manager answers a consultation."), frappe.PermissionError)
		doc.status = ANSWERED
		doc.answered_by = frappe.session.user
		doc.answered_by_name = get_fullname(frappe.session.user)
		doc.answered_on = now_datetime()
		doc.flags.just_answered = True


def validate_related(doc) -> None:
	if not doc.related_doctype and not doc.related_name:
		return
	label = _(doc.meta.get_label("related_name"))
	if doc.related_doctype not in RELATED_DOCTYPES or not doc.related_name:
		frappe.throw(_("{0}: choose a declaration or an interest register.").format(label), ConsultationError)
	official = frappe.db.get_value(doc.related_doctype, doc.related_name, "official")
	if official not in (doc.official, doc.about_official):
		frappe.throw(
			_("{0}: {1} is not a filing of the asker or of the subordinate asked about.").format(
				label, frappe.bold(doc.related_name)
			),
			ConsultationError,
		)


def after_insert(doc) -> None:
	"""Into every COI Manager's queue (S 30(1): the manager facilitates consultations)."""
	managers = [user for user in roles.users_with(roles.MANAGER) if user != frappe.session.user]
	if not managers:
		return
	assign_to.add(
		{
			"assign_to": managers,
			"doctype": DOCTYPE,
			"name": doc.name,
			# the question itself stays in the consultation: a ToDo is read by more people
			"description": _("Consultation {0} waits for an answer.").format(doc.name),
		},
		ignore_permissions=True,
	)


def on_update(doc) -> None:
	if doc.flags.just_answered:
		close_queue(doc.name)


def close_queue(name: str) -> None:
	for todo in frappe.get_all(
		"ToDo", {"reference_type": DOCTYPE, "reference_name": name, "status": "Open"}, pluck="name"
	):
		frappe.db.set_value("ToDo", todo, "status", "Closed")
	frappe.db.set_value(DOCTYPE, name, "_assign", "[]", update_modified=False)


# ---------------------------------------------------------------- anonymous figures
def statistics(from_date=None, to_date=None, work_unit: str | None = None) -> dict:
	"""Anonymous figures for the monitoring report (S 33(3)f): no names, no questions.

	Consultations asked between ``from_date`` and ``to_date`` (inclusive), optionally by officials of
	``work_unit`` and its sub-units: ``total``, ``answered``, ``open``, ``by_topic`` {topic: count},
	``mean_hours_to_answer`` and ``median_hours_to_answer`` (None without answers). The caller
	decides who may see them; the function reads regardless of the user's record rules."""
	table = frappe.qb.DocType(DOCTYPE)
	query = frappe.qb.from_(table).select(table.topic, table.status, table.asked_on, table.answered_on)
	if from_date:
		query = query.where(table.asked_on >= get_datetime(getdate(from_date)))
	if to_date:
		query = query.where(table.asked_on < get_datetime(frappe.utils.add_days(getdate(to_date), 1)))
	if work_unit:
		lft, rgt = frappe.db.get_value("Work Unit", work_unit, ["lft", "rgt"]) or (0, 0)
		units = frappe.get_all("Work Unit", {"lft": (">=", lft), "rgt": ("<=", rgt)}, pluck="name")
		officials = frappe.get_all("Official", {"work_unit": ("in", units or [""])}, pluck="name")
		query = query.where(table.official.isin(officials or [""]))
	rows = query.run(as_dict=True)
	by_topic: dict[str, int] = {}
	hours = []
	for row in rows:
		by_topic[row.topic] = by_topic.get(row.topic, 0) + 1
		if row.status == ANSWERED and row.answered_on and row.asked_on:
			hours.append(round(time_diff_in_hours(row.answered_on, row.asked_on), 2))
	return {
		"total": len(rows),
		"answered": sum(1 for row in rows if row.status == ANSWERED),
		"open": sum(1 for row in rows if row.status == OPEN),
		"by_topic": dict(sorted(by_topic.items())),
		"mean_hours_to_answer": round(stats.mean(hours), 2) if hours else None,
		"median_hours_to_answer": round(stats.median(hours), 2) if hours else None,
	}
