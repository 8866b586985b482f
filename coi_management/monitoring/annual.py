"""The annual Monitoring and Evaluation Report (Laporan Monitoring dan Evaluasi, S 33(3)-(5)).

One report per period and scope (the whole Pemda, or one perangkat daerah) with a section per
letter of S 33(3): a. regulations in force, b. the COI Manager appointed, c. risk identification,
d. achievements and challenges (narrative), e. compliance, f. training and consultation,
g. complaint follow-up. :func:`refresh_figures` snapshots c, e, f and g into the document (a child
table of figures and the JSON of the tables the print format shows), so a submitted report never
changes when the data does.

Workflow (fixtures, names in core/states.py): Draft → Submitted to the Head of Region (COI Manager)
→ Verified and Assessed (COI Executive: a score and notes), or Returned with notes (the report is
cancelled; the COI Manager amends it, the returned version stays). Submitted reports are immutable:
only the Executive's score and notes change, and only until verified.
"""

import datetime

import frappe
from frappe import _
from frappe.utils import cint, flt, now_datetime

from coi_management.core import clock, roles
from coi_management.core.roles import EXECUTIVE, MANAGER, SYSTEM_MANAGER
from coi_management.core.states import MER_RETURNED, MER_SUBMITTED, MER_VERIFIED
from coi_management.monitoring import complaints, compliance, declarations
from coi_management.monitoring import programme as programme_reports
from coi_management.monitoring.scope import Scope, median, percent

DOCTYPE = "Monitoring and Evaluation Report"
WHOLE_REGION = "Whole Region"
REGIONAL_APPARATUS = "Regional Apparatus"
ASSESSMENT_FIELDS = ("assessment_score", "assessment_notes", "assessed_by", "assessed_on")
SECTIONS = {
	"c": "c. Risk Identification and Management",
	"e": "e. Compliance",
	"f": "f. Training and Consultation",
	"g": "g. Complaint Follow-up",
}


class MonitoringReportError(frappe.ValidationError):
	pass


# ---------------------------------------------------------------- controller
def validate(doc) -> None:
	validate_editor(doc)
	if doc.is_new():  # a copy or an amendment takes its own figures
		doc.set("figures", [])
		doc.figures_json, doc.refreshed_on = None, None
	validate_period(doc)
	validate_scope(doc)
	for field in ASSESSMENT_FIELDS:  # assessed only after submission, by the Executive
		doc.set(field, None)


def validate_editor(doc) -> None:
	if not roles.has_any((MANAGER, SYSTEM_MANAGER)):
		frappe.throw(_("Only the COI Manager prepares the {0}.").format(_(DOCTYPE)), frappe.PermissionError)


def validate_period(doc) -> None:
	year = cint(doc.period)
	if year < 2000 or year > clock.today().year + 1:
		frappe.throw(
			_("{0} must be a year between 2000 and {1}.").format(_("Period (Year)"), clock.today().year + 1),
			MonitoringReportError,
		)
	doc.from_date, doc.to_date = datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def validate_scope(doc) -> None:
	if doc.scope == WHOLE_REGION:
		doc.work_unit = None
	elif not doc.work_unit:
		frappe.throw(
			_("Choose the {0} of a report on one perangkat daerah.").format(
				_("Regional Apparatus (Perangkat Daerah)")
			),
			MonitoringReportError,
		)


def before_submit(doc) -> None:
	if not roles.has_any((MANAGER, SYSTEM_MANAGER)):
		frappe.throw(_("Only the COI Manager submits the {0}.").format(_(DOCTYPE)), frappe.PermissionError)
	if not doc.refreshed_on or not doc.get("figures"):
		frappe.throw(_("Refresh the figures before submitting the report."), MonitoringReportError)


def before_update_after_submit(doc) -> None:
	"""After submission only the Executive's score and notes change, and only until verified."""
	stored_state = frappe.db.get_value(DOCTYPE, doc.name, "workflow_state")
	if stored_state != MER_SUBMITTED:
		frappe.throw(_("A verified report can no longer be changed."), MonitoringReportError)
	if not roles.has_any((EXECUTIVE,)):
		frappe.throw(_("Only the COI Executive verifies and assesses the report."), frappe.PermissionError)
	# a Float reads 0 when empty: the score's range is checked on every save, and verifying also
	# needs the notes (S 33(5): verification and assessment)
	if not 0 <= flt(doc.assessment_score) <= 100:
		frappe.throw(
			_("{0} must be between 0 and 100.").format(_("Assessment Score (0-100)")), MonitoringReportError
		)
	if doc.workflow_state == MER_VERIFIED:
		if not (doc.assessment_notes or "").strip():
			frappe.throw(
				_("Give the {0} and the {1} to verify the report.").format(
					_("Assessment Score (0-100)"), _("Assessment Notes")
				),
				MonitoringReportError,
			)
		doc.assessed_by, doc.assessed_on = frappe.session.user, clock.today()
	elif doc.workflow_state != MER_SUBMITTED:
		frappe.throw(_("A verified report can no longer be changed."), MonitoringReportError)


