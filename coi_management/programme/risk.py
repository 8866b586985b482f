"""Risk Assessment of positions (S 18; S Lampiran C; B BAB II E.2 identification of situations).

One assessment per period and perangkat daerah (a Work Unit of type Regional Apparatus). Each row
is a Position with the vulnerable functions of Lampiran C a-g it carries, a likelihood and an impact
(1-5); the risk level is read from the regulation profile's risk matrix (COI Regulation, table
*Risk Matrix*), never computed in code. The COI Manager reviews and approves (submits) it; approval
sets each Position's current risk level (and the officials holding it), the Position keeping its
history through its assessments. Cancelling falls back to the latest other approved assessment.
"""

import frappe
from frappe import _
from frappe.utils import cint, get_fullname, getdate

from coi_management.core import clock, regulation, roles

DOCTYPE = "Risk Assessment"
ROW_DOCTYPE = "Risk Assessment Position"
REGIONAL_APPARATUS = "Regional Apparatus"
LEVELS = ("Low", "Medium", "High")
HIGH = "High"
SCALE = range(1, 6)
# S Lampiran C a-g, in the order of the regulation (the Position's own fieldnames)
FUNCTIONS = (
	"fn_planning",
	"fn_rule_making",
	"fn_procurement",
	"fn_licensing",
	"fn_hr",
	"fn_supervision",
	"fn_assessment",
)
FUNCTION_LETTERS = dict(zip(FUNCTIONS, "abcdefg", strict=True))


class RiskAssessmentError(frappe.ValidationError):
	pass


class RiskMatrixError(frappe.ValidationError):
	pass


# ---------------------------------------------------------------- the matrix (data of the profile)
def default_matrix() -> list[dict]:
	"""The 5x5 matrix install seeds into a profile: score = likelihood x impact; up to 4 Low, up to
	12 Medium, above High. An administrator changes the cells in the profile, not here."""
	rows = []
	for likelihood in SCALE:
		for impact in SCALE:
			score = likelihood * impact
			level = "Low" if score <= 4 else "Medium" if score <= 12 else HIGH
			rows.append({"likelihood": likelihood, "impact": impact, "risk_level": level})
	return rows


def validate_matrix(profile) -> None:
	"""COI Regulation validate: every cell within 1-5 and no cell twice (an empty matrix is allowed;
	an assessment then says the matrix is missing)."""
	seen = set()
	label = _(profile.meta.get_label("risk_matrix"))
	for row in profile.get("risk_matrix") or []:
		cell = (cint(row.likelihood), cint(row.impact))
		if cell[0] not in SCALE or cell[1] not in SCALE:
			frappe.throw(
				_("{0}, row {1}: likelihood and impact must be between 1 and 5.").format(label, row.idx),
				RiskMatrixError,
			)
		if cell in seen:
			frappe.throw(
				_("{0}, row {1}: likelihood {2} and impact {3} appear twice.").format(label, row.idx, *cell),
				RiskMatrixError,
			)
		seen.add(cell)


def risk_level(likelihood: int, impact: int, profile: str | None = None) -> str:
	"""The level of the profile's matrix cell (likelihood, impact); a clear error when there is none."""
	doc = regulation.get_active_regulation(profile)
	for row in doc.get("risk_matrix") or []:
		if cint(row.likelihood) == cint(likelihood) and cint(row.impact) == cint(impact):
			return row.risk_level
	frappe.throw(
		_(
			"The risk matrix of the regulation profile {0} has no level for likelihood {1} and impact {2}; complete it in the profile first."
		).format(frappe.bold(doc.name), likelihood, impact),
		RiskMatrixError,
	)


# ---------------------------------------------------------------- the assessment
def validate(doc) -> None:
	validate_work_unit(doc)
	validate_period(doc)
	validate_unique(doc)
	if not doc.regulation:
		doc.regulation = regulation.get_active_regulation().name
	validate_rows(doc)
	doc.high_risk_count = sum(1 for row in doc.positions if row.risk_level == HIGH)
	if doc.docstatus == 0:
		doc.status = "Draft"


