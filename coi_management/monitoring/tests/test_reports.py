"""Every figure of the monitoring reports against hand-built records, per role.

The organisation (work units R ⊃ A ⊃ A1, R ⊃ B)::

    boss (A) ← sup (A) ← s1, s2 (high risk), s3 (A1)
    out1 (B, high risk), out2 (B, retired before the window), out3 (B, resigned on its first day)

``sup`` is a COI Superior: they see the figures of sup, s1, s2, s3 and nothing of boss or B.
"""

import datetime
import json
import os
from unittest.mock import patch

import frappe
from frappe import _
from frappe.utils import add_days

from coi_management.core import policy, states
from coi_management.core.roles import EXECUTIVE, INSPECTOR, MANAGER
from coi_management.monitoring import complaints, compliance, cooling_off, dashboard, declarations
from coi_management.monitoring.scope import MonitoringFilterError
from coi_management.registers import interest_register as register
from coi_management.tests.factories import (
	DIVESTMENT,
	ROTATION,
	SOURCE_BUSINESS,
	SOURCE_FAMILY,
	SUBKIND_SPOUSE,
	COITestCase,
	make_official,
	make_user,
	make_work_unit,
	register_doc,
)

YEAR = 2025
TODAY = datetime.date(2025, 7, 22)
REPORTER = "Pelapor Rahasia Sekali"


def insert(doctype: str, **values):
	"""A record exactly as given (no controller, no workflow): the figures' fixture."""
	doc = frappe.get_doc({"doctype": doctype, **values})
	doc.name = doc.name or frappe.generate_hash(length=12)
	doc.db_insert()
	for table in doc.meta.get_table_fields():
		for row in doc.get(table.fieldname):
			row.parent, row.parenttype, row.parentfield = doc.name, doctype, table.fieldname
			row.name = frappe.generate_hash(length=12)
			row.db_insert()
	return doc


class _Translated(dict):
	def __getitem__(self, label):
		return super().__getitem__(_(label))


