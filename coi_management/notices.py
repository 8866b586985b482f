"""Notices the scheduled jobs send (email and system notification), in the site's language.

Step notifications (declared, under review, escalated, withdrawn, decided, acknowledged) are
Frappe Notification records in ``coi_management/notification``; this module covers what a
Notification cannot express: reminders counted in working days and notices to COI Managers.
"""

import frappe
from frappe import _
from frappe.desk.doctype.notification_log.notification_log import enqueue_create_notification


def manager_users() -> list[str]:
	users = frappe.get_all(
		"Has Role", filters={"role": "COI Manager", "parenttype": "User"}, pluck="parent", distinct=True
	)
	return [
		user
		for user in users
		if user not in ("Administrator", "Guest") and frappe.db.get_value("User", user, "enabled")
	]


def send(users, subject: str, message: str, doc=None) -> None:
	users = sorted({user for user in users if user and user not in ("Guest",)})
	if not users:
		return
	enqueue_create_notification(
		users,
		{
			"type": "Alert",
			"subject": subject,
			"email_content": message,
			"document_type": doc.doctype if doc else None,
			"document_name": doc.name if doc else None,
			"from_user": "Administrator",
		},
	)
	emails = [email for email in frappe.get_all("User", {"name": ("in", users)}, pluck="email") if email]
	if emails:
		try:
			frappe.sendmail(
				recipients=emails,
				subject=subject,
				message=message,
				reference_doctype=doc.doctype if doc else None,
				reference_name=doc.name if doc else None,
			)
		except frappe.OutgoingEmailError:
			# no outgoing e-mail account yet: the system notification above still reaches them
			pass


def to_managers(doc, subject: str, message: str) -> None:
	send(manager_users(), subject, message, doc)


def reminder(doc, days_left: int) -> None:
	if days_left:
		subject = _("Reminder: decide declaration {0} within {1} working days").format(doc.name, days_left)
	else:
		subject = _("Today is the deadline to decide declaration {0}").format(doc.name)
	message = _(
		"The conflict-of-interest declaration {0} of {1} must be decided by {2}. Until then the official must not take the decision (Art. 23(3))."
	).format(doc.name, doc.official_name or doc.official, frappe.format(doc.due_date, "Date"))
	send([doc.deciding_superior_user], subject, message, doc)


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
