"""Confidentiality of the reporter (S 32(3)).

The reporter's name and contact never live in the Complaint itself: they arrive in two
permlevel-1 intake fields that are moved, before anything is written, into a separate
``Complaint Reporter`` record that only the COI Manager and the COI Inspector can read and that
keeps no version history. So list view, report view, REST, print, e-mails and the Complaint's
Version records cannot carry them, whoever asks. The privileged roles see them in the form,
filled in on load.
"""

import frappe

from coi_management.core import roles

IDENTITY_FIELDS = ("reporter_name", "reporter_contact")


def can_see_identity(user: str | None = None) -> bool:
	return roles.has_any(roles.CONFIDENTIAL, user)


def take_identity(doc) -> dict:
	"""Remove the identity from ``doc`` (before it is written); returns what was given."""
	identity = {field: doc.get(field) for field in IDENTITY_FIELDS}
	for field in IDENTITY_FIELDS:
		doc.set(field, None)
	return {field: value for field, value in identity.items() if value}


def store_identity(complaint: str, identity: dict) -> None:
	"""Create or update (the given fields of) the restricted reporter record of ``complaint``."""
	if not identity:
		return
	existing = frappe.db.get_value("Complaint Reporter", {"complaint": complaint}, "name")
	if existing:
		record = frappe.get_doc("Complaint Reporter", existing)
		record.update(identity)
		record.save(ignore_permissions=True)
	else:
		frappe.get_doc({"doctype": "Complaint Reporter", "complaint": complaint, **identity}).insert(
			ignore_permissions=True
		)


def load_identity(doc) -> None:
	"""Show the identity in the form of a privileged user (onload); nobody else gets it."""
	if not can_see_identity():
		return
	record = frappe.db.get_value(
		"Complaint Reporter",
		{"complaint": doc.name},
		["name", "reporter_name", "reporter_contact", "retaliation_reported"],
		as_dict=True,
	)
	if not record:
		return
	doc.reporter_name = record.reporter_name
	doc.reporter_contact = record.reporter_contact
	doc.set_onload("reporter_record", record.name)
	doc.set_onload("retaliation_reported", record.retaliation_reported)
