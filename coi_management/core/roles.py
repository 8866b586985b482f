"""The app's roles (SPEC "Roles") — every role name and role set is written here, once.

Other apps and tests rely on these names; DocType JSON permission rows name them too.
"""

import frappe
from frappe import _
from frappe.utils.user import get_users_with_role

# The names live in policy.py, which imports nothing so that hooks.py can read it.
from coi_management.core.policy import (
	ADMINISTRATOR,
	EXECUTIVE,
	INSPECTOR,
	MANAGER,
	OFFICIAL,
	SCREENER,
	SUPERIOR,
	SYSTEM_MANAGER,
)

# The roles install-app creates, in the order of the SPEC's table.
APP_ROLES = (OFFICIAL, SUPERIOR, MANAGER, INSPECTOR, EXECUTIVE, ADMINISTRATOR, SCREENER)
# Roles that see every official (SPEC "Who sees what", Official row).
ORGANISATION_WIDE = frozenset({SYSTEM_MANAGER, MANAGER, INSPECTOR, ADMINISTRATOR, EXECUTIVE})
# Roles that act for the organisation in the declaration loop: assist, re-address, decide (S 23(6)).
MANAGING = frozenset({MANAGER, SYSTEM_MANAGER})
# Roles that see every complaint, the reporter's identity and every cooling-off record (S 32(3)).
CONFIDENTIAL = frozenset({MANAGER, INSPECTOR})

ADMINISTRATOR_USER = "Administrator"
GUEST_USER = "Guest"


def roles_of(user: str | None = None) -> set[str]:
	return set(frappe.get_roles(user or frappe.session.user))


def has_any(roles, user: str | None = None) -> bool:
	"""Whether ``user`` (default: the session user) holds one of ``roles``; Administrator always does."""
	user = user or frappe.session.user
	return user == ADMINISTRATOR_USER or bool(set(roles) & roles_of(user))


def is_manager(user: str | None = None) -> bool:
	return has_any(MANAGING, user)


def require(*roles: str) -> None:
	"""Like ``frappe.only_for``, but also enforced under tests."""
	if not has_any(roles):
		frappe.throw(_("Not permitted"), frappe.PermissionError)


def users_with(role: str) -> list[str]:
	"""Enabled users holding ``role``, sorted; Administrator and Guest never."""
	return sorted(set(get_users_with_role(role)) - {ADMINISTRATOR_USER, GUEST_USER})
