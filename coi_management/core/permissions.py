"""Record-level permissions: the scopes of :mod:`coi_management.core.policy`, enforced.

One rule per DocType and scope, used by both ``permission_query_conditions`` (lists, report view,
counts, export, link search, REST lists, ``frappe.get_list``) and ``has_permission`` (form, REST
document, print, attachments), so every channel agrees. Role rows in the DocType JSON decide *what*
a role may do; these functions narrow *which records*. ``frappe.get_all``, ``frappe.qb`` and SQL
bypass them: reports scope their rows with :func:`visible_officials` themselves.

A superior's subtree is one ``lft``/``rgt`` range of the Official tree, so every rule costs a
constant number of indexed queries whatever the size of the organisation.
"""

from dataclasses import dataclass
from functools import cached_property

import frappe

from coi_management.core import files, org, policy, roles
from coi_management.core.policy import (
	ADDRESSED,
	ALL,
	BELOW_VERIFIED,
	CREATED,
	OWN,
	OWN_AGENCY,
	PARTY,
	READ,
	SUBMITTED,
	SUBTREE,
	SUBTREE_SUBMITTED,
	UNIT_SUBTREE,
	WRITE,
)
from coi_management.core.states import COMPLAINT_UNVERIFIED_STATES

READ_PTYPES = frozenset({"read", "print", "email", "export", "report", "select"})
NOTHING = "1=0"


def access_of(ptype: str | None) -> str:
	return READ if (ptype or "read") in READ_PTYPES else WRITE


def sees_everything(user: str | None = None) -> bool:
	"""Whether ``user`` reads every official (SPEC "Who sees what", Official row)."""
	user = user or frappe.session.user
	return user == roles.ADMINISTRATOR_USER or ALL in policy.scopes("Official", roles.roles_of(user))


def visible_officials(user: str | None = None) -> list[str] | None:
	"""Names of the officials ``user`` may see; ``None`` means all of them (for reports)."""
	user = user or frappe.session.user
	if sees_everything(user):
		return None
	me = org.official_of_user(user)
	if not me:
		return []
	if SUBTREE in policy.scopes("Official", roles.roles_of(user)):
		return [me, *org.subordinates(me)]
	return [me]


@dataclass
class Viewer:
	"""The user whose access is checked, with what the rules need, each read at most once."""

	user: str

	@cached_property
	def _official(self):
		"""The user's Official with its place in the tree, in one indexed query."""
		return frappe.db.get_value("Official", {"user": self.user}, ["name", "lft", "rgt"], as_dict=True)

	@property
	def me(self) -> str | None:
		return self._official.name if self._official else None

	@property
	def bounds(self) -> tuple[int, int] | None:
		official = self._official
		return (official.lft, official.rgt) if official and official.lft else None

	@cached_property
	def unit_bounds(self) -> tuple[int, int] | None:
		unit = frappe.db.get_value("Official", self.me, "work_unit") if self.me else None
		bounds = frappe.db.get_value("Work Unit", unit, ["lft", "rgt"]) if unit else None
		return tuple(bounds) if bounds and bounds[0] else None

	@cached_property
	def agency(self) -> str | None:
		"""The perangkat daerah of the user's Official (Official.agency)."""
		return frappe.db.get_value("Official", self.me, "agency") if self.me else None

	def has_below(self, official: str | None) -> bool:
		"""Whether ``official`` reports to me, directly or not (one indexed query)."""
		if not official or not self.bounds or official == self.me:
			return False
		inner = frappe.db.get_value("Official", official, ["lft", "rgt"])
		return bool(inner and inner[0] and self.bounds[0] < inner[0] and inner[1] < self.bounds[1])

	def has_below_or_is(self, official: str | None) -> bool:
		return bool(official) and (official == self.me or self.has_below(official))

	@property
	def quoted_me(self) -> str:
		return frappe.db.escape(self.me)

	def officials_in_subtree(self, strictly_below: bool = False) -> str:
		"""SQL: the names of the officials in my subtree (without me if ``strictly_below``)."""
		if not self.bounds:  # not placed in the tree yet: nobody below
			return "('')" if strictly_below else f"({self.quoted_me})"
		lft, rgt = map(int, self.bounds)
		equal = "" if strictly_below else "="
		return f"(select `name` from `tabOfficial` where `lft` >{equal} {lft} and `rgt` <{equal} {rgt})"


