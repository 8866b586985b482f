"""The tracking code: the only key with which a reporter follows a complaint (SPEC "Complaint").

The code is random (80 bits), shown once when the complaint is received, and stored only as a
SHA-256 hash. The public page answers a wrong, malformed or unknown code with the same neutral
message, and looking up and replying share one rate limit per client address, counted in the cache
(nothing about the caller is stored; coi_management/core/guest.py).
"""

import hashlib
import secrets
from typing import Any

import frappe
from frappe import _, _lt
from frappe.utils import escape_html, now_datetime, strip_html

from coi_management.complaints import messages
from coi_management.core import guest
from coi_management.core.states import CLOSED, INCOMPLETE

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the telephone
CODE_LENGTH = 16
MAX_MESSAGE = 2000
# the statuses a reporter may see; the handling details stay internal
# what the reporter reads for a state, where the state's own name would say too little
PUBLIC_STATUS = {INCOMPLETE: _lt("More information needed")}
LOOKUP_ACTION = "complaint-tracking"  # one counter for looking up and replying
LOOKUP_LIMIT = 10
LOOKUP_WINDOW = 10 * 60
MAX_CODE_INPUT = 40  # a code as typed, with dashes and spaces


class TrackingCodeError(frappe.ValidationError):
	pass


def new_code() -> str:
	raw = "".join(secrets.choice(ALPHABET) for _i in range(CODE_LENGTH))
	return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize(code: str | None) -> str:
	return "".join(ch for ch in str(code or "").upper() if ch.isalnum())


def hash_code(code: str) -> str:
	return hashlib.sha256(normalize(code).encode()).hexdigest()


def assign_code(doc) -> str:
	"""Give ``doc`` a fresh code; only its hash is stored. Returns the code to show once."""
	code = new_code()
	doc.tracking_code_hash = hash_code(code)
	doc.set_onload("tracking_code", code)
	return code


def find_complaint(code: str | None) -> str | None:
	normalized = normalize(code)
	if len(normalized) != CODE_LENGTH or any(ch not in ALPHABET for ch in normalized):
		return None
	return frappe.db.get_value("Complaint", {"tracking_code_hash": hash_code(normalized)}, "name")


def neutral_answer() -> dict:
	return {
		"found": False,
		"message": _("No complaint can be shown for this code. Check the code and try again."),
	}


def public_view(name: str) -> dict:
	doc = frappe.get_doc("Complaint", name)
	return {
		"found": True,
		"subject": escape_html(doc.subject or ""),
		"status": str(PUBLIC_STATUS.get(doc.status) or _(doc.status)),
		"received_on": frappe.format(doc.received_on, {"fieldtype": "Date"}),
		"can_reply": doc.status != CLOSED,
		"messages": [
			{
				"sender": _("You") if row.sender == "Reporter" else _("Complaint Handler"),
				"from_reporter": row.sender == "Reporter",
				"sent_on": frappe.format(row.sent_on, {"fieldtype": "Datetime"}),
				"message": escape_html(row.message or ""),
			}
			for row in doc.messages
		],
	}


# xss_safe: the code is only hashed and the message stripped of HTML here (clean_message); Frappe's
# own sanitising of guest arguments fails on deeply nested JSON texts
@frappe.whitelist(allow_guest=True, xss_safe=True)  # POST only: guest_endpoint
@guest.guest_endpoint(LOOKUP_ACTION, LOOKUP_LIMIT, LOOKUP_WINDOW)
def get_status(code: Any = None, **unexpected) -> dict:
	guest.refuse_unknown(unexpected)
	name = find_complaint(read_code(code))
	return public_view(name) if name else neutral_answer()


@frappe.whitelist(allow_guest=True, xss_safe=True)  # POST only: guest_endpoint
@guest.guest_endpoint(LOOKUP_ACTION, LOOKUP_LIMIT, LOOKUP_WINDOW)
def post_reply(code: Any = None, message: Any = None, **unexpected) -> dict:
	# the input is checked before the code is looked up: a refusal says nothing about the code
	guest.refuse_unknown(unexpected)
	code = read_code(code)
	text = clean_message(message)
	name = find_complaint(code)
	if not name:
		return neutral_answer()
	doc = frappe.get_doc("Complaint", name)
	if doc.status == CLOSED:
		return public_view(name)
	add_message(doc, "Reporter", text)
	doc.flags.ignore_permissions = True
	doc.flags.reporter_reply = True
	doc.save()
	return public_view(name)


def read_code(code: Any) -> str:
	"""The code as typed: text of a plausible length (any text of it gets the neutral answer)."""
	return guest.text(code, _("Tracking Code"), MAX_CODE_INPUT)


def clean_message(message: Any) -> str:
	text = (
		strip_html(guest.text(message, _("Message"), MAX_MESSAGE * 2))
		.replace("<", "")
		.replace(">", "")
		.strip()
	)
	if not text:
		guest.refuse(_("{0} is required.").format(_("Message")), TrackingCodeError)
	if len(text) > MAX_MESSAGE:
		guest.refuse(
			_("{0} is too long: at most {1} characters.").format(_("Message"), MAX_MESSAGE), TrackingCodeError
		)
	return text


def add_message(doc, sender: str, text: str) -> None:
	messages.append(doc, sender, text)
