"""Record-level permissions (SPEC "Record-level rules").

One rule per DocType, used by both ``permission_query_conditions`` (lists, report view, link
search, REST lists, ``frappe.get_list``) and ``has_permission`` (form, REST document, print), so
every channel agrees. Role rows in the DocType JSON decide *what* a role may do; these functions
only narrow *which records*. ``frappe.get_all``, ``frappe.qb`` and SQL bypass them: reports scope
their rows with :func:`visible_officials` themselves.
"""

import frappe

from coi_management import org

# Roles that see every official (SPEC roles table).
ORGANISATION_WIDE_ROLES = frozenset(
	{"System Manager", "COI Manager", "COI Inspector", "COI Administrator", "COI Executive"}
)


def sees_everything(user: str | None = None) -> bool:
	user = user or frappe.session.user
	return user == "Administrator" or bool(ORGANISATION_WIDE_ROLES & set(frappe.get_roles(user)))


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
	if "COI Superior" in frappe.get_roles(user):
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


# ---------------------------------------------------------------- Declaration, Control Decision
# Declarant: their own declarations (drafts included) and the submitted decisions on them.
# Superior: declarations addressed to them, directly or by escalation (never drafts), and the
# decisions they make or review. COI Manager, COI Inspector (read): everything.


def declaration_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user):
		return ""
	me = org.official_of_user(user)
	if not me:
		return "1=0"
	me = frappe.db.escape(me)
	return (
		f"(`tabDeclaration`.`official` = {me}"
		f" or (`tabDeclaration`.`docstatus` > 0 and (`tabDeclaration`.`superior` = {me}"
		f" or `tabDeclaration`.`deciding_superior` = {me}"
		" or `tabDeclaration`.`name` in (select `parent` from `tabDeclaration Escalation`"
		f" where `parenttype` = 'Declaration' and (`to_superior` = {me} or `from_superior` = {me})))))"
	)


def declaration_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool:
	user = user or frappe.session.user
	if sees_everything(user):
		return True
	me = org.official_of_user(user)
	if not me:
		return False
	if doc.official == me:
		return True
	if doc.docstatus == 0 and not doc.is_new():
		return False
	if me in (doc.superior, doc.deciding_superior):
		return True
	return any(me in (row.from_superior, row.to_superior) for row in doc.get("escalations") or [])


def control_decision_query_conditions(user: str | None = None) -> str:
	user = user or frappe.session.user
	if sees_everything(user):
		return ""
	me = org.official_of_user(user)
	if not me:
		return "1=0"
	me = frappe.db.escape(me)
	return (
		f"((`tabControl Decision`.`official` = {me} and `tabControl Decision`.`docstatus` > 0)"
		f" or `tabControl Decision`.`superior` = {me}"
		f" or (`tabControl Decision`.`docstatus` > 0 and (`tabControl Decision`.`assignee` = {me}"
		f" or `tabControl Decision`.`reviewer` = {me})))"
	)


def control_decision_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool:
	user = user or frappe.session.user
	if sees_everything(user):
		return True
	me = org.official_of_user(user)
	if not me:
		return False
	if doc.superior == me:
		return True
	if doc.docstatus == 0:
		return bool(doc.is_new()) and ptype == "create"
	return me in (doc.official, doc.assignee, doc.reviewer)
