"""The personal-interest register (daftar kepentingan pribadi, Perbup Semarang 28/2025 Pasal 22).

Rules of the register, used by the Interest Register controller, the desk form, the daily filing
cycle (:mod:`coi_management.registers.filing_cycle`) and the public page (``www/daftar-kepentingan``):

- one register per official per period (year); a change of circumstances is an amendment and the
  cancelled version stays readable (S 22(2));
- every section A-D is either listed or explicitly declared empty; E and F are answered Yes/No;
- shares at or below the profile's threshold (1 %) and assets or investments at or below
  Rp500,000,000 may be listed but are marked as not required (S 22(3)d);
- section F is required when the official retires within the profile's notice period (S 22(3)h);
- a new period is pre-filled from the official's last submitted register, for the official to
  review before submitting.
"""

import datetime
import re

import frappe
from frappe import _
from frappe.utils import add_days, cint, flt, getdate

from coi_management.core import clock, org
from coi_management.core.regulation import get_active_regulation, get_classifications, get_settings
from coi_management.core.roles import ADMINISTRATOR_USER
from coi_management.core.states import DRAFT

DOCTYPE = "Interest Register"

# (table fieldname, "none" check fieldname, section letter) for the listed sections A-D
LISTED_SECTIONS = (
	("family", "no_family", "A"),
	("business", "no_business", "B"),
	("outside_work", "no_outside_work", "C"),
	("public_offices", "no_public_office", "D"),
)
# Section E: the three yes/no questions of the form and their number in the affiliation rows
AFFILIATION_QUESTIONS = (
	("affiliation_civil_society", "1"),
	("affiliation_professional", "2"),
	("affiliation_other", "3"),
)
# Everything copied from one period's register into the next one's draft
PREFILL_FIELDS = (
	"no_family",
	"no_business",
	"no_outside_work",
	"no_public_office",
	"affiliation_civil_society",
	"affiliation_professional",
	"affiliation_other",
	"has_post_retirement_plan",
)
PREFILL_TABLES = (
	"family",
	"business",
	"outside_work",
	"public_offices",
	"affiliations",
	"post_retirement_plans",
)
SHARE_FORMS = ("Shares",)
VALUE_FORMS = ("Asset", "Investment")
STATEMENTS = ("statement_true", "statement_manage", "statement_update")


class DuplicateRegisterError(frappe.ValidationError):
	pass


class IncompleteRegisterError(frappe.ValidationError):
	pass


class InvalidHoldingError(frappe.ValidationError):
	pass


class InvalidRelationshipError(frappe.ValidationError):
	pass


class StatementsNotConfirmedError(frappe.ValidationError):
	pass


class PostRetirementRequiredError(frappe.ValidationError):
	pass


# ---------------------------------------------------------------- periods
def parse_month_day(value, label: str) -> tuple[int, int]:
	"""(month, day) of a filing-window date of COI Settings: a date whose year is ignored (the window
	repeats every year), or the older ``"03-31"`` form; a clear error naming the field otherwise."""
	text = str(value or "").strip()
	try:
		if re.fullmatch(r"\d{1,2}-\d{1,2}", text):
			month, day = (int(part) for part in text.split("-"))
		else:
			date = datetime.date.fromisoformat(text[:10])
			month, day = date.month, date.day
		datetime.date(2024, month, day)  # a leap year accepts 29 February
	except ValueError:
		frappe.throw(
			_("{0} must be a date (only its day and month are used); {1} is not.").format(label, text)
		)
	return month, day


def period_dates(period: int) -> tuple[datetime.date, datetime.date]:
	"""(window opens, due date) of ``period`` from COI Settings (e.g. 01-01 and 03-31)."""
	settings = get_settings()
	period = cint(period)
	dates = []
	for fieldname in ("register_window_opens", "register_due_on"):
		month, day = parse_month_day(settings.get(fieldname), _(settings.meta.get_label(fieldname)))
		if month == 2 and day == 29:
			try:
				datetime.date(period, 2, 29)
			except ValueError:
				day = 28
		dates.append(datetime.date(period, month, day))
	return dates[0], dates[1]


def reminder_days() -> list[int]:
	raw = get_settings().register_reminder_days or ""
	return sorted({cint(part) for part in raw.split(",") if part.strip()}, reverse=True)


def current_period() -> int:
	return clock.today().year


