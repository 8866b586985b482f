"""Control Decision: how the superior controls a conflict (S 23(4)-(8), S 24; B D.4, G.3-5).

Made by the superior deciding a declaration (the COI Manager may assist, S 23(6)), or
proactively without a declaration (S 23(8)). The finding and the form of control come from the
active profile's Control Option classifications and their flags:

- ``requires_assignee``: a named official without a conflict takes over the decision;
- ``requires_restriction_scope``: which access is restricted (information, documents, voting);
- ``requires_follow_up_date``: a follow-up due date after the decision date;
- ``is_preventive``: divestment or rotation (S 24(2)), never the answer to a declaration
  (S Lampiran D.3.b.2), only a recommendation beside it or a proactive decision.

Submitting moves the declaration to Decided and lifts the hold. One declaration, one decision:
the declaration row is locked while a decision is submitted, so two superiors submitting at once
produce exactly one decision.
"""

import frappe
from frappe import _
from frappe.model.mapper import get_mapped_doc
from frappe.utils import getdate, now_datetime

from coi_management.core import clock, immutable, org, references, regulation
from coi_management.core.roles import ADMINISTRATOR_USER, is_manager
from coi_management.core.states import ACKNOWLEDGED, DECIDED, HOLD_STATES, UNDER_REVIEW
from coi_management.declarations import declaration as decl
from coi_management.declarations import hold


class ControlDecisionError(frappe.ValidationError):
	pass


class DuplicateDecisionError(ControlDecisionError):
	pass


class PreventiveAtDeclarationError(ControlDecisionError):
	pass


class AssigneeConflictError(ControlDecisionError):
	pass


class FamilyFindingError(ControlDecisionError):
	pass


def set_defaults(doc) -> None:
	if not doc.regulation:
		doc.regulation = (
			frappe.db.get_value("Declaration", doc.declaration, "regulation") if doc.declaration else None
		) or regulation.get_active_regulation().name
	doc.is_proactive = 0 if doc.declaration else 1
	doc.is_family_source = 0  # a declaration's source, copied below
	if doc.declaration:
		declaration = frappe.db.get_value(
			"Declaration",
			doc.declaration,
			[
				"official",
				"deciding_superior",
				"due_date",
				"reference_doctype",
				"reference_name",
				"is_family_source",
			],
			as_dict=True,
		)
		if declaration:
			doc.official = declaration.official
			doc.due_date = declaration.due_date
			# the decision faced is the declaration's own
			doc.reference_doctype = declaration.reference_doctype
			doc.reference_name = declaration.reference_name
			doc.is_family_source = declaration.is_family_source
			if not doc.superior:
				doc.superior = declaration.deciding_superior
	if not doc.superior and doc.official:
		mine = org.official_of_user()
		if mine and mine in org.superior_chain(doc.official):
			doc.superior = mine
		else:
			doc.superior = frappe.db.get_value("Official", doc.official, "superior")
	if not doc.decision_date:
		doc.decision_date = clock.today()
	org.refresh_fetched(doc, "official", "superior")


def validate_reference(doc) -> None:
	if not doc.declaration:  # a declaration's reference was checked when it was made
		# a proactive decision on a founded complaint (S 23(8)) names the complaint
		references.validate(doc, _("Reference Document Type"), also=("Complaint",))


def validate_parties(doc) -> None:
	"""The deciding superior is above the official, is not the official, and is the declaration's."""
	decl.refuse_declarant(doc.superior == doc.official or frappe.session.user == org.user_of(doc.official))
	if doc.superior not in org.superior_chain(doc.official):
		frappe.throw(
			_("{0} is not a superior of {1}.").format(
				frappe.bold(org.name_of(doc.superior)), frappe.bold(org.name_of(doc.official))
			),
			ControlDecisionError,
			title=_("Deciding Superior"),
		)
	decl.require_deciding_superior(org.user_of(doc.superior), doc.superior_name or doc.superior)
	if doc.declaration:
		declaration = frappe.get_doc("Declaration", doc.declaration)
		if declaration.docstatus != 1 or declaration.workflow_state not in HOLD_STATES:
			frappe.throw(
				_("Declaration {0} is {1}: it can no longer be decided.").format(
					doc.declaration, _(declaration.workflow_state)
				),
				DuplicateDecisionError,
			)
		if doc.superior != declaration.deciding_superior:
			frappe.throw(
				_("Declaration {0} is to be decided by {1}.").format(
					doc.declaration,
					frappe.bold(declaration.deciding_superior_name or declaration.deciding_superior),
				),
				decl.NotDecidingSuperiorError,
			)
		decl.refuse_conflicted_superior(declaration, doc.superior, doc.superior_name)


