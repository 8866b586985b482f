"""Whose action a complaint waits for (core/queue.py), and the handler told of a reporter's reply.

- Received: the COI Managers verify it (S 32; B G.3);
- Verified / Under Examination: the examining superior under a profile where the superior
  examines (B G.3), else the COI Managers;
- Founded: the reviewing superior (B G.5), else the COI Managers;
- a reply from the reporter (tracking page) waits for the handler - the examiner or reviewer of the
  current stage, else the COI Managers - until the handler answers or moves the complaint on.

The reported official is never assigned (S 32(3)); the ToDo text names only the complaint number
and the date, never the reporter nor the complaint's content.
"""

from frappe import _
from frappe.utils import formatdate

from coi_management.core import notices, org, queue
from coi_management.core.roles import MANAGER, users_with
from coi_management.core.states import FOUNDED, RECEIVED, UNDER_EXAMINATION, VERIFIED

REPORTER = "Reporter"


def stage_handlers(doc) -> tuple[list[str], object]:
	"""Who must act at the complaint's status, and by when."""
	if doc.status == RECEIVED:
		return users_with(MANAGER), doc.acknowledge_due
	if doc.status in (VERIFIED, UNDER_EXAMINATION):
		if doc.examined_by_superior and doc.examiner:
			return [doc.examiner_user or org.user_of(doc.examiner)], doc.examination_due
		return users_with(MANAGER), doc.response_due
	if doc.status == FOUNDED:
		if doc.examined_by_superior and doc.reviewer:
			return [doc.reviewer_user or org.user_of(doc.reviewer)], doc.review_due
		return users_with(MANAGER), None
	return [], None


def awaits_handler_answer(doc) -> bool:
	messages = doc.get("messages") or []
	return bool(messages) and messages[-1].sender == REPORTER


def handlers(doc) -> tuple[list[str], object]:
	users, due = stage_handlers(doc)
	if awaits_handler_answer(doc) and not users:
		users = users_with(MANAGER)
	reported = org.user_of(doc.reported_official)
	return [user for user in users if user and user != reported], due


def on_change(doc, method: str | None = None) -> None:
	"""Complaint after_insert / on_update (doc_events)."""
	users, due = handlers(doc)
	queue.hand_over(
		doc,
		users,
		lambda: (
			_("Handle complaint {0} by {1}").format(doc.name, formatdate(due))
			if due
			else _("Handle complaint {0}").format(doc.name)
		),
		due,
	)
	if doc.flags.reporter_reply:
		reporter_replied(doc, users)


def reporter_replied(doc, users: list[str]) -> None:
	"""The handler learns that the reporter answered (the message itself is read in the desk)."""
	notices.notify(
		users,
		lambda: (
			_("The reporter replied to complaint {0}").format(doc.name),
			"<p>{}</p>".format(
				_("The reporter of complaint {0} sent a new message on the tracking page.").format(doc.name)
			),
		),
		doc,
	)
