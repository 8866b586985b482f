"""Files: a stored file is reachable only by who may read the document it belongs to.

Frappe lets anyone put the URL of an existing private file into an Attach field or a new File
record; the copy it then makes (``attach_files_to_document``) belongs to the new document, and
``/private/files/…`` answers the copy's owner. Complaint evidence would leak that way, so a file
URL may be re-used only by a user who can already read the file.
"""

import frappe
from frappe import _

from coi_management.core import roles


def readable_file_url(file_url: str, user: str | None = None, exclude: str | None = None) -> bool:
	"""Whether ``user`` may read the stored file at ``file_url`` through one of its File records."""
	user = user or frappe.session.user
	if user == roles.ADMINISTRATOR_USER or not file_url.startswith("/private/"):
		return True
	filters = {"file_url": file_url}
	if exclude:
		filters["name"] = ("!=", exclude)
	for name in frappe.get_all("File", filters=filters, pluck="name"):
		if frappe.get_doc("File", name).has_permission("read", user=user):
			return True
	return False


def _refuse(file_url: str, label: str) -> None:
	frappe.throw(
		_("{0}: you may not attach the file {1}.").format(label, frappe.bold(file_url.rsplit("/", 1)[-1])),
		frappe.PermissionError,
	)


def may_create(file, user: str | None = None) -> bool:
	"""File has_permission("create"), checked before the File controller reads the stored content:
	a File made from an existing private URL (no content uploaded) only by who can read that file."""
	if file.get("content") or not (file.file_url or "").startswith("/private/"):
		return True
	return readable_file_url(file.file_url, user)


def refuse_unreadable_attachments(doc, method=None) -> None:
	"""doc_event validate of the app's documents with Attach fields: a changed attachment must be
	a file the user may read."""
	before = doc.get_doc_before_save()
	for df in doc.meta.fields:
		if df.fieldtype not in ("Attach", "Attach Image"):
			continue
		value = doc.get(df.fieldname)
		if not value or (before and before.get(df.fieldname) == value):
			continue
		if not readable_file_url(value):
			_refuse(value, _(df.label))
