"""The hold (S 23(3)): from the declaration until the superior's control decision, the official
must not take the decision the declaration is about.

Other apps ask through :func:`coi_management.api.is_on_hold`, which checks permissions; the
functions here do not and are for the app's own rules and the desk banner.
"""

import frappe

from coi_management.core.states import HOLD_STATES

DOCTYPE = "Declaration"


def is_on_hold(
	official: str | None = None,
	reference_doctype: str | None = None,
	reference_name: str | None = None,
	exclude: str | None = None,
) -> bool:
	"""Whether a declaration holds the decision of ``official`` (on ``reference_*`` when given)."""
	return bool(open_holds(official, reference_doctype, reference_name, exclude, limit=1))


def open_holds(official=None, reference_doctype=None, reference_name=None, exclude=None, limit=None):
	"""The declarations on hold, oldest first, narrowed by official and/or referenced document."""
	filters = {"docstatus": 1, "workflow_state": ("in", HOLD_STATES)}
	if official:
		filters["official"] = official
	if reference_doctype:
		filters["reference_doctype"] = reference_doctype
	if reference_name:
		filters["reference_name"] = reference_name
	if exclude:
		filters["name"] = ("!=", exclude)
	return frappe.get_all(
		DOCTYPE,
		filters=filters,
		fields=[
			"name",
			"official",
			"official_name",
			"workflow_state",
			"due_date",
			"reference_doctype",
			"reference_name",
		],
		order_by="declared_on asc",
		limit=limit,
	)


def hold_doctypes() -> list[str]:
	"""DocTypes with a document currently on hold (for the desk banner, in the boot)."""
	return frappe.get_all(
		DOCTYPE,
		filters={"docstatus": 1, "workflow_state": ("in", HOLD_STATES), "reference_doctype": ("is", "set")},
		pluck="reference_doctype",
		distinct=True,
	)
