"""Risk Assessment of positions (S 18; S Lampiran C): matrix as data, approval, history, copy."""

import frappe

from coi_management.core.roles import EXECUTIVE, INSPECTOR, MANAGER
from coi_management.programme import risk
from coi_management.programme.tests import scenario
from coi_management.registers import filing_cycle
from coi_management.tests.factories import (
	COITestCase,
	make_official,
	make_position,
	make_user,
	make_work_unit,
)

SEMARANG = "Perbup Semarang 28/2025"


class TestRiskAssessment(COITestCase):
	def setUp(self):
		super().setUp()
		self.set_active_regulation(SEMARANG)
		self.unit = make_work_unit().name
		self.manager = make_user(roles=(MANAGER,)).name

	def test_level_comes_from_the_profile_matrix_not_from_code(self):
		doc = scenario.risk_assessment(self.unit, rows=[(make_position().name, 2, 3)])
		self.assertEqual(doc.positions[0].risk_level, "Medium")  # default matrix: 6 -> Medium
		profile = frappe.get_doc("COI Regulation", SEMARANG)
		for cell in profile.risk_matrix:
			if (cell.likelihood, cell.impact) == (2, 3):
				cell.risk_level = "High"
		profile.save()
		frappe.clear_document_cache("COI Regulation", SEMARANG)
		doc.save()
		self.assertEqual(doc.positions[0].risk_level, "High")
		self.assertEqual(doc.high_risk_count, 1)

	def test_missing_matrix_cell_is_a_clear_error(self):
		profile = frappe.get_doc("COI Regulation", SEMARANG)
		profile.risk_matrix = [row for row in profile.risk_matrix if (row.likelihood, row.impact) != (5, 5)]
		profile.save()
		frappe.clear_document_cache("COI Regulation", SEMARANG)
		with self.assertRaises(risk.RiskMatrixError):
			scenario.risk_assessment(self.unit, rows=[(make_position().name, 5, 5)])

	def test_matrix_cells_are_checked_in_the_profile(self):
		profile = frappe.get_doc("COI Regulation", SEMARANG)
		profile.append("risk_matrix", {"likelihood": 6, "impact": 1, "risk_level": "Low"})
		with self.assertRaises(risk.RiskMatrixError):
			profile.save()
		profile.reload()
		profile.append("risk_matrix", {"likelihood": 1, "impact": 1, "risk_level": "High"})
		with self.assertRaises(risk.RiskMatrixError):
			profile.save()

	def test_every_profile_has_the_default_matrix(self):
		for name in frappe.get_all("COI Regulation", pluck="name"):
			self.assertEqual(len(frappe.get_doc("COI Regulation", name).risk_matrix), 25, name)

	def test_only_a_perangkat_daerah_is_assessed(self):
		division = make_work_unit(parent=self.unit, unit_type="Division").name
		with self.assertRaises(risk.RiskAssessmentError):
			scenario.risk_assessment(division)

	def test_scales_positions_owner_and_dates_are_checked(self):
		position = make_position().name
		for rows in ([(position, 0, 3)], [(position, 3, 6)], [(position, 2, 2), (position, 3, 3)], []):
			with self.subTest(rows=rows), self.assertRaises(risk.RiskAssessmentError):
				scenario.risk_assessment(self.unit, rows=rows)
		retired = make_official(user=False, status="Retired", exit_date="2025-01-31").name
		doc = frappe.get_doc(
			{
				"doctype": "Risk Assessment",
				"work_unit": self.unit,
				"period": 2026,
				"assessment_date": "2026-03-01",
				"positions": [{"position": position, "likelihood": 2, "impact": 2, "risk_owner": retired}],
			}
		)
		with self.assertRaises(risk.RiskAssessmentError):
			doc.insert()
		doc.positions[0].risk_owner = None
		doc.positions[0].due_date = "2026-02-01"
		with self.assertRaises(risk.RiskAssessmentError):
			doc.insert()
		doc.period = 1999
		doc.positions[0].due_date = None
		with self.assertRaises(risk.RiskAssessmentError):
			doc.insert()

	def test_one_assessment_per_unit_and_period(self):
		scenario.risk_assessment(self.unit)
		with self.assertRaises(risk.RiskAssessmentError):
			scenario.risk_assessment(self.unit)
		scenario.risk_assessment(self.unit, period=2025)  # another period is fine

	def test_row_carries_the_functions_of_the_position(self):
		position = make_position(fn_procurement=1, fn_licensing=1).name
		row = scenario.risk_assessment(self.unit, rows=[(position, 1, 1)]).positions[0]
		self.assertEqual((row.fn_procurement, row.fn_licensing, row.fn_planning), (1, 1, 0))
		self.assertEqual(row.functions, "c, d")

	def test_approval_sets_the_position_and_its_officials_and_cancel_falls_back(self):
		position = make_position(fn_planning=1).name
		official = make_official(work_unit=self.unit, position=position)
		self.assertEqual(official.position_risk, "Medium")
		frappe.set_user(self.manager)
		first = scenario.risk_assessment(self.unit, period=2025, rows=[(position, 1, 2)], submit=True)
		self.assertEqual(first.status, "Approved")
		self.assertEqual(first.approved_by, self.manager)
		self.assertEqual(first.approved_by_name, frappe.utils.get_fullname(self.manager))
		self.assertEqual(frappe.db.get_value("Position", position, "risk_level"), "Low")
		second = scenario.risk_assessment(self.unit, period=2026, rows=[(position, 5, 4)], submit=True)
		self.assertEqual(frappe.db.get_value("Position", position, "risk_level"), "High")
		self.assertEqual(frappe.db.get_value("Official", official.name, "position_risk"), "High")
		history = risk.position_history(position)
		self.assertEqual([row.assessment for row in history], [second.name, first.name])
		second.cancel()
		self.assertEqual(frappe.db.get_value("Position", position, "risk_level"), "Low")
		self.assertEqual(frappe.db.get_value("Official", official.name, "position_risk"), "Low")
		self.assertEqual(frappe.db.get_value("Risk Assessment", second.name, "status"), "Cancelled")

	def test_only_the_coi_manager_drafts_and_approves(self):
		inspector = make_user(roles=(INSPECTOR,)).name
		executive = make_user(roles=(EXECUTIVE,)).name
		rows = [(make_position(fn_licensing=1).name, 3, 3)]
		for user in (inspector, executive):
			frappe.set_user(user)
			with self.subTest(user=user), self.assertRaises(frappe.PermissionError):
				scenario.risk_assessment(self.unit, rows=rows)
		frappe.set_user(self.manager)
		doc = scenario.risk_assessment(self.unit, rows=rows)
		frappe.set_user(inspector)
		with self.assertRaises(frappe.PermissionError):
			frappe.get_doc("Risk Assessment", doc.name).submit()

	def test_superior_reads_only_their_own_perangkat_daerah(self):
		other = make_work_unit().name
		bidang = make_work_unit(parent=self.unit, unit_type="Division").name
		head = make_official(work_unit=bidang)
		make_official(work_unit=bidang, superior=head.name)
		mine = scenario.risk_assessment(self.unit).name
		theirs = scenario.risk_assessment(other).name
		frappe.set_user(head.user)
		self.assertEqual(set(frappe.get_list("Risk Assessment", pluck="name")) & {mine, theirs}, {mine})
		self.assertTrue(frappe.has_permission("Risk Assessment", "read", doc=mine))
		self.assertFalse(frappe.has_permission("Risk Assessment", "read", doc=theirs))
		self.assertFalse(frappe.has_permission("Risk Assessment", "write", doc=mine))

	def test_copy_of_last_period_into_a_new_draft(self):
		position = make_position(fn_hr=1).name
		owner = make_official(work_unit=self.unit).name
		never_assessed = make_work_unit().name
		frappe.flags.current_date = "2025-03-01"
		frappe.set_user(self.manager)
		source = scenario.risk_assessment(self.unit, period=2025, rows=[(position, 3, 3)])
		source.positions[0].update(
			{"mitigation": "Rotasi panitia", "risk_owner": owner, "due_date": "2025-12-31"}
		)
		source.save()
		source.submit()
		frappe.flags.current_date = "2026-01-15"
		name = risk.copy_previous(self.unit, 2026)
		copy = frappe.get_doc("Risk Assessment", name)
		self.assertEqual((copy.docstatus, copy.period, copy.status), (0, 2026, "Draft"))
		self.assertEqual(copy.positions[0].position, position)
		self.assertEqual(copy.positions[0].mitigation, "Rotasi panitia")
		self.assertEqual(copy.positions[0].risk_owner, owner)
		self.assertIsNone(copy.positions[0].due_date)
		self.assertIsNone(copy.approved_by)
		with self.assertRaises(risk.RiskAssessmentError):
			risk.copy_previous(never_assessed, 2026)
		frappe.set_user(make_user(roles=(INSPECTOR,)).name)
		with self.assertRaises(frappe.PermissionError):
			risk.copy_previous(self.unit, 2027)

	def test_high_risk_officials_are_chased_first_in_the_filing_lists(self):
		risky = make_position(fn_procurement=1).name
		calm = make_official("Aaa Tenang", work_unit=self.unit)
		exposed = make_official("Zzz Pengadaan", work_unit=self.unit, position=risky)
		unfiled = [row.name for row in filing_cycle.unfiled_officials(2026)]
		self.assertLess(unfiled.index(exposed.name), unfiled.index(calm.name))
		self.assertIn(exposed.name, risk.high_risk_officials())
		self.assertNotIn(calm.name, risk.high_risk_officials())

	def test_cancelling_the_only_assessment_restores_the_suggested_level(self):
		position = make_position(fn_planning=1).name  # suggested: Medium
		doc = scenario.risk_assessment(self.unit, rows=[(position, 5, 5)], submit=True)
		self.assertEqual(frappe.db.get_value("Position", position, "risk_level"), "High")
		doc.cancel()
		self.assertEqual(frappe.db.get_value("Position", position, "risk_level"), "Medium")

	def test_an_approved_assessment_is_amended_keeping_the_earlier_version(self):
		position = make_position(fn_hr=1).name
		frappe.set_user(self.manager)
		original = scenario.risk_assessment(self.unit, rows=[(position, 2, 2)], submit=True)
		original.cancel()
		amendment = frappe.copy_doc(original)  # what the desk's Amend does
		amendment.update({"amended_from": original.name, "docstatus": 0})
		amendment.positions[0].impact = 5
		amendment.insert()
		amendment.submit()
		self.assertEqual(frappe.db.get_value("Risk Assessment", original.name, "docstatus"), 2)
		self.assertEqual(amendment.positions[0].risk_level, "Medium")  # 2 x 5 = 10
		self.assertEqual(frappe.db.get_value("Position", position, "risk_level"), "Medium")
