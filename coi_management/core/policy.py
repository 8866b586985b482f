"""The permission policy as data (SPEC "Who sees what"), written once.

For every DocType of the app and every role: which records the role may **read** and which it may
**change** (write, create, submit, cancel, amend, delete — *which* of these the role may do at all is
the DocType JSON's role rows; a test checks that both agree). A user's records are the union over
their roles, so an Executive, Inspector or Administrator who is also an Official reads what their
organisation-wide role gives but changes only what their Official role gives: their own filings.

Record scopes are names; :mod:`coi_management.core.permissions` turns each into a SQL condition
(lists, report view, counts, export, link search) and a check on one document (form, REST, print).
This module imports nothing, so hooks.py builds the permission hooks from it.
"""

# ---------------------------------------------------------------- role names (as core/roles.py)
OFFICIAL = "COI Official"
SUPERIOR = "COI Superior"
MANAGER = "COI Manager"
INSPECTOR = "COI Inspector"
EXECUTIVE = "COI Executive"
ADMINISTRATOR = "COI Administrator"
SCREENER = "COI Screener"
SYSTEM_MANAGER = "System Manager"

# ---------------------------------------------------------------- record scopes
ALL = "all"  # every record
OWN = "own"  # the user's own Official, or records whose official is the user's Official
SUBTREE = "subtree"  # own and every official below the user's (one lft/rgt range of Official)
SUBTREE_SUBMITTED = "subtree_submitted"  # records of the subtree, drafts of others excluded
SUBMITTED = "submitted"  # every record past draft, and the user's own drafts
ADDRESSED = "addressed"  # addressed to the user's Official (declarations, decisions), never drafts
PARTY = "party"  # a submitted decision on the user's declaration, or naming them as assignee
BELOW_VERIFIED = "below_verified"  # verified complaints about officials below the user, never oneself
UNIT_SUBTREE = "unit_subtree"  # records of work units within the user's own unit's subtree
CREATED = "created"  # records the user created (a screener's own screenings)
OWN_AGENCY = "own_agency"  # records of the user's own perangkat daerah (Official.agency)

READ = "read"
WRITE = "write"

_REFERENCE_READERS = (OFFICIAL, SUPERIOR, MANAGER, INSPECTOR, EXECUTIVE, SCREENER)
_REFERENCE = {
	**{role: {READ: ALL} for role in _REFERENCE_READERS},
	ADMINISTRATOR: {READ: ALL, WRITE: ALL},
	SYSTEM_MANAGER: {READ: ALL, WRITE: ALL},
}

