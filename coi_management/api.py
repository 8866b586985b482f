"""Whitelisted functions for other apps, server scripts and the desk."""

import frappe
from frappe import _

from coi_management.core import regulation
from coi_management.declarations import hold


@frappe.whitelist()
def is_on_hold(
	official: str | None = None, reference_doctype: str | None = None, reference_name: str | None = None
) -> bool:
	"""Whether a declaration holds the decision (S 23(3)) of ``official`` and/or on a document.

	Other apps and server scripts call it before a decision is taken, e.g.
	``frappe.call("coi_management.api.is_on_hold", official=..., reference_doctype="Purchase Order",
	reference_name="PO-0001")``. The caller must be able to read the referenced document, or,
	without one, the official.
	"""
	if not (official or (reference_doctype and reference_name)):
		frappe.throw(_("Give an official or a reference document."), frappe.ValidationError)
	if reference_doctype and reference_name:
		if not frappe.db.exists(reference_doctype, reference_name):
			frappe.throw(
				_("{0} {1} not found").format(_(reference_doctype), reference_name), frappe.DoesNotExistError
			)
		if not frappe.has_permission(reference_doctype, "read", reference_name):
			frappe.throw(_("Not permitted"), frappe.PermissionError)
	elif not frappe.has_permission("Official", "read", official):
		frappe.throw(_("Not permitted"), frappe.PermissionError)
	return hold.is_on_hold(official, reference_doctype, reference_name)


@frappe.whitelist()
def hold_status(reference_doctype: str, reference_name: str) -> dict:
	"""For the desk banner on any document: is its decision on hold, and by which declarations
	the user may open."""
	on_hold = is_on_hold(reference_doctype=reference_doctype, reference_name=reference_name)
	visible = []
	if on_hold:
		visible = [
			row.name
			for row in hold.open_holds(reference_doctype=reference_doctype, reference_name=reference_name)
			if frappe.has_permission("Declaration", "read", row.name)
		]
	return {"on_hold": on_hold, "declarations": visible}


@frappe.whitelist()
def official_hold_status(official: str) -> dict:
	"""For the Official form: the open declarations holding this official's decisions."""
	if not frappe.has_permission("Official", "read", official):
		frappe.throw(_("Not permitted"), frappe.PermissionError)
	rows = hold.open_holds(official=official)
	return {
		"on_hold": bool(rows),
		"declarations": [row.name for row in rows if frappe.has_permission("Declaration", "read", row.name)],
	}


@frappe.whitelist()
def active_regulation() -> dict:
	"""The active regulation profile's name and abbreviation, for the desk forms of every role."""
	profile = regulation.get_active_regulation()
	return {"name": profile.name, "abbr": profile.abbr}


@frappe.whitelist()
def classification_types(profile: str | None = None) -> list[str]:
	"""The kinds of classification a profile has (e.g. Banjarmasin's forms and types of conflict,
	Semarang's sub-kinds), so a form shows only the fields its profile fills."""
	if not frappe.has_permission("COI Regulation", "read"):
		frappe.throw(_("Not permitted"), frappe.PermissionError)
	return regulation.classification_types(profile)
