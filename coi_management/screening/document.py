"""The Conflict Screening document (Pemeriksaan Konflik Kepentingan): run on save, decided on submit."""

import frappe
from frappe import _

from coi_management.core import references
from coi_management.screening import index, screen

NO_CONFLICT = "No Conflict"
REQUEST_DECLARATION = "Potential Conflict - Request Declaration"
PROACTIVE_DECISION = "Potential Conflict - Proactive Control Decision"
COOLING_OFF_APPLIES = "Cooling-off Restriction Applies"


class OutcomeError(frappe.ValidationError):
	pass


def counterparty_of(doc) -> dict:
	return {
		"name": doc.counterparty_name,
		"party_type": doc.party_type,
		"nik": doc.nik if doc.party_type == "Person" else None,
		"npwp": doc.npwp,
		"nib": doc.nib if doc.party_type == "Company" else None,
	}


def validate(doc):
	"""While a draft, every save runs the screening again on what the form holds."""
	validate_reference(doc)
	if doc.docstatus == 0:
		run(doc)


def run(doc):
	officials = [row.official for row in doc.get("officials") or [] if row.official]
	full_names = dict(
		frappe.get_all(
			"Official", filters={"name": ("in", officials)}, fields=["name", "full_name"], as_list=True
		)
		if officials
		else ()
	)
	for row in doc.get("officials") or []:
		row.official_name = full_names.get(row.official)
	matches = screen.screen(counterparty_of(doc), officials)
	doc.set("matches", [])
	for match in matches:
		doc.append("matches", match)
	doc.match_count = len(matches)
	doc.threshold = screen.threshold()
	doc.screened_by = frappe.session.user
	doc.screened_by_name = frappe.utils.get_fullname(frappe.session.user)
	doc.screened_on = frappe.utils.now_datetime()


def validate_reference(doc):
	references.validate(doc, _("Decision Type"), include_screening_rules=True)


def before_submit(doc):
	if not doc.outcome:
		frappe.throw(_("{0} is required.").format(_("Screening Outcome")), OutcomeError)
	if doc.match_count and doc.outcome == NO_CONFLICT and not (doc.outcome_notes or "").strip():
		frappe.throw(
			_("Explain in {0} why the matches found are no conflict.").format(_("Outcome Notes")),
			OutcomeError,
		)
	if not doc.match_count and doc.outcome != NO_CONFLICT:
		frappe.throw(
			_("No match was found: the outcome can only be {0}.").format(_(NO_CONFLICT)), OutcomeError
		)
	cooling = [
		m for m in doc.matches if m.section in (index.SECTION_COOLING_OFF, index.SECTION_COOLING_OFF_ENTITY)
	]
	if doc.outcome == COOLING_OFF_APPLIES and not cooling:
		frappe.throw(
			_("{0} needs a match with a cooling-off record.").format(_(COOLING_OFF_APPLIES)), OutcomeError
		)


def resolved_for(reference_doctype: str, reference_name: str) -> bool:
	"""Whether a submitted screening with an outcome exists for this decision."""
	return bool(
		frappe.db.exists(
			"Conflict Screening",
			{"reference_doctype": reference_doctype, "reference_name": reference_name, "docstatus": 1},
		)
	)
