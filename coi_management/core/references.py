"""The documents a declaration, a control decision or a screening may name as the decision or action
faced (``reference_doctype`` / ``reference_name``). Not every DocType of the system: the ones a COI
Administrator lists in COI Settings (Reference Document Types), by default a small set of the
procurement, licensing and staffing documents installed on the site. A screening started by a
screening rule may also name the rule's DocType."""

import frappe
from frappe import _

# Offered when COI Settings lists none yet; only those installed on the site are kept
DEFAULT_REFERENCE_DOCTYPES = (
	"Supplier",
	"Material Request",
	"Request for Quotation",
	"Purchase Order",
	"Contract",
	"Project",
	"Job Applicant",
	"Employee",
	"Event",
	"ToDo",
)


def allowed_doctypes(include_screening_rules: bool = False, also: tuple = ()) -> list[str]:
	settings = frappe.get_cached_doc("COI Settings")
	allowed = [row.document_type for row in settings.get("reference_doctypes") or []] + list(also)
	if include_screening_rules:
		allowed += [row.document_type for row in settings.get("screening_rules") or [] if row.enabled]
	return list(dict.fromkeys(allowed))


def default_doctypes() -> list[str]:
	return [doctype for doctype in DEFAULT_REFERENCE_DOCTYPES if frappe.db.exists("DocType", doctype)]


def validate(doc, label: str, include_screening_rules: bool = False, also: tuple = ()) -> None:
	"""Refuse a Reference DocType the settings do not list, and a reference name without its type or
	naming no document, each with the field's label."""
	if doc.reference_name and not doc.reference_doctype:
		frappe.throw(_("{0} is required.").format(label), frappe.ValidationError, title=label)
	if not doc.reference_doctype:
		return
	if doc.reference_doctype not in allowed_doctypes(include_screening_rules, also):
		frappe.throw(
			_(
				"{0}: {1} is not one of the document types a COI Administrator lists in COI Settings (Reference Document Types)."
			).format(label, frappe.bold(_(doc.reference_doctype))),
			frappe.ValidationError,
			title=label,
		)
	if doc.reference_name and not frappe.db.exists(doc.reference_doctype, doc.reference_name):
		frappe.throw(
			_("{0} {1} does not exist").format(_(doc.reference_doctype), doc.reference_name),
			frappe.ValidationError,
			title=label,
		)
