"""Whitelisted functions for other apps, server scripts and the desk."""

import frappe
from frappe import _

from coi_management.core import regulation
from coi_management.declarations import hold
from coi_management.screening import api as screening_api

APP_MODULE = "COI Management"


@frappe.whitelist()
def is_on_hold(
	official: str | None = None, reference_doctype: str | None = None, reference_name: str | None = None
) -> bool:
	"""Whether a declaration holds the decision (S 23(3)) of ``official`` and/or on a document.

	Other apps and server scripts call it before a decision is taken, e.g.
	``frappe.call("coi_management.api.is_on_hold", official=..., reference_doctype="Purchase Order",
	reference_name="PO-0001")``. The caller must be able to read the referenced document and the
	official given; one that does not exist gets the same answer as one the caller may not read.
	"""
	if not (official or (reference_doctype and reference_name)):
		frappe.throw(_("Give an official or a reference document."), frappe.ValidationError)
	readable = (not official or can_read("Official", official)) and (
		not (reference_doctype or reference_name) or can_read(reference_doctype, reference_name)
	)
	if not readable:
		not_permitted()
	return hold.is_on_hold(official or None, reference_doctype, reference_name)


@frappe.whitelist()
def hold_status(reference_doctype: str, reference_name: str) -> dict:
	"""For the desk banner on any document: is its decision on hold, and by which declarations
	the user may open."""
	if not (reference_doctype and reference_name):
		frappe.throw(_("Give an official or a reference document."), frappe.ValidationError)
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
	if not official:
		# never "every official": open_holds() without an official is the whole organisation
		frappe.throw(_("{0} is required.").format(_("Official")), frappe.ValidationError)
	if not can_read("Official", official):
		not_permitted()
	rows = hold.open_holds(official=official)
	return {
		"on_hold": bool(rows),
		"declarations": [row.name for row in rows if frappe.has_permission("Declaration", "read", row.name)],
	}


def can_read(doctype: str | None, name: str | None) -> bool:
	"""Whether the user may read the document; False too when it, or its DocType, does not exist."""
	if not (isinstance(doctype, str) and isinstance(name, str) and doctype and name):
		return False
	if not frappe.db.exists("DocType", doctype) or frappe.get_meta(doctype).issingle:
		return False
	return bool(frappe.db.exists(doctype, name)) and bool(frappe.has_permission(doctype, "read", name))


def not_permitted():
	"""The one answer for a document that does not exist and for one the user may not read."""
	frappe.throw(_("Not permitted"), frappe.PermissionError)


@frappe.whitelist()
def validate_link(doctype: str, docname: str, fields=None) -> dict:
	"""Frappe's link validation (``frappe.client.validate_link`` and
	``frappe.desk.form.utils.validate_link``), which checks only the permission on the DocType and
	so confirms any name. For this app's DocTypes a name the user may not read is answered as one
	that does not exist."""
	from frappe.client import validate_link as frappe_validate_link

	if (
		isinstance(doctype, str)
		and isinstance(docname, str)
		and frappe.get_cached_value("DocType", doctype, "module") == APP_MODULE
		and not frappe.get_meta(doctype).istable
		and (frappe.has_permission(doctype, "select") or frappe.has_permission(doctype, "read"))
		and frappe.db.exists(doctype, docname)
		and not (
			frappe.has_permission(doctype, "read", docname)
			or frappe.has_permission(doctype, "select", docname)
		)
	):
		return frappe._dict(name=None)  # what Frappe answers for a name that does not exist
	if (
		doctype == "Official"
		and not (frappe.has_permission(doctype, "select") or frappe.has_permission(doctype, "read"))
		and screening_api.may_pick_officials()
	):
		# a screener names the officials involved without reading Official records: the name alone
		return frappe._dict(name=screening_api.pickable_official(docname))
	return frappe_validate_link(doctype, docname, fields)


# DocTypes whose titles anyone signed in may see for a name: an official's name is on the public
# register (S 22(4)); a classification's title is the regulation's wording
PUBLIC_TITLES = ("Official", "COI Classification", "COI Regulation", "Work Unit", "Position")


@frappe.whitelist()
def get_link_title(doctype: str, docname: str) -> str:
	"""Frappe's ``frappe.desk.search.get_link_title`` gives the title of any record whose DocType
	shows titles in links without asking whether the user may read it: the subject of somebody's
	confidential consultation, by its name. Here a record the user may not read keeps its name."""
	from frappe.desk.search import get_link_title as frappe_get_link_title

	if not (isinstance(doctype, str) and isinstance(docname, str)):
		return docname
	if doctype not in PUBLIC_TITLES and not can_read(doctype, docname):
		return docname
	return frappe_get_link_title(doctype, docname)


@frappe.whitelist()
def search_link(
	doctype: str,
	txt: str,
	query: str | None = None,
	filters=None,
	page_length: int = 10,
	searchfield: str | None = None,
	reference_doctype: str | None = None,
	ignore_user_permissions: bool = False,
) -> list[dict]:
	"""Frappe's link search, with words a person reads under each option: a classification shows
	its title and the article it cites, never its code, kind and profile; a document type shows its
	translated name without the module (Frappe translates "Core" as "Otot inti")."""
	from frappe.desk.search import search_link as frappe_search_link

	results = frappe_search_link(
		doctype,
		txt,
		query=query,
		filters=filters,
		page_length=page_length,
		searchfield=searchfield,
		reference_doctype=reference_doctype,
		ignore_user_permissions=ignore_user_permissions,
	)
	if doctype == "COI Classification":
		articles = dict(
			frappe.get_all(
				"COI Classification",
				filters={"name": ("in", [row["value"] for row in results])},
				fields=["name", "article"],
				as_list=True,
			)
		)
		for row in results:
			row["description"] = articles.get(row["value"]) or ""
	elif doctype == "DocType":
		for row in results:
			row["label"] = _(row["value"])
			row["description"] = ""
	return results


@frappe.whitelist()
@frappe.read_only()
def get_desktop_page(page):
	"""Frappe's workspace data, with the app's onboarding steps described in the user's language
	(Frappe translates a step's title and button, not its description)."""
	from frappe.desk.desktop import get_desktop_page as frappe_get_desktop_page

	data = frappe_get_desktop_page(page)
	for onboarding in (data.get("onboardings") or {}).get("items") or []:
		for step in onboarding.get("items") or []:
			description = step.get("description")
			if description and (step.get("name") or "").startswith("COI "):
				step.update(description=_(description))
	return data


@frappe.whitelist()
@frappe.validate_and_sanitize_search_inputs
def officials_to_screen(doctype, txt, searchfield, start, page_len, filters):
	"""Link search for the officials involved in a Conflict Screening (see screening/api.py)."""
	return screening_api.officials_query(txt, start, page_len)


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


@frappe.whitelist()
def profile_switch_impact(profile: str) -> dict:
	"""What switching the active regulation profile to ``profile`` changes (COI Settings asks first)."""
	if not frappe.has_permission("COI Settings", "write"):
		frappe.throw(_("Not permitted"), frappe.PermissionError)
	if not (isinstance(profile, str) and frappe.db.exists("COI Regulation", profile)):
		frappe.throw(_("{0} {1} does not exist").format(_("COI Regulation"), profile or ""))
	return regulation.switch_impact(profile)


@frappe.whitelist(methods=["POST"])
def screen(counterparty, officials=None, save=False):
	"""Conflict screening (issue 14): the matches of a counterparty (dict: name, party_type, nik, npwp,
	nib) in the officials' registers and cooling-off records; see coi_management/screening/api.py."""
	return screening_api.screen(counterparty, officials, save)
