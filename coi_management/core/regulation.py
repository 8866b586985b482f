"""The active regulation profile and its parameters.

Every rule that differs between Perbup Semarang 28/2025 and Perwali Banjarmasin 92/2020 reads
its parameter from the COI Regulation chosen in COI Settings, so switching the profile changes
behaviour without code.
"""

import datetime

import frappe
from frappe import _
from frappe.utils import add_days, cstr, getdate

from coi_management.core.working_days import add_working_days


class NoActiveRegulationError(frappe.ValidationError):
	pass


def get_settings():
	return frappe.get_cached_doc("COI Settings")


def get_active_regulation(regulation: str | None = None):
	"""The COI Regulation document of ``regulation`` or, by default, of COI Settings."""
	regulation = regulation or frappe.db.get_single_value("COI Settings", "active_regulation")
	if not regulation:
		frappe.throw(
			_("Choose the {0} in {1} first.").format(_("Active Regulation Profile"), _("COI Settings")),
			NoActiveRegulationError,
		)
	return frappe.get_cached_doc("COI Regulation", regulation)


def decision_due_date(declared_on, regulation: str | None = None) -> datetime.date:
	"""Due date of the superior's decision on a declaration made on ``declared_on``."""
	profile = get_active_regulation(regulation)
	return add_working_days(declared_on, profile.decision_deadline_days)


def review_due_date(examined_on, regulation: str | None = None) -> datetime.date | None:
	"""Due date of the next superior's review (Banjarmasin); None when the profile has no review."""
	profile = get_active_regulation(regulation)
	if not profile.review_deadline_days:
		return None
	if profile.review_in_working_days:
		return add_working_days(examined_on, profile.review_deadline_days)
	return add_days(getdate(examined_on), profile.review_deadline_days)


def get_classifications(classification_type: str, regulation: str | None = None) -> list[dict]:
	"""Enabled classifications of one type in the profile, in the regulation's order."""
	profile = get_active_regulation(regulation)
	return frappe.get_all(
		"COI Classification",
		filters={"regulation": profile.name, "classification_type": classification_type, "enabled": 1},
		fields=[
			"name",
			"code",
			"title",
			"parent_classification",
			"article",
			"is_family",
			"outcome",
			"finding",
			"is_preventive",
			"requires_assignee",
			"requires_follow_up_date",
			"requires_restriction_scope",
		],
		order_by="sort_order asc, code asc",
	)


class ClassificationMismatchError(frappe.ValidationError):
	pass


def check_classification(
	value: str | None,
	regulation: str,
	classification_type: str,
	label: str,
	exc=ClassificationMismatchError,
	parent: str | None = None,
	fields: tuple[str, ...] = (),
) -> frappe._dict | None:
	"""The COI Classification ``value`` if it is a ``classification_type`` of the profile
	``regulation`` (and, for a sub-kind, of the source ``parent``); otherwise a translated error
	naming the field ``label``. Returns the row with ``fields``; None when ``value`` is empty."""
	if not value:
		return None
	row = frappe.db.get_value(
		"COI Classification",
		value,
		["regulation", "classification_type", "parent_classification", *fields],
		as_dict=True,
	)
	if not row or row.regulation != regulation or row.classification_type != classification_type:
		frappe.throw(
			_("{0}: {1} is not a {2} of the regulation profile {3}.").format(
				label, frappe.bold(value), _(classification_type), regulation
			),
			exc,
			title=label,
		)
	if parent is not None and row.parent_classification != parent:
		frappe.throw(
			_("{0}: {1} does not belong to the source {2}.").format(
				label, frappe.bold(value), frappe.bold(parent or "-")
			),
			exc,
			title=label,
		)
	return row


def classification_types(regulation: str | None = None) -> list[str]:
	"""The classification types the profile has enabled entries of."""
	profile = get_active_regulation(regulation)
	return sorted(
		set(
			frappe.get_all(
				"COI Classification",
				filters={"regulation": profile.name, "enabled": 1},
				pluck="classification_type",
				distinct=True,
			)
		)
	)


# What changes with the active profile, shown to the administrator before a switch (COI Settings)
SWITCH_FIELDS = (
	"decision_deadline_days",
	"review_deadline_days",
	"complaint_acknowledge_days",
	"complaint_response_days",
	"complaint_examination_days",
	"share_threshold_percent",
	"asset_threshold_amount",
	"retirement_notice_days",
	"cooling_off_years",
)


def switch_impact(new: str, current: str | None = None) -> dict:
	"""The rules that differ between the active profile and ``new``, and how many open cases keep
	the profile they were made under."""
	from coi_management.core.states import HOLD_STATES

	current = current or get_settings().active_regulation
	old_profile = frappe.get_doc("COI Regulation", current)
	new_profile = frappe.get_doc("COI Regulation", new)
	meta = frappe.get_meta("COI Regulation")
	changes = [
		{
			"label": _(meta.get_label(fieldname)),
			"current": cstr(old_profile.get_formatted(fieldname)),
			"new": cstr(new_profile.get_formatted(fieldname)),
		}
		for fieldname in SWITCH_FIELDS
		if old_profile.get(fieldname) != new_profile.get(fieldname)
	]
	kinds = {"current": classification_types(current), "new": classification_types(new)}
	return {
		"current": old_profile.name,
		"new": new_profile.name,
		"changes": changes,
		"kinds_added": [_(kind) for kind in kinds["new"] if kind not in kinds["current"]],
		"kinds_removed": [_(kind) for kind in kinds["current"] if kind not in kinds["new"]],
		"open_declarations": frappe.db.count(
			"Declaration", {"docstatus": 1, "regulation": current, "workflow_state": ("in", HOLD_STATES)}
		),
		"open_complaints": frappe.db.count("Complaint", {"regulation": current, "status": ("!=", "Closed")}),
	}
