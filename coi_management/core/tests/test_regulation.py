import datetime

import frappe

from coi_management.core.regulation import (
	decision_due_date,
	get_active_regulation,
	get_classifications,
	review_due_date,
)
from coi_management.core.working_days import WorkingCalendar
from coi_management.tests.factories import COITestCase

SMG, BJM = "Perbup Semarang 28/2025", "Perwali Banjarmasin 92/2020"
D = datetime.date


class TestRegulationProfiles(COITestCase):
	def setUp(self):
		super().setUp()
		# a calendar without holidays so only the profile changes between assertions
		frappe.db.set_single_value("COI Settings", "holiday_list", None)

	def test_both_profiles_exist_with_their_parameters(self):
		smg = frappe.get_doc("COI Regulation", SMG)
		bjm = frappe.get_doc("COI Regulation", BJM)
		self.assertEqual((smg.decision_deadline_days, smg.review_deadline_days), (7, 0))
		self.assertEqual((bjm.decision_deadline_days, bjm.review_deadline_days), (3, 2))
		for profile in (smg, bjm):
			self.assertEqual(profile.share_threshold_percent, 1)
			self.assertEqual(profile.asset_threshold_amount, 500_000_000)
			self.assertEqual(profile.cooling_off_years, 2)
			self.assertEqual(profile.retirement_notice_days, 60)

	def test_switching_the_profile_changes_the_decision_deadline(self):
		declared = D(2026, 11, 20)  # a Friday
		self.set_active_regulation(SMG)
		self.assertEqual(get_active_regulation().name, SMG)
		self.assertEqual(decision_due_date(declared), D(2026, 12, 1))  # 7 working days
		self.assertIsNone(review_due_date(declared))
		self.set_active_regulation(BJM)
		self.assertEqual(decision_due_date(declared), D(2026, 11, 25))  # 3 working days
		# B BAB II G.5: the review takes "2 hari", calendar days
		self.assertEqual(review_due_date(D(2026, 11, 25)), D(2026, 11, 27))
		self.assertEqual(review_due_date(D(2026, 11, 27)), D(2026, 11, 29))

	def test_semarang_taxonomy(self):
		self.set_active_regulation(SMG)
		sources = get_classifications("Conflict Source")
		self.assertEqual(len(sources), 8)  # S 6 a-h
		family = [s for s in sources if s.is_family]
		self.assertEqual(len(family), 1)
		subkinds = get_classifications("Conflict Sub-kind")
		by_parent = {}
		for row in subkinds:
			by_parent.setdefault(row.parent_classification, []).append(row)
		self.assertEqual(len(by_parent[family[0].name]), 11)  # S 8(2) a-k
		self.assertEqual(len(by_parent["SMG-2025-6c"]), 5)  # S 9(2) a-e
		self.assertEqual(len(by_parent["SMG-2025-6h"]), 6)  # S 14 a-f
		options = get_classifications("Control Option")
		self.assertTrue(
			{"Continue", "Superior Takes Over", "Reassign", "Restricted Access"}
			<= {o.outcome for o in options}
		)
		self.assertEqual({o.outcome for o in options if o.is_preventive}, {"Divestment", "Rotation"})

	def test_banjarmasin_taxonomy(self):
		self.set_active_regulation(BJM)
		self.assertEqual(len(get_classifications("Conflict Form")), 7)
		self.assertEqual(len(get_classifications("Conflict Type")), 12)
		self.assertEqual(len(get_classifications("Conflict Source")), 4)
		outcomes = {o.outcome for o in get_classifications("Control Option")}
		self.assertTrue(
			{"Divestment", "Recusal", "Restricted Access", "Reassign", "Resignation", "Sanction"} <= outcomes
		)

	def test_administrator_can_extend_a_taxonomy(self):
		self.set_active_regulation(SMG)
		before = len(get_classifications("Conflict Sub-kind"))
		doc = frappe.get_doc(
			{
				"doctype": "COI Classification",
				"regulation": SMG,
				"classification_type": "Conflict Sub-kind",
				"parent_classification": "SMG-2025-6c",
				"code": "9.2x",
				"title": "Rekan satu angkatan pendidikan",
			}
		).insert()
		self.assertEqual(doc.name, "SMG-2025-9.2x")
		self.assertEqual(len(get_classifications("Conflict Sub-kind")), before + 1)

	def test_forms_show_the_classification_types_a_profile_has(self):
		from coi_management import api
		from coi_management.tests.factories import make_official

		self.assertEqual(
			api.classification_types(SMG), ["Conflict Source", "Conflict Sub-kind", "Control Option"]
		)
		banjarmasin = api.classification_types(BJM)
		self.assertIn("Conflict Form", banjarmasin)
		self.assertIn("Conflict Type", banjarmasin)
		self.assertNotIn("Conflict Sub-kind", banjarmasin)
		# what a form shows follows the data: a sub-kind added to Banjarmasin shows the field
		source = get_classifications("Conflict Source", BJM)[0].name
		frappe.get_doc(
			{
				"doctype": "COI Classification",
				"regulation": BJM,
				"classification_type": "Conflict Sub-kind",
				"parent_classification": source,
				"code": "x9",
				"title": "Jenis tambahan daerah",
			}
		).insert()
		official = make_official()
		frappe.set_user(official.user)
		self.assertIn("Conflict Sub-kind", api.classification_types(BJM))

	def test_sub_kind_needs_a_source_of_the_same_regulation(self):
		doc = frappe.get_doc(
			{
				"doctype": "COI Classification",
				"regulation": BJM,
				"classification_type": "Conflict Sub-kind",
				"parent_classification": "SMG-2025-6c",
				"code": "x1",
				"title": "Salah induk",
			}
		)
		with self.assertRaises(frappe.ValidationError):
			doc.insert()

	def test_invalid_parameters_are_refused(self):
		profile = frappe.get_doc("COI Regulation", SMG)
		for fieldname, value in (
			("decision_deadline_days", 0),
			("share_threshold_percent", 101),
			("asset_threshold_amount", -1),
			("cooling_off_years", 0),
		):
			doc = frappe.copy_doc(profile)
			doc.regulation_name, doc.abbr = "Uji Profil", "UJI"
			doc.set(fieldname, value)
			with self.subTest(fieldname=fieldname), self.assertRaises(frappe.ValidationError):
				doc.insert()
		self.assertFalse(frappe.db.exists("COI Regulation", "Uji Profil"))

	def test_active_profile_cannot_be_deleted(self):
		self.set_active_regulation(SMG)
		with self.assertRaises(frappe.ValidationError):
			frappe.delete_doc("COI Regulation", SMG)

	def test_calendar_is_used_for_deadlines(self):
		frappe.db.set_single_value("COI Settings", "holiday_list", "Indonesia - Nasional")
		self.set_active_regulation(SMG)
		# 2026-08-14 (Fri) + 7 working days; 17 Aug (Independence Day) and 25 Aug (Maulid) are
		# holidays: 18, 19, 20, 21, 24, 26, 27
		self.assertEqual(decision_due_date(D(2026, 8, 14)), D(2026, 8, 27))
		self.assertEqual(WorkingCalendar().is_working_day(D(2026, 8, 17)), True)