def validate_control(doc) -> None:
	option = regulation.check_classification(
		doc.control_option,
		doc.regulation,
		"Control Option",
		label=_("Form of Control"),
		exc=ControlDecisionError,
		fields=(
			"finding",
			"outcome",
			"is_preventive",
			"requires_assignee",
			"requires_follow_up_date",
			"requires_restriction_scope",
		),
	)
	if option.finding not in ("Any", doc.finding):
		frappe.throw(
			_("{0} does not fit the finding {1}.").format(frappe.bold(doc.control_option), _(doc.finding)),
			ControlDecisionError,
			title=_("Form of Control"),
		)
	if option.is_preventive and doc.declaration:
		frappe.throw(
			_(
				"{0} is a preventive recommendation: it cannot be the answer to a declaration (Lampiran D.3.b.2). Choose a control and add the recommendation under Preventive Recommendation."
			).format(frappe.bold(doc.control_option)),
			PreventiveAtDeclarationError,
			title=_("Form of Control"),
		)
	doc.outcome = option.outcome
	validate_assignee(doc, option)
	validate_restriction(doc, option)
	validate_follow_up(doc, "follow_up_due_date", option.requires_follow_up_date or option.is_preventive)
	validate_preventive_recommendation(doc)
	set_authority_holder(doc)


def validate_assignee(doc, option) -> None:
	if not option.requires_assignee:
		doc.assignee = None
		return
	if not doc.assignee:
		frappe.throw(
			_("{0} is required for {1}.").format(_("Assigned Official"), frappe.bold(doc.control_option)),
			frappe.MandatoryError,
			title=_("Assigned Official"),
		)
	if doc.assignee == doc.official:
		frappe.throw(
			_("{0} must be another official than the one in the conflict.").format(_("Assigned Official")),
			AssigneeConflictError,
		)
	if hold.is_on_hold(doc.assignee, doc.reference_doctype or None, doc.reference_name or None) or (
		doc.declaration
		and decl.superior_is_conflicted(frappe.get_doc("Declaration", doc.declaration), doc.assignee)
	):
		frappe.throw(
			_("{0} has a conflict of interest too and cannot take over the decision.").format(
				frappe.bold(org.name_of(doc.assignee))
			),
			AssigneeConflictError,
			title=_("Assigned Official"),
		)
	if frappe.db.get_value("Official", doc.assignee, "status") != "Active":
		frappe.throw(
			_("{0} must be an active official.").format(_("Assigned Official")), AssigneeConflictError
		)


def validate_restriction(doc, option) -> None:
	fields = ("restrict_information", "restrict_documents", "restrict_voting")
	if not option.requires_restriction_scope:
		for fieldname in fields:
			doc.set(fieldname, 0)
		return
	if not any(doc.get(fieldname) for fieldname in fields):
		frappe.throw(
			_("Choose what is restricted: information, documents or voting."),
			frappe.MandatoryError,
			title=_("Restricted Access"),
		)


def validate_follow_up(doc, fieldname: str, required: bool) -> None:
	label = _(doc.meta.get_label(fieldname))
	if not required:
		doc.set(fieldname, None)
		return
	if not doc.get(fieldname):
		frappe.throw(
			_("{0} is required for {1}.").format(label, frappe.bold(doc.control_option)),
			frappe.MandatoryError,
			title=label,
		)
	if getdate(doc.get(fieldname)) <= getdate(doc.decision_date):
		frappe.throw(_("{0} must be after the decision date.").format(label), ControlDecisionError)


