"""Screening on any DocType by configuration (COI Settings > Screening on Other Documents).

``doc_events["*"]`` calls :func:`on_validate` and :func:`on_before_submit` for every document of
the site, so the first thing they do is one dictionary lookup in the configured DocTypes, read once
per request from a cache that COI Settings clears when it is saved.
"""

import frappe
from frappe import _

from coi_management.screening import document, screen

CACHE_KEY = "coi_screening_rules"
WARN = "Warn"
BLOCK = "Block"


class ScreeningBlocked(frappe.ValidationError):
	pass


def rules() -> dict:
	"""DocType -> list of enabled rules (as dicts)."""
	cached = getattr(frappe.local, "coi_screening_rules", None)
	if cached is not None:
		return cached
	cached = frappe.cache.get_value(CACHE_KEY)
	if cached is None:
		cached = {}
		if frappe.db.table_exists("COI Screening Rule"):
			for row in frappe.get_all(
				"COI Screening Rule",
				filters={"parenttype": "COI Settings", "enabled": 1},
				fields=[
					"document_type",
					"event",
					"party_type",
					"name_field",
					"npwp_field",
					"nib_field",
					"nik_field",
					"officials_field",
					"action",
				],
				order_by="idx asc",
			):
				cached.setdefault(row.document_type, []).append(dict(row))
		frappe.cache.set_value(CACHE_KEY, cached)
	frappe.local.coi_screening_rules = cached
	return cached


def clear_cache(doc=None, method=None):
	"""COI Settings on_update: rules and name terms are read again."""
	frappe.cache.delete_value(CACHE_KEY)
	frappe.cache.delete_value("coi_screening_terms")
	frappe.local.coi_screening_rules = None


def on_validate(doc, method=None):
	configured = rules().get(doc.doctype)
	if configured:
		_apply(doc, [r for r in configured if r["event"] == "validate"])


def on_before_submit(doc, method=None):
	configured = rules().get(doc.doctype)
	if configured:
		_apply(doc, [r for r in configured if r["event"] == "before_submit"])


def _officials(doc, fieldname):
	if not fieldname:
		return []
	value = doc.get(fieldname)
	if isinstance(value, list):
		return [row.get("official") for row in value if row.get("official")]
	return [value] if value else []


def _apply(doc, applicable):
	for rule in applicable:
		counterparty = {
			"name": doc.get(rule["name_field"]) if rule.get("name_field") else None,
			"party_type": rule.get("party_type") or "Company",
			"npwp": doc.get(rule["npwp_field"]) if rule.get("npwp_field") else None,
			"nib": doc.get(rule["nib_field"]) if rule.get("nib_field") else None,
			"nik": doc.get(rule["nik_field"]) if rule.get("nik_field") else None,
		}
		if not any(counterparty[k] for k in ("name", "npwp", "nib", "nik")):
			continue
		try:
			matches = screen.screen(counterparty, _officials(doc, rule.get("officials_field")))
		except screen.CounterpartyError:
			continue  # a malformed identifier is the DocType's own validation to report
		if not matches:
			continue
		if rule["action"] == BLOCK and not (doc.name and document.resolved_for(doc.doctype, doc.name)):
			frappe.throw(
				_(
					"Possible conflict of interest: {0} matches with officials' registers or cooling-off"
					" records for {1}. Ask a COI Screener or COI Manager to record a Conflict Screening"
					" for this document and submit it with its outcome before continuing."
				).format(len(matches), frappe.bold(counterparty["name"] or "")),
				ScreeningBlocked,
				title=_("Conflict Screening"),
			)
		if rule["action"] == WARN:
			frappe.msgprint(
				_(
					"Possible conflict of interest: {0} matches with officials' registers or cooling-off"
					" records for {1}. Record a Conflict Screening for this document."
				).format(len(matches), frappe.bold(counterparty["name"] or "")),
				title=_("Conflict Screening"),
				indicator="orange",
			)
		doc.flags.coi_screening_matches = len(matches)