POLICY = {
	# reference data: Work Unit, Position, regulation profiles, settings, holidays
	"Work Unit": _REFERENCE,
	"Position": _REFERENCE,
	"COI Regulation": _REFERENCE,
	"COI Classification": _REFERENCE,
	"COI Settings": _REFERENCE,
	"COI Holiday List": _REFERENCE,
	"Official": {
		OFFICIAL: {READ: OWN},
		SUPERIOR: {READ: SUBTREE},
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
		EXECUTIVE: {READ: ALL},
		ADMINISTRATOR: {READ: ALL},
		SYSTEM_MANAGER: {READ: ALL, WRITE: ALL},
	},
	"Interest Register": {
		OFFICIAL: {READ: OWN, WRITE: OWN},
		SUPERIOR: {READ: SUBTREE_SUBMITTED},
		MANAGER: {READ: ALL},
		INSPECTOR: {READ: SUBMITTED},
		SYSTEM_MANAGER: {READ: ALL, WRITE: OWN},
	},
	# e-mails of the app waiting for an outgoing e-mail account (core/notices.py): the site's
	# administrator only - they name declarations and complaints no COI role outside them may know of
	"COI Waiting Email": {SYSTEM_MANAGER: {READ: ALL, WRITE: ALL}},
	# who was reminded to file, and when (registers/filing_cycle.py)
	"Interest Register Reminder": {
		MANAGER: {READ: ALL},
		ADMINISTRATOR: {READ: ALL},
		SYSTEM_MANAGER: {READ: ALL},
	},
	"Declaration": {
		OFFICIAL: {READ: OWN, WRITE: OWN},
		SUPERIOR: {READ: ADDRESSED, WRITE: ADDRESSED},
		MANAGER: {READ: ALL, WRITE: ALL},  # assist, re-address with reason
		INSPECTOR: {READ: SUBMITTED},
		SYSTEM_MANAGER: {READ: ALL, WRITE: ALL},
	},
	"Control Decision": {
		OFFICIAL: {READ: PARTY, WRITE: PARTY},  # acknowledge
		SUPERIOR: {READ: ADDRESSED, WRITE: ADDRESSED},
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
		SYSTEM_MANAGER: {READ: ALL, WRITE: ALL},
	},
	"Complaint": {
		SUPERIOR: {READ: BELOW_VERIFIED, WRITE: BELOW_VERIFIED},  # examines (B BAB II G.3)
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL, WRITE: ALL},  # records follow-up
	},
	# the reporter's identity (S 32(3)): encrypted at rest, only these two roles
	"Complaint Reporter": {
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL, WRITE: ALL},
	},
	"Cooling-off Record": {
		SUPERIOR: {READ: UNIT_SUBTREE},
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
	},
	# conflict screening (coi_management/screening/): a screener sees matches, never the registers
	"Conflict Screening": {
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
		SCREENER: {READ: CREATED, WRITE: CREATED},
	},
	# the screening index: names and keyed hashes of identifiers, read by the screening code only
	"Conflict Screening Index": {SYSTEM_MANAGER: {READ: ALL}},
	"Conflict Screening Key": {SYSTEM_MANAGER: {READ: ALL}},
	# the programme around the register (S 18-20, 28-30, 34): coi_management/programme/
	"Risk Assessment": {
		SUPERIOR: {READ: OWN_AGENCY},
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
		EXECUTIVE: {READ: ALL},
	},
	"COI Training": {
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
		EXECUTIVE: {READ: ALL},
	},
	# one's attendance of a training: the Official reads their own, the Superior their subtree's
	"COI Training Attendance": {
		OFFICIAL: {READ: OWN},
		SUPERIOR: {READ: SUBTREE},
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
		EXECUTIVE: {READ: ALL},
	},
	# confidential and an own filing: the asker, the COI Manager (answers) and the COI Inspector only
	"COI Consultation": {
		OFFICIAL: {READ: OWN, WRITE: OWN},
		SUPERIOR: {READ: OWN, WRITE: OWN},
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
	},
	"COI Appreciation": {
		OFFICIAL: {READ: OWN},
		SUPERIOR: {READ: SUBTREE},
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
		EXECUTIVE: {READ: ALL, WRITE: ALL},  # approves (submit), nothing else
	},
	# the annual Monitoring and Evaluation Report (S 33(3)-(5); coi_management/monitoring/annual.py):
	# the COI Manager prepares and submits it, the Executive verifies and assesses or returns it
	"Monitoring and Evaluation Report": {
		MANAGER: {READ: ALL, WRITE: ALL},
		INSPECTOR: {READ: ALL},
		EXECUTIVE: {READ: ALL, WRITE: ALL},
		SYSTEM_MANAGER: {READ: ALL, WRITE: ALL},
	},
}

# Monitoring reports and dashboards (coi_management/monitoring/): figures only, never the content of
# a register, declaration or complaint; a Superior the figures of their subtree (SPEC row
# "Monitoring reports, dashboards"). The reports' Roles are these roles.
MONITORING = {
	SUPERIOR: SUBTREE,
	MANAGER: ALL,
	INSPECTOR: ALL,
	EXECUTIVE: ALL,  # figures and filing status (S 22(4))
	SYSTEM_MANAGER: ALL,
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
	"Conflict Screening Match": "Conflict Screening",
	"Conflict Screening Official": "Conflict Screening",
	"COI Screening Rule": "COI Settings",
	"COI Name Term": "COI Settings",
	"COI Reference DocType": "COI Settings",
	"COI Risk Matrix": "COI Regulation",
	"Risk Assessment Position": "Risk Assessment",
	"Monitoring Report Figure": "Monitoring and Evaluation Report",
}

# DocTypes whose records belong to someone: their rule is a record rule, not just the role rows.
RECORD_RULES = tuple(
	doctype for doctype, grants in POLICY.items() if any(set(g.values()) - {ALL} for g in grants.values())
)

PERMISSIONS_MODULE = "coi_management.core.permissions"


def scopes(doctype: str, user_roles, access: str = READ) -> set[str]:
	"""The record scopes ``user_roles`` give on ``doctype`` for ``access`` (READ or WRITE)."""
	grants = POLICY.get(doctype, {})
	return {grants[role][access] for role in user_roles if access in grants.get(role, {})}


def query_condition_hooks() -> dict:
	hooks = {doctype: f"{PERMISSIONS_MODULE}.query_conditions" for doctype in RECORD_RULES}
	hooks.update({child: f"{PERMISSIONS_MODULE}.child_query_conditions" for child in CHILD_TABLES})
	hooks["File"] = f"{PERMISSIONS_MODULE}.file_query_conditions"
	return hooks


def has_permission_hooks() -> dict:
	hooks = {doctype: f"{PERMISSIONS_MODULE}.has_permission" for doctype in RECORD_RULES}
	hooks["File"] = f"{PERMISSIONS_MODULE}.file_has_permission"
	return hooks
