"""Remove, on uninstall, what the app's fixtures and scheduler created outside its own DocTypes.

Frappe drops the app's DocTypes and the records linked to its modules, but not the Workflow,
Workflow State and Workflow Action Master records shipped as fixtures (filtered by name in
``hooks.fixtures``), nor the Scheduled Job Types of ``scheduler_events``. Both are derived from
the hooks, so a feature that adds a workflow only lists it in ``fixtures``.
"""

import frappe

APP = "coi_management"


def before_uninstall():
	fixtures = [f for f in frappe.get_hooks("fixtures", app_name=APP) or [] if isinstance(f, dict)]
	own_workflows = {name for f in fixtures if f["dt"] == "Workflow" for name in _names(f)}
	app_doctypes = frappe.get_all("DocType", filters={"module": "COI Management"}, pluck="name")
	if app_doctypes:
		frappe.db.delete("Workflow Action", {"reference_doctype": ("in", app_doctypes)})
	# workflows first, then the states and actions no other workflow of the site uses
	for fixture in sorted(fixtures, key=lambda f: f["dt"] != "Workflow"):
		for name in _names(fixture):
			if frappe.db.exists(fixture["dt"], name) and not _used_elsewhere(
				fixture["dt"], name, own_workflows
			):
				frappe.delete_doc(fixture["dt"], name, force=True, ignore_permissions=True)
	jobs = frappe.get_all("Scheduled Job Type", filters={"method": ("like", f"{APP}.%")}, pluck="name")
	if jobs:
		frappe.db.delete("Scheduled Job Log", {"scheduled_job_type": ("in", jobs)})
		frappe.db.delete("Scheduled Job Type", {"name": ("in", jobs)})


def _names(fixture: dict) -> list[str]:
	names = []
	for row in fixture.get("filters") or []:
		if len(row) == 3 and row[0] == "name" and row[1] == "in":
			names.extend(row[2])
	return names


def _used_elsewhere(doctype: str, name: str, own_workflows: set[str]) -> bool:
	"""A state or action that another workflow of the site also uses (e.g. "Approved") stays."""
	if doctype == "Workflow State":
		used_by = frappe.get_all("Workflow Document State", filters={"state": name}, pluck="parent")
		used_by += frappe.get_all("Workflow Transition", filters={"state": name}, pluck="parent")
		used_by += frappe.get_all("Workflow Transition", filters={"next_state": name}, pluck="parent")
	elif doctype == "Workflow Action Master":
		used_by = frappe.get_all("Workflow Transition", filters={"action": name}, pluck="parent")
	else:
		return False
	return bool(set(used_by) - own_workflows) or name in FRAPPE_STANDARD.get(doctype, ())


# shipped by Frappe itself (install_fixtures): never removed
FRAPPE_STANDARD = {
	"Workflow State": ("Pending", "Approved", "Rejected"),
	"Workflow Action Master": ("Approve", "Reject", "Review"),
}
