"""Fields only the app itself changes once a document is submitted.

``allow_on_submit`` lets Frappe save a submitted document whose state the app moves on (deadline,
hold, decision, escalation, acknowledgement); it would equally let a user set those fields over
REST (``frappe.client.set_value``/``save``). The controllers call :func:`refuse_changes` in
``before_update_after_submit`` with the fields and tables the app alone may change.
"""

import frappe
from frappe import _
from frappe.utils import cint, cstr, flt, get_datetime, getdate


class ProtectedFieldError(frappe.PermissionError):
	pass


def _comparable(df, value):
	if value in (None, ""):
		return None
	if df.fieldtype == "Date":
		return getdate(value)
	if df.fieldtype == "Datetime":
		return get_datetime(value)
	if df.fieldtype in ("Check", "Int"):
		return cint(value) or None
	if df.fieldtype in ("Float", "Currency", "Percent"):
		return flt(value) or None
	return cstr(value)


def _changed(meta, before, after, fieldname) -> bool:
	df = meta.get_field(fieldname)
	return _comparable(df, before.get(fieldname)) != _comparable(df, after.get(fieldname))


def refuse_changes(doc, fieldnames=(), tables=()) -> None:
	"""Refuse a save that changes ``fieldnames`` or a row of ``tables`` (added, removed, edited)."""
	before = doc.get_doc_before_save()
	if not before:
		return
	for fieldname in fieldnames:
		if _changed(doc.meta, before, doc, fieldname):
			_refuse(doc, fieldname)
	for table in tables:
		old = {row.name: row for row in before.get(table)}
		new = doc.get(table)
		child_meta = frappe.get_meta(doc.meta.get_field(table).options)
		fields = [
			df.fieldname for df in child_meta.fields if df.fieldtype not in frappe.model.no_value_fields
		]
		if {row.name for row in new} != set(old) or any(
			_changed(child_meta, old[row.name], row, fieldname) for row in new for fieldname in fields
		):
			_refuse(doc, table)


def _refuse(doc, fieldname: str) -> None:
	frappe.throw(
		_("{0} of a submitted {1} is set by the system and cannot be changed.").format(
			frappe.bold(_(doc.meta.get_label(fieldname))), _(doc.doctype)
		),
		ProtectedFieldError,
	)
