"""Intake of complaints (S 32(1)-(2); B BAB II D.2.b): the public web form, the desk and REST.

Guest input is hostile by default: every text field is stripped of HTML and length-checked, the
evidence is limited by type and size, and nothing the public sends can set handling fields.
"""

import json
import os

import frappe
from frappe import _
from frappe.rate_limiter import rate_limit
from frappe.utils import cint, strip_html

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


class ComplaintInputError(frappe.ValidationError):
	pass


class EvidenceRefusedError(frappe.ValidationError):
	pass


def clean_text_fields(doc) -> None:
	"""Strip HTML from every free-text field and refuse texts over their limit, naming the field."""
	for fieldname, limit in TEXT_LIMITS.items():
		value = doc.get(fieldname)
		if not value:
			continue
		cleaned = strip_html(str(value)).replace("<", "").replace(">", "").strip()
		if len(cleaned) > limit:
			frappe.throw(
				_("{0} is too long: at most {1} characters.").format(_(doc.meta.get_label(fieldname)), limit),
				ComplaintInputError,
			)
		doc.set(fieldname, cleaned)


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
	if doc.channel == PUBLIC_CHANNEL and not is_public_submission(doc) and doc.is_new():
		# the desk and REST name the channel the complaint came through (S 32(2))
		frappe.throw(
			_(
				"{0} {1} is only for the public complaint page; choose the channel the complaint came through."
			).format(_("Channel"), _(PUBLIC_CHANNEL)),
			ComplaintInputError,
		)


def validate_evidence_file(file_doc, method=None) -> None:
	"""doc_event File.validate: evidence of a complaint is a pdf, jpg, png or docx of at most 5 MB."""
	if file_doc.attached_to_doctype != "Complaint":
		return
	extension = os.path.splitext(file_doc.file_name or file_doc.file_url or "")[1].lower().lstrip(".")
	if extension not in ALLOWED_EXTENSIONS:
		frappe.throw(
			_("{0}: only PDF, JPG, PNG or DOCX files are accepted as evidence.").format(
				frappe.bold(file_doc.file_name or "")
			),
			EvidenceRefusedError,
		)
	size = cint(file_doc.file_size) or len(file_doc.content or b"")
	if size > MAX_EVIDENCE_BYTES:
		frappe.throw(
			_("{0}: an evidence file may be at most {1} MB.").format(
				frappe.bold(file_doc.file_name or ""), MAX_EVIDENCE_BYTES // (1024 * 1024)
			),
			EvidenceRefusedError,
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
SUBMIT_LIMIT = 5
SUBMIT_WINDOW = 60 * 60


@frappe.whitelist(allow_guest=True, methods=["POST"])
@rate_limit(limit=SUBMIT_LIMIT, seconds=SUBMIT_WINDOW)
def submit(data: str | dict) -> dict:
	"""Receive the public web form "complaint" (route /pengaduan), anonymously.

	Like Frappe's web form ``accept`` (which the form's script replaces with this method), but the
	evidence files are checked and attached by the app: Guest has no permission on Complaint or
	File, and gets none. Returns the complaint number and the tracking code, shown once.
	"""
	values = frappe._dict(json.loads(data) if isinstance(data, str) else data or {})
	web_form = frappe.get_doc("Web Form", WEB_FORM)
	if not web_form.published:
		raise frappe.PermissionError
	user = frappe.session.user
	frappe.session.user = "Guest"  # anonymous: the submitting account, if any, is not recorded
	try:
		doc = frappe.new_doc("Complaint")
		files = []
		for field in web_form.web_form_fields:
			value = values.get(field.fieldname)
			if field.fieldtype in ("Attach", "Attach Image"):
				if value:
					check_upload(value)  # before anything is written
					files.append((field.fieldname, value))
				continue
			if field.fieldname in PUBLIC_FIELDS:
				doc.set(field.fieldname, value)
		doc.flags.public_submission = True
		doc.insert(ignore_permissions=True)
		for fieldname, value in files:
			doc.db_set(fieldname, attach_evidence(doc.name, fieldname, value), update_modified=False)
	finally:
		frappe.session.user = user
	return {"name": doc.name, "tracking_code": doc.get_onload().get("tracking_code")}


def check_upload(value: str) -> None:
	"""Type and size of one "filename,data:<mime>;base64,<content>" upload, from its name and length."""
	filename, _sep, dataurl = str(value).partition(",")
	extension = os.path.splitext(filename)[1].lower().lstrip(".")
	if extension not in ALLOWED_EXTENSIONS or not dataurl.startswith("data:") or ";base64," not in dataurl:
		frappe.throw(
			_("{0}: only PDF, JPG, PNG or DOCX files are accepted as evidence.").format(
				frappe.bold(filename)
			),
			EvidenceRefusedError,
		)
	encoded = dataurl.partition(",")[2].strip()
	if len(encoded) * 3 // 4 - (len(encoded) - len(encoded.rstrip("="))) > MAX_EVIDENCE_BYTES:
		frappe.throw(
			_("{0}: an evidence file may be at most {1} MB.").format(
				frappe.bold(filename), MAX_EVIDENCE_BYTES // (1024 * 1024)
			),
			EvidenceRefusedError,
		)


def attach_evidence(complaint: str, fieldname: str, value: str) -> str:
	"""Store one checked upload as a private file of the complaint (checked again by File.validate)."""
	filename, _sep, dataurl = str(value).partition(",")
	file_doc = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": os.path.basename(filename)[:140],
			"attached_to_doctype": "Complaint",
			"attached_to_name": complaint,
			"attached_to_field": fieldname,
			"is_private": 1,
			"content": dataurl,
			"decode": True,
		}
	)
	file_doc.insert(ignore_permissions=True)
	return file_doc.file_url
