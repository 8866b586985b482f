app_name = "coi_management"
app_title = "COI Management"
app_publisher = "coi_management contributors"
app_description = (
	"Conflict-of-interest management for Indonesian local governments "
	"(PermenPANRB 17/2024, Perbup Semarang 28/2025, Perwali Banjarmasin 92/2020)"
)
app_email = "maintainers@users.noreply.github.com"
app_license = "mit"

export_python_type_annotations = True

# Installation
# ------------
after_install = "coi_management.setup.install.after_install"
after_migrate = "coi_management.setup.install.after_migrate"
before_uninstall = "coi_management.setup.install.before_uninstall"

# Tests
# -----
before_tests = "coi_management.setup.install.before_tests"

# Permissions
# -----------
# One rule per DocType, shared by list queries and document access (coi_management/permissions.py)
permission_query_conditions = {
	"Official": "coi_management.permissions.official_query_conditions",
	"Interest Register": "coi_management.permissions.interest_register_query_conditions",
}
has_permission = {
	"Official": "coi_management.permissions.official_has_permission",
	"Interest Register": "coi_management.permissions.interest_register_has_permission",
}

# Translations of strings Frappe's extractor does not see (fixtures, workspace) live in
# coi_management/translations/id.csv with everything else.

# Scheduled jobs ("today" from coi_management.clock; each job is idempotent)
# --------------
scheduler_events = {
	"daily": [
		"coi_management.register_cycle.daily",
	],
}
