"""The app's step notices moved from Notification documents to coi_management.core.notices (one
path: each recipient's language, after commit, an explicit sender). Remove the old documents, which
failed for officials whose full name carries an academic title ("Dewi Lestari, S.E.")."""

import frappe

OLD_NOTIFICATIONS = (
	"Control Decision Acknowledged",
	"Control Decision Submitted",
	"Declaration Declared",
	"Declaration Escalated",
	"Declaration Under Review",
	"Declaration Withdrawn",
)


def execute():
	for name in OLD_NOTIFICATIONS:
		if frappe.db.exists("Notification", name):
			frappe.delete_doc("Notification", name, ignore_permissions=True, force=True)
	frappe.cache.delete_value("notifications")
