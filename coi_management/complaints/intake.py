"""Intake of complaints (S 32(1)–(2); B BAB II D.2.b): the public web form, the desk and REST.

Guest input is hostile by default: every text field is stripped of HTML and length-checked, the
evidence is limited by type and size, and nothing the public sends can set handling fields.
"""

import os

import frappe
from frappe import _
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


def is_public_submission() -> bool:
	return frappe.session.user == "Guest" or bool(frappe.flags.in_web_form)


def validate_channel(doc) -> None:
	if doc.channel == PUBLIC_CHANNEL and not is_public_submission() and doc.is_new():
		# the desk and REST name the channel the complaint came through (S 32(2))
		frappe.throw(
			_("{0} {1} is only for the public complaint page; choose the channel the complaint came through.").format(
				_("Channel"), _(PUBLIC_CHANNEL)
			),
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
