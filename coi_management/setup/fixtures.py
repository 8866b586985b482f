"""Remove, on uninstall, what the app's fixtures and scheduler created outside its own DocTypes.

Frappe drops the app's DocTypes and the records linked to its modules, but not the Workflow,
Workflow State and Workflow Action Master records shipped as fixtures (filtered by name in
``hooks.fixtures``), nor the Scheduled Job Types of ``scheduler_events``. Both are derived from
the hooks, so a feature that adds a workflow only lists it in ``fixtures``.
"""

import frappe

APP = "coi_management"


def before_uninstall():
	for fixture in reversed(frappe.get_hooks("fixtures", app_name=APP) or []):
		if not isinstance(fixture, dict):
			continue
		names = [value for _field, _op, value in _name_filters(fixture)]
		for name in (n for group in names for n in group):
			if frappe.db.exists(fixture["dt"], name) and not _shared_with_frappe(fixture["dt"], name):
				frappe.delete_doc(fixture["dt"], name, force=True, ignore_permissions=True)
	for job in frappe.get_all("Scheduled Job Type", filters={"method": ("like", f"{APP}.%")}, pluck="name"):
		frappe.delete_doc("Scheduled Job Type", job, force=True, ignore_permissions=True)


def _name_filters(fixture: dict):
	for row in fixture.get("filters") or []:
		if len(row) == 3 and row[0] == "name" and row[1] == "in":
			yield row


def _shared_with_frappe(doctype: str, name: str) -> bool:
	"""Workflow states and actions Frappe itself ships (e.g. "Approved") stay."""
	return doctype in ("Workflow State", "Workflow Action Master") and name in {
		"Pending",
		"Approved",
		"Rejected",
		"Draft",
		"Approve",
		"Reject",
		"Review",
	}