# ---------------------------------------------------------------- rules used by the controller
def family_relationships(regulation: str | None = None) -> list[str]:
	"""The profile's family sub-kinds: Conflict Sub-kinds whose source has ``is_family``."""
	family_sources = {row.name for row in get_classifications("Conflict Source", regulation) if row.is_family}
	return [
		row.name
		for row in get_classifications("Conflict Sub-kind", regulation)
		if row.parent_classification in family_sources
	]


def validate_unique_period(doc) -> None:
	others = frappe.get_all(
		DOCTYPE,
		filters={
			"official": doc.official,
			"period": doc.period,
			"docstatus": ("<", 2),
			"name": ("!=", doc.name),
		},
		fields=["name", "docstatus"],
	)
	# a correction in progress: the submitted version stays filed until the correction replaces it
	others = [row for row in others if not (row.name == doc.amended_from and row.docstatus == 1)]
	other = others[0].name if others else None
	if other:
		frappe.throw(
			_("{0} already has an {1} for {2}: {3}. File a change as an amendment of it.").format(
				frappe.bold(doc.official_name or doc.official), _(DOCTYPE), doc.period, frappe.bold(other)
			),
			DuplicateRegisterError,
		)


def validate_period(doc) -> None:
	if not doc.period or cint(doc.period) < 2000 or cint(doc.period) > current_period() + 1:
		frappe.throw(
			_("{0} must be a year between 2000 and {1}.").format(
				_(doc.meta.get_label("period")), current_period() + 1
			),
			frappe.ValidationError,
		)


def validate_family(doc) -> None:
	allowed = set(family_relationships())
	for row in doc.get("family"):
		if row.relationship not in allowed:
			frappe.throw(
				_(
					"Row {0} of {1}: {2} {3} is not a family relationship of the active regulation profile."
				).format(
					row.idx, _("A. Family and Relatives"), _("Relationship"), frappe.bold(row.relationship)
				),
				InvalidRelationshipError,
			)
		row.is_personal = 1  # family members' data is always personal (UU 27/2022)


def validate_holdings(doc) -> None:
	"""Value or percentage per form of ownership; mark rows below the profile's thresholds."""
	profile = get_active_regulation()
	share_threshold = flt(profile.share_threshold_percent)
	asset_threshold = flt(profile.asset_threshold_amount)
	section = _("B. Business and Financial Interests")
	for row in doc.get("business"):
		percentage = flt(row.percentage) if row.percentage not in (None, "") else None
		amount = flt(row.amount) if row.amount not in (None, "") else None
		if percentage == 0 and row.ownership_form not in SHARE_FORMS:
			percentage = None
		if amount == 0 and row.ownership_form in SHARE_FORMS:
			amount = None
		if percentage is not None and not 0 < percentage <= 100:
			frappe.throw(
				_("Row {0} of {1}: {2} must be more than 0 and at most 100.").format(
					row.idx, section, _("Percentage")
				),
				InvalidHoldingError,
			)
		if amount is not None and amount < 0:
			frappe.throw(
				_("Row {0} of {1}: {2} cannot be negative.").format(row.idx, section, _("Value (IDR)")),
				InvalidHoldingError,
			)
		if row.ownership_form in SHARE_FORMS and percentage is None:
			frappe.throw(
				_("Row {0} of {1}: enter the {2} of the shares.").format(row.idx, section, _("Percentage")),
				InvalidHoldingError,
			)
		if row.ownership_form in VALUE_FORMS and not amount:
			frappe.throw(
				_("Row {0} of {1}: enter the {2}.").format(row.idx, section, _("Value (IDR)")),
				InvalidHoldingError,
			)
		if percentage is None and not amount:
			frappe.throw(
				_("Row {0} of {1}: enter the {2} or the {3}.").format(
					row.idx, section, _("Value (IDR)"), _("Percentage")
				),
				InvalidHoldingError,
			)
		below = []
		if percentage is not None:
			below.append(percentage <= share_threshold)
		if amount:
			below.append(amount <= asset_threshold)
		row.below_threshold = 1 if below and all(below) else 0


