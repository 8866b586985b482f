"""Record-level permissions (SPEC "Record-level rules").

One rule per DocType, used by both ``permission_query_conditions`` (lists, report view, link
search, REST lists, ``frappe.get_list``) and ``has_permission`` (form, REST document, print), so
every channel agrees. Role rows in the DocType JSON decide *what* a role may do; these functions
only narrow *which records*. ``frappe.get_all``, ``frappe.qb`` and SQL bypass them: reports scope
their rows with :func:`visible_officials` themselves.
"""

import frappe

from coi_management.core import org, policy, roles
from coi_management.core.states import COMPLAINT_UNVERIFIED_STATES


def sees_everything(user: str | None = None) -> bool:
	return roles.has_any(roles.ORGANISATION_WIDE, user)


def visible_officials(user: str | None = None) -> list[str] | None:
	"""Names of the officials ``user`` may see; ``None`` means all of them.

	An official sees themself; a superior also everyone who reports to them, directly or through
	intermediate superiors (escalation goes up that chain).
	"""
	user = user or frappe.session.user
	if sees_everything(user):
		return None
	me = org.official_of_user(user)
	if not me:
		return []
	names = [me]
	if roles.SUPERIOR in roles.roles_of(user):
		names.extend(org.subordinates(me))
	return names


def _in_condition(column: str, names: list[str] | None) -> str:
	if names is None:
		return ""
	if not names:
		return "1=0"
	return "{} in ({})".format(column, ", ".join(frappe.db.escape(name) for name in names))


def official_query_conditions(user: str | None = None) -> str:
	return _in_condition("`tabOfficial`.`name`", visible_officials(user))


def official_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool:
	names = visible_officials(user)
	return names is None or doc.name in names


# ---------------------------------------------------------------- Interest Register
# Reading follows the organisation (own, reports of a superior, everything for organisation-wide
# roles); filing, amending and cancelling only one's own register unless the role sees everything.
# Role rows in the JSON decide which roles read at all (COI Executive and COI Administrator have none).
READ_PTYPES = frozenset({"read", "print", "email", "export", "report", "select"})


def register_officials(user: str | None = None, ptype: str | None = "read") -> list[str] | None:
	"""Officials whose Interest Registers ``user`` may access with ``ptype``; None = all."""
	user = user or frappe.session.user
	if sees_everything(user):
		return None
	if (ptype or "read") in READ_PTYPES:
		return visible_officials(user)
	me = org.official_of_user(user)
	return [me] if me else []


def interest_register_query_conditions(user: str | None = None) -> str:
	return _in_condition("`tabInterest Register`.`official`", register_officials(user))


def interest_register_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool:
	names = register_officials(user, ptype)
	return names is None or doc.official in names


# ---------------------------------------------------------------- Complaint (S 32(3))
# The COI Manager and the COI Inspector see every complaint; a superior only complaints about
# officials below them, once verified (B BAB II G.3: the superior examines); nobody else any -
# in particular not the reported official. The reporter's identity is not in Complaint at all
# (coi_management/complaints/confidentiality.py).


_ALL = object()


def _confidential_scope_official(user: str | None):
	"""For complaints and cooling-off records: ``_ALL`` for COI Manager and COI Inspector, the
	user's own Official when they are a superior, else None (they see none)."""
	user = user or frappe.session.user
	if roles.has_any(roles.CONFIDENTIAL, user):
		return _ALL
	if roles.SUPERIOR not in roles.roles_of(user):
		return None
	return org.official_of_user(user)


def _complaint_scope(user: str | None) -> list[str] | None:
	"""Officials whose complaints ``user`` may see; ``None`` means all."""
	me = _confidential_scope_official(user)
	if me is _ALL:
		return None
	if not me:
		return []
	return org.subordinates(me)


def complaint_query_conditions(user: str | None = None) -> str:
	names = _complaint_scope(user)
	if names is None:
		return ""
	if not names:
		return "1=0"
	return "{} and `tabComplaint`.`status` not in ({})".format(
		_in_condition("`tabComplaint`.`reported_official`", names),
		", ".join(frappe.db.escape(state) for state in COMPLAINT_UNVERIFIED_STATES),
	)


