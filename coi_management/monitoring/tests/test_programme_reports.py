"""Reports 5 (Pelatihan dan Konsultasi) and Peta Risiko Jabatan against hand-built programme records."""

import datetime

import frappe
from frappe import _

from coi_management.monitoring import programme
from coi_management.monitoring.tests.test_reports import MonitoringTestCase, insert


class TestProgrammeReports(MonitoringTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		d = datetime.date
		held = insert(
			"COI Training",
			training_title="Sosialisasi",
			training_kind="Basic Training",
			status="Held",
			start_date=d(2025, 5, 1),
		)
		cancelled = insert(
			"COI Training",
			training_title="Batal",
			training_kind="Basic Training",
			status="Cancelled",
			start_date=d(2025, 6, 1),
		)
		for official, attended in ((cls.s1, 1), (cls.s2, 0), (cls.out1, 1)):
			insert("COI Training Attendance", training=held.name, official=official.name, attended=attended)
		insert("COI Training Attendance", training=cancelled.name, official=cls.s3.name, attended=1)

		def consultation(official, topic, asked, answered=None):
			insert(
				"COI Consultation",
				official=official.name,
				topic=topic,
				subject="Pertanyaan rahasia",
				question="Isi rahasia",
				status="Answered" if answered else "Open",
				asked_on=asked,
				answered_on=answered,
			)

		dt = datetime.datetime
		consultation(cls.s1, "Declaration", dt(2025, 5, 1, 9), dt(2025, 5, 1, 13))  # 4 hours
		consultation(cls.s2, "Declaration", dt(2025, 5, 2, 8), dt(2025, 5, 2, 18))  # 10 hours
		consultation(cls.out1, "Interest Register", dt(2025, 5, 3, 8))
		consultation(cls.s1, "Declaration", dt(2024, 5, 3, 8))  # last year

		def assessment(unit, period, rows, docstatus=1):
			insert(
				"Risk Assessment",
				work_unit=unit,
				period=period,
				docstatus=docstatus,
				status="Approved",
				positions=[{"risk_level": level, **{fn: 1 for fn in fns}} for level, fns in rows],
			)

		assessment(cls.unit_a, 2025, [("High", ["fn_procurement"]), ("Medium", ["fn_hr"]), ("Low", [])])
		assessment(cls.unit_b, 2025, [("High", ["fn_licensing", "fn_procurement"])])
		assessment(cls.unit_a, 2024, [("High", [])])  # another period
		assessment(cls.unit_b, 2025, [("High", [])], docstatus=0)  # a draft

	def test_training_and_consultation_figures(self):
		result = self.run_as(self.manager, programme_training)
		rows = {(row.category, row.item): row for row in result[1]}
		training = rows[(_("Training"), _("Basic Training"))]
		self.assertEqual((training.held, training.invited, training.attended), (1, 3, 2))
		declaration = rows[(_("Consultation"), _("Declaration"))]
		self.assertEqual((declaration.asked, declaration.answered, declaration.median_hours), (2, 2, 7.0))
		register = rows[(_("Consultation"), _("Interest Register"))]
		self.assertEqual((register.asked, register.answered, register.median_hours), (1, 0, None))
		self.assert_no_names(result)
		self.assertNotIn("rahasia", frappe.as_json(result))

	def test_superior_counts_their_subtree(self):
		rows = {(row.category, row.item): row for row in self.run_as(self.sup.user, programme_training)[1]}
		self.assertEqual(rows[(_("Training"), _("Basic Training"))].invited, 2)
		self.assertEqual(rows[(_("Training"), _("Basic Training"))].attended, 1)
		self.assertNotIn((_("Consultation"), _("Interest Register")), rows)

	def test_risk_map(self):
		result = self.run_as(self.executive, programme_risk)
		rows = self.by(result[1])
		self.assertEqual(
			{
				unit: (r.positions, r.high, r.medium, r.low, r.fn_procurement, r.fn_hr, r.fn_licensing)
				for unit, r in rows.items()
			},
			{
				self.root: (4, 2, 1, 1, 2, 1, 1),
				self.unit_a: (3, 1, 1, 1, 1, 1, 0),
				self.unit_b: (1, 1, 0, 0, 1, 0, 1),
			},
		)
		rows = self.by(self.run_as(self.sup.user, programme_risk)[1])
		self.assertNotIn(self.unit_b, rows)
		self.assertEqual(rows[self.root].positions, 3)

	def test_the_annual_report_takes_the_risk_map_into_section_c(self):
		from coi_management.monitoring import annual

		frappe.set_user(self.manager)
		doc = frappe.get_doc(
			{
				"doctype": annual.DOCTYPE,
				"period": 2025,
				"scope": annual.REGIONAL_APPARATUS,
				"work_unit": self.root,
			}
		)
		annual.take_snapshot(doc)
		frappe.set_user("Administrator")
		risk_map = frappe.parse_json(doc.figures_json)["risk_map"]
		self.assertEqual(
			[
				(r["work_unit_name"], r["positions"], r["high"], r["medium"], r["low"], r["fn_procurement"])
				for r in risk_map
			],
			[
				(frappe.db.get_value("Work Unit", unit, "work_unit_name"), *figures)
				for unit, figures in (
					(self.root, (4, 2, 1, 1, 2)),
					(self.unit_a, (3, 1, 1, 1, 1)),
					(self.unit_b, (1, 1, 0, 0, 1)),
				)
			],
		)
		html = frappe.get_print(annual.DOCTYPE, print_format="Laporan Monitoring dan Evaluasi", doc=doc)
		self.assertIn(_("Position Risk Map"), html)
		self.assertIn(_("Procurement of Goods and Services"), html)


class programme_training:
	execute = staticmethod(programme.execute_training)


class programme_risk:
	execute = staticmethod(programme.execute_risk)