def validate_sections(doc, final: bool) -> None:
	"""A section is either listed or declared empty; on submit every section must be answered."""
	for table, none_field, _letter in LISTED_SECTIONS:
		label = _(doc.meta.get_field(f"section_{_section_key(table)}").label)
		if doc.get(none_field) and doc.get(table):
			frappe.throw(
				_("{0}: you marked {1} but also listed entries; remove the entries or untick it.").format(
					label, _("None to declare in this section")
				),
				IncompleteRegisterError,
			)
		if final and not doc.get(none_field) and not doc.get(table):
			frappe.throw(
				_("{0}: list the entries or tick {1}.").format(label, _("None to declare in this section")),
				IncompleteRegisterError,
			)
	section_e = _(doc.meta.get_field("section_affiliation").label)
	for fieldname, number in AFFILIATION_QUESTIONS:
		answer = doc.get(fieldname)
		rows = [row for row in doc.get("affiliations") if row.question == number]
		if answer == "No" and rows:
			frappe.throw(
				_("{0}: question {1} is answered No but has organisations listed.").format(section_e, number),
				IncompleteRegisterError,
			)
		if final and not answer:
			frappe.throw(
				_("{0}: answer question {1} with Yes or No.").format(section_e, number),
				IncompleteRegisterError,
			)
		if final and answer == "Yes" and not rows:
			frappe.throw(
				_(
					"{0}: question {1} is answered Yes; list the organisation with that question number."
				).format(section_e, number),
				IncompleteRegisterError,
			)
	section_f = _(doc.meta.get_field("section_plans").label)
	if doc.has_post_retirement_plan != "Yes" and doc.get("post_retirement_plans"):
		doc.set("post_retirement_plans", [])
	if final and doc.has_post_retirement_plan == "Yes" and not doc.get("post_retirement_plans"):
		frappe.throw(
			_("{0}: you answered Yes; describe the plan.").format(section_f), IncompleteRegisterError
		)
	if final and doc.post_retirement_required and not doc.has_post_retirement_plan:
		frappe.throw(
			_(
				"{0} is required: the official retires on {1}, within {2} days (Article 22(3)(h)). Answer Yes or No."
			).format(
				section_f,
				frappe.utils.formatdate(frappe.db.get_value("Official", doc.official, "retirement_date")),
				get_active_regulation().retirement_notice_days,
			),
			PostRetirementRequiredError,
		)


def _section_key(table: str) -> str:
	return {"family": "family", "business": "business", "outside_work": "outside_work"}.get(
		table, "public_office"
	)


def post_retirement_required(official: str, on: datetime.date | None = None) -> bool:
	"""True when ``official`` retires within the profile's notice period (60 days) from ``on``."""
	retirement_date = frappe.db.get_value("Official", official, "retirement_date")
	if not retirement_date:
		return False
	on = getdate(on or clock.today())
	notice = cint(get_active_regulation().retirement_notice_days)
	return getdate(retirement_date) <= add_days(on, notice)


def validate_statements(doc) -> None:
	missing = [_(doc.meta.get_label(fieldname)) for fieldname in STATEMENTS if not doc.get(fieldname)]
	if missing:
		frappe.throw(
			_("Confirm the statements before submitting: {0}").format("<br>".join(missing)),
			StatementsNotConfirmedError,
		)


def validate_filer(doc) -> None:
	"""Only the official themself files an official's register (SPEC: no organisation-wide role
	adds write rights on another person's filing)."""
	if frappe.session.user == ADMINISTRATOR_USER or doc.official == org.official_of_user():
		return
	frappe.throw(
		_("You can only file your own {0}.").format(_(DOCTYPE)),
		frappe.PermissionError,
	)


def mark_superseded(doc) -> None:
	"""When an amendment of a cancelled version is created, point that version at it (both stay
	readable); a correction of a submitted version points at it when it replaces it."""
	if doc.amended_from and frappe.db.get_value(DOCTYPE, doc.amended_from, "docstatus") == 2:
		frappe.db.set_value(DOCTYPE, doc.amended_from, "superseded_by", doc.name, update_modified=False)


# ---------------------------------------------------------------- correction
def correction_of(name: str) -> str | None:
	"""The draft correction of the submitted register ``name``, if one is in progress."""
	return frappe.db.get_value(DOCTYPE, {"amended_from": name, "docstatus": 0}, "name")


@frappe.whitelist(methods=["POST"])
def correct(name: str) -> str:
	""" "Correct my register": a draft amendment of the official's submitted register, with every
	section copied and the statements to confirm again. The submitted version stays in force (the
	official has filed, on the date they filed) until the correction is submitted and replaces it,
	so the public register never shows them as not filed or late meanwhile."""
	if not (isinstance(name, str) and frappe.db.exists(DOCTYPE, name)) or not frappe.has_permission(
		DOCTYPE, "read", name
	):
		frappe.throw(_("Not permitted"), frappe.PermissionError)
	doc = frappe.get_doc(DOCTYPE, name)
	if not can_file_for(doc.official):
		frappe.throw(_("You can only file your own {0}.").format(_(DOCTYPE)), frappe.PermissionError)
	if doc.docstatus != 1:
		frappe.throw(
			_("Only a submitted {0} can be corrected; {1} is not submitted.").format(_(DOCTYPE), doc.name),
			frappe.ValidationError,
		)
	existing = correction_of(doc.name)
	if existing:
		return existing
	correction = frappe.copy_doc(doc)
	correction.docstatus = 0
	correction.amended_from = doc.name
	correction.prefilled_from = doc.name
	for fieldname in STATEMENTS:
		correction.set(fieldname, 0)
	correction.insert()
	return correction.name


