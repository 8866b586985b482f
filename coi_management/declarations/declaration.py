"""Declaration of a conflict of interest (S 23-26, S Lampiran D.1.b-D.2; B G.1-5).

An official in an actual conflict declares it to their superior and must not take the decision
until the superior has decided how the conflict is controlled: the *hold* (S 23(3)). This module
holds the rules; the Declaration controller only calls them.

States (Workflow "Declaration"): Draft → Declared → Under Review → Decided, plus Escalated
(the superior is conflicted, or the deadline passed) and Withdrawn (by the declarant, before
review, with a reason). Decided is reached only by submitting a Control Decision.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from coi_management.core import clock, immutable, org, references, regulation
from coi_management.core.roles import is_manager
from coi_management.core.states import (
	DECIDED,
	DECLARED,
	DRAFT,
	ESCALATED,
	HOLD_STATES,
	UNDER_REVIEW,
	WITHDRAW,
	WITHDRAWN,
)
from coi_management.declarations import hold, notices

REASON_CONFLICT, REASON_DEADLINE, REASON_MANAGER = (
	"Superior Has a Conflict",
	"Deadline Passed",
	"Reassigned by COI Manager",
)


class DeclarationError(frappe.ValidationError):
	pass


class SuperiorChangeNotAllowedError(DeclarationError):
	pass


class JustificationRequiredError(DeclarationError):
	pass


class ClassificationError(DeclarationError):
	pass


class DeclarantActionError(frappe.PermissionError):
	"""The declarant tried a transition that only the superior or the COI Manager may make."""


class NotDecidingSuperiorError(frappe.PermissionError):
	pass


class ConflictedSuperiorError(DeclarationError):
	pass


class TopOfChainError(DeclarationError):
	pass


class WithdrawalError(DeclarationError):
	pass


def refuse_declarant(is_declarant: bool) -> None:
	"""The declarant never reviews, escalates or decides their own declaration (S 23(4))."""
	if is_declarant:
		frappe.throw(
			_("The declarant cannot review, escalate or decide their own declaration."), DeclarantActionError
		)


def require_deciding_superior(deciding_user: str | None, deciding_label: str | None) -> None:
	"""Only the superior who must decide, or a COI Manager assisting (S 23(6)), acts on it."""
	if frappe.session.user != deciding_user and not is_manager():
		frappe.throw(
			_("Only the deciding superior {0} or a COI Manager can do this.").format(
				frappe.bold(deciding_label or "-")
			),
			NotDecidingSuperiorError,
		)


# ---------------------------------------------------------------- validation of the form
def set_defaults(doc) -> None:
	if not doc.regulation:
		doc.regulation = regulation.get_active_regulation().name
	default_superior = frappe.db.get_value("Official", doc.official, "superior") if doc.official else None
	if not doc.superior:
		doc.superior = default_superior
	if doc.docstatus == 0:
		doc.deciding_superior = doc.superior
		doc.deciding_superior_user = org.user_of(doc.superior)
	org.refresh_fetched(doc, "official", "superior", "deciding_superior")


def validate_superior(doc) -> None:
	"""The superior is the official's own (S 23(1)); only a COI Manager may address someone else."""
	if not doc.superior:
		frappe.throw(
			_("{0} has no {1}: ask the COI Manager to record the superior before declaring.").format(
				frappe.bold(doc.official_name or doc.official), _("Superior")
			),
			DeclarationError,
			title=_("Superior"),
		)
	if doc.superior == doc.official:
		frappe.throw(_("The declarant cannot be their own {0}.").format(_("Superior")), DeclarationError)
	default_superior = frappe.db.get_value("Official", doc.official, "superior")
	before = doc.get_doc_before_save()
	changed = doc.superior != (before.superior if before else default_superior)
	if changed and doc.superior != default_superior and not is_manager():
		frappe.throw(
			_(
				"Only a COI Manager may address the declaration to someone other than the official's {0}."
			).format(_("Superior")),
			SuperiorChangeNotAllowedError,
			title=_("Superior"),
		)


