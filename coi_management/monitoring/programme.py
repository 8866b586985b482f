"""Report 5, Pelatihan dan Konsultasi (S 28-30, S 33(3)f), and Peta Risiko Jabatan (S 18, S Lampiran
C), from the programme's DocTypes (coi_management/programme/).

- trainings held in the period by kind, the officials invited and those who attended;
- consultations asked in the period by topic, answered, median hours to answer — never who asked
  or what;
- positions assessed in the period's approved risk assessments per work unit (rolled up the tree),
  by risk level and vulnerable function.

A Superior counts the attendance and consultations of their subtree and the risk assessments of
their own unit's subtree.
"""

import frappe
from frappe import _

from coi_management.monitoring.compliance import _indent
from coi_management.monitoring.scope import Scope, median, period_of, summary_item, unit_condition

FUNCTIONS = {  # the labels of the Position's vulnerable functions (S Lampiran C)
	"fn_planning": "Planning",
	"fn_rule_making": "Rule and Policy Making",
	"fn_procurement": "Procurement of Goods and Services",
	"fn_licensing": "Licensing",
	"fn_hr": "Appointment, Promotion, Transfer and HR Management",
	"fn_supervision": "Supervision and Audit",
	"fn_assessment": "Assessment, Certification and Testing",
}
TRAINING = "Training"
CONSULTATION = "Consultation"


def training_figures(filters, scope: Scope) -> dict:
	filters = frappe._dict(filters or {})
	period = period_of(filters)
	values = {
		"from_date": period.from_date,
		"to_date": period.to_date,
		"to_time": f"{period.to_date} 23:59:59",
	}
	in_scope = f"{scope.officials()} and {unit_condition(filters, 'u')}"
	trainings = frappe.db.sql(
		f"""
		select t.training_kind as item, count(distinct t.name) as held,
			count(distinct a.official) as invited,
			count(distinct case when a.attended = 1 then a.official end) as attended
		from `tabCOI Training` t
		join `tabCOI Training Attendance` a on a.training = t.name
		join `tabOfficial` on `tabOfficial`.`name` = a.official
		join `tabWork Unit` u on u.name = `tabOfficial`.`work_unit`
		where t.status = 'Held' and t.start_date between %(from_date)s and %(to_date)s and {in_scope}
		group by t.training_kind order by t.training_kind
		""",
		values,
		as_dict=True,
	)
	consultations = frappe.db.sql(
		f"""
		select c.topic as item, c.status, timestampdiff(minute, c.asked_on, c.answered_on) as minutes
		from `tabCOI Consultation` c
		join `tabOfficial` on `tabOfficial`.`name` = c.official
		join `tabWork Unit` u on u.name = `tabOfficial`.`work_unit`
		where c.asked_on between %(from_date)s and %(to_time)s and {in_scope}
		""",
		values,
		as_dict=True,
	)
	rows = [
		frappe._dict(
			category=_(TRAINING),
			item=_(row.item) if row.item else _("Not Recorded"),
			held=int(row.held),
			invited=int(row.invited),
			attended=int(row.attended),
		)
		for row in trainings
	]
	by_topic: dict[str, list] = {}
	for row in consultations:
		by_topic.setdefault(row.item, []).append(row)
	all_hours = []
	for topic in sorted(by_topic, key=lambda t: t or ""):
		items = by_topic[topic]
		hours = [row.minutes / 60.0 for row in items if row.status == "Answered" and row.minutes is not None]
		all_hours += hours
		rows.append(
			frappe._dict(
				category=_(CONSULTATION),
				item=_(topic) if topic else _("Not Recorded"),
				asked=len(items),
				answered=sum(1 for row in items if row.status == "Answered"),
				median_hours=median(hours),
			)
		)
	totals = frappe._dict(
		held=sum(r.get("held") or 0 for r in rows),
		attended=sum(r.get("attended") or 0 for r in rows),
		asked=len(consultations),
		answered=sum(1 for row in consultations if row.status == "Answered"),
		median_hours=median(all_hours),
	)
	return {"rows": rows, "totals": totals}