def validate_work_unit(doc) -> None:
	unit_type = frappe.db.get_value("Work Unit", doc.work_unit, "unit_type")
	if unit_type != REGIONAL_APPARATUS:
		frappe.throw(
			_("{0}: {1} is not a perangkat daerah (a work unit of the type Regional Apparatus).").format(
				_(doc.meta.get_label("work_unit")), frappe.bold(doc.work_unit)
			),
			RiskAssessmentError,
		)


def validate_period(doc) -> None:
	year = clock.today().year
	if not 2000 <= cint(doc.period) <= year + 1:
		frappe.throw(
			_("{0} must be a year between 2000 and {1}.").format(_(doc.meta.get_label("period")), year + 1),
			RiskAssessmentError,
		)


def validate_unique(doc) -> None:
	other = frappe.db.get_value(
		DOCTYPE,
		{
			"work_unit": doc.work_unit,
			"period": doc.period,
			"docstatus": ("<", 2),
			"name": ("!=", doc.name or ""),
		},
		"name",
	)
	if other:
		frappe.throw(
			_("{0} already has the risk assessment {1} for {2}; amend that one instead.").format(
				frappe.bold(doc.work_unit), frappe.bold(other), doc.period
			),
			RiskAssessmentError,
		)


def validate_rows(doc) -> None:
	if not doc.positions:
		frappe.throw(_("Add at least one position to assess."), RiskAssessmentError)
	seen = set()
	for row in doc.positions:
		where = _("Positions, row {0}").format(row.idx)
		if row.position in seen:
			frappe.throw(
				_("{0}: the position {1} is assessed twice.").format(where, frappe.bold(row.position)),
				RiskAssessmentError,
			)
		seen.add(row.position)
		if not any(cint(row.get(fn)) for fn in FUNCTIONS):
			# a new row carries the functions the Position is tagged with
			tags = frappe.db.get_value("Position", row.position, list(FUNCTIONS), as_dict=True) or {}
			for fn in FUNCTIONS:
				row.set(fn, cint(tags.get(fn)))
		row.functions = ", ".join(FUNCTION_LETTERS[fn] for fn in FUNCTIONS if cint(row.get(fn)))
		for fieldname in ("likelihood", "impact"):
			if cint(row.get(fieldname)) not in SCALE:
				frappe.throw(
					_("{0}: {1} must be between 1 and 5.").format(where, _(row.meta.get_label(fieldname))),
					RiskAssessmentError,
				)
		row.risk_level = risk_level(row.likelihood, row.impact, doc.regulation)
		if row.risk_owner and frappe.db.get_value("Official", row.risk_owner, "status") != "Active":
			frappe.throw(
				_("{0}: the risk owner {1} is not an active official.").format(
					where, frappe.bold(row.risk_owner)
				),
				RiskAssessmentError,
			)
		if row.due_date and doc.assessment_date and getdate(row.due_date) < getdate(doc.assessment_date):
			frappe.throw(
				_("{0}: {1} cannot be before the assessment date.").format(
					where, _(row.meta.get_label("due_date"))
				),
				RiskAssessmentError,
			)


def on_submit(doc) -> None:
	"""Approval by the COI Manager: the positions take the assessed levels."""
	roles.require(roles.MANAGER, roles.SYSTEM_MANAGER)
	doc.db_set(
		{
			"status": "Approved",
			"approved_by": frappe.session.user,
			"approved_by_name": get_fullname(frappe.session.user),
			"approved_on": clock.today(),
		}
	)
	for row in doc.positions:
		set_position_level(row.position, row.risk_level)


def on_cancel(doc) -> None:
	from coi_management.coi_management.doctype.position.position import suggested_risk_level

	doc.db_set("status", "Cancelled")
	for row in doc.positions:
		# the latest other approved assessment, else what the position's functions suggest
		level = latest_level(row.position) or suggested_risk_level(frappe.get_doc("Position", row.position))
		set_position_level(row.position, level)


