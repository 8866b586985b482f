"""Intake of complaints (S 32(1)-(2); B BAB II D.2.b): the public web form, the desk and REST.

Guest input is hostile by default: every text field is stripped of HTML and length-checked, the
evidence is limited by type and size, and nothing the public sends can set handling fields.
"""

import base64
import binascii
import datetime
import io
import os
import re
import zipfile
from typing import Any

import frappe
from frappe import _
from frappe.utils import escape_html, strip_html

from coi_management.core import clock, guest

# Longest text accepted per field (the DocType's own ``length`` also applies in the database).
TEXT_LIMITS = {
	"subject": 140,
	"reported_person": 140,
	"external_reference": 140,
	"reporter_name": 140,
	"reporter_contact": 140,
	"description": 5000,
}
EVIDENCE_FIELDS = ("evidence_1", "evidence_2", "evidence_3")
ALLOWED_EXTENSIONS = frozenset({"pdf", "jpg", "jpeg", "png", "docx"})
MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
# what the first bytes of each allowed kind are (a DOCX is a zip: see is_docx)
MAGIC_BYTES = (("pdf", b"%PDF-"), ("png", b"\x89PNG\r\n\x1a\n"), ("jpg", b"\xff\xd8\xff"))
ZIP_MAGIC = b"PK\x03\x04"
IMAGE_KINDS = frozenset({"png", "jpg"})
KIND_OF_EXTENSION = {"pdf": "pdf", "png": "png", "jpg": "jpg", "jpeg": "jpg", "docx": "docx"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PUBLIC_CHANNEL = "Web Form"

# What the public may send; everything else is set by the app or the handler.
PUBLIC_FIELDS = frozenset(
	{
		"subject",
		"reporter_name",
		"reporter_contact",
		"reported_official",
		"reported_person",
		"work_unit",
		"incident_date",
		"description",
		*EVIDENCE_FIELDS,
	}
)
HANDLING_FIELDS = (
	"status",
	"examiner",
	"examiner_user",
	"reviewer",
	"reviewer_user",
	"findings",
	"follow_up",
	"control_decision",
	"external_reference",
)


class ComplaintInputError(guest.GuestInputError):
	pass


class EvidenceRefusedError(guest.GuestInputError):
	pass


def clean_text_fields(doc) -> None:
	"""Strip HTML from every free-text field and refuse texts over their limit, naming the field."""
	for fieldname, limit in TEXT_LIMITS.items():
		value = doc.get(fieldname)
		if not value:
			continue
		cleaned = plain_text(value)
		if len(cleaned) > limit:
			frappe.throw(
				_("{0} is too long: at most {1} characters.").format(_(doc.meta.get_label(fieldname)), limit),
				ComplaintInputError,
			)
		doc.set(fieldname, cleaned)


def plain_text(value) -> str:
	return strip_html(str(value or "")).replace("<", "").replace(">", "").strip()


def restrict_public_submission(doc) -> None:
	"""A complaint from the public web form: channel fixed, handling fields emptied."""
	doc.channel = PUBLIC_CHANNEL
	for fieldname in HANDLING_FIELDS:
		if fieldname != "status":
			doc.set(fieldname, None)
	doc.messages = []


def is_public_submission(doc) -> bool:
	return frappe.session.user == "Guest" or bool(doc.flags.public_submission)


def validate_channel(doc) -> None:
	refuse_frappe_web_form(doc)
	if doc.channel == PUBLIC_CHANNEL and not is_public_submission(doc) and doc.is_new():
		# the desk and REST name the channel the complaint came through (S 32(2))
		frappe.throw(
			_(
				"{0} {1} is only for the public complaint page; choose the channel the complaint came through."
			).format(_("Channel"), _(PUBLIC_CHANNEL)),
			ComplaintInputError,
		)


def validate_evidence_file(file_doc, method=None) -> None:
	"""doc_event File.validate: evidence of a complaint, from any path (public page, desk, REST), is
	a stored PDF, JPG, PNG or DOCX file of at most 5 MB whose content is what its name says."""
	if file_doc.attached_to_doctype != "Complaint" or file_doc.is_folder:
		return
	label = evidence_label(file_doc.attached_to_field, file_doc.file_name or file_doc.file_url)
	extension = allowed_extension(file_doc.file_name or file_doc.file_url or "", label)
	if not (file_doc.file_url or "").startswith(("/files/", "/private/files/")):
		refuse_evidence(_("{0}: only an uploaded file is accepted as evidence, not a link.").format(label))
	content = file_doc.get_content()
	check_content(content.encode() if isinstance(content, str) else content or b"", extension, label)


def evidence_label(fieldname: str | None, filename: str | None = None) -> str:
	"""How an error names the evidence: the field's label, and the file's name when known."""
	label = _(frappe.get_meta("Complaint").get_label(fieldname)) if fieldname else _("Evidence")
	if filename:
		label = f"{label} ({frappe.bold(escape_html(os.path.basename(str(filename))[:140]))})"
	return label


def refuse_evidence(message: str) -> None:
	guest.refuse(message, EvidenceRefusedError)


def allowed_extension(filename: str, label: str) -> str:
	extension = os.path.splitext(filename.split("?", 1)[0])[1].lower().lstrip(".")
	if extension not in ALLOWED_EXTENSIONS:
		refuse_evidence(_("{0}: only PDF, JPG, PNG or DOCX files are accepted as evidence.").format(label))
	return extension


def content_kind(content: bytes) -> str | None:
	"""What the first bytes say a file is ("pdf", "png", "jpg", "docx"), whatever its name."""
	for kind, magic in MAGIC_BYTES:
		if content.startswith(magic):
			return kind
	if content.startswith(ZIP_MAGIC) and is_docx(content):
		return "docx"
	return None


def is_docx(content: bytes) -> bool:
	"""A Word document: a zip with the document part and no macros (read from the directory only)."""
	try:
		with zipfile.ZipFile(io.BytesIO(content)) as archive:
			names = set(archive.namelist())
	except Exception:  # any malformed archive is simply not a document
		return False
	return {"[Content_Types].xml", "word/document.xml"} <= names and "word/vbaProject.bin" not in names


def is_image(content: bytes) -> bool:
	"""An image Pillow can read (Frappe reads JPEGs again to strip their EXIF data)."""
	from PIL import Image

	try:
		with Image.open(io.BytesIO(content)) as image:
			image.verify()
	except Exception:  # unreadable, truncated or a decompression bomb: not an image to accept
		return False
	return True


def check_content(content: bytes, extension: str, label: str) -> None:
	if not content:
		refuse_evidence(_("{0}: the file is empty.").format(label))
	if len(content) > MAX_EVIDENCE_BYTES:
		refuse_evidence(
			_("{0}: an evidence file may be at most {1} MB.").format(
				label, MAX_EVIDENCE_BYTES // (1024 * 1024)
			)
		)
	kind = content_kind(content)
	if kind != KIND_OF_EXTENSION[extension] or (kind in IMAGE_KINDS and not is_image(content)):
		refuse_evidence(
			_("{0}: the content of the file is not the PDF, JPG, PNG or DOCX file its name says.").format(
				label
			)
		)


def validate_evidence_urls(doc) -> None:
	"""The evidence fields hold only files of the allowed types (also for desk and REST input)."""
	for fieldname in EVIDENCE_FIELDS:
		url = doc.get(fieldname)
		if not url:
			continue
		extension = os.path.splitext(url.split("?", 1)[0])[1].lower().lstrip(".")
		if extension not in ALLOWED_EXTENSIONS or not url.startswith(("/files/", "/private/files/")):
			frappe.throw(
				_("{0}: only PDF, JPG, PNG or DOCX files are accepted as evidence.").format(
					_(doc.meta.get_label(fieldname))
				),
				EvidenceRefusedError,
			)


# ---------------------------------------------------------------- the public web form

WEB_FORM = "complaint"
SUBMIT_ACTION = "complaint-submit"
SUBMIT_LIMIT = 5
SUBMIT_WINDOW = 60 * 60
# three evidence files of 5 MB as base64, and the texts
MAX_FORM_CHARS = 3 * (MAX_EVIDENCE_BYTES * 4 // 3 + 1024) + 64 * 1024
EARLIEST_INCIDENT = datetime.date(1945, 8, 17)


# xss_safe: Frappe's own sanitising of guest arguments parses every JSON text it is sent and fails
# on a deeply nested one; every text is stripped of HTML here (clean_text_fields) instead
@frappe.whitelist(allow_guest=True, xss_safe=True)  # POST only: guest_endpoint
@guest.guest_endpoint(SUBMIT_ACTION, SUBMIT_LIMIT, SUBMIT_WINDOW)
def submit(data: Any = None, **unexpected) -> dict:
	"""Receive the public web form "complaint" (route /pengaduan), anonymously.

	The form's script sends here instead of Frappe's web form ``accept``, which is closed for
	complaints (:func:`refuse_frappe_web_form`). Every value is checked before anything is written,
	each refusal naming its field; the evidence is checked by content and attached by the app:
	Guest has no permission on Complaint or File, and gets none. Returns the complaint number and
	the tracking code, shown once.
	"""
	guest.refuse_unknown(unexpected)
	web_form = frappe.get_doc("Web Form", WEB_FORM)
	if not web_form.published:
		raise frappe.PermissionError
	values, files = read_form(web_form, data)
	user = frappe.session.user
	frappe.session.user = "Guest"  # anonymous: the submitting account, if any, is not recorded
	try:
		doc = frappe.new_doc("Complaint")
		doc.update(values)
		doc.flags.public_submission = True
		doc.insert(ignore_permissions=True)
		for fieldname, filename, content in files:
			doc.db_set(
				fieldname, attach_evidence(doc.name, fieldname, filename, content), update_modified=False
			)
	finally:
		frappe.session.user = user
	return {"name": doc.name, "tracking_code": doc.get_onload().get("tracking_code")}


def read_form(web_form, data: Any) -> tuple[dict, list[tuple[str, str, bytes]]]:
	"""The checked values of the form's fields, and its evidence as (field, file name, content)."""
	sent = guest.json_object(data, _("Complaint form"), MAX_FORM_CHARS)
	fields = {
		field.fieldname: field for field in web_form.web_form_fields if field.fieldname in PUBLIC_FIELDS
	}
	guest.refuse_unknown(sent, allowed=fields, exc=ComplaintInputError)
	values, files = {}, []
	for fieldname, field in fields.items():
		label = _(field.label)
		value = sent.get(fieldname)
		if field.fieldtype in ("Attach", "Attach Image"):
			if value not in (None, ""):
				files.append((fieldname, *check_upload(value, label)))
		elif field.fieldtype == "Date":
			values[fieldname] = incident_date(value, label)
		else:
			value = guest.text(value, label, TEXT_LIMITS.get(fieldname, 140), exc=ComplaintInputError)
			if field.reqd and not plain_text(value):
				guest.refuse(_("{0} is required.").format(label), ComplaintInputError)
			if field.fieldtype == "Link" and value and not frappe.db.exists(field.options, value):
				guest.refuse(
					_("{0}: {1} is not in the list.").format(label, frappe.bold(escape_html(value))),
					ComplaintInputError,
				)
			values[fieldname] = value or None
	return values, files


def incident_date(value: Any, label: str) -> str | None:
	"""A date as the form sends it (YYYY-MM-DD), not in the future."""
	if value in (None, ""):
		return None
	parsed = None
	if isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
		try:
			parsed = datetime.date.fromisoformat(value.strip())
		except ValueError:
			parsed = None
	if parsed is None:
		guest.refuse(_("{0} must be a date written as YYYY-MM-DD.").format(label), ComplaintInputError)
	if not EARLIEST_INCIDENT <= parsed <= clock.today():
		guest.refuse(
			_("{0} must be between {1} and today.").format(
				label, frappe.format(EARLIEST_INCIDENT, {"fieldtype": "Date"})
			),
			ComplaintInputError,
		)
	return parsed.isoformat()


@frappe.whitelist(allow_guest=True)
def accept_web_form(web_form: Any = None, data: Any = None):
	"""Frappe's web form endpoint ``web_form.accept`` (``override_whitelisted_methods``), closed
	for the complaint form before it parses anything; every other web form goes on to Frappe's."""
	if web_form == WEB_FORM:
		guest.speak_publicly()
		guest.refuse(_("Complaints are received only through the complaint page."), frappe.PermissionError)
	from frappe.website.doctype.web_form.web_form import accept

	return accept(web_form, data)


def refuse_frappe_web_form(doc) -> None:
	"""Frappe's own ``web_form.accept`` would skip the checks, the evidence rules and the per-client
	limit of :func:`submit`: a complaint from the public comes only through :func:`submit`. (Also
	for a call of ``accept`` from code, which :func:`accept_web_form` does not see.)"""
	if frappe.flags.in_web_form and not doc.flags.public_submission:
		guest.speak_publicly()
		guest.refuse(_("Complaints are received only through the complaint page."), frappe.PermissionError)


def check_upload(value: Any, label: str) -> tuple[str, bytes]:
	"""One "filename,data:<mime>;base64,<content>" upload, checked by name, size and content."""
	if not isinstance(value, str):
		refuse_evidence(_("{0}: not a file upload.").format(label))
	filename, _sep, dataurl = value.partition(",")
	filename = os.path.basename(filename.strip())
	guest.text(filename, label, 140)
	label = f"{label} ({frappe.bold(escape_html(filename))})"
	extension = allowed_extension(filename, label)
	header, _sep, encoded = dataurl.partition(",")
	if not (header.startswith("data:") and header.endswith(";base64")):
		refuse_evidence(_("{0}: not a file upload.").format(label))
	encoded = encoded.strip()
	if len(encoded) * 3 // 4 - (len(encoded) - len(encoded.rstrip("="))) > MAX_EVIDENCE_BYTES:
		refuse_evidence(
			_("{0}: an evidence file may be at most {1} MB.").format(
				label, MAX_EVIDENCE_BYTES // (1024 * 1024)
			)
		)
	try:
		content = base64.b64decode(encoded, validate=True)
	except (binascii.Error, ValueError):
		refuse_evidence(_("{0}: not a file upload.").format(label))
	check_content(content, extension, label)
	return filename, content


def attach_evidence(complaint: str, fieldname: str, filename: str, content: bytes) -> str:
	"""Store one checked upload as a private file of the complaint (checked again by File.validate)."""
	file_doc = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": filename,
			"attached_to_doctype": "Complaint",
			"attached_to_name": complaint,
			"attached_to_field": fieldname,
			"is_private": 1,
			"content": content,
		}
	)
	file_doc.insert(ignore_permissions=True)
	return file_doc.file_url
