"""Whose action a declaration or a control decision waits for (core/queue.py).

- a declared or escalated declaration waits for its deciding superior (S 23(3); S Lampiran D.2.a):
  the previous superior's assignment is closed on escalation; all are closed once the declaration
  is decided or withdrawn;
- a Banjarmasin decision that found an actual conflict waits for its reviewer (B G.5) until the
  review is recorded; a late reviewer is replaced by their superior (deadlines job).

The ToDo text names only the document and the date: the declaration's content is for the people
the record rules let read it.
"""

from frappe import _
from frappe.utils import formatdate

from coi_management.core import org, queue
from coi_management.core.states import HOLD_STATES


def on_declaration_change(doc, event: str | None = None) -> None:
	"""Declaration on_submit / on_update_after_submit / on_cancel."""
	if doc.docstatus == 1 and doc.workflow_state in HOLD_STATES:
		queue.hand_over(
			doc,
			[doc.deciding_superior_user or org.user_of(doc.deciding_superior)],
			lambda: _("Decide conflict-of-interest declaration {0} by {1}").format(
				doc.name, formatdate(doc.due_date)
			),
			doc.due_date,
		)
	else:
		queue.close(doc)


def on_decision_change(doc, event: str | None = None) -> None:
	"""Control Decision on_submit / on_update_after_submit / on_cancel, and the review deadline job."""
	if doc.docstatus == 1 and doc.reviewer and not doc.reviewed_on:
		queue.hand_over(
			doc,
			[org.user_of(doc.reviewer)],
			lambda: _("Review control decision {0} by {1}").format(doc.name, formatdate(doc.review_due_date)),
			doc.review_due_date,
		)
	else:
		queue.close(doc)
