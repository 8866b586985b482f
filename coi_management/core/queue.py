"""Who must act next: a Frappe assignment (ToDo) for the person a document waits for.

The deciding superior of a declaration, the Banjarmasin reviewer of a control decision (B G.5),
the handler of a complaint: each finds the document in their to-do list, in the list view filter
"Awaiting My Action" (``_assign`` contains the user) and in the workspace shortcut counts. The
assignment is closed as soon as they act, and handed over when someone else must act
(escalation, a late reviewer replaced by their superior).

Rules of this module:

- assignments go through Frappe's ``assign_to.add`` / ``set_status`` (so ``_assign``, the
  assignment sidebar and the ToDo list all agree), but Frappe's own assignment notice is muted:
  the person is told by the app's notice (core/notices.notify), once and in their language;
- a user who may not read the document is never assigned to it: ``assign_to.add`` would *share*
  the document with them, a hole in the record rules;
- the ToDo's description says only what to do with which document by when - never the reporter,
  the register's contents or the declaration's text: a ToDo is readable by its assignee and the
  assigner, and shows in the ToDo list and report outside the document's own rules.
"""

from collections.abc import Callable, Iterable
from contextlib import contextmanager

import frappe
from frappe.desk.form import assign_to

from coi_management.core import notices

OPEN = "Open"


@contextmanager
def _muted():
	"""Frappe's "X assigned a new task to you" / "your assignment was removed" notices off."""
	original = assign_to.notify_assignment
	assign_to.notify_assignment = lambda *args, **kwargs: None
	try:
		yield
	finally:
		assign_to.notify_assignment = original


def open_assignees(doctype: str, name: str) -> list[str]:
	return frappe.get_all(
		"ToDo",
		filters={"reference_type": doctype, "reference_name": name, "status": OPEN},
		pluck="allocated_to",
	)


def assign(doc, users: Iterable[str | None], describe: Callable[[], str], due=None) -> list[str]:
	"""Open an assignment on ``doc`` for each of ``users`` who may read it and has none yet.

	``describe()`` returns the ToDo's text, built with ``_()``: it is rendered in each user's
	language. Returns the users newly assigned."""
	known = open_assignees(doc.doctype, doc.name)
	added = []
	for row in notices.recipients(users):
		if row.name in known or not frappe.has_permission(doc.doctype, "read", doc=doc.name, user=row.name):
			continue
		with notices.language(row.language):
			description = str(describe())
		with _muted():
			assign_to.add(
				{
					"assign_to": [row.name],
					"doctype": doc.doctype,
					"name": doc.name,
					"description": description,
					"date": due,
					"assigned_by": "Administrator",
				},
				ignore_permissions=True,
			)
		added.append(row.name)
	return added


def close(doc, users: Iterable[str | None] | None = None) -> None:
	"""Close the open assignments on ``doc`` of ``users`` (all of them when ``users`` is None)."""
	wanted = None if users is None else {user for user in users if user}
	for user in open_assignees(doc.doctype, doc.name):
		if wanted is None or user in wanted:
			with _muted():
				assign_to.set_status(
					doc.doctype, doc.name, assign_to=user, status="Closed", ignore_permissions=True
				)


def hand_over(doc, users: Iterable[str | None], describe: Callable[[], str], due=None) -> None:
	"""Only ``users`` should act now: close everyone else's assignment, open theirs."""
	users = [user for user in users if user]
	close(doc, [user for user in open_assignees(doc.doctype, doc.name) if user not in users])
	assign(doc, users, describe, due)