# ---------------------------------------------------------------- scope rules per DocType
# Each rule: (SQL condition on the DocType's table, check of one document). Both receive the Viewer;
# a rule needing the user's Official is skipped when they have none.


def _official_column(table: str, column: str = "official"):
	column_sql = f"`tab{table}`.`{column}`"
	return {
		OWN: (lambda v: f"{column_sql} = {v.quoted_me}", lambda doc, v: doc.get(column) == v.me),
		SUBTREE: (
			lambda v: f"{column_sql} in {v.officials_in_subtree()}",
			lambda doc, v: v.has_below_or_is(doc.get(column)),
		),
	}


def _submitted(table: str, rules: dict) -> dict:
	"""Add ``SUBMITTED`` and ``SUBTREE_SUBMITTED`` to a filing's rules: past draft, or one's own."""
	own_sql, own_check = rules[OWN]
	subtree_sql, subtree_check = rules[SUBTREE]
	past_draft = f"`tab{table}`.`docstatus` > 0"
	return {
		**rules,
		SUBMITTED: (
			lambda v: f"({past_draft} or {own_sql(v)})" if v.me else past_draft,
			lambda doc, v: doc.docstatus > 0 or own_check(doc, v),
		),
		SUBTREE_SUBMITTED: (
			# one's own records are inside one's subtree: a single IN, with drafts only one's own
			lambda v: f"({subtree_sql(v)} and ({past_draft} or {own_sql(v)}))",
			lambda doc, v: own_check(doc, v) or (doc.docstatus > 0 and subtree_check(doc, v)),
		),
	}


def _official_subtree_sql(v: Viewer) -> str:
	"""One indexed range of the tree (Official is a NestedSet on ``superior``)."""
	if not v.bounds:
		return f"`tabOfficial`.`name` = {v.quoted_me}"
	lft, rgt = map(int, v.bounds)
	return f"(`tabOfficial`.`lft` >= {lft} and `tabOfficial`.`rgt` <= {rgt})"


def _official_rules():
	return {
		OWN: (lambda v: f"`tabOfficial`.`name` = {v.quoted_me}", lambda doc, v: doc.name == v.me),
		SUBTREE: (_official_subtree_sql, lambda doc, v: v.has_below_or_is(doc.name)),
	}


def _declaration_addressed_sql(v: Viewer) -> str:
	me = v.quoted_me
	return (
		f"(`tabDeclaration`.`docstatus` > 0 and (`tabDeclaration`.`superior` = {me}"
		f" or `tabDeclaration`.`deciding_superior` = {me}"
		" or `tabDeclaration`.`name` in (select `parent` from `tabDeclaration Escalation`"
		f" where `parenttype` = 'Declaration' and (`to_superior` = {me} or `from_superior` = {me}))))"
	)


def _declaration_addressed(doc, v: Viewer) -> bool:
	if doc.docstatus == 0:
		return False
	if v.me in (doc.superior, doc.deciding_superior):
		return True
	return any(v.me in (row.from_superior, row.to_superior) for row in doc.get("escalations") or [])


def _decision_party_sql(v: Viewer) -> str:
	table = "`tabControl Decision`"
	return f"({table}.`docstatus` > 0 and ({table}.`official` = {v.quoted_me} or {table}.`assignee` = {v.quoted_me}))"


def _decision_addressed_sql(v: Viewer) -> str:
	table = "`tabControl Decision`"
	return f"({table}.`superior` = {v.quoted_me} or ({table}.`docstatus` > 0 and {table}.`reviewer` = {v.quoted_me}))"


def _complaint_below_verified_sql(v: Viewer) -> str:
	return "(`tabComplaint`.`reported_official` in {} and `tabComplaint`.`status` not in ({}))".format(
		v.officials_in_subtree(strictly_below=True),
		", ".join(frappe.db.escape(state) for state in COMPLAINT_UNVERIFIED_STATES),
	)


def _complaint_below_verified(doc, v: Viewer) -> bool:
	return doc.status not in COMPLAINT_UNVERIFIED_STATES and v.has_below(doc.reported_official)


