"""Notices of the declaration loop (S 23-26, S Lampiran D.2.a): every step of a declaration and of
its control decision, the deadline reminders, the escalations and the notices to COI Managers.

All go through :func:`coi_management.core.notices.notify`: rendered in each recipient's language,
delivered as a bell notification and an e-mail once the transaction commits. The controllers call
:func:`on_declaration_change` and :func:`on_decision_change`; the deadline job calls the rest.
"""

import frappe
from frappe import _
from frappe.utils import escape_html, formatdate

from coi_management.core import notices, org
from coi_management.core.roles import MANAGER, users_with
from coi_management.core.states import ACKNOWLEDGED, UNDER_REVIEW


def _p(*lines: str) -> str:
	return "".join(f"<p>{line}</p>" for line in lines)


def _e(value) -> str:
	return escape_html(str(value or ""))


def _before(doc, fieldname: str):
	before = doc.get_doc_before_save()
	return before.get(fieldname) if before else None


def _user(fetched: str | None, official: str | None) -> str | None:
	"""The user of ``official``: fetched fields stay empty when the controller sets the link."""
	return fetched or org.user_of(official)


def to_managers(doc, render, survive_rollback: bool = False) -> None:
	notices.notify(users_with(MANAGER), render, doc, survive_rollback=survive_rollback)


# ---------------------------------------------------------------- steps of a declaration
def on_declaration_change(doc, event: str) -> None:
	"""``event``: "submit" (declared), "update" (after submit: review, escalation) or "cancel"."""
	if event == "submit":
		declared(doc)
	elif event == "cancel":
		withdrawn(doc)
	elif event == "update":
		if doc.deciding_superior != _before(doc, "deciding_superior"):
			escalated(doc)
		if doc.workflow_state == UNDER_REVIEW and _before(doc, "workflow_state") != UNDER_REVIEW:
			under_review(doc)


def declared(doc) -> None:
	notices.notify(
		[doc.deciding_superior_user, doc.declarant_user, *users_with(MANAGER)],
		lambda: (
			_("New conflict-of-interest declaration {0} awaits a decision").format(doc.name),
			_p(
				_("{0} has declared a conflict of interest to {1}.").format(
					_e(doc.official_name), _e(doc.deciding_superior_name or doc.superior_name)
				),
				_("Decision or action faced: {0}").format(_e(doc.decision_faced)),
				_(
					"The decision is on hold until the superior decides, at the latest on {0} (Art. 23(3))."
				).format(formatdate(doc.due_date)),
			),
		),
		doc,
	)


def under_review(doc) -> None:
	notices.notify(
		[doc.declarant_user, *users_with(MANAGER)],
		lambda: (
			_("Declaration {0} is under review").format(doc.name),
			_p(
				_("{0} has started the review of declaration {1}.").format(
					_e(doc.deciding_superior_name), doc.name
				),
				_("The decision remains on hold until the control decision."),
			),
		),
		doc,
	)


def escalated(doc) -> None:
	notices.notify(
		[doc.deciding_superior_user, doc.declarant_user, *users_with(MANAGER)],
		lambda: (
			_("Declaration {0} has been escalated to {1}").format(doc.name, doc.deciding_superior_name),
			_p(
				_("Declaration {0} of {1} is now to be decided by {2}.").format(
					doc.name, _e(doc.official_name), _e(doc.deciding_superior_name)
				),
				_("Decision due: {0}").format(formatdate(doc.due_date)),
			),
		),
		doc,
	)


def withdrawn(doc) -> None:
	notices.notify(
		[doc.deciding_superior_user, doc.declarant_user, *users_with(MANAGER)],
		lambda: (
			_("Declaration {0} has been withdrawn").format(doc.name),
			_p(
				_("{0} has withdrawn declaration {1}.").format(_e(doc.official_name), doc.name),
				_("Reason: {0}").format(_e(doc.withdrawal_reason)),
			),
		),
		doc,
	)


# ---------------------------------------------------------------- steps of a control decision
def on_decision_change(doc, event: str) -> None:
	"""``event``: "submit" (decided) or "update" (after submit: acknowledged)."""
	if event == "submit":
		decided(doc)
	elif event == "update" and doc.workflow_state == ACKNOWLEDGED:
		if _before(doc, "workflow_state") != ACKNOWLEDGED:
			acknowledged(doc)