class MonitoringTestCase(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.flags.current_date = TODAY
		cls.root = make_work_unit("Pemda Uji Monev").name
		cls.unit_a = make_work_unit("Dinas Uji A", parent=cls.root).name
		cls.unit_a1 = make_work_unit("Bidang Uji A1", parent=cls.unit_a, unit_type="Division").name
		cls.unit_b = make_work_unit("Dinas Uji B", parent=cls.root).name
		cls.boss = make_official("Kepala Uji", work_unit=cls.unit_a)
		cls.sup = make_official("Atasan Uji", work_unit=cls.unit_a, superior=cls.boss.name)
		cls.s1 = make_official("Staf Satu", work_unit=cls.unit_a1, superior=cls.sup.name)
		cls.s2 = make_official("Staf Dua", work_unit=cls.unit_a1, superior=cls.sup.name)
		cls.s3 = make_official("Staf Tiga", work_unit=cls.unit_a1, superior=cls.sup.name)
		cls.out1 = make_official("Luar Satu", work_unit=cls.unit_b)
		cls.out2 = make_official("Luar Dua", work_unit=cls.unit_b)
		cls.out3 = make_official("Luar Tiga", work_unit=cls.unit_b)
		opens, due = register.period_dates(YEAR)
		cls.opens, cls.due = opens, due
		for official in (cls.s2, cls.out1):
			frappe.db.set_value("Official", official.name, "position_risk", "High")
		frappe.db.set_value(
			"Official", cls.out2.name, {"status": "Retired", "exit_date": add_days(opens, -1)}
		)
		frappe.db.set_value("Official", cls.out3.name, {"status": "Resigned", "exit_date": opens})
		cls.names = {
			o.full_name for o in (cls.boss, cls.sup, cls.s1, cls.s2, cls.s3, cls.out1, cls.out2, cls.out3)
		}
		cls.manager = make_user(roles=(MANAGER,)).name
		cls.inspector = make_user(roles=(INSPECTOR,)).name
		cls.executive = make_user(roles=(EXECUTIVE,)).name
		cls.make_registers()
		cls.make_declarations()
		cls.make_complaints()
		cls.make_cooling_off()
		frappe.flags.current_date = None

	@classmethod
	def file(cls, official, on, period=YEAR):
		frappe.flags.current_date = on
		doc = register_doc(official.name, period=period).insert()
		doc.submit()
		return doc

	@classmethod
	def make_registers(cls):
		cls.file(cls.s1, cls.due)  # on the due date: on time
		cls.file(cls.s2, add_days(cls.due, 1))  # the day after: late
		first = cls.file(cls.boss, add_days(cls.due, -1))  # on time, then amended late
		first.cancel()
		frappe.flags.current_date = add_days(cls.due, 10)
		amended = frappe.copy_doc(first)
		amended.docstatus = 0
		amended.amended_from = first.name
		amended.insert()
		amended.submit()
		cls.file(cls.out1, cls.opens)
		frappe.flags.current_date = cls.due
		register_doc(cls.sup.name, period=YEAR).insert()  # a draft is not filed
		cls.file(cls.s3, datetime.date(YEAR - 1, 3, 1), period=YEAR - 1)  # another period
		frappe.flags.current_date = TODAY

	@classmethod
	def make_declarations(cls):
		def declaration(official, declared_on, due, state, **kw):
			return insert(
				"Declaration",
				official=official.name,
				docstatus=kw.pop("docstatus", 1),
				workflow_state=state,
				declared_on=declared_on,
				due_date=due,
				timing=kw.pop("timing", "Before the Decision"),
				conflict_source=kw.pop("source", SOURCE_FAMILY),
				conflict_sub_kind=kw.pop("sub_kind", SUBKIND_SPOUSE),
				task_authority="Tugas",
				decision_faced="Keputusan rahasia",
				**kw,
			)

		d = datetime.date
		decided = states.DECIDED
		# 7 working days, decided on the due date: on time
		declaration(cls.s1, d(2025, 7, 7), d(2025, 7, 16), decided, decided_on=d(2025, 7, 16))
		# 8 working days, a day late, escalated once
		declaration(
			cls.s2,
			d(2025, 7, 7),
			d(2025, 7, 16),
			decided,
			decided_on=d(2025, 7, 17),
			escalations=[{"escalated_on": d(2025, 7, 10), "reason": "Deadline Passed"}],
		)
		# still declared, due yesterday: on hold and overdue
		declaration(
			cls.s3, d(2025, 7, 10), d(2025, 7, 21), states.DECLARED, source=SOURCE_BUSINESS, sub_kind=None
		)
		# after the decision (S 25), under review, due today: on hold, not overdue
		declaration(cls.s1, d(2025, 7, 14), TODAY, states.UNDER_REVIEW, timing="After the Decision")
		# outside the superior's subtree: 2 working days
		declaration(
			cls.out1,
			d(2025, 7, 7),
			d(2025, 7, 16),
			decided,
			decided_on=d(2025, 7, 9),
			source=SOURCE_BUSINESS,
			sub_kind=None,
		)
		declaration(cls.s1, d(2024, 12, 31), d(2025, 1, 10), decided, decided_on=d(2025, 1, 2))  # last year
		declaration(cls.s1, d(2025, 7, 8), d(2025, 7, 17), states.WITHDRAWN)
		declaration(cls.s1, d(2025, 7, 8), d(2025, 7, 17), states.DRAFT, docstatus=0)

		def decision(official, outcome, docstatus=1, **kw):
			insert(
				"Control Decision",
				official=official.name,
				docstatus=docstatus,
				decision_date=d(2025, 7, 16),
				outcome=outcome,
				analysis="Analisis rahasia",
				**kw,
			)

		decision(cls.s1, "Continue")
		decision(
			cls.s2,
			"Superior Takes Over",
			preventive_recommendation=DIVESTMENT,
			preventive_follow_up_date=d(2025, 9, 1),
		)
		decision(cls.out1, "Reassign", is_proactive=1, preventive_recommendation=ROTATION)
		decision(cls.s1, "Continue", docstatus=0)

	@classmethod
	def make_complaints(cls):
		d = datetime.date

		def complaint(official, status, channel, received_on, **kw):
			return insert(
				"Complaint",
				subject="Dugaan konflik",
				description="Isi pengaduan rahasia",
				reporter_name=REPORTER,
				reporter_contact="pelapor@example.com",
				reported_official=official.name,
				work_unit=frappe.db.get_value("Official", official.name, "work_unit"),
				status=status,
				channel=channel,
				received_on=received_on,
				**kw,
			)

		complaint(cls.s1, states.RECEIVED, "Web Form", d(2025, 7, 1))  # unverified
		complaint(
			cls.s2,
			states.VERIFIED,
			"Email",
			d(2025, 7, 2),
			acknowledge_due=d(2025, 7, 3),
			acknowledged_on=d(2025, 7, 3),
		)
		complaint(  # founded, followed up and closed after 20 days; acknowledged a day late
			cls.s3,
			states.CLOSED,
			"Web Form",
			d(2025, 7, 1),
			acknowledge_due=d(2025, 7, 2),
			acknowledged_on=d(2025, 7, 3),
			examination_due=d(2025, 7, 10),
			examined_on=d(2025, 7, 10),
			follow_up="Teguran tertulis",
			finding=states.FOUNDED,
			closed_on=d(2025, 7, 21),
		)
		complaint(  # unfounded, examined a day late, closed after 10 days; outside the subtree
			cls.out1,
			states.CLOSED,
			"Letter",
			d(2025, 7, 1),
			examination_due=d(2025, 7, 10),
			examined_on=d(2025, 7, 11),
			finding=states.UNFOUNDED,
			closed_on=d(2025, 7, 11),
		)
		complaint(cls.sup, states.UNDER_EXAMINATION, "Web Form", d(2025, 7, 5))  # about the superior
		complaint(cls.s1, states.VERIFIED, "Web Form", d(2024, 12, 30))  # last year

	@classmethod
	def make_cooling_off(cls):
		d = datetime.date

		def record(unit, exit_date, end_date, status, **kw):
			insert(
				"Cooling-off Record",
				official=cls.out2.name,
				full_name="Rahasia",
				exit_reason="Retired",
				work_unit=unit,
				exit_date=exit_date,
				end_date=end_date,
				status=status,
				**kw,
			)

		record(cls.unit_a1, d(2024, 3, 1), d(2026, 3, 1), "Active", consultancy_exception=1)
		record(cls.unit_b, d(2023, 1, 1), d(2025, 1, 1), "Expired")  # ends on the period's first day
		record(cls.unit_a, d(2025, 5, 1), d(2027, 5, 1), "Active")
		record(cls.unit_b, d(2022, 1, 1), d(2024, 1, 1), "Expired")  # over before the period

	def setUp(self):
		super().setUp()
		frappe.flags.current_date = TODAY

	def run_as(self, user, module, **filters):
		frappe.set_user(user)
		try:
			return module.execute(frappe._dict({"year": YEAR, "work_unit": self.root, **filters}))
		finally:
			frappe.set_user("Administrator")

	@staticmethod
	def by(rows, key="work_unit"):
		return {row[key]: row for row in rows}

	@staticmethod
	def summary(result) -> dict:
		"""The summary line by English label (the labels are translated into the user's language)."""
		values = {item["label"]: item["value"] for item in result[4]}
		return _Translated(values)

	def assert_no_names(self, result):
		text = json.dumps(result, default=str)
		for name in self.names:
			self.assertNotIn(name, text)
		self.assertNotIn(REPORTER, text)


class TestCompliance(MonitoringTestCase):
	def test_figures_rolled_up_the_tree(self):
		columns, rows, _msg, chart, summary = self.run_as(self.manager, compliance)
		rows = self.by(rows)
		expected = {
			# obliged, on time, late, not filed, high-risk obliged, high-risk filed
			self.unit_a1: (3, 1, 1, 1, 1, 1),  # s1 on the due date, s2 a day late, s3 not
			self.unit_a: (5, 2, 1, 2, 1, 1),  # + boss (first filing on time), sup (a draft only)
			self.unit_b: (2, 1, 0, 1, 1, 1),  # out1 on time, out3 left on the first day; out2 not obliged
			self.root: (7, 3, 1, 3, 2, 2),
		}
		for unit, figures in expected.items():
			row = rows[unit]
			self.assertEqual(
				(row.obliged, row.on_time, row.late, row.not_filed, row.high_obliged, row.high_filed),
				figures,
				unit,
			)
		self.assertEqual(rows[self.root].filing_rate, 57.1)
		self.assertEqual(rows[self.unit_a1].filing_rate, 66.7)
		self.assertEqual(rows[self.root].indent, 0)
		self.assertEqual(rows[self.unit_a1].indent, 2)
		self.assertEqual(rows[self.unit_a1].parent_work_unit, self.unit_a)
		self.assertEqual(self.summary((columns, rows, None, chart, summary))["Filing Rate (%)"], 57.1)
		self.assertEqual(chart["data"]["datasets"][0]["values"], [3])

	def test_work_unit_filter_takes_descendants(self):
		rows = self.by(self.run_as(self.inspector, compliance, work_unit=self.unit_a)[1])
		self.assertEqual(set(rows), {self.unit_a, self.unit_a1})
		self.assertEqual(rows[self.unit_a].obliged, 5)

	def test_superior_sees_only_their_subtree(self):
		result = self.run_as(self.sup.user, compliance)
		rows = self.by(result[1])
		self.assertNotIn(self.unit_b, rows)
		self.assertEqual((rows[self.root].obliged, rows[self.root].on_time, rows[self.root].late), (4, 1, 1))
		self.assertEqual(rows[self.unit_a].not_filed, 2)
		officials = self.run_as(self.sup.user, compliance, show_officials=1)[1]
		self.assertEqual(
			{row["full_name"]: row["filing_status"] for row in officials},
			{
				"Atasan Uji": _("Not Filed"),
				"Staf Satu": _("On Time"),
				"Staf Dua": _("Late"),
				"Staf Tiga": _("Not Filed"),
			},
		)

	def test_executive_sees_filing_status_never_content(self):
		result = self.run_as(self.executive, compliance)
		self.assert_no_names(result)  # the unit view names nobody
		rows = self.run_as(self.executive, compliance, show_officials=1)[1]
		self.assertEqual(len(rows), 7)
		self.assertEqual(
			{key for row in rows for key in row},
			{"full_name", "work_unit", "high_risk", "filing_status", "first_filed"},
		)
		first = {row["full_name"]: row["first_filed"] for row in rows}
		self.assertEqual(first["Kepala Uji"], add_days(self.due, -1))  # the amended register keeps its date

	def test_an_official_without_a_monitoring_role_sees_nothing(self):
		self.assertNotIn(policy.SUPERIOR, frappe.get_roles(self.s1.user))
		with self.assertRaises(frappe.PermissionError):
			self.run_as(self.s1.user, compliance)

	def test_query_count_does_not_grow_with_officials(self):
		def count_queries():
			calls = []
			real = frappe.db.sql

			def counting(*args, **kwargs):
				calls.append(args[0])
				return real(*args, **kwargs)

			filters = frappe._dict(year=YEAR, work_unit=self.root, show_officials=1)
			compliance.figures(filters, compliance.Scope("Administrator"))  # settings now cached
			with patch.object(frappe.db, "sql", counting):
				result = compliance.figures(filters, compliance.Scope("Administrator"))
			return len(calls), len(result["officials"])

		before, officials = count_queries()
		for _i in range(5):
			make_official(work_unit=self.unit_b, user=False)
		self.assertEqual(count_queries(), (before, officials + 5))


class TestDeclarations(MonitoringTestCase):
	def test_figures_by_source(self):
		result = self.run_as(self.manager, declarations)
		rows = self.by(result[1], "conflict_source")
		family, business = rows[SOURCE_FAMILY], rows[SOURCE_BUSINESS]
		self.assertEqual(
			(family.declared, family.after_decision, family.decided, family.decided_on_time),
			(4, 1, 2, 1),
		)
		self.assertEqual((family.escalated, family.on_hold, family.overdue, family.withdrawn), (1, 1, 0, 1))
		self.assertEqual(family.on_time_rate, 50.0)
		self.assertEqual(family.median_days, 7.5)  # 7 and 8 working days
		self.assertEqual(family.conflict_sub_kind, SUBKIND_SPOUSE)
		self.assertEqual(
			(business.declared, business.decided, business.on_hold, business.overdue), (2, 1, 1, 1)
		)
		self.assertEqual(business.median_days, 2.0)
		summary = self.summary(result)
		self.assertEqual(summary["Declarations"], 6)
		self.assertEqual(summary["Median Working Days to Decision"], 7.0)
		self.assertEqual(summary["Proactive Decisions"], 1)
		self.assertEqual(summary["Preventive Recommendations"], 2)
		self.assertEqual(summary["Preventive Recommendations Followed Up"], 1)
		chart = result[3]["data"]
		self.assertEqual(sorted(chart["datasets"][0]["values"]), [1, 1, 1])
		self.assert_no_names(result)

	def test_date_range_and_regulation(self):
		result = self.run_as(self.manager, declarations, from_date="2025-07-07", to_date="2025-07-07")
		self.assertEqual(self.summary(result)["Declarations"], 3)
		result = self.run_as(self.manager, declarations, regulation="Perwali Banjarmasin 92/2020")
		self.assertEqual(result[1], [])
		summary = self.summary(result)
		self.assertEqual(summary["Declarations"], 0)  # a count of nothing is 0
		self.assertEqual(summary["Median Working Days to Decision"], "-")  # a median of nothing is none
		with self.assertRaises(MonitoringFilterError):
			self.run_as(self.manager, declarations, from_date="2025-07-08", to_date="2025-07-07")

	def test_superior_counts_their_subtree_only(self):
		result = self.run_as(self.sup.user, declarations)
		rows = self.by(result[1], "conflict_source")
		self.assertEqual((rows[SOURCE_BUSINESS].declared, rows[SOURCE_BUSINESS].decided), (1, 0))
		summary = self.summary(result)
		self.assertEqual(summary["Declarations"], 5)
		self.assertEqual(summary["Proactive Decisions"], 0)
		self.assertEqual(summary["Preventive Recommendations"], 1)
		self.assert_no_names(result)

	def test_executive_never_sees_a_name(self):
		self.assert_no_names(self.run_as(self.executive, declarations))


class TestComplaints(MonitoringTestCase):
	def test_figures_by_status(self):
		result = self.run_as(self.inspector, complaints)
		rows = self.by(result[1], "grouping")
		self.assertEqual(
			{state: row.received for state, row in rows.items()},
			{states.RECEIVED: 1, states.VERIFIED: 1, states.UNDER_EXAMINATION: 1, states.CLOSED: 2},
		)
		self.assertEqual(
			list(rows), [states.RECEIVED, states.VERIFIED, states.UNDER_EXAMINATION, states.CLOSED]
		)
		closed = rows[states.CLOSED]
		self.assertEqual((closed.founded, closed.unfounded, closed.closed, closed.open), (1, 1, 2, 0))
		self.assertEqual(closed.median_days_to_close, 15.0)
		summary = self.summary(result)
		self.assertEqual(summary["Complaints Received"], 5)
		self.assertEqual(summary["Verified"], 4)
		self.assertEqual(summary["Open"], 3)
		self.assertEqual(summary["Acknowledged within the Deadline (%)"], 50.0)  # on the due day; a day late
		self.assertEqual(summary["Examined within the Deadline (%)"], 50.0)
		self.assert_no_names(result)

	def test_by_channel(self):
		rows = self.by(self.run_as(self.manager, complaints, group_by="Channel")[1], "grouping")
		self.assertEqual({k: r.received for k, r in rows.items()}, {"Web Form": 3, "Email": 1, "Letter": 1})

	def test_superior_sees_verified_complaints_below_them_never_about_themselves(self):
		result = self.run_as(self.sup.user, complaints)
		summary = self.summary(result)
		self.assertEqual((summary["Complaints Received"], summary["Closed"], summary["Open"]), (2, 1, 1))
		self.assert_no_names(result)

	def test_executive_never_sees_reporter_or_names(self):
		self.assert_no_names(self.run_as(self.executive, complaints))
		self.assert_no_names(self.run_as(self.executive, complaints, group_by="Channel"))


class TestCoolingOff(MonitoringTestCase):
	def test_figures(self):
		result = self.run_as(self.manager, cooling_off)
		rows = self.by(result[1])
		self.assertEqual(
			{
				unit: (r.records, r.started, r.ended, r.active, r.expired, r.exceptions)
				for unit, r in rows.items()
			},
			{
				self.root: (3, 1, 1, 2, 1, 1),
				self.unit_a: (2, 1, 0, 2, 0, 1),
				self.unit_a1: (1, 0, 0, 1, 0, 1),
				self.unit_b: (1, 0, 1, 0, 1, 0),
			},
		)
		self.assertEqual(self.summary(result)["Consultancy Exceptions Granted"], 1)
		self.assert_no_names(result)

	def test_superior_sees_their_units(self):
		rows = self.by(self.run_as(self.sup.user, cooling_off)[1])
		self.assertNotIn(self.unit_b, rows)
		self.assertEqual(rows[self.root].records, 2)


class TestDashboard(MonitoringTestCase):
	def test_superior_figures(self):
		frappe.set_user(self.sup.user)
		_columns, data, _msg, chart, _summary = dashboard.execute({})
		frappe.set_user("Administrator")
		row = data[0]
		self.assertEqual(
			(
				row["period"],
				row["filing_rate"],
				row["on_hold"],
				row["overdue"],
				row["open_complaints"],
				row["active_cooling_off"],
			),
			(2025, 50.0, 2, 1, 2, 2),  # open: the verified one, and last year's still open
		)
		self.assertEqual(sum(chart["data"]["datasets"][0]["values"]), 2)

	def test_official_sees_no_dashboard(self):
		frappe.set_user(self.s1.user)
		with self.assertRaises(frappe.PermissionError):
			dashboard.execute({})


class TestReportRecords(COITestCase):
	def test_reports_are_standard_with_the_monitoring_roles(self):
		folder = frappe.get_app_path("coi_management", "coi_management", "report")
		names = [
			name
			for name in os.listdir(folder)
			if os.path.isdir(os.path.join(folder, name)) and name != "__pycache__"
		]
		self.assertGreaterEqual(len(names), 5)
		for name in names:
			report = frappe.get_doc(
				"Report", frappe.get_file_json(os.path.join(folder, name, f"{name}.json"))["name"]
			)
			self.assertEqual((report.is_standard, report.report_type), ("Yes", "Script Report"))
			self.assertEqual({row.role for row in report.roles}, set(policy.MONITORING), name)