def validate_preventive_recommendation(doc) -> None:
	if not doc.preventive_recommendation:
		doc.preventive_follow_up_date = None
		return
	row = regulation.check_classification(
		doc.preventive_recommendation,
		doc.regulation,
		"Control Option",
		label=_("Preventive Recommendation"),
		exc=ControlDecisionError,
		fields=("is_preventive",),
	)
	if not row.is_preventive:
		frappe.throw(
			_("{0}: {1} is not a preventive recommendation of the regulation profile {2}.").format(
				_("Preventive Recommendation"), frappe.bold(doc.preventive_recommendation), doc.regulation
			),
			ControlDecisionError,
		)
	if not doc.preventive_follow_up_date:
		frappe.throw(
			_("{0} is required.").format(_("Recommendation Follow-up Due Date")), frappe.MandatoryError
		)
	if getdate(doc.preventive_follow_up_date) <= getdate(doc.decision_date):
		frappe.throw(
			_("{0} must be after the decision date.").format(_("Recommendation Follow-up Due Date")),
			ControlDecisionError,
		)


def set_authority_holder(doc) -> None:
	"""Who holds the authority to take the decision after this control."""
	if doc.outcome == "Superior Takes Over":
		doc.authority_holder = doc.superior
	elif doc.outcome == "Reassign":
		doc.authority_holder = doc.assignee
	elif doc.outcome in ("Recusal", "Resignation"):
		doc.authority_holder = doc.superior
	else:
		doc.authority_holder = doc.official
	org.refresh_fetched(doc, "authority_holder")


def validate_dates(doc) -> None:
	if getdate(doc.decision_date) > clock.today():
		frappe.throw(_("{0} cannot be in the future.").format(_("Decision Date")), ControlDecisionError)
	doc.decided_late = int(bool(doc.due_date and getdate(doc.decision_date) > getdate(doc.due_date)))


def validate_family_finding(doc) -> None:
	"""S Lampiran B.2.a-b: a conflict from family relations is declared whatever the official thinks
	of it, and it is an actual conflict whenever the family member faces the official's authority:
	needs it themself, or represents, acts for, works for or benefits from the party that needs it.
	The superior closes it as "no actual conflict" only by stating that none of this is the case."""
	if doc.is_family_source and doc.finding == "No Actual Conflict" and not doc.family_not_facing:
		frappe.throw(
			_(
				"This declaration comes from family relations: it has no actual conflict only if the family member does not face the official's authority (Lampiran B.2.a). Tick {0} if that is so; otherwise choose the finding Actual Conflict."
			).format(frappe.bold(_("Family Member Is Not Facing the Official's Authority"))),
			FamilyFindingError,
			title=_("Finding"),
		)
	if doc.finding != "No Actual Conflict":
		doc.family_not_facing = 0


def before_submit(doc) -> None:
	"""Lock the declaration row, then refuse if another decision got there first."""
	if not doc.declaration:
		return
	validate_family_finding(doc)
	# The declaration row is the point of serialisation: a locking read sees the latest committed
	# state (Decided once another decision is in), whatever this transaction read before. The
	# decisions themselves are not locked: that would deadlock two submitters on the index.
	state = frappe.db.get_value("Declaration", doc.declaration, "workflow_state", for_update=True)
	other = frappe.db.get_value(
		"Control Decision",
		{"declaration": doc.declaration, "docstatus": 1, "name": ("!=", doc.name)},
		"name",
	)
	if other or state not in HOLD_STATES:
		frappe.throw(
			_("Declaration {0} has already been decided by {1}.").format(doc.declaration, other or _(state)),
			DuplicateDecisionError,
		)
	set_review(doc)


def set_review(doc) -> None:
	"""Banjarmasin G.5: a founded conflict is reviewed by the superior's superior within the period."""
	if doc.finding != "Actual Conflict":
		return
	due = regulation.review_due_date(doc.decision_date, doc.regulation)
	if not due:
		return
	doc.review_due_date = due
	doc.reviewer = decl.next_superior(doc.superior)