def replace_corrected(doc) -> None:
	"""On submit of a correction: the version it corrects is cancelled and points at it (the filing
	date of the period stays the first one: monitoring/compliance.py)."""
	if not doc.amended_from:
		return
	previous = frappe.get_doc(DOCTYPE, doc.amended_from)
	if previous.docstatus != 1:
		return
	previous.flags.ignore_permissions = True
	previous.flags.ignore_links = True  # what named the old version keeps its history
	previous.cancel()
	frappe.db.set_value(DOCTYPE, previous.name, "superseded_by", doc.name, update_modified=False)


# ---------------------------------------------------------------- pre-fill
def last_submitted(official: str, before_period: int | None = None) -> str | None:
	filters = {"official": official, "docstatus": 1}
	if before_period:
		filters["period"] = ("<", cint(before_period))
	rows = frappe.get_all(
		DOCTYPE, filters=filters, fields=["name"], order_by="period desc, creation desc", limit=1
	)
	return rows[0].name if rows else None


def prefill(doc, source: str | None = None) -> str | None:
	"""Copy every section of the official's last submitted register into the new ``doc``.

	The statements are not copied: the official reviews the entries and confirms them again.
	"""
	source = source or last_submitted(doc.official, doc.period)
	if not source:
		return None
	previous = frappe.get_doc(DOCTYPE, source)
	for fieldname in PREFILL_FIELDS:
		doc.set(fieldname, previous.get(fieldname))
	for table in PREFILL_TABLES:
		doc.set(table, [])
		for row in previous.get(table):
			values = row.as_dict(no_default_fields=True)
			values.pop("below_threshold", None)
			doc.append(table, values)
	doc.prefilled_from = source
	return source


@frappe.whitelist()
def get_new_register(official: str | None = None, period: int | str | None = None) -> dict:
	"""Values for a new register of ``official`` (default: the user's own) for ``period``
	(default: this year), pre-filled from the last submitted register."""
	official = official or org.official_of_user()
	if not official:
		return {}  # e.g. a COI Manager without an Official record: they choose the official first
	period = cint(period) or current_period()
	doc = frappe.new_doc(DOCTYPE)
	doc.official = official
	doc.period = period
	if not frappe.has_permission(DOCTYPE, "create") or not can_file_for(official):
		frappe.throw(_("You can only file your own {0}.").format(_(DOCTYPE)), frappe.PermissionError)
	prefill(doc)
	doc.post_retirement_required = cint(post_retirement_required(official))
	existing = frappe.db.get_value(
		DOCTYPE, {"official": official, "period": period, "docstatus": ("<", 2)}, "name"
	)
	result = doc.as_dict()
	result["existing"] = existing
	result["__onload"] = {"family_relationships": family_relationships()}
	return result


def can_file_for(official: str, user: str | None = None) -> bool:
	user = user or frappe.session.user
	return user == ADMINISTRATOR_USER or org.official_of_user(user) == official


def form_onload(doc) -> None:
	doc.set_onload("family_relationships", family_relationships())
	if doc.docstatus == 1 and can_file_for(doc.official):
		doc.set_onload("correction", correction_of(doc.name) or "")
	if doc.official:
		doc.set_onload("post_retirement_required", post_retirement_required(doc.official))


# ---------------------------------------------------------------- status
def filing_status(official: str, period: int, on: datetime.date | None = None) -> str:
	"""Filed / Draft / Not Filed / Overdue for an official's register of ``period``."""
	on = getdate(on or clock.today())
	docstatus = frappe.get_all(
		DOCTYPE,
		filters={"official": official, "period": period, "docstatus": ("<", 2)},
		pluck="docstatus",
	)
	if 1 in docstatus:
		return "Filed"
	_opens, due = period_dates(period)
	if on > due:
		return "Overdue"
	return DRAFT if docstatus else "Not Filed"
