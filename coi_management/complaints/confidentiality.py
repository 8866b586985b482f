"""Confidentiality of the reporter (S 32(3)).

The reporter's name and contact never live in the Complaint itself: they arrive in two
permlevel-1 intake fields that are moved, before anything is written, into a separate
``Complaint Reporter`` record that only the COI Manager and the COI Inspector can read and that
keeps no version history. So list view, report view, REST, print, e-mails and the Complaint's
Version records cannot carry them, whoever asks. In that record they are encrypted at rest with
the site key, and the columns hold a fixed mask: no filter, sort or count over them can spell a
name, even where a count ignores permissions. The privileged roles see them in the form,
filled in on load.
"""

import frappe
from frappe.utils.password import get_decrypted_password, set_encrypted_password

from coi_management.core import roles

IDENTITY_FIELDS = ("reporter_name", "reporter_contact")
# what the columns hold: the identity itself is encrypted with the site key (Frappe's __Auth)
MASK = "********"
REPORTER = "Complaint Reporter"


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
		record = frappe.get_doc(REPORTER, existing)
		record.update(identity)
		record.save(ignore_permissions=True)
	else:
		frappe.get_doc({"doctype": REPORTER, "complaint": complaint, **identity}).insert(
			ignore_permissions=True
		)


def encrypt_identity(record) -> bool:
	"""Move identity values given in plain text into the encrypted store, leaving the mask."""
	changed = False
	for field in IDENTITY_FIELDS:
		value = record.get(field)
		if value and value != MASK:
			set_encrypted_password(record.doctype, record.name, value, field)
			record.set(field, MASK)
			changed = True
	return changed


def decrypt(record_name: str, field: str, stored: str | None) -> str | None:
	if not stored or stored != MASK:
		return stored
	return get_decrypted_password(REPORTER, record_name, field, raise_exception=False)


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
	doc.reporter_name = decrypt(record.name, "reporter_name", record.reporter_name)
	doc.reporter_contact = decrypt(record.name, "reporter_contact", record.reporter_contact)
	doc.set_onload("reporter_record", record.name)
	doc.set_onload("retaliation_reported", record.retaliation_reported)
