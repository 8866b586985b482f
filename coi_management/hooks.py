from coi_management.core import policy, states

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
before_uninstall = [
	"coi_management.setup.fixtures.before_uninstall",
	"coi_management.setup.install.before_uninstall",
]

# Tests
# -----
before_tests = "coi_management.setup.install.before_tests"

# Permissions
# -----------
# One rule per DocType, shared by list queries and document access, child tables following their
# parent (coi_management/core/policy.py, coi_management/core/permissions.py)
permission_query_conditions = policy.query_condition_hooks()
has_permission = policy.has_permission_hooks()

# Frappe 15's frappe.client.get_count checks no permission and filters on any column: an oracle.
override_whitelisted_methods = {
	"frappe.client.get_count": "coi_management.core.permissions.get_count",
	# link validation confirms any name of a DocType the user may read at all: an existence oracle
	"frappe.client.validate_link": "coi_management.api.validate_link",
	"frappe.desk.form.utils.validate_link": "coi_management.api.validate_link",
	# a link's title was given for any record whose DocType shows titles, readable or not
	"frappe.desk.search.get_link_title": "coi_management.api.get_link_title",
	# option descriptions in words: a classification's article, not its code, kind and profile
	"frappe.desk.search.search_link": "coi_management.api.search_link",
	# the app's onboarding steps described in the user's language
	"frappe.desk.desktop.get_desktop_page": "coi_management.api.get_desktop_page",
	# the public complaint form is received only by coi_management.complaints.intake.submit
	"frappe.website.doctype.web_form.web_form.accept": "coi_management.complaints.intake.accept_web_form",
}

# Desk
# ----
# The hold banner (S 23(3)) on any document a declaration refers to; the monitoring reports' shared filters
app_include_js = [
	"/assets/coi_management/js/coi_hold.js",
	"/assets/coi_management/js/coi_report_filters.js",
]
boot_session = "coi_management.boot.boot_session"

# Website
# -------
# the public complaint form's page title in the institution's language (core/guest.py)
update_website_context = "coi_management.core.guest.translate_page_title"

# Translations of strings Frappe's extractor does not see (fixtures, workspace) live in
# coi_management/translations/id.csv with everything else.

# Website
# -------
# Guests land on the public services page (www/layanan-publik); logged-in users keep their home
get_website_user_home_page = "coi_management.www.layanan_publik.home_page"

# Documents
# ---------
doc_events = {
	# S 27: a retired, resigned or dismissed official gets a Cooling-off Record
	"Official": {
		"on_update": [
			"coi_management.cooling_off.record.on_official_update",
			"coi_management.screening.index.on_official_change",
		],
		"on_trash": "coi_management.screening.index.on_official_trash",
	},
	# conflict screening keeps its index current (coi_management/screening/index.py)
	"Interest Register": {
		"on_submit": "coi_management.screening.index.on_register_change",
		"on_cancel": "coi_management.screening.index.on_register_change",
	},
	"Cooling-off Record": {
		"on_update": "coi_management.screening.index.on_cooling_off_change",
		"on_trash": "coi_management.screening.index.on_cooling_off_trash",
	},
	"COI Settings": {"on_update": "coi_management.screening.config.clear_cache"},
	# screening on any DocType configured in COI Settings; one dict lookup when none is configured
	"*": {
		"validate": "coi_management.screening.config.on_validate",
		"before_submit": "coi_management.screening.config.on_before_submit",
	},
	# complaint evidence: pdf, jpg, png or docx, at most 5 MB
	"File": {"validate": "coi_management.complaints.intake.validate_evidence_file"},
	# an attachment is a file the user may read (core/files.py; File creation: core/permissions.py)
	"Declaration": {"validate": "coi_management.core.files.refuse_unreadable_attachments"},
	"Complaint": {"validate": "coi_management.core.files.refuse_unreadable_attachments"},
	"COI Training Attendance": {"validate": "coi_management.core.files.refuse_unreadable_attachments"},
	# e-mails that waited for an outgoing account go out once one is enabled (core/notices.py)
	"Email Account": {"on_update": "coi_management.core.notices.on_email_account_update"},
}

# Scheduled jobs (idempotent; "today" from coi_management.core.clock)
# --------------
scheduler_events = {
	"daily": [
		"coi_management.registers.filing_cycle.daily",
		"coi_management.declarations.deadlines.daily",
		"coi_management.complaints.deadlines.daily",
		"coi_management.cooling_off.expiry.daily",
		"coi_management.core.notices.release_waiting_emails",
	],
}

# Fixtures: only the app's own workflow records, filtered by name (coi_management/core/states.py)
# --------
fixtures = [
	{"dt": "Workflow", "filters": [["name", "in", states.WORKFLOWS]]},
	{"dt": "Workflow State", "filters": [["name", "in", states.STATES]]},
	{"dt": "Workflow Action Master", "filters": [["name", "in", states.ACTIONS]]},
]
