"""The Cooling-off Record of a former official (S 27; S Lampiran D.4): its period, entities
and the consultancy exception, and its opening when an official leaves.

When an official retires, resigns or is dismissed, a record is opened for the profile's period
(S 27(1): 2 years) from the exit date. During it active officials may not take the decisions of
S 27(3) a-e for the former official's benefit; consultancy (d) may be excepted with a
justification and an approver (S 27(4)).
"""

import re

import frappe
from frappe import _
from frappe.utils import add_years, getdate

from coi_management.cooling_off import expiry
from coi_management.core import clock, org, regulation, roles

# Official statuses that open a cooling-off record by themselves (S 27(1): berhenti / pensiun)
EXIT_STATUSES = ("Retired", "Resigned", "Dismissed")
DEFAULT_YEARS = 2


class CoolingOffError(frappe.ValidationError):
	pass


class CoolingOffExceptionError(CoolingOffError):
	pass


def end_date(exit_date, years: int):
	"""``years`` after ``exit_date``; a 29 February exit ends on 28 February."""
	return add_years(getdate(exit_date), years)


def period_years(profile_name: str | None = None) -> int:
	try:
		years = regulation.get_active_regulation(profile_name).cooling_off_years
	except regulation.NoActiveRegulationError:
		years = None
	return years or DEFAULT_YEARS


# ---------------------------------------------------------------- controller steps


def fill_from_official(doc) -> None:
	official = frappe.db.get_value(
		"Official",
		doc.official,
		["full_name", "position", "work_unit", "agency", "superior", "status", "exit_date"],
		as_dict=True,
	)
	if not official:
		return
	doc.full_name = official.full_name
	doc.former_position = doc.former_position or official.position
	doc.work_unit = doc.work_unit or official.work_unit
	doc.agency = org.regional_apparatus(doc.work_unit) if doc.work_unit else official.agency
	doc.former_superior = doc.former_superior or official.superior
	doc.exit_date = doc.exit_date or official.exit_date
	if not doc.exit_reason:
		doc.exit_reason = official.status if official.status in EXIT_STATUSES else "Other"


def set_period(doc) -> None:
	if not doc.exit_date:
		frappe.throw(_("{0} is required.").format(_("Exit Date")), frappe.MandatoryError)
	if not doc.cooling_off_years:
		doc.cooling_off_years = period_years()
	doc.end_date = end_date(doc.exit_date, doc.cooling_off_years)
	doc.status = expiry.status_on(doc.end_date, clock.today())


def validate_unique(doc) -> None:
	other = frappe.db.get_value(
		"Cooling-off Record",
		{"official": doc.official, "exit_date": doc.exit_date, "name": ("!=", doc.name)},
		"name",
	)
	if other:
		frappe.throw(
			_("{0} already has the cooling-off record {1} for this exit date.").format(
				frappe.bold(doc.full_name or doc.official), frappe.bold(other)
			),
			CoolingOffError,
		)


NIB_PATTERN = re.compile(r"^\d{13}$")
NPWP_PATTERN = re.compile(r"^(\d{15}|\d{16})$")


def validate_entities(doc) -> None:
	for row in doc.entities:
		if row.nib:
			row.nib = re.sub(r"\D", "", row.nib)
			if not NIB_PATTERN.match(row.nib):
				frappe.throw(
					_("Row {0}: {1} must have 13 digits.").format(row.idx, _("NIB")), CoolingOffError
				)
		if row.npwp:
			row.npwp = re.sub(r"\D", "", row.npwp)
			if not NPWP_PATTERN.match(row.npwp):
				frappe.throw(
					_("Row {0}: {1} must have 15 or 16 digits.").format(row.idx, _("NPWP")), CoolingOffError
				)
		if row.from_date and row.to_date and getdate(row.to_date) < getdate(row.from_date):
			frappe.throw(
				_("Row {0}: {1} cannot be before {2}.").format(row.idx, _("Held Until"), _("Held Since")),
				CoolingOffError,
			)


def validate_exception(doc) -> None:
	"""S 27(4): consultancy may be excepted only with a justification, an approver and a date."""
	fields = ("exception_justification", "exception_approved_by", "exception_approved_on")
	if not doc.consultancy_exception:
		if any(doc.get(field) for field in fields):
			frappe.throw(
				_("Tick {0} to record a justification or an approver.").format(
					_("Consultancy Exception Approved")
				),
				CoolingOffExceptionError,
			)
		return
	for field in fields:
		if not (str(doc.get(field) or "")).strip():
			frappe.throw(
				_("{0} is required for the consultancy exception (S 27(4)).").format(
					_(doc.meta.get_label(field))
				),
				CoolingOffExceptionError,
			)
	if doc.exception_approved_by == frappe.db.get_value("Official", doc.official, "user"):
		frappe.throw(_("The former official cannot approve their own exception."), CoolingOffExceptionError)


# ---------------------------------------------------------------- creation


def on_official_update(official, method=None) -> None:
	"""doc_event Official.on_update: a status change to Retired, Resigned or Dismissed opens a record."""
	if official.status not in EXIT_STATUSES or not official.has_value_changed("status"):
		return
	create_record(official.name)


def create_record(official: str, exit_date=None):
	"""The cooling-off record of ``official`` for their exit date, created once."""
	values = frappe.db.get_value("Official", official, ["exit_date", "status"], as_dict=True)
	exit_date = getdate(exit_date or values.exit_date or clock.today())
	existing = frappe.db.get_value(
		"Cooling-off Record", {"official": official, "exit_date": exit_date}, "name"
	)
	if existing:
		return frappe.get_doc("Cooling-off Record", existing)
	record = frappe.get_doc(
		{
			"doctype": "Cooling-off Record",
			"official": official,
			"exit_date": exit_date,
			"exit_reason": values.status if values.status in EXIT_STATUSES else "Other",
		}
	)
	record.insert(ignore_permissions=True)
	return record


@frappe.whitelist(methods=["POST"])
def request_record(official: str, exit_date: str | None = None) -> str:
	"""On request of the COI Manager, for an official who left otherwise (e.g. transferred)."""
	roles.require(roles.MANAGER)
	if not frappe.has_permission("Official", "read", official):
		frappe.throw(_("Not permitted"), frappe.PermissionError)
	return create_record(official, exit_date).name
