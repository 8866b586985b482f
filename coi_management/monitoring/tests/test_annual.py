"""The annual Monitoring and Evaluation Report: snapshot, workflow, immutability, print."""

import frappe
from frappe import _
from frappe.model.workflow import apply_workflow

from coi_management.core import states
from coi_management.monitoring import annual
from coi_management.monitoring.tests.test_reports import REPORTER, TODAY, YEAR, MonitoringTestCase, insert

DOCTYPE = annual.DOCTYPE
PRINT_FORMAT = "Laporan Monitoring dan Evaluasi"


class TestAnnualReport(MonitoringTestCase):
	def new_report(self, **kw):
		frappe.set_user(self.manager)
		try:
			return frappe.get_doc(
				{
					"doctype": DOCTYPE,
					"period": YEAR,
					"scope": annual.REGIONAL_APPARATUS,
					"work_unit": self.root,
					"regulation": "Perbup Semarang 28/2025",
					"conformity_statement": "Peraturan teknis sesuai dengan PermenPANRB 17/2024.",
					"coi_manager": self.boss.name,
					"decree_number": "800/123/2025",
					"achievements": "<p>Seluruh pejabat tinggi melapor.</p>",
					**kw,
				}
			).insert()
		finally:
			frappe.set_user("Administrator")

	def as_user(self, user, fn, *args, **kw):
		frappe.set_user(user)
		try:
			return fn(*args, **kw)
		finally:
			frappe.set_user("Administrator")

	def act(self, name, action, user, **values):
		"""As the desk does: the Executive's score and notes are saved first, then the action applied
		(apply_workflow reloads the document)."""

		def run():
			doc = frappe.get_doc(DOCTYPE, name)
			if values:
				doc.update(values)
				doc.save()
			return apply_workflow(doc.as_dict(), action)

		return self.as_user(user, run)

	def figure(self, doc, indicator: str) -> float:
		return {row.indicator: row.value for row in doc.figures}[_(indicator)]

	def refreshed_and_submitted(self):
		doc = self.new_report()
		self.as_user(self.manager, annual.refresh_figures, doc.name)
		self.act(doc.name, states.SUBMIT_TO_HEAD_OF_REGION, self.manager)
		return frappe.get_doc(DOCTYPE, doc.name)

	def test_snapshot_takes_the_reports_figures(self):
		doc = self.new_report()
		self.assertEqual(str(doc.from_date), "2025-01-01")
		self.as_user(self.manager, annual.refresh_figures, doc.name)
		doc.reload()
		self.assertEqual(self.figure(doc, "Filing Rate (%)"), 57.1)
		self.assertEqual(self.figure(doc, "Filed Late"), 1)
		self.assertEqual(self.figure(doc, "Declarations"), 6)
		self.assertEqual(self.figure(doc, "Complaints Received"), 5)
		self.assertEqual(self.figure(doc, "Median Days to Close"), 15)
		tables = frappe.parse_json(doc.figures_json)
		self.assertEqual(
			[(row["obliged"], row["on_time"], row["late"]) for row in tables["units"] if row["indent"] == 0],
			[(7, 3, 1)],
		)
		self.assertIn('"on_time": 3,', doc.figures_json)  # integers, not 3.0, in the printed tables
		self.assertNotIn(REPORTER, doc.figures_json)
		# no consultation in the period: its median is no figure, not a measured 0
		empty = {row.indicator: row.no_data for row in doc.figures}
		self.assertEqual(empty[_("Median days to answer a consultation")], 1)
		self.assertEqual(empty[_("Median Days to Close")], 0)
		self.assertEqual(empty[_("Not Filed")], 0)  # a count is always a figure
		html = frappe.get_print(DOCTYPE, doc.name, print_format=PRINT_FORMAT, doc=doc)
		self.assertRegex(html, _("Median days to answer a consultation") + r'</td><td class="num">-</td>')

	def test_workflow_verify_and_immutability(self):
		doc = self.refreshed_and_submitted()
		self.assertEqual((doc.docstatus, doc.workflow_state), (1, states.MER_SUBMITTED))
		before = [(row.indicator, row.value) for row in doc.figures]
		# later data does not change the submitted report
		insert(
			"Complaint",
			subject="Baru",
			status=states.RECEIVED,
			channel="Email",
			received_on=TODAY,
			work_unit=self.unit_b,
		)
		doc.reload()
		self.assertEqual([(row.indicator, row.value) for row in doc.figures], before)
		with self.assertRaises(annual.MonitoringReportError):
			self.as_user(self.manager, annual.refresh_figures, doc.name)

		# the figures themselves cannot be edited after submission
		def edit_figures():
			edited = frappe.get_doc(DOCTYPE, doc.name)
			edited.figures[0].value = 999
			edited.save()

		with self.assertRaises(frappe.ValidationError):
			self.as_user(self.executive, edit_figures)

		# the manager does not assess
		def manager_scores():
			edited = frappe.get_doc(DOCTYPE, doc.name)
			edited.assessment_score = 100
			edited.save()

		with self.assertRaises(frappe.PermissionError):
			self.as_user(self.manager, manager_scores)
		# the executive verifies, with a score
		with self.assertRaises(annual.MonitoringReportError):
			self.act(doc.name, states.VERIFY_AND_ASSESS, self.executive)
		with self.assertRaises(annual.MonitoringReportError):
			self.act(doc.name, states.VERIFY_AND_ASSESS, self.executive, assessment_score=101)
		self.assertFalse(frappe.db.get_value(DOCTYPE, doc.name, "assessment_score"))  # refused when saved
		self.act(
			doc.name, states.VERIFY_AND_ASSESS, self.executive, assessment_score=85, assessment_notes="Baik"
		)
		doc.reload()
		self.assertEqual(
			(doc.workflow_state, doc.assessment_score, doc.assessed_by),
			(states.MER_VERIFIED, 85, self.executive),
		)
		with self.assertRaises(annual.MonitoringReportError):
			self.as_user(
				self.executive,
				lambda: frappe.get_doc(DOCTYPE, doc.name).update({"assessment_score": 10}).save(),
			)

	def test_returned_report_is_amended_and_the_old_version_kept(self):
		doc = self.refreshed_and_submitted()
		with self.assertRaises(annual.MonitoringReportError):
			self.act(doc.name, states.RETURN_WITH_NOTES, self.executive)
		self.act(doc.name, states.RETURN_WITH_NOTES, self.executive, assessment_notes="Lengkapi huruf c.")
		doc.reload()
		self.assertEqual((doc.docstatus, doc.workflow_state), (2, states.MER_RETURNED))
		self.assertEqual(doc.assessment_notes, "Lengkapi huruf c.")

		def amend():
			amended = frappe.copy_doc(doc)
			amended.docstatus = 0
			amended.amended_from = doc.name
			amended.workflow_state = states.DRAFT
			return amended.insert()

		amended = self.as_user(self.manager, amend)
		self.assertEqual(amended.name, f"{doc.name}-1")
		self.assertFalse(amended.figures)  # figures are taken again for the new version
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "docstatus"), 2)

	def test_only_the_manager_prepares_and_the_executive_cannot_return_a_verified_report(self):
		doc = self.new_report()
		with self.assertRaises(frappe.PermissionError):
			self.as_user(self.executive, annual.refresh_figures, doc.name)
		with self.assertRaises(frappe.PermissionError):
			self.as_user(self.executive, lambda: frappe.get_doc(DOCTYPE, doc.name).save())
		with self.assertRaises(annual.MonitoringReportError):  # no figures yet
			self.act(doc.name, states.SUBMIT_TO_HEAD_OF_REGION, self.manager)
		with self.assertRaises(annual.MonitoringReportError):
			self.new_report(scope=annual.REGIONAL_APPARATUS, work_unit=None)

	def test_print_format_renders_the_sections_and_tables(self):
		doc = self.refreshed_and_submitted()
		html = self.as_user(self.executive, frappe.get_print, DOCTYPE, doc.name, print_format=PRINT_FORMAT)
		for text in (
			"LAPORAN HASIL MONITORING DAN EVALUASI",
			"a. Ketersediaan dan kesesuaian peraturan teknis",
			"g. Tindak lanjut pengaduan",
			"800/123/2025",
			"Dinas Uji A",
			"57.1",
		):
			self.assertIn(text, html)
		self.assertNotIn(REPORTER, html)
