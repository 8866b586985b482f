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
