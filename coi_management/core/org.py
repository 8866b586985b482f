"""The organisation: who an official is, who their superiors are, whom they supervise.

Shared by the Official controller (cycle checks), permissions (what a superior may see) and,
later, escalation of declarations to the superior's superior (S Lampiran D.2.a).
"""

import frappe
from frappe import _

MAX_CHAIN = 50  # deeper than any real hierarchy; stops a corrupt chain from looping


class SuperiorCycleError(frappe.ValidationError):
	pass


def official_of_user(user: str | None = None) -> str | None:
	user = user or frappe.session.user
	return frappe.db.get_value("Official", {"user": user}, "name")


def superior_chain(official: str) -> list[str]:
	"""The superiors of ``official`` from the direct one upward (excluding the official).

	Follows the ``superior`` links rather than the tree's ``lft``/``rgt``: the cycle check runs
	before a changed superior has moved the node."""
	chain, current, seen = [], official, {official}
	for _i in range(MAX_CHAIN):
		current = frappe.db.get_value("Official", current, "superior")
		if not current or current in seen:
			break
		chain.append(current)
		seen.add(current)
	return chain


def validate_superior(official: str, superior: str | None) -> None:
	"""Refuse oneself as superior, and any superior whose own chain leads back to ``official``."""
	if not superior:
		return
	if superior == official:
		frappe.throw(
			_("{0} cannot be their own {1}.").format(frappe.bold(name_of(official)), _("Superior")),
			SuperiorCycleError,
		)
	if official in [superior, *superior_chain(superior)]:
		frappe.throw(
			_("{0} cannot be the {1} of {2}: {2} is already above {0} in the chain of superiors.").format(
				frappe.bold(name_of(superior)), _("Superior"), frappe.bold(name_of(official))
			),
			SuperiorCycleError,
		)


def tree_bounds(official: str | None) -> tuple[int, int] | None:
	"""``(lft, rgt)`` of ``official`` in the tree of superiors (Official is a NestedSet)."""
	if not official:
		return None
	bounds = frappe.db.get_value("Official", official, ["lft", "rgt"])
	return tuple(bounds) if bounds and bounds[0] else None


def subordinates(official: str) -> list[str]:
	"""Everyone who reports to ``official``, directly or through intermediate superiors."""
	bounds = tree_bounds(official)
	if not bounds:
		return []
	return frappe.get_all(
		"Official", filters={"lft": (">", bounds[0]), "rgt": ("<", bounds[1])}, pluck="name", order_by="lft"
	)


def regional_apparatus(work_unit: str | None) -> str | None:
	"""The perangkat daerah a work unit belongs to: the nearest ancestor of that type, else the root."""
	if not work_unit:
		return None
	lft, rgt = frappe.db.get_value("Work Unit", work_unit, ["lft", "rgt"]) or (None, None)
	if lft is None:
		return None
	ancestors = frappe.get_all(
		"Work Unit",
		filters={"lft": ("<=", lft), "rgt": (">=", rgt)},
		fields=["name", "unit_type"],
		order_by="lft desc",
	)
	for unit in ancestors:
		if unit.unit_type == "Regional Apparatus":
			return unit.name
	return ancestors[-1].name if ancestors else work_unit


def user_of(official: str | None) -> str | None:
	"""The desk user of ``official``, if any."""
	return frappe.db.get_value("Official", official, "user") if official else None


def name_of(official: str | None) -> str:
	"""The official's full name for a message (their NIP only when no name is recorded)."""
	if not official:
		return "-"
	return frappe.db.get_value("Official", official, "full_name") or official


def refresh_fetched(doc, *link_fields: str) -> None:
	"""Set the fields fetched from ``link_fields`` (``fetch_from``) from the linked records now.

	Frappe fetches them while it validates the links, *before* ``validate``/``before_submit`` and
	never after submit: a link the app itself changes (the deciding superior on escalation, the
	authority holder when a draft decision's outcome changes) would keep the previous person's name.
	"""
	for link_field in link_fields:
		df = doc.meta.get_field(link_field)
		if not df:
			continue
		fetched = [f for f in doc.meta.get_fields_to_fetch(link_field) if f.fetch_from]
		if not fetched:
			continue
		value = doc.get(link_field)
		source = (
			frappe.db.get_value(
				df.options, value, [f.fetch_from.split(".", 1)[1] for f in fetched], as_dict=True
			)
			if value
			else None
		) or {}
		for f in fetched:
			doc.set(f.fieldname, source.get(f.fetch_from.split(".", 1)[1]))
