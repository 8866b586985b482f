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


# ---------------------------------------------------------------- officials involved
# A screener names the officials involved in the decision (the evaluation committee, the licensing
# officer) without any right to read Official records (SPEC: Official, COI Screener "-"): they may
# pick an active official by what the public register already shows of them (S 22(4)): name,
# position and work unit.


def may_pick_officials() -> bool:
	return bool(frappe.has_permission("Conflict Screening", "create"))


def officials_query(txt: str, start: int = 0, page_len: int = 20) -> list:
	"""Link search of Official for the screening form: (name, full name, position, work unit) of
	active officials whose name or NIP contains ``txt``."""
	if not may_pick_officials():
		frappe.throw(frappe._("Not permitted"), frappe.PermissionError)
	official = frappe.qb.DocType("Official")
	position = frappe.qb.DocType("Position")
	unit = frappe.qb.DocType("Work Unit")
	like = f"%{txt or ''}%"
	query = (
		frappe.qb.from_(official)
		.left_join(position)
		.on(position.name == official.position)
		.left_join(unit)
		.on(unit.name == official.work_unit)
		.select(official.name, official.full_name, position.position_name, unit.work_unit_name)
		.where(official.status == "Active")
		.where((official.full_name.like(like)) | (official.name.like(like)))
		.orderby(official.full_name)
		.limit(frappe.utils.cint(page_len) or 20)
		.offset(frappe.utils.cint(start))
	)
	return list(query.run())


def pickable_official(name: str) -> str | None:
	"""The name of an active official a screener may pick, else None (link validation)."""
	if not (isinstance(name, str) and may_pick_officials()):
		return None
	return frappe.db.get_value("Official", {"name": name, "status": "Active"}, "name")