def before_cancel(doc) -> None:
	"""Returning the report (cancel): the Executive, with notes, before verification."""
	stored_state = frappe.db.get_value(DOCTYPE, doc.name, "workflow_state")
	if stored_state != MER_SUBMITTED or not roles.has_any((EXECUTIVE,)):
		frappe.throw(
			_("Only the COI Executive returns a submitted report that is not yet verified."),
			frappe.PermissionError,
		)
	if not (doc.assessment_notes or "").strip():
		frappe.throw(
			_("Write the {0} saying what to correct.").format(_("Assessment Notes")), MonitoringReportError
		)
	doc.workflow_state = MER_RETURNED
	doc.assessed_by, doc.assessed_on = frappe.session.user, clock.today()


# ---------------------------------------------------------------- the snapshot
@frappe.whitelist(methods=["POST"])
def refresh_figures(name: str) -> dict:
	"""Take the figures of sections c, e, f and g into the draft report ``name`` (COI Manager)."""
	roles.require(MANAGER, SYSTEM_MANAGER)
	doc = frappe.get_doc(DOCTYPE, name)
	doc.check_permission("write")
	if doc.docstatus != 0:
		frappe.throw(_("The figures of a submitted report never change."), MonitoringReportError)
	take_snapshot(doc)
	doc.save()
	return {"refreshed_on": doc.refreshed_on, "figures": len(doc.figures)}


def take_snapshot(doc) -> None:
	filters = frappe._dict(
		year=cint(doc.period), work_unit=doc.work_unit if doc.scope == REGIONAL_APPARATUS else None
	)
	scope = Scope(roles.ADMINISTRATOR_USER)  # the report covers its whole scope, whoever refreshes it
	register = compliance.figures(filters, scope)
	declared = declarations.figures(filters, scope)
	complained = complaints.figures(filters, scope)
	programme = programme_figures(filters)
	rows = []

	def add(section, indicator, value):
		# a median or a rate of nothing is no figure at all: kept apart from a measured 0
		rows.append(
			{
				"section": _(SECTIONS[section]),
				"indicator": indicator,
				"value": flt(value or 0, 2),
				"no_data": int(value is None),
			}
		)

	risk = programme["risk"]
	add("c", _("Risk assessments approved"), risk["assessments"])
	add("c", _("Positions assessed"), risk["positions"])
	add("c", _("High-risk positions"), risk["high"])
	totals = register["totals"]
	add("e", _("Officials obliged to file the Interest Register"), totals.obliged)
	add("e", _("Filed on Time"), totals.on_time)
	add("e", _("Filed Late"), totals.late)
	add("e", _("Not Filed"), totals.not_filed)
	add("e", _("Filing Rate (%)"), totals.filing_rate)
	add("e", _("Filing Rate of High-risk Positions (%)"), totals.high_rate)
	d = declared["totals"]
	add("e", _("Declarations"), d.declared)
	add("e", _("Declared after the Decision"), d.after_decision)
	add("e", _("Decided within the Deadline (%)"), d.on_time_rate)
	add("e", _("Median Working Days to Decision"), d.median_days)
	add("e", _("Escalated"), d.escalated)
	add("e", _("Proactive Decisions"), d.proactive)
	add("e", _("Preventive Recommendations"), d.preventive)
	add("e", _("Preventive Recommendations Followed Up"), d.preventive_followed_up)
	training = programme["training"]
	add("f", _("Trainings held"), training["held"])
	add("f", _("Officials trained"), training["trained"])
	add("f", _("Consultations asked"), training["consultations"])
	add("f", _("Consultations answered"), training["answered"])
	add("f", _("Median days to answer a consultation"), training["median_days_to_answer"])
	c = complained["totals"]
	add("g", _("Complaints Received"), c.received)
	add("g", _("Verified"), c.verified)
	add("g", _("Founded"), c.founded)
	add("g", _("Unfounded"), c.unfounded)
	add("g", _("Closed"), c.closed)
	add("g", _("Examined within the Deadline (%)"), c.exam_rate)
	add("g", _("Median Days to Close"), c.median_days_to_close)
	doc.set("figures", rows)
	doc.figures_json = frappe.as_json(
		{
			"units": [
				{
					k: row[k]
					for k in (
						"work_unit_name",
						"indent",
						"obliged",
						"on_time",
						"late",
						"not_filed",
						"filing_rate",
					)
				}
				for row in register["units"]
				if row.indent <= 1
			],
			"declarations": [
				{
					k: row[k]
					for k in (
						"source_title",
						"sub_kind_title",
						"declared",
						"decided",
						"on_time_rate",
						"median_days",
					)
				}
				for row in declared["rows"]
			],
			"complaints": [
				{k: row[k] for k in ("group_label", "received", "closed", "open", "median_days_to_close")}
				for row in complained["rows"]
			],
			"training_by_kind": training["by_kind"],
			# section c: the risk map of the period's approved assessments (S 18, Lampiran C)
			"risk_map": [
				{
					k: row[k]
					for k in (
						"work_unit_name",
						"indent",
						"positions",
						"high",
						"medium",
						"low",
						*risk_map_functions(),
					)
				}
				for row in programme_reports.risk_figures(filters, scope)["units"]
				if row.indent <= 1
			],
		}
	)
	doc.refreshed_on = now_datetime()