def set_position_level(position: str, level: str) -> None:
	"""The Position's current level, and the officials holding it (Official.position_risk)."""
	frappe.db.set_value("Position", position, "risk_level", level)
	frappe.db.set_value("Official", {"position": position}, "position_risk", level, update_modified=False)


def latest_level(position: str) -> str | None:
	history = position_history_rows(position, limit=1)
	return history[0].risk_level if history else None


def position_history_rows(position: str, limit: int | None = None) -> list:
	"""The approved assessments of ``position``, newest first (the Position's history)."""
	parent = frappe.qb.DocType(DOCTYPE)
	row = frappe.qb.DocType(ROW_DOCTYPE)
	query = (
		frappe.qb.from_(row)
		.join(parent)
		.on(parent.name == row.parent)
		.select(
			parent.name.as_("assessment"),
			parent.period,
			parent.work_unit,
			parent.approved_on,
			row.likelihood,
			row.impact,
			row.risk_level,
			row.mitigation,
			row.due_date,
		)
		.where((row.position == position) & (row.parenttype == DOCTYPE) & (parent.docstatus == 1))
		.orderby(parent.period, order=frappe.qb.desc)
		.orderby(parent.approved_on, order=frappe.qb.desc)
		.orderby(parent.creation, order=frappe.qb.desc)
	)
	if limit:
		query = query.limit(limit)
	return query.run(as_dict=True)


@frappe.whitelist()
def position_history(position: str) -> list[dict]:
	"""The Position form's history: assessments the user may read (a superior: their unit's)."""
	frappe.has_permission("Position", "read", doc=position, throw=True)
	rows = position_history_rows(position)
	return [row for row in rows if frappe.has_permission(DOCTYPE, "read", doc=row.assessment)]


@frappe.whitelist()
def copy_previous(work_unit: str, period: int) -> str:
	"""A new draft for ``period`` with the rows of the unit's latest approved earlier assessment."""
	roles.require(roles.MANAGER, roles.SYSTEM_MANAGER)
	frappe.has_permission(DOCTYPE, "create", throw=True)
	period = cint(period)
	previous = frappe.get_all(
		DOCTYPE,
		filters={"work_unit": work_unit, "docstatus": 1, "period": ("<", period)},
		pluck="name",
		order_by="period desc, creation desc",
		limit=1,
	)
	if not previous:
		frappe.throw(
			_("{0} has no approved risk assessment before {1} to copy.").format(
				frappe.bold(work_unit), period
			),
			RiskAssessmentError,
		)
	source = frappe.get_doc(DOCTYPE, previous[0])
	copied = frappe.copy_doc(source, ignore_no_copy=False)
	# a copy is a new draft: copy_doc keeps the source's docstatus, which insert() would submit
	copied.update({"period": period, "assessment_date": clock.today(), "status": "Draft", "docstatus": 0})
	copied.amended_from = None
	for row in copied.positions:
		row.docstatus = 0
		if row.risk_owner and frappe.db.get_value("Official", row.risk_owner, "status") != "Active":
			row.risk_owner = None
		row.due_date = None
	copied.insert()
	return copied.name


# ---------------------------------------------------------------- who is in a high-risk position
def high_risk_officials(officials=None) -> set[str]:
	"""Officials whose position is assessed as high risk (S 22(1): chased first in filing lists)."""
	filters = {"position_risk": HIGH}
	if officials is not None:
		filters["name"] = ("in", list(officials) or [""])
	return set(frappe.get_all("Official", filters=filters, pluck="name"))


def ensure_matrices() -> None:
	"""Install/migrate: a profile without a risk matrix gets the default one (never overwritten)."""
	for name in frappe.get_all("COI Regulation", pluck="name"):
		profile = frappe.get_doc("COI Regulation", name)
		if profile.get("risk_matrix"):
			continue
		for row in default_matrix():
			profile.append("risk_matrix", row)
		profile.flags.ignore_permissions = True
		profile.save()