def on_submit(doc) -> None:
	if doc.declaration:
		decl.mark_decided(doc.declaration, doc.name, doc.decision_date)


def refuse_delete(doc) -> None:
	"""on_trash: a wrong draft is deleted by its author (a COI Manager may clear any draft); a
	submitted or cancelled decision is a legal record and stays (S 24)."""
	if doc.docstatus != 0:
		frappe.throw(_("Only a draft control decision can be deleted."), frappe.PermissionError)
	if frappe.session.user not in (doc.owner, ADMINISTRATOR_USER) and not is_manager():
		frappe.throw(
			_("Only {0}, who drafted it, can delete this control decision.").format(
				frappe.bold(frappe.utils.get_fullname(doc.owner))
			),
			frappe.PermissionError,
		)


def before_cancel(doc) -> None:
	"""A cancelled decision (COI Manager only) reopens the declaration: the hold is back on."""
	if not doc.declaration:
		return
	declaration = frappe.get_doc("Declaration", doc.declaration)
	if declaration.control_decision == doc.name and declaration.workflow_state == DECIDED:
		declaration.workflow_state = UNDER_REVIEW
		declaration.control_decision = None
		declaration.decided_on = None
		declaration.on_hold = 1
		decl.system_save(declaration)


def protect_after_submit(doc) -> None:
	"""before_update_after_submit: the acknowledgement is stamped by the Acknowledge transition and
	the review by record_review, never sent by a user."""
	if (doc.review_notes or "") != (
		doc.get_doc_before_save().review_notes or ""
	) and not frappe.flags.in_coi_review:
		frappe.throw(_("Only the reviewer can record the review."), frappe.PermissionError)
	fields = ["acknowledged_on"] + ([] if frappe.flags.in_coi_review else ["reviewed_on"])
	immutable.refuse_changes(doc, fields)


def check_transition(doc) -> None:
	"""Acknowledged only by the official concerned; the decision itself only by the superior."""
	before = doc.get_doc_before_save()
	old = before.workflow_state if before else None
	if doc.workflow_state == ACKNOWLEDGED and old != ACKNOWLEDGED:
		if frappe.session.user not in (org.user_of(doc.official), ADMINISTRATOR_USER):
			frappe.throw(
				_("Only the official concerned can acknowledge the decision."), frappe.PermissionError
			)
		doc.acknowledged_on = now_datetime()


def record_review(doc, notes: str) -> None:
	if not doc.reviewer or org.official_of_user() != doc.reviewer:
		frappe.throw(_("Only the reviewer can record the review."), frappe.PermissionError)
	doc.review_notes = notes
	doc.reviewed_on = clock.today()
	doc.flags.ignore_permissions = True
	frappe.flags.in_coi_review = True
	try:
		doc.save()
	finally:
		frappe.flags.in_coi_review = False


@frappe.whitelist(methods=["POST"])
def make_from_declaration(source_name: str, target_doc=None):
	"""A new Control Decision for the declaration ``source_name`` (the form's Decide button)."""
	declaration = frappe.get_doc("Declaration", source_name)
	declaration.check_permission("read")
	if declaration.docstatus != 1 or declaration.workflow_state not in HOLD_STATES:
		frappe.throw(
			_("Declaration {0} is {1}: it can no longer be decided.").format(
				declaration.name, _(declaration.workflow_state)
			),
			DuplicateDecisionError,
		)

	def set_missing_values(source, target):
		target.declaration = source.name
		target.superior = source.deciding_superior
		target.superior_name = source.deciding_superior_name

	return get_mapped_doc(
		"Declaration",
		source_name,
		{
			"Declaration": {
				"doctype": "Control Decision",
				"field_map": {"due_date": "due_date", "regulation": "regulation"},
				"field_no_map": ["naming_series", "workflow_state", "amended_from"],
			}
		},
		target_doc,
		set_missing_values,
	)


@frappe.whitelist(methods=["POST"])
def submit_review(name: str, notes: str):
	doc = frappe.get_doc("Control Decision", name)
	doc.check_permission("read")
	record_review(doc, notes)
	return doc.reviewed_on