def _unit_subtree_sql(v: Viewer) -> str:
	if not v.unit_bounds:
		return NOTHING
	lft, rgt = map(int, v.unit_bounds)
	return (
		"`tabCooling-off Record`.`work_unit` in (select `name` from `tabWork Unit`"
		f" where `lft` >= {lft} and `rgt` <= {rgt})"
	)


def _unit_subtree(doc, v: Viewer) -> bool:
	if not v.unit_bounds or not doc.work_unit:
		return False
	bounds = frappe.db.get_value("Work Unit", doc.work_unit, ["lft", "rgt"])
	return bool(bounds) and v.unit_bounds[0] <= bounds[0] and bounds[1] <= v.unit_bounds[1]


def _own_agency(table: str, column: str = "work_unit") -> dict:
	"""Records of the user's own perangkat daerah (a risk assessment is made per perangkat daerah)."""
	return {
		OWN_AGENCY: (
			lambda v: f"`tab{table}`.`{column}` = {frappe.db.escape(v.agency)}" if v.agency else NOTHING,
			lambda doc, v: bool(v.agency) and doc.get(column) == v.agency,
		)
	}


RULES = {
	"Official": _official_rules(),
	"Interest Register": _submitted("Interest Register", _official_column("Interest Register")),
	"Declaration": {
		**_submitted("Declaration", _official_column("Declaration")),
		ADDRESSED: (_declaration_addressed_sql, _declaration_addressed),
	},
	"Control Decision": {
		PARTY: (
			_decision_party_sql,
			lambda doc, v: doc.docstatus > 0 and v.me in (doc.official, doc.assignee),
		),
		ADDRESSED: (
			_decision_addressed_sql,
			# a new decision gets its superior from the declaration only in validate: who may decide
			# is the controller's rule (declarations/control_decision.py validate_parties)
			lambda doc, v: (
				doc.is_new() or doc.superior == v.me or (doc.docstatus > 0 and doc.reviewer == v.me)
			),
		),
	},
	"Complaint": {BELOW_VERIFIED: (_complaint_below_verified_sql, _complaint_below_verified)},
	"Cooling-off Record": {UNIT_SUBTREE: (_unit_subtree_sql, _unit_subtree)},
	# a screener's own screenings (coi_management/screening/)
	"Conflict Screening": {
		CREATED: (
			lambda v: f"`tabConflict Screening`.`owner` = {frappe.db.escape(v.user)}",
			lambda doc, v: doc.is_new() or doc.owner == v.user,
		)
	},
	# the programme (coi_management/programme/)
	"Risk Assessment": _own_agency("Risk Assessment"),
	"COI Training Attendance": _official_column("COI Training Attendance"),
	"COI Consultation": {
		OWN: (
			_official_column("COI Consultation")[OWN][0],
			# a new consultation is always asked by the user's own Official: validate sets it, after
			# this check, whatever the client sent (programme/consultation.py set_asker)
			lambda doc, v: doc.is_new() or doc.get("official") == v.me,
		)
	},
	"COI Appreciation": _official_column("COI Appreciation"),
}

# Scopes that do not need the user's own Official; every other one gives nothing without it.
WITHOUT_OFFICIAL = frozenset({ALL, SUBMITTED, CREATED})


# Scopes that contain another (OWN is within a subtree and within "submitted or own"): dropping the
# narrower one keeps each condition a single IN over the tree, which the database joins on an index.
SUBSUMES = {SUBTREE: {OWN}, SUBTREE_SUBMITTED: {OWN}, SUBMITTED: {OWN}}


def _widest(scopes: set[str]) -> set[str]:
	covered = set().union(*(SUBSUMES.get(scope, set()) for scope in scopes))
	return scopes - covered


def _user_scopes(doctype: str, user: str, access: str) -> set[str]:
	if user == roles.ADMINISTRATOR_USER:
		return {ALL}
	return policy.scopes(doctype, roles.roles_of(user), access)


def query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""``permission_query_conditions`` of every DocType with a record rule: the union of the
	user's read scopes as one SQL condition ("" = every record)."""
	viewer = Viewer(user or frappe.session.user)
	scopes = _user_scopes(doctype, viewer.user, READ)
	if ALL in scopes:
		return ""
	parts = [
		RULES[doctype][scope][0](viewer)
		for scope in sorted(_widest(scopes))
		if viewer.me or scope in WITHOUT_OFFICIAL
	]
	return "({})".format(" or ".join(parts)) if parts else NOTHING