def validate_declarant(doc) -> None:
	"""An official files only their own declaration; a COI Manager may file for anyone."""
	if is_manager():
		return
	if org.official_of_user() != doc.official:
		frappe.throw(
			_(
				"You can declare only your own conflicts of interest: {0} is not your official profile."
			).format(frappe.bold(doc.official_name or doc.official)),
			frappe.PermissionError,
		)


def validate_classification(doc) -> None:
	"""Source and sub-kind (and Banjarmasin's form and type) from the declaration's profile."""
	checks = (
		("conflict_source", "Conflict Source"),
		("conflict_sub_kind", "Conflict Sub-kind"),
		("conflict_form", "Conflict Form"),
		("conflict_type", "Conflict Type"),
	)
	for fieldname, classification_type in checks:
		regulation.check_classification(
			doc.get(fieldname),
			doc.regulation,
			classification_type,
			label=_(doc.meta.get_label(fieldname)),
			exc=ClassificationError,
			parent=doc.conflict_source if fieldname == "conflict_sub_kind" else None,
		)
	doc.is_family_source = frappe.db.get_value("COI Classification", doc.conflict_source, "is_family") or 0


def validate_reference(doc) -> None:
	references.validate(doc, _("Reference Document Type"))


def validate_timing(doc) -> None:
	"""After the decision only for an urgent public service, with a justification (S 25)."""
	if doc.timing != "After the Decision":
		doc.decision_taken_on = None
		doc.urgency_justification = None
		return
	if not (doc.urgency_justification or "").strip():
		frappe.throw(
			_(
				"{0} is required: a declaration after the decision is allowed only when a public service could not be postponed (Art. 25)."
			).format(_("Justification: Urgent Public Service")),
			JustificationRequiredError,
			title=_("Justification: Urgent Public Service"),
		)
	if not doc.decision_taken_on:
		frappe.throw(_("{0} is required.").format(_("Decision Taken On")), JustificationRequiredError)
	if getdate(doc.decision_taken_on) > clock.today():
		frappe.throw(_("{0} cannot be in the future.").format(_("Decision Taken On")), DeclarationError)


def validate_statement(doc) -> None:
	if not doc.statement_true:
		frappe.throw(
			_("Confirm the statement that the declaration is true before declaring."),
			DeclarationError,
			title=_("Statement"),
		)


# ---------------------------------------------------------------- transitions
def state_before(doc) -> str | None:
	before = doc.get_doc_before_save()
	if before:
		return before.workflow_state
	if doc.is_new():
		return None
	return frappe.db.get_value(doc.doctype, doc.name, "workflow_state")


# Changed after submit only by the app itself: system_save (escalation, decision, reopening), the
# deadline jobs (db_set) and the escalation a person's Escalate transition triggers.
SYSTEM_FIELDS = (
	"deciding_superior",
	"deciding_superior_name",
	"deciding_superior_user",
	"due_date",
	"on_hold",
	"control_decision",
	"decided_on",
	"reminder_before_sent",
	"reminder_due_sent",
	"overdue_escalated",
)


def protect_after_submit(doc) -> None:
	"""before_update_after_submit, before the transition runs: what the user sent may not touch
	the fields the app alone moves on."""
	if not frappe.flags.in_coi_system_transition:
		immutable.refuse_changes(doc, SYSTEM_FIELDS, tables=("escalations",))


def refuse_decided_without_decision(doc) -> None:
	"""Decided means a submitted Control Decision on this declaration lifted the hold (S 24)."""
	decision = doc.control_decision and frappe.db.get_value(
		"Control Decision", doc.control_decision, ["declaration", "docstatus"], as_dict=True
	)
	if not decision or decision.declaration != doc.name or decision.docstatus != 1:
		frappe.throw(
			_("A declaration is decided by submitting its {0}.").format(_("Control Decision")),
			frappe.PermissionError,
		)


