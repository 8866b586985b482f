"""Whitelisted entry points of conflict screening (``coi_management.api.screen`` delegates here)."""

import json

import frappe

from coi_management.screening import screen as screening


def _parse(value):
	if isinstance(value, str):
		try:
			return json.loads(value)
		except ValueError:
			return value
	return value


def screen(counterparty, officials=None, save=False):
	"""Screen ``counterparty`` (dict: name, party_type Person/Company, nik, npwp, nib) against the
	registers and cooling-off records; ``officials`` an optional list of Official names involved.
	Returns the matches; with ``save`` a Conflict Screening is inserted too and returned with them.
	Only who may create a Conflict Screening (COI Manager, COI Screener) may screen."""
	frappe.has_permission("Conflict Screening", "create", throw=True)
	counterparty = _parse(counterparty) or {}
	if not isinstance(counterparty, dict):
		frappe.throw(frappe._("{0} must be an object").format("counterparty"), frappe.ValidationError)
	officials = _parse(officials) or []
	if isinstance(officials, str):
		officials = [officials]
	if not frappe.utils.cint(save):
		return screening.screen(counterparty, officials)
	party = screening.clean_counterparty(counterparty)
	doc = frappe.get_doc(
		{
			"doctype": "Conflict Screening",
			"party_type": party.party_type,
			"counterparty_name": party.name,
			"nik": party.nik,
			"npwp": party.npwp,
			"nib": party.nib,
			"address": counterparty.get("address"),
			"reference_doctype": counterparty.get("reference_doctype"),
			"reference_name": counterparty.get("reference_name"),
			"officials": [{"official": o} for o in officials],
		}
	).insert()
	return {"name": doc.name, "matches": [row.as_dict(no_default_fields=True) for row in doc.matches]}
