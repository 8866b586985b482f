"""System notifications (the bell) and e-mails to the app's users.

One way to tell users something that the Notification documents of the module cannot express
(reminders, overdue lists, notices to every holder of a role).
"""

import frappe
from frappe.desk.doctype.notification_log.notification_log import enqueue_create_notification


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