def risk_map_functions() -> tuple:
	"""The vulnerable functions of a position, columns of the risk map (programme.FUNCTIONS)."""
	return tuple(programme_reports.FUNCTIONS)


def programme_figures(filters) -> dict:
	"""Sections c and f from the programme's DocTypes (coi_management/programme/), one query each."""
	year = cint(filters.year)
	start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
	unit = filters.get("work_unit")
	bounds = frappe.db.get_value("Work Unit", unit, ["lft", "rgt"]) if unit else None
	in_unit = "1=1"
	if bounds:
		in_unit = f"u.lft >= {int(bounds[0])} and u.rgt <= {int(bounds[1])}"
	risk = frappe.db.sql(
		f"""
		select count(distinct ra.name) as assessments, count(rp.name) as positions,
			coalesce(sum(rp.risk_level = 'High'), 0) as high
		from `tabRisk Assessment` ra
		join `tabWork Unit` u on u.name = ra.work_unit
		left join `tabRisk Assessment Position` rp on rp.parent = ra.name and rp.parenttype = 'Risk Assessment'
		where ra.docstatus = 1 and ra.period = %(year)s and {in_unit}
		""",
		{"year": year},
		as_dict=True,
	)[0]
	by_kind = frappe.db.sql(
		f"""
		select t.training_kind, count(distinct t.name) as held, count(distinct a.official) as trained
		from `tabCOI Training` t
		left join `tabCOI Training Attendance` a on a.training = t.name and a.attended = 1
		left join `tabWork Unit` u on u.name = a.work_unit
		where t.status = 'Held' and t.start_date between %(start)s and %(end)s
			and {in_unit if bounds else "1=1"}
		group by t.training_kind
		""",
		{"start": start, "end": end},
		as_dict=True,
	)
	trained = frappe.db.sql(
		f"""
		select count(distinct a.official) from `tabCOI Training Attendance` a
		join `tabCOI Training` t on t.name = a.training
		left join `tabWork Unit` u on u.name = a.work_unit
		where a.attended = 1 and t.status = 'Held' and t.start_date between %(start)s and %(end)s and {in_unit}
		""",
		{"start": start, "end": end},
	)[0][0]
	consultations = frappe.db.sql(
		f"""
		select c.status, datediff(c.answered_on, c.asked_on) as days
		from `tabCOI Consultation` c
		join `tabOfficial` o on o.name = c.official
		left join `tabWork Unit` u on u.name = o.work_unit
		where c.asked_on between %(start)s and %(end_time)s and {in_unit}
		""",
		{"start": start, "end_time": f"{end} 23:59:59"},
		as_dict=True,
	)
	answered = [row for row in consultations if row.status == "Answered"]
	return {
		"risk": {k: int(risk[k] or 0) for k in ("assessments", "positions", "high")},
		"training": {
			"held": sum(int(row.held) for row in by_kind),
			"trained": int(trained or 0),
			"by_kind": [
				{"training_kind": _(row.training_kind), "held": int(row.held), "trained": int(row.trained)}
				for row in by_kind
			],
			"consultations": len(consultations),
			"answered": len(answered),
			"median_days_to_answer": median([row.days for row in answered]),
			"answer_rate": percent(len(answered), len(consultations)),
		},
	}
