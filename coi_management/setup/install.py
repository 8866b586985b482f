"""Install, migrate and uninstall: roles, regulation profiles, holiday calendar, settings.

Every step is idempotent: it adds what is missing and never overwrites what an administrator
changed, so ``after_migrate`` can run it on every migrate.
"""

import re

import frappe

from coi_management.core.roles import APP_ROLES
from coi_management.programme import risk
from coi_management.setup.holidays import HOLIDAY_LIST_NAME, HOLIDAYS
from coi_management.setup.regulation_data import PROFILES

DEFAULT_REGULATION = "Perbup Semarang 28/2025"


def after_install():
	setup()
	seed_reference_doctypes()


def after_migrate():
	setup()


def setup():
	# Frappe caches each DocType's notifications; a reinstall leaves that cache empty and the app's
	# Notifications silent until it is cleared
	frappe.cache.delete_value("notifications")
	ensure_roles()
	seed_regulations()
	risk.ensure_matrices()
	seed_holiday_list()
	ensure_settings()
	ensure_screening_index()


def ensure_roles():
	for role in APP_ROLES:
		if not frappe.db.exists("Role", role):
			frappe.get_doc({"doctype": "Role", "role_name": role, "desk_access": 1}).insert(
				ignore_permissions=True
			)


def seed_regulations():
	for profile in PROFILES:
		data = {key: value for key, value in profile.items() if key != "classifications"}
		if not frappe.db.exists("COI Regulation", profile["regulation_name"]):
			frappe.get_doc({"doctype": "COI Regulation", **data}).insert(ignore_permissions=True)
		abbr = frappe.db.get_value("COI Regulation", profile["regulation_name"], "abbr")
		# sources before their sub-kinds
		ordered = sorted(profile["classifications"], key=lambda row: bool(row.get("parent_code")))
		for sort_order, row in enumerate(profile["classifications"], start=1):
			row.setdefault("_sort", sort_order)
		for row in ordered:
			name = f"{abbr}-{row['code']}"
			if frappe.db.exists("COI Classification", name):
				continue
			values = {key: value for key, value in row.items() if key not in ("parent_code", "_sort")}
			if row.get("parent_code"):
				values["parent_classification"] = f"{abbr}-{row['parent_code']}"
			frappe.get_doc(
				{
					"doctype": "COI Classification",
					"regulation": profile["regulation_name"],
					"sort_order": row["_sort"],
					**values,
				}
			).insert(ignore_permissions=True)


def seed_holiday_list():
	if frappe.db.exists("COI Holiday List", HOLIDAY_LIST_NAME):
		return
	frappe.get_doc(
		{
			"doctype": "COI Holiday List",
			"holiday_list_name": HOLIDAY_LIST_NAME,
			"saturday_off": 1,
			"sunday_off": 1,
			"holidays": [
				{"holiday_date": day, "description": description, "holiday_type": kind}
				for day, description, kind in HOLIDAYS
			],
		}
	).insert(ignore_permissions=True)


def ensure_settings():
	settings = frappe.get_single("COI Settings")
	changed = False
	# fields added by an upgrade start empty in an existing Single: give them their defaults
	for field in settings.meta.fields:
		if field.default and settings.get(field.fieldname) in (None, ""):
			settings.set(field.fieldname, field.default)
			changed = True
	if not settings.institution_name:
		settings.institution_name = frappe.db.get_default("company") or "Pemerintah Daerah"
		changed = True
	if not settings.active_regulation or not frappe.db.exists("COI Regulation", settings.active_regulation):
		settings.active_regulation = DEFAULT_REGULATION
		changed = True
	if not settings.holiday_list and frappe.db.exists("COI Holiday List", HOLIDAY_LIST_NAME):
		settings.holiday_list = HOLIDAY_LIST_NAME
		changed = True
	changed = set_filing_window_dates(settings) or changed
	if changed:
		settings.flags.ignore_permissions = True
		settings.save()


FILING_WINDOW = (("register_window_opens", "01-01"), ("register_due_on", "03-31"))


def set_filing_window_dates(settings) -> bool:
	"""The filing window is picked as dates whose year is ignored; an empty one, or one typed as
	``MM-DD`` before, becomes that day of this year."""
	from coi_management.core import clock

	changed = False
	for fieldname, month_day in FILING_WINDOW:
		value = str(settings.get(fieldname) or "").strip()
		if value and not re.fullmatch(r"\d{1,2}-\d{1,2}", value):
			continue
		month, day = (int(part) for part in (value or month_day).split("-"))
		year = clock.today().year if (month, day) != (2, 29) else 2028
		settings.set(fieldname, f"{year:04d}-{month:02d}-{day:02d}")
		changed = True
	return changed


def seed_reference_doctypes():
	"""The decisions a declaration may name, once (an administrator may change them after): the
	default set of those installed (core/references.py)."""
	from coi_management.core import references

	settings = frappe.get_single("COI Settings")
	if settings.reference_doctypes:
		return
	for doctype in references.default_doctypes():
		settings.append("reference_doctypes", {"document_type": doctype})
	settings.flags.ignore_permissions = True
	settings.save()


def ensure_screening_index():
	"""The screening index tables carry only the indexes screening reads (screening/index.py)."""
	from coi_management.screening.index import ensure_key_index

	ensure_key_index()


def before_uninstall():
	"""Remove what install created outside the app's own DocTypes (those Frappe drops itself)."""
	app_doctypes = _app_doctypes()
	if app_doctypes:
		frappe.db.delete("DocShare", {"share_doctype": ("in", app_doctypes)})
	for role in APP_ROLES:
		frappe.db.delete("Has Role", {"role": role})
		frappe.db.delete("Custom DocPerm", {"role": role})
		if frappe.db.exists("Role", role):
			frappe.delete_doc("Role", role, force=True, ignore_permissions=True)
	frappe.db.delete("Singles", {"doctype": "COI Settings"})
	frappe.cache.delete_keys("coi_working_calendar::")
	# Onboarding Steps have no module: Frappe's uninstall removes the Module Onboarding, not its steps
	onboardings = frappe.get_all("Module Onboarding", filters={"module": "COI Management"}, pluck="name")
	if onboardings:
		steps = frappe.get_all(
			"Onboarding Step Map", filters={"parent": ("in", onboardings)}, pluck="step", distinct=True
		)
		for step in steps:
			frappe.delete_doc("Onboarding Step", step, force=True, ignore_permissions=True)
	# workflows shipped as fixtures and scheduled job types: coi_management.setup.fixtures


def _app_doctypes() -> list[str]:
	return frappe.get_all("DocType", filters={"module": "COI Management"}, pluck="name")


def before_tests():
	"""A test site starts with its setup wizard done, in the Indonesian time zone."""
	if not frappe.db.get_single_value("System Settings", "setup_complete"):
		from frappe.utils.install import complete_setup_wizard

		complete_setup_wizard()
	frappe.db.set_single_value("System Settings", "time_zone", "Asia/Jakarta")
	setup()
	frappe.db.commit()  # nosemgrep: the test runner's own set-up, before any test
