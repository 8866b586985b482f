"""Appreciation of officials (S 34; B BAB II E.2 keteladanan).

The COI Manager proposes the recognition of an official who set a good example or took a proactive
part (a timely declaration, a register filed early, a consultation that prevented a conflict), with
the reason, the evidence document and whether it counts toward the official's performance
achievement (S 34(3)). The head of region or their delegate (COI Executive) approves it by
submitting; the approver can be neither the proposer nor the official recognised. It prints as a
certificate.
"""

import frappe
from frappe import _
from frappe.utils import get_fullname, getdate

from coi_management.core import clock, org, roles

DOCTYPE = "COI Appreciation"
# fields the approver leaves as proposed
PROPOSAL_FIELDS = (
	"official",
	"appreciation_kind",
	"appreciation_date",
	"counts_toward_performance",
	"reason",
	"evidence_doctype",
	"evidence_name",
)


class AppreciationError(frappe.ValidationError):
	pass


def validate(doc) -> None:
	if doc.is_new():
		if not roles.has_any((roles.MANAGER, roles.SYSTEM_MANAGER)):
			frappe.throw(_("Only the COI Manager proposes an appreciation."), frappe.PermissionError)
		doc.granted_by = frappe.session.user
		doc.granted_by_name = get_fullname(frappe.session.user)
	else:
		refuse_approver_edits(doc)
		# who proposed stays who proposed (the approver must be someone else, S 34)
		doc.granted_by, doc.granted_by_name = frappe.db.get_value(
			DOCTYPE, doc.name, ["granted_by", "granted_by_name"]
		)
	if doc.docstatus == 0:
		doc.status = "Draft"
	if doc.appreciation_date and getdate(doc.appreciation_date) > clock.today():
		frappe.throw(
			_("{0} cannot be in the future.").format(_(doc.meta.get_label("appreciation_date"))),
			AppreciationError,
		)
	validate_evidence(doc)


def refuse_approver_edits(doc) -> None:
	"""An approver who is not a COI Manager approves the proposal as it is."""
	if roles.has_any((roles.MANAGER, roles.SYSTEM_MANAGER)):
		return
	before = doc.get_doc_before_save()
	for fieldname in PROPOSAL_FIELDS:
		if before and str(before.get(fieldname) or "") != str(doc.get(fieldname) or ""):
			frappe.throw(
				_("{0}: the head of region or delegate approves the proposal as it is.").format(
					_(doc.meta.get_label(fieldname))
				),
				frappe.PermissionError,
			)


def validate_evidence(doc) -> None:
	if not doc.evidence_doctype and not doc.evidence_name:
		return
	label = _(doc.meta.get_label("evidence_name"))
	if (
		not doc.evidence_doctype
		or not doc.evidence_name
		or not frappe.db.exists(doc.evidence_doctype, doc.evidence_name)
	):
		frappe.throw(_("{0}: the document does not exist.").format(label), AppreciationError)
	if not frappe.has_permission(doc.evidence_doctype, "read", doc=doc.evidence_name):
		frappe.throw(_("{0}: you may not read this document.").format(label), frappe.PermissionError)
	meta = frappe.get_meta(doc.evidence_doctype)
	if meta.has_field("official") and meta.get_field("official").options == "Official":
		if frappe.db.get_value(doc.evidence_doctype, doc.evidence_name, "official") != doc.official:
			frappe.throw(
				_("{0}: {1} is not a document of {2}.").format(
					label, frappe.bold(doc.evidence_name), frappe.bold(doc.full_name or doc.official)
				),
				AppreciationError,
			)


def before_submit(doc) -> None:
	"""Approval (S 34): by the head of region or delegate, neither the proposer nor the official."""
	if not roles.has_any((roles.EXECUTIVE,)):
		frappe.throw(
			_("An appreciation is approved by the head of region or their delegate (COI Executive)."),
			frappe.PermissionError,
		)
	if frappe.session.user == doc.granted_by or org.official_of_user(frappe.session.user) == doc.official:
		frappe.throw(
			_("The approver of an appreciation can be neither its proposer nor the official recognised."),
			frappe.PermissionError,
		)
	doc.status = "Approved"
	doc.approved_by = frappe.session.user
	doc.approved_by_name = get_fullname(frappe.session.user)
	doc.approved_on = clock.today()


def on_cancel(doc) -> None:
	doc.db_set("status", "Cancelled")


def performance_count(official: str, year: int | None = None) -> int:
	"""Approved appreciations of ``official`` that count toward performance achievement (S 34(3))."""
	filters = {"official": official, "docstatus": 1, "counts_toward_performance": 1}
	if year:
		filters["appreciation_date"] = ("between", (f"{year}-01-01", f"{year}-12-31"))
	return frappe.db.count(DOCTYPE, filters)
