"""Notices of the declaration loop that a Notification document cannot express: reminders
counted in working days and notices to the COI Managers (S 23(3), S Lampiran D.2.a).

Step notifications (declared, under review, escalated, withdrawn, decided, acknowledged) are
Frappe Notification records in ``coi_management/notification``.
"""

import frappe
from frappe import _

from coi_management.core import notices
from coi_management.core.roles import MANAGER, users_with


def to_managers(doc, subject: str, message: str) -> None:
	notices.send(users_with(MANAGER), subject, message, doc)


def reminder(doc, days_left: int) -> None:
	if days_left:
		subject = _("Reminder: decide declaration {0} within {1} working days").format(doc.name, days_left)
	else:
		subject = _("Today is the deadline to decide declaration {0}").format(doc.name)
	message = _(
		"The conflict-of-interest declaration {0} of {1} must be decided by {2}. Until then the official must not take the decision (Art. 23(3))."
	).format(doc.name, doc.official_name or doc.official, frappe.format(doc.due_date, "Date"))
	notices.send([doc.deciding_superior_user], subject, message, doc)


def overdue_to_managers(doc) -> None:
	to_managers(
		doc,
		_("Declaration {0} was not decided on time").format(doc.name),
		_(
			"The conflict-of-interest declaration {0} of {1} was due for a decision by {2} on {3} and is overdue."
		).format(
			doc.name,
			doc.official_name or doc.official,
			doc.deciding_superior_name or doc.deciding_superior,
			frappe.format(doc.due_date, "Date"),
		),
	)