def execute_training(filters=None):
	scope = Scope()
	scope.require()
	result = training_figures(filters, scope)
	totals = result["totals"]
	columns = [
		{"fieldname": "category", "label": _("Category"), "fieldtype": "Data", "width": 120},
		{"fieldname": "item", "label": _("Kind or Topic"), "fieldtype": "Data", "width": 220},
		{"fieldname": "held", "label": _("Trainings Held"), "fieldtype": "Int", "width": 120},
		{"fieldname": "invited", "label": _("Officials Invited"), "fieldtype": "Int", "width": 120},
		{"fieldname": "attended", "label": _("Officials Trained"), "fieldtype": "Int", "width": 120},
		{"fieldname": "asked", "label": _("Consultations Asked"), "fieldtype": "Int", "width": 130},
		{"fieldname": "answered", "label": _("Consultations Answered"), "fieldtype": "Int", "width": 140},
		{
			"fieldname": "median_hours",
			"label": _("Median Hours to Answer"),
			"fieldtype": "Float",
			"width": 140,
		},
	]
	summary = [
		summary_item(_("Trainings Held"), totals.held),
		summary_item(_("Officials Trained"), totals.attended, "Green"),
		summary_item(_("Consultations Asked"), totals.asked),
		summary_item(_("Consultations Answered"), totals.answered, "Green"),
		summary_item(_("Median Hours to Answer"), totals.median_hours, "Blue", "Float"),
	]
	rows = result["rows"]
	chart = None
	if rows:
		chart = {
			"data": {
				"labels": [row.item for row in rows],
				"datasets": [
					{"name": _("Officials Trained"), "values": [row.get("attended") or 0 for row in rows]},
					{"name": _("Consultations Asked"), "values": [row.get("asked") or 0 for row in rows]},
				],
			},
			"type": "bar",
		}
	return columns, rows, None, chart, summary


def risk_figures(filters, scope: Scope) -> dict:
	filters = frappe._dict(filters or {})
	period = period_of(filters)
	functions = ",\n".join(f"coalesce(sum(rp.`{field}` = 1), 0) as {field}" for field in FUNCTIONS)
	counts = f"""
		count(rp.name) as positions,
		coalesce(sum(rp.risk_level = 'High'), 0) as high,
		coalesce(sum(rp.risk_level = 'Medium'), 0) as medium,
		coalesce(sum(rp.risk_level = 'Low'), 0) as low,
		{functions}
	"""
	joins = (
		"join `tabRisk Assessment` ra on ra.work_unit = u.name and ra.docstatus = 1 and ra.period = %(year)s"
		" join `tabRisk Assessment Position` rp on rp.parent = ra.name and rp.parenttype = 'Risk Assessment'"
	)
	where = f"{scope.units('u')}"
	units = frappe.db.sql(
		f"""
		select p.name as work_unit, p.work_unit_name, p.parent_work_unit, p.lft, p.rgt, {counts}
		from `tabWork Unit` p
		join `tabWork Unit` u on u.lft >= p.lft and u.rgt <= p.rgt
		{joins}
		where {where} and {unit_condition(filters, "p")}
		group by p.name, p.work_unit_name, p.parent_work_unit, p.lft, p.rgt
		order by p.lft
		""",
		{"year": period.year},
		as_dict=True,
	)
	totals = frappe.db.sql(
		f"select {counts} from `tabWork Unit` u {joins} where {where} and {unit_condition(filters, 'u')}",
		{"year": period.year},
		as_dict=True,
	)[0]
	for row in [*units, totals]:
		for key in ("positions", "high", "medium", "low", *FUNCTIONS):
			row[key] = int(row[key] or 0)
	_indent(units)
	return {"units": units, "totals": totals, "year": period.year}


def execute_risk(filters=None):
	scope = Scope()
	scope.require()
	result = risk_figures(filters, scope)
	totals = result["totals"]
	columns = [
		{
			"fieldname": "work_unit",
			"label": _("Work Unit"),
			"fieldtype": "Link",
			"options": "Work Unit",
			"width": 240,
		},
		{"fieldname": "positions", "label": _("Positions Assessed"), "fieldtype": "Int", "width": 120},
		{"fieldname": "high", "label": _("High"), "fieldtype": "Int", "width": 80},
		{"fieldname": "medium", "label": _("Medium"), "fieldtype": "Int", "width": 80},
		{"fieldname": "low", "label": _("Low"), "fieldtype": "Int", "width": 80},
		*(
			{"fieldname": field, "label": _(label), "fieldtype": "Int", "width": 110}
			for field, label in FUNCTIONS.items()
		),
	]
	summary = [
		summary_item(_("Positions Assessed"), totals.positions),
		summary_item(_("High"), totals.high, "Red"),
		summary_item(_("Medium"), totals.medium, "Orange"),
		summary_item(_("Low"), totals.low, "Green"),
	]
	chart = {
		"data": {
			"labels": [_(label) for label in FUNCTIONS.values()],
			"datasets": [{"name": _("Positions Assessed"), "values": [totals[field] for field in FUNCTIONS]}],
		},
		"type": "bar",
	}
	return columns, result["units"], None, chart if totals.positions else None, summary
