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
	"Declaration": "coi_management.permissions.declaration_query_conditions",
	"Control Decision": "coi_management.permissions.control_decision_query_conditions",
}
has_permission = {
	"Official": "coi_management.permissions.official_has_permission",
	"Declaration": "coi_management.permissions.declaration_has_permission",
	"Control Decision": "coi_management.permissions.control_decision_has_permission",
}

# Desk
# ----
# The hold banner (S 23(3)) on any document a declaration refers to
app_include_js = ["/assets/coi_management/js/coi_hold.js"]
boot_session = "coi_management.declaration.boot_session"

# Fixtures: what module folders cannot carry, filtered by name
fixtures = [
	{"dt": "Workflow", "filters": [["name", "in", ["Declaration", "Control Decision"]]]},
	{
		"dt": "Workflow State",
		"filters": [
			[
				"name",
				"in",
				[
					"Draft",
					"Declared",
					"Under Review",
					"Escalated",
					"Decided",
					"Withdrawn",
					"Submitted",
					"Acknowledged",
				],
			]
		],
	},
	{
		"dt": "Workflow Action Master",
		"filters": [
			[
				"name",
				"in",
				["Declare", "Start Review", "Escalate", "Withdraw", "Decide", "Submit", "Acknowledge"],
			]
		],
	},
]

# Scheduled jobs (idempotent; "today" from coi_management.clock)
# --------------
scheduler_events = {
	"daily": [
		"coi_management.declaration.daily",
	],
}

# Translations of strings Frappe's extractor does not see (fixtures, workspace) live in
# coi_management/translations/id.csv with everything else.
