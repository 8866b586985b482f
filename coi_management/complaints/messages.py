"""The conversation between handler and reporter (S 32; B BAB II G): append-only, each message
with its real author.

Messages are added only through :func:`append` (the handler's ``send_message``, the reporter's
tracking page); a row added, changed or removed any other way — a desk save, REST
``frappe.client.save`` — is refused, so nobody can put words in the handler's mouth or take back
what was said.
"""

import frappe
from frappe import _
from frappe.utils import now_datetime

FIELDS = ("sender", "message", "sent_on", "author")


class MessageTamperingError(frappe.PermissionError):
	pass


def append(doc, sender: str, text: str) -> None:
	row = doc.append(
		"messages",
		{"sender": sender, "message": text, "sent_on": now_datetime(), "author": frappe.session.user},
	)
	row.flags.appended_by_app = True


def protect(doc) -> None:
	"""Complaint.validate: refuse any change to the conversation except :func:`append`."""
	before = doc.get_doc_before_save()
	old = {row.name: row for row in (before.get("messages") if before else [])}
	current = {row.name for row in doc.messages if row.name in old}
	if set(old) - current or any(
		str(row.get(field) or "") != str(old[row.name].get(field) or "")
		for row in doc.messages
		if row.name in old
		for field in FIELDS
	):
		frappe.throw(_("Messages of a complaint cannot be changed or deleted."), MessageTamperingError)
	if any(row.name not in old and not row.flags.appended_by_app for row in doc.messages):
		frappe.throw(
			_("Messages are sent with Message to Reporter or from the tracking page, not added to the form."),
			MessageTamperingError,
		)