def complaint_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool:
	names = _complaint_scope(user)
	if names is None:
		return True
	return doc.reported_official in names and doc.status not in COMPLAINT_UNVERIFIED_STATES


# ---------------------------------------------------------------- Cooling-off Record (S 27)
# COI Manager and COI Inspector see every record; a superior (read) the records of former
# officials who left a unit within their own unit's subtree.


def _cooling_off_units(user: str | None) -> list[str] | None:
	me = _confidential_scope_official(user)
	if me is _ALL:
		return None
	if not me:
		return []
	unit = frappe.db.get_value("Official", me, "work_unit")
	if not unit:
		return []
	lft, rgt = frappe.db.get_value("Work Unit", unit, ["lft", "rgt"])
	return frappe.get_all("Work Unit", filters={"lft": (">=", lft), "rgt": ("<=", rgt)}, pluck="name")


def cooling_off_query_conditions(user: str | None = None) -> str:
	return _in_condition("`tabCooling-off Record`.`work_unit`", _cooling_off_units(user))


def cooling_off_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool:
	units = _cooling_off_units(user)
	return units is None or doc.work_unit in units


# ---------------------------------------------------------------- Declaration, Control Decision
# Declarant: their own declarations (drafts included) and the submitted decisions on them.
# Superior: declarations addressed to them, directly or by escalation (never drafts), and the
# decisions they make or review. COI Manager, COI Inspector (read): everything.


def _for_own_official(user: str | None, rule_all, rule_none, rule):
	"""``rule_all`` when the user's roles see every record, ``rule_none`` when the user has no
	Official, else ``rule(official)``."""
	user = user or frappe.session.user
	if sees_everything(user):
		return rule_all
	me = org.official_of_user(user)
	return rule(me) if me else rule_none


def declaration_query_conditions(user: str | None = None) -> str:
	def condition(me: str) -> str:
		me = frappe.db.escape(me)
		return (
			f"(`tabDeclaration`.`official` = {me}"
			f" or (`tabDeclaration`.`docstatus` > 0 and (`tabDeclaration`.`superior` = {me}"
			f" or `tabDeclaration`.`deciding_superior` = {me}"
			" or `tabDeclaration`.`name` in (select `parent` from `tabDeclaration Escalation`"
			f" where `parenttype` = 'Declaration' and (`to_superior` = {me} or `from_superior` = {me})))))"
		)

	return _for_own_official(user, "", "1=0", condition)


def declaration_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool:
	def allowed(me: str) -> bool:
		if doc.official == me:
			return True
		if doc.docstatus == 0 and not doc.is_new():
			return False
		if me in (doc.superior, doc.deciding_superior):
			return True
		return any(me in (row.from_superior, row.to_superior) for row in doc.get("escalations") or [])

	return _for_own_official(user, True, False, allowed)


def control_decision_query_conditions(user: str | None = None) -> str:
	def condition(me: str) -> str:
		me = frappe.db.escape(me)
		return (
			f"((`tabControl Decision`.`official` = {me} and `tabControl Decision`.`docstatus` > 0)"
			f" or `tabControl Decision`.`superior` = {me}"
			f" or (`tabControl Decision`.`docstatus` > 0 and (`tabControl Decision`.`assignee` = {me}"
			f" or `tabControl Decision`.`reviewer` = {me})))"
		)

	return _for_own_official(user, "", "1=0", condition)


def control_decision_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool:
	def allowed(me: str) -> bool:
		if doc.superior == me:
			return True
		if doc.docstatus == 0:
			return bool(doc.is_new()) and ptype == "create"
		return me in (doc.official, doc.assignee, doc.reviewer)

	return _for_own_official(user, True, False, allowed)


# ---------------------------------------------------------------- child tables
def child_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Rows of a child table whose parent the user may read (``policy.CHILD_TABLES``)."""
	parent = policy.CHILD_TABLES[doctype]
	child = f"`tab{doctype}`"
	condition = f"{child}.`parenttype` = {frappe.db.escape(parent)}"
	rule = policy.RECORD_RULES.get(parent)
	parent_condition = frappe.get_attr(policy.query_condition_hooks()[parent])(user) if rule else ""
	if parent_condition:
		condition += f" and {child}.`parent` in (select `tab{parent}`.`name` from `tab{parent}` where {parent_condition})"
	return f"({condition})"


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