def check_transition(doc) -> None:
	"""Who may move the declaration: the declarant only declares (and withdraws before review).

	Frappe's Workflow already checks the roles of each transition; this checks the person, which
	a role cannot express (the declarant may also hold COI Superior for their own staff).
	"""
	old, new = state_before(doc), doc.workflow_state
	if not new or old == new or frappe.flags.in_coi_system_transition:
		return
	user = frappe.session.user
	is_declarant = user == doc.declarant_user
	if new in (DRAFT, DECLARED) and old in (None, DRAFT):
		return
	if new == WITHDRAWN:
		if old != DECLARED:
			frappe.throw(_("A declaration can be withdrawn only before its review starts."), WithdrawalError)
		if not (is_declarant or is_manager(user)):
			frappe.throw(_("Only the declarant can withdraw the declaration."), frappe.PermissionError)
		if not (doc.withdrawal_reason or "").strip():
			frappe.throw(
				_("{0} is required.").format(_("Reason for Withdrawal")),
				WithdrawalError,
				title=_("Reason for Withdrawal"),
			)
		return
	refuse_declarant(user == doc.declarant_user)
	if new in (UNDER_REVIEW, ESCALATED, DECIDED):
		require_deciding_superior(
			doc.deciding_superior_user, doc.deciding_superior_name or doc.deciding_superior
		)
	if new == DECIDED:
		refuse_decided_without_decision(doc)
	if new == UNDER_REVIEW:
		refuse_conflicted_superior(doc, doc.deciding_superior, doc.deciding_superior_name)
	if new == ESCALATED and old != ESCALATED:
		escalate(doc, REASON_CONFLICT, save=False)


def on_declare(doc) -> None:
	"""Submission = the declaration is made: date, deadline, hold; conflicted superior skipped."""
	today = clock.today()
	doc.declared_on = today
	doc.due_date = regulation.decision_due_date(today, doc.regulation)
	doc.on_hold = 1
	doc.deciding_superior = doc.superior
	doc.deciding_superior_user = org.user_of(doc.superior)
	# S Lampiran D.2.a: a superior with a conflict in the same decision does not decide it
	while superior_is_conflicted(doc, doc.deciding_superior):
		nxt = next_superior(doc.deciding_superior)
		if not nxt:
			notify_top_of_chain(doc)
			break
		add_escalation_row(doc, doc.deciding_superior, nxt, REASON_CONFLICT)
		doc.deciding_superior = nxt
		doc.deciding_superior_user = org.user_of(nxt)
	org.refresh_fetched(doc, "deciding_superior")


def before_cancel(doc) -> None:
	"""Cancelling is withdrawing: only from Declared, with a reason (checked in check_transition)."""
	if doc.workflow_state != WITHDRAWN:
		frappe.throw(
			_("A declaration is closed by a Control Decision, or withdrawn by the declarant before review."),
			WithdrawalError,
		)
	doc.on_hold = 0


# ---------------------------------------------------------------- escalation
def next_superior(official: str) -> str | None:
	chain = org.superior_chain(official)
	return chain[0] if chain else None


def superior_is_conflicted(doc, superior: str | None) -> bool:
	"""A superior is conflicted when recorded so on this declaration, or when they themselves are on
	hold (an open declaration of their own) for the same referenced document."""
	if not superior:
		return False
	for row in doc.get("escalations") or []:
		if row.from_superior == superior and row.reason == REASON_CONFLICT:
			return True
	if doc.reference_doctype and doc.reference_name:
		return hold.is_on_hold(superior, doc.reference_doctype, doc.reference_name, exclude=doc.name)
	return False


def refuse_conflicted_superior(doc, superior: str | None, superior_name: str | None = None) -> None:
	"""A superior with a conflict in the same decision does not review or decide it (S Lampiran D.2.a)."""
	if superior_is_conflicted(doc, superior):
		frappe.throw(
			_(
				"{0} also has a conflict of interest in this decision: escalate the declaration instead."
			).format(frappe.bold(superior_name or superior)),
			ConflictedSuperiorError,
		)


