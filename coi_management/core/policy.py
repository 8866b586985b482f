"""The permission policy as data (SPEC "Who sees what"): which record rule each DocType follows.

This module imports nothing, so hooks.py builds the permission hooks from it. The rules
themselves are in :mod:`coi_management.core.permissions`.
"""

# DocTypes with a record rule: ``<rule>_query_conditions`` and ``<rule>_has_permission`` in
# core/permissions.py narrow *which* records a role may touch; role rows in the DocType JSON decide
# *what* it may do.
RECORD_RULES = {
	"Official": "official",
	"Interest Register": "interest_register",
	"Declaration": "declaration",
	"Control Decision": "control_decision",
	"Complaint": "complaint",
	"Cooling-off Record": "cooling_off",
}

# Every child table of the app and its parent: a child row is readable exactly when its parent
# is. Frappe checks a child *document* against its parent, but lists of a child DocType
# (``/api/resource/<child>?parent=<parent>``, report view, counts, export) only apply rules
# registered for the child itself: :func:`coi_management.core.permissions.child_query_conditions`.
CHILD_TABLES = {
	"Interest Register Family": "Interest Register",
	"Interest Register Holding": "Interest Register",
	"Interest Register Outside Work": "Interest Register",
	"Interest Register Public Office": "Interest Register",
	"Interest Register Affiliation": "Interest Register",
	"Interest Register Plan": "Interest Register",
	"Declaration Escalation": "Declaration",
	"Complaint Message": "Complaint",
	"Cooling-off Entity": "Cooling-off Record",
	"COI Holiday": "COI Holiday List",
}

PERMISSIONS_MODULE = "coi_management.core.permissions"


def query_condition_hooks() -> dict:
	hooks = {
		doctype: f"{PERMISSIONS_MODULE}.{rule}_query_conditions" for doctype, rule in RECORD_RULES.items()
	}
	hooks.update({child: f"{PERMISSIONS_MODULE}.child_query_conditions" for child in CHILD_TABLES})
	return hooks


def has_permission_hooks() -> dict:
	return {doctype: f"{PERMISSIONS_MODULE}.{rule}_has_permission" for doctype, rule in RECORD_RULES.items()}