def decided(doc) -> None:
	notices.notify(
		[
			_user(doc.official_user, doc.official),
			_user(doc.superior_user, doc.superior),
			*users_with(MANAGER),
		],
		lambda: (
			_("Control decision {0} on the conflict of interest of {1}").format(doc.name, doc.official_name),
			_p(
				_("{0} has decided: {1}.").format(_e(doc.superior_name), _e(doc.control_option_title)),
				_("The authority to take the decision is now held by {0}.").format(
					_e(doc.authority_holder_name or doc.authority_holder)
				),
				_("Please open the decision and acknowledge it."),
			),
		),
		doc,
	)


def acknowledged(doc) -> None:
	notices.notify(
		[_user(doc.superior_user, doc.superior), *users_with(MANAGER)],
		lambda: (
			_("Control decision {0} has been acknowledged").format(doc.name),
			_p(_("{0} has acknowledged control decision {1}.").format(_e(doc.official_name), doc.name)),
		),
		doc,
	)


# ---------------------------------------------------------------- deadlines (daily job)
def reminder(doc, days_left: int) -> None:
	def render():
		if days_left:
			subject = _("Reminder: decide declaration {0} within {1} working days").format(
				doc.name, days_left
			)
		else:
			subject = _("Today is the deadline to decide declaration {0}").format(doc.name)
		message = _(
			"The conflict-of-interest declaration {0} of {1} must be decided by {2}. Until then the official must not take the decision (Art. 23(3))."
		).format(doc.name, _e(doc.official_name or doc.official), formatdate(doc.due_date))
		return subject, _p(message)

	notices.notify([doc.deciding_superior_user], render, doc)


def overdue_to_managers(doc) -> None:
	to_managers(
		doc,
		lambda: (
			_("Declaration {0} was not decided on time").format(doc.name),
			_p(
				_(
					"The conflict-of-interest declaration {0} of {1} was due for a decision by {2} on {3} and is overdue."
				).format(
					doc.name,
					_e(doc.official_name or doc.official),
					_e(doc.deciding_superior_name or doc.deciding_superior),
					formatdate(doc.due_date),
				)
			),
		),
	)


def top_of_chain(doc, survive_rollback: bool = False) -> None:
	to_managers(
		doc,
		lambda: (
			_("Declaration {0} cannot be escalated further").format(doc.name or ""),
			_p(
				_(
					"The deciding superior of declaration {0} ({1}) has a conflict of interest or missed the deadline, and has no superior above them. A COI Manager must arrange the decision."
				).format(doc.name or "", _e(doc.deciding_superior_name or doc.deciding_superior))
			),
		),
		survive_rollback=survive_rollback,
	)


# ---------------------------------------------------------------- the Banjarmasin review stage (B G.5)
def review_reminder(decision, days_left: int) -> None:
	def render():
		if days_left:
			subject = _("Reminder: review control decision {0} within {1} working days").format(
				decision.name, days_left
			)
		else:
			subject = _("Today is the deadline to review control decision {0}").format(decision.name)
		message = _(
			"Control decision {0} on the conflict of interest of {1} found an actual conflict and must be reviewed by {2}."
		).format(decision.name, _e(decision.official_name), formatdate(decision.review_due_date))
		return subject, _p(message)

	notices.notify([frappe.db.get_value("Official", decision.reviewer, "user")], render, decision)


def review_overdue(decision, late_reviewer: str, users) -> None:
	"""To the reviewer's superior, who now reviews (``decision.reviewer``), and the COI Managers."""

	def render():
		lines = [
			_(
				"The review of control decision {0} on the conflict of interest of {1} by {2} was due on {3} and is overdue."
			).format(
				decision.name,
				_e(decision.official_name),
				_e(frappe.db.get_value("Official", late_reviewer, "full_name") or late_reviewer),
				formatdate(decision.review_due_date),
			)
		]
		if decision.reviewer != late_reviewer:
			lines.append(
				_("The review is now to be done by {0}.").format(
					_e(frappe.db.get_value("Official", decision.reviewer, "full_name"))
				)
			)
		return _("Control decision {0} was not reviewed on time").format(decision.name), _p(*lines)

	notices.notify(users, render, decision)
