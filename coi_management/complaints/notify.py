"""Notices about complaints (bell and e-mail, in each recipient's language) that never name the
reporter (S 32(3)).

Every message is built here from the complaint number, subject, status and dates only; nothing
reads the Complaint Reporter record, so no recipient - privileged or not - gets the identity by
e-mail. The reported official is never a recipient.
"""

import frappe
from frappe import _, _lt
from frappe.utils import escape_html, get_url_to_form

from coi_management.core import notices
from coi_management.core.roles import INSPECTOR, MANAGER, users_with
from coi_management.core.states import FOLLOW_UP, FOUNDED, VERIFIED

TEMPLATES = {
	"received": (
		_lt("New complaint {0}"),
		_lt("A new complaint {0} ({1}) was received. Please verify it before {2}."),
	),
	"examine": (
		_lt("Complaint {0} to examine"),
		_lt(
			"You are asked to examine complaint {0} ({1}) about an official under your supervision, at the latest on {2}."
		),
	),
	"review": (
		_lt("Complaint {0} to review"),
		_lt("Complaint {0} ({1}) was found to be founded. Please review the decision at the latest on {2}."),
	),
	"follow_up": (
		_lt("Follow-up of complaint {0}"),
		_lt("Complaint {0} ({1}) is in follow-up. Please supervise the follow-up."),
	),
	"reminder": (
		_lt("Reminder: complaint {0} is due"),
		_lt("The {3} of complaint {0} ({1}) is due on {2}."),
	),
	"overdue": (
		_lt("Complaint {0} is overdue"),
		_lt("The {3} of complaint {0} ({1}) was due on {2} and has not been done. It is escalated to you."),
	),
}


def send(recipients, kind: str, doc, due=None, stage=None) -> None:
	"""A notice of ``kind`` to ``recipients`` (never the reported official), in their language."""
	reported_user = (
		frappe.db.get_value("Official", doc.reported_official, "user") if doc.reported_official else None
	)
	recipients = [user for user in recipients or [] if user and user != reported_user]
	subject, body = TEMPLATES[kind]
	due_text = frappe.format(due, {"fieldtype": "Date"}) if due else ""

	def render():
		args = (doc.name, escape_html(doc.subject or ""), due_text, _(stage.msg) if stage else "")
		message = '<p>{}</p><p><a href="{}">{}</a></p>'.format(
			_(body.msg).format(*args), get_url_to_form("Complaint", doc.name), _("Open the complaint")
		)
		return _(subject.msg).format(doc.name), message

	notices.notify(recipients, render, doc)


def on_status_change(doc, old_status: str | None) -> None:
	if not old_status:
		send(users_with(MANAGER), "received", doc, due=doc.acknowledge_due or doc.response_due)
		return
	if old_status == doc.status:
		return
	if doc.status == VERIFIED and doc.examined_by_superior:
		send([doc.examiner_user], "examine", doc, due=doc.examination_due)
	elif doc.status == FOUNDED and doc.examined_by_superior:
		send([doc.reviewer_user], "review", doc, due=doc.review_due)
	elif doc.status == FOLLOW_UP:
		send(users_with(INSPECTOR), "follow_up", doc)