def add_escalation_row(doc, from_superior: str, to_superior: str, reason: str, remarks: str | None = None):
	doc.append(
		"escalations",
		{
			"escalated_on": clock.today(),
			"from_superior": from_superior,
			"to_superior": to_superior,
			"reason": reason,
			"remarks": remarks,
			"escalated_by": frappe.session.user,
		},
	)


def system_save(doc) -> None:
	"""Save a state change the app makes itself (escalation, decision, reopening): the controller
	lets it past the checks that guard transitions made by people."""
	frappe.flags.in_coi_system_transition = True
	try:
		doc.flags.ignore_permissions = True
		doc.save()
	finally:
		frappe.flags.in_coi_system_transition = False


def escalate(doc, reason: str, remarks: str | None = None, save: bool = True) -> str:
	"""Move the decision to the superior of the deciding superior (S Lampiran D.2.a)."""
	current = doc.deciding_superior
	nxt = next_superior(current)
	if not nxt:
		notify_top_of_chain(doc, survive_rollback=True)  # the refusal below rolls the request back
		frappe.throw(
			_(
				"{0} has no superior above them: the declaration cannot be escalated further. The COI Managers have been notified to arrange the decision."
			).format(frappe.bold(doc.deciding_superior_name or current)),
			TopOfChainError,
			title=_("Top of the Chain"),
		)
	add_escalation_row(doc, current, nxt, reason, remarks)
	doc.deciding_superior = nxt
	doc.deciding_superior_user = org.user_of(nxt)
	org.refresh_fetched(doc, "deciding_superior")
	doc.workflow_state = ESCALATED
	if save:
		system_save(doc)
	return nxt


def notify_top_of_chain(doc, survive_rollback: bool = False) -> None:
	notices.top_of_chain(doc, survive_rollback)


# ---------------------------------------------------------------- closing by a decision
def mark_decided(declaration: str, control_decision: str, decided_on) -> None:
	"""Called when a Control Decision is submitted: Decided, hold lifted. Row-locked by the caller."""
	# the workflow's Decide transition is conditional on the stored control decision
	frappe.db.set_value(
		"Declaration", declaration, "control_decision", control_decision, update_modified=False
	)
	doc = frappe.get_doc("Declaration", declaration)
	doc.workflow_state = DECIDED
	doc.decided_on = decided_on
	doc.on_hold = 0
	system_save(doc)
	doc.add_comment("Workflow", _(DECIDED))


# ---------------------------------------------------------------- whitelisted desk actions
@frappe.whitelist(methods=["POST"])
def withdraw(name: str, reason: str):
	"""Withdraw a declaration before its review, with a reason (the form's Withdraw action)."""
	from frappe.model.workflow import apply_workflow

	doc = frappe.get_doc("Declaration", name)
	doc.check_permission("cancel")
	if not (reason or "").strip():
		frappe.throw(_("{0} is required.").format(_("Reason for Withdrawal")), WithdrawalError)
	if doc.workflow_state != DECLARED:
		frappe.throw(_("A declaration can be withdrawn only before its review starts."), WithdrawalError)
	doc.db_set("withdrawal_reason", reason.strip(), update_modified=False)
	return apply_workflow(doc.as_dict(), WITHDRAW)


@frappe.whitelist(methods=["POST"])
def escalate_declaration(name: str, remarks: str | None = None):
	"""The deciding superior reports their own conflict: the decision goes one level up."""
	doc = frappe.get_doc("Declaration", name)
	doc.check_permission("write")
	if doc.workflow_state not in HOLD_STATES:
		frappe.throw(_("Only an open declaration can be escalated."), DeclarationError)
	refuse_declarant(frappe.session.user == doc.declarant_user)
	require_deciding_superior(doc.deciding_superior_user, doc.deciding_superior_name or doc.deciding_superior)
	reason = REASON_CONFLICT if frappe.session.user == doc.deciding_superior_user else REASON_MANAGER
	escalate(doc, reason, remarks)
	return doc.deciding_superior
