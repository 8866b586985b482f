"""Checks of the app's install/uninstall lifecycle, run by ``scripts/dev test`` with ``bench execute``.

``snapshot("before")`` records what a fresh site has before the app is installed;
``check_uninstalled`` asserts that after ``uninstall-app`` the site has exactly that again
(nothing of the app left, nothing else removed); ``check_installed`` asserts what an install
must create.
"""

import json

import frappe

RECORD_KINDS = (
	"DocType",
	"Role",
	"Module Def",
	"Custom Field",
	"Property Setter",
	"Workspace",
	"Report",
	"Page",
	"Web Form",
	"Print Format",
	"Notification",
	"Workflow",
	"Workflow State",
	"Workflow Action Master",
	"Number Card",
	"Dashboard Chart",
	"Scheduled Job Type",
	"Module Onboarding",
	"Onboarding Step",
)


def _state() -> dict:
	state = {kind: sorted(frappe.get_all(kind, pluck="name")) for kind in RECORD_KINDS}
	state["tables"] = sorted(frappe.db.get_tables(cached=False))
	state["singles"] = sorted(frappe.db.sql_list("select distinct doctype from tabSingles"))
	state["has_role"] = sorted(frappe.db.sql_list("select distinct role from `tabHas Role`"))
	return state


def _path(label: str) -> str:
	return frappe.get_site_path("private", f"coi_lifecycle_{label}.json")


def snapshot(label: str = "before") -> None:
	with open(_path(label), "w") as fh:
		json.dump(_state(), fh, indent=1)


def check_uninstalled() -> None:
	with open(_path("before")) as fh:
		before = json.load(fh)
	after = _state()
	problems = []
	for key, expected in before.items():
		left = sorted(set(after.get(key, [])) - set(expected))
		removed = sorted(set(expected) - set(after.get(key, [])))
		if left:
			problems.append(f"{key}: left behind {left[:20]}")
		if removed:
			problems.append(f"{key}: removed {removed[:20]}")
	if problems:
		raise AssertionError("uninstall did not restore the site:\n" + "\n".join(problems))
	print("uninstall: site identical to before install in", ", ".join(before))


def check_installed() -> None:
	from coi_management.core.roles import APP_ROLES
	from coi_management.setup.regulation_data import PROFILES

	missing = [role for role in APP_ROLES if not frappe.db.exists("Role", role)]
	missing += [
		p["regulation_name"] for p in PROFILES if not frappe.db.exists("COI Regulation", p["regulation_name"])
	]
	if not frappe.db.get_single_value("COI Settings", "active_regulation"):
		missing.append("COI Settings.active_regulation")
	if missing:
		raise AssertionError(f"install did not create: {missing}")
	print("install: roles, regulation profiles and settings present")