def has_permission(doc, ptype: str | None = None, user: str | None = None, debug=False) -> bool:
	"""``has_permission`` of every DocType with a record rule: whether one of the user's scopes for
	``ptype`` (read, or any change) covers ``doc``."""
	viewer = Viewer(user or frappe.session.user)
	scopes = _user_scopes(doc.doctype, viewer.user, access_of(ptype))
	if ALL in scopes:
		return True
	if not viewer.me:
		scopes &= WITHOUT_OFFICIAL
	if access_of(ptype) == WRITE and not doc.is_new() and doc.docstatus:
		# submitting sets docstatus before the check: judge the document as it is stored, or a
		# superior could submit a subordinate's draft (it would look "past draft", addressed to them)
		doc = AsStored(doc)
	return any(RULES[doc.doctype][scope][1](doc, viewer) for scope in scopes)


class AsStored:
	"""``doc`` with the docstatus it has in the database."""

	def __init__(self, doc):
		self._doc = doc
		self.docstatus = frappe.db.get_value(doc.doctype, doc.name, "docstatus") or 0

	def __getattr__(self, name):
		return getattr(self._doc, name)


# ---------------------------------------------------------------- child tables
def child_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Rows of a child table whose parent the user may read (``policy.CHILD_TABLES``)."""
	parent = policy.CHILD_TABLES[doctype]
	child = f"`tab{doctype}`"
	condition = f"{child}.`parenttype` = {frappe.db.escape(parent)}"
	parent_condition = query_conditions(user, parent) if parent in policy.RECORD_RULES else ""
	if parent_condition:
		condition += f" and {child}.`parent` in (select `tab{parent}`.`name` from `tab{parent}` where {parent_condition})"
	return f"({condition})"


# ---------------------------------------------------------------- files
def _protected_parents() -> list[str]:
	return [*policy.RECORD_RULES, "Complaint Reporter"]


def file_query_conditions(user: str | None = None) -> str:
	"""Files attached to the app's protected documents are listed only with a readable document
	(Frappe lists every file of a DocType the user can read at all)."""
	user = user or frappe.session.user
	if user == roles.ADMINISTRATOR_USER:
		return ""
	parts = []
	for doctype in _protected_parents():
		condition = query_conditions(user, doctype) if doctype in policy.RECORD_RULES else ""
		if not frappe.has_permission(doctype, "read", user=user):
			condition = NOTHING
		quoted = frappe.db.escape(doctype)
		if condition == "":
			continue
		parts.append(
			f"(`tabFile`.`attached_to_doctype` != {quoted} or `tabFile`.`attached_to_name` in"
			f" (select `tab{doctype}`.`name` from `tab{doctype}` where {condition}))"
		)
	return "(`tabFile`.`attached_to_doctype` is null or ({}))".format(" and ".join(parts)) if parts else ""


def file_has_permission(doc, ptype: str | None = None, user: str | None = None, debug=False) -> bool:
	"""A file attached to a protected document is as readable as that document, whoever uploaded it;
	an existing private file's URL is re-used only by who can read that file."""
	if ptype == "create" and not files.may_create(doc, user):
		return False
	if doc.attached_to_doctype not in _protected_parents() or not doc.attached_to_name:
		return True
	user = user or frappe.session.user
	if not frappe.db.exists(doc.attached_to_doctype, doc.attached_to_name):
		return doc.owner == user and not doc.is_private
	return frappe.has_permission(
		doc.attached_to_doctype,
		"read" if access_of(ptype) == READ else "write",
		doc.attached_to_name,
		user=user,
	)


# ---------------------------------------------------------------- counts
@frappe.whitelist()
def get_count(doctype: str, filters=None, debug=False, cache=False, parent: str | None = None) -> int:
	"""``frappe.client.get_count`` with the checks of ``frappe.get_list``: role permission and every
	record rule. Frappe 15's own applies neither, so a filtered count reads any column. A child
	table is counted only with its ``parent`` DocType named, and then under the parent's rule."""
	from frappe.client import get_safe_filters

	rows = frappe.get_list(
		doctype,
		filters=get_safe_filters(filters),
		fields=[f"count(`tab{doctype}`.`name`) as total_count"],
		order_by=None,
		parent_doctype=parent,
	)
	return rows[0].total_count if rows else 0
