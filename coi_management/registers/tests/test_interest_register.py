"""Interest Register rules (Perbup Semarang 28/2025 Pasal 22 and the register form)."""

import frappe
from frappe.utils import add_days, getdate

from coi_management.core import states
from coi_management.registers import interest_register as register
from coi_management.tests.factories import COITestCase, make_official, make_work_unit, register_doc

DOCTYPE = "Interest Register"


def family_kind() -> str:
	return register.family_relationships()[0]


class TestInterestRegister(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.unit = make_work_unit().name
		cls.official = make_official("Pejabat Register", work_unit=cls.unit)

	def setUp(self):
		super().setUp()
		frappe.flags.current_date = "2026-02-10"

	def test_one_register_per_official_per_period(self):
		register_doc(self.official.name).insert()
		with self.assertRaises(register.DuplicateRegisterError):
			register_doc(self.official.name).insert()
		register_doc(self.official.name, period=2025).insert()  # another period is fine

	def test_submit_records_filing_date_and_due_date(self):
		doc = register_doc(self.official.name).insert()
		doc.submit()
		self.assertEqual(getdate(doc.filing_date), getdate("2026-02-10"))
		self.assertEqual(getdate(doc.due_date), getdate("2026-03-31"))
		self.assertTrue(doc.name.startswith("DKP-2026-"))

	def test_amendment_replaces_and_keeps_history(self):
		first = register_doc(self.official.name).insert()
		first.submit()
		first.cancel()
		amended = frappe.copy_doc(first)
		amended.docstatus = 0
		amended.amended_from = first.name
		amended.no_outside_work = 0
		amended.append("outside_work", {"kind_of_work": "Dosen tamu", "institution": "Universitas X"})
		amended.update({"statement_true": 1, "statement_manage": 1, "statement_update": 1})
		amended.insert()
		amended.submit()
		self.assertEqual(amended.name, f"{first.name}-1")
		old = frappe.get_doc(DOCTYPE, first.name)
		self.assertEqual(old.docstatus, 2)
		self.assertEqual(old.superseded_by, amended.name)
		self.assertTrue(old.no_outside_work)  # the earlier version is unchanged and readable
		# the amendment does not count as a duplicate, but a second live register does
		with self.assertRaises(register.DuplicateRegisterError):
			register_doc(self.official.name).insert()

	def test_correct_my_register_keeps_the_official_filed_on_their_first_date(self):
		from coi_management.monitoring import compliance
		from coi_management.monitoring.scope import Scope

		frappe.flags.current_date = "2026-03-20"
		first = register_doc(self.official.name).insert()
		first.submit()
		frappe.flags.current_date = "2026-04-10"  # after the due date: a gap would show "late"
		frappe.set_user(self.official.user)
		name = register.correct(first.name)
		self.assertEqual(register.correct(first.name), name)  # one correction at a time
		correction = frappe.get_doc(DOCTYPE, name)
		self.assertEqual((correction.docstatus, correction.amended_from), (0, first.name))
		self.assertFalse(correction.statement_true)  # confirmed again by the official
		# meanwhile the official has filed: the public register and the reports say so
		self.assertEqual(register.filing_status(self.official.name, 2026), "Filed")
		self.assertEqual(frappe.db.get_value(DOCTYPE, first.name, "docstatus"), 1)
		correction.no_outside_work = 0
		correction.append("outside_work", {"kind_of_work": "Dosen tamu", "institution": "Universitas X"})
		correction.update({"statement_true": 1, "statement_manage": 1, "statement_update": 1})
		correction.save()
		correction.submit()
		frappe.set_user("Administrator")
		old = frappe.get_doc(DOCTYPE, first.name)
		self.assertEqual((old.docstatus, old.superseded_by), (2, correction.name))
		self.assertEqual(register.filing_status(self.official.name, 2026), "Filed")
		rows = compliance.figures(
			frappe._dict(year=2026, work_unit=self.unit, show_officials=1), Scope("Administrator")
		)["officials"]
		mine = next(row for row in rows if row.official == self.official.name)
		self.assertEqual((str(mine.first_filed), mine.filing_status), ("2026-03-20", compliance.ON_TIME))

	def test_only_the_filer_corrects_a_submitted_register(self):
		first = register_doc(self.official.name).insert()
		with self.assertRaises(frappe.ValidationError):
			register.correct(first.name)  # a draft is simply edited
		first.submit()
		other = make_official("Pejabat Lain", work_unit=self.unit)
		frappe.set_user(other.user)
		try:
			with self.assertRaises(frappe.PermissionError):
				register.correct(first.name)
		finally:
			frappe.set_user("Administrator")
		self.assertFalse(register.correction_of(first.name))

	def test_every_section_needs_entries_or_an_explicit_none(self):
		doc = register_doc(self.official.name, no_business=0).insert()  # a draft may be incomplete
		with self.assertRaises(register.IncompleteRegisterError):
			doc.submit()
		doc.reload()
		doc.append("business", {"ownership_form": "Shares", "percentage": 5, "company": "PT Contoh"})
		doc.submit()
		self.assertEqual(doc.docstatus, 1)

	def test_none_and_entries_together_are_refused(self):
		doc = register_doc(self.official.name)
		doc.append("public_offices", {"position_title": "Komisaris", "institution": "BUMD"})
		with self.assertRaises(register.IncompleteRegisterError):
			doc.insert()

	def test_affiliation_questions_match_rows(self):
		doc = register_doc(self.official.name, affiliation_professional="Yes").insert()
		with self.assertRaises(register.IncompleteRegisterError):
			doc.submit()  # Yes without an organisation
		doc.reload()
		doc.append("affiliations", {"question": "1", "organisation": "Yayasan"})
		with self.assertRaises(register.IncompleteRegisterError):
			doc.save()  # question 1 answered No but a row given
		doc.reload()
		doc.append("affiliations", {"question": "2", "organisation": "Ikatan Alumni", "function": "Ketua"})
		doc.submit()
		unanswered = register_doc(self.official.name, period=2025, affiliation_other=None).insert()
		with self.assertRaises(register.IncompleteRegisterError):
			unanswered.submit()

	def test_thresholds_mark_rows_not_required(self):
		doc = register_doc(self.official.name, no_business=0)
		doc.append("business", {"ownership_form": "Shares", "percentage": 0.5, "company": "PT Kecil"})
		doc.append("business", {"ownership_form": "Shares", "percentage": 1, "company": "PT Satu"})
		doc.append("business", {"ownership_form": "Shares", "percentage": 2.5, "company": "PT Besar"})
		doc.append("business", {"ownership_form": "Asset", "amount": 400_000_000, "company": "Tanah Ungaran"})
		doc.append(
			"business", {"ownership_form": "Investment", "amount": 750_000_000, "company": "Reksa Dana"}
		)
		doc.insert()
		self.assertEqual([row.below_threshold for row in doc.business], [1, 1, 0, 1, 0])

	def test_holding_values_are_checked(self):
		for row, field in (
			({"ownership_form": "Shares", "percentage": 120, "company": "PT A"}, "percentage"),
			({"ownership_form": "Shares", "company": "PT A"}, "percentage missing"),
			({"ownership_form": "Asset", "amount": -5, "company": "Rumah"}, "negative"),
			({"ownership_form": "Investment", "company": "Obligasi"}, "amount missing"),
		):
			with self.subTest(field):
				doc = register_doc(self.official.name, no_business=0)
				doc.append("business", row)
				with self.assertRaises(register.InvalidHoldingError):
					doc.insert()
		self.assertFalse(frappe.db.exists(DOCTYPE, {"official": self.official.name}))  # nothing half-saved

	def test_family_relationship_comes_from_the_profile(self):
		doc = register_doc(self.official.name, no_family=0)
		doc.append(
			"family",
			{"full_name": "Budi", "relationship": family_kind(), "relationship_kind": "Step-relative"},
		)
		doc.insert()
		self.assertEqual(doc.family[0].is_personal, 1)
		non_family = frappe.get_all(
			"COI Classification", filters={"classification_type": "Conflict Form"}, pluck="name", limit=1
		)
		bad = register_doc(self.official.name, period=2025, no_family=0)
		bad.append("family", {"full_name": "Ani", "relationship": non_family[0]})
		with self.assertRaises(register.InvalidRelationshipError):
			bad.insert()

	def test_family_kinds_are_the_eleven_of_article_8(self):
		self.assertEqual(len(register.family_relationships()), 11)

	def test_statements_confirmed_before_submit(self):
		doc = register_doc(self.official.name, statement_manage=0).insert()
		with self.assertRaises(register.StatementsNotConfirmedError):
			doc.submit()

	def test_section_f_required_near_retirement(self):
		retiring = make_official(work_unit=self.unit, retirement_date=add_days("2026-02-10", 45))
		doc = register_doc(retiring.name).insert()
		self.assertEqual(doc.post_retirement_required, 1)
		with self.assertRaises(register.PostRetirementRequiredError):
			doc.submit()
		doc.reload()
		doc.has_post_retirement_plan = "Yes"
		doc.append(
			"post_retirement_plans",
			{"plan_kind": "Work or Business", "organisation": "CV Konsultan", "position_title": "Direktur"},
		)
		doc.submit()
		# far from retirement: section F may stay unanswered
		later = make_official(work_unit=self.unit, retirement_date=add_days("2026-02-10", 200))
		doc = register_doc(later.name).insert()
		self.assertEqual(doc.post_retirement_required, 0)
		doc.submit()

	def test_new_period_prefilled_from_last_submitted(self):
		last = register_doc(
			self.official.name, period=2025, no_outside_work=0, affiliation_civil_society="Yes"
		)
		last.append("outside_work", {"kind_of_work": "Pengajar", "institution": "Politeknik"})
		last.append(
			"affiliations", {"question": "1", "organisation": "Yayasan Sosial", "function": "Anggota"}
		)
		last.insert()
		last.submit()
		values = register.get_new_register(self.official.name, 2026)
		self.assertEqual(values["prefilled_from"], last.name)
		self.assertEqual(values["outside_work"][0]["kind_of_work"], "Pengajar")
		self.assertEqual(values["affiliation_civil_society"], "Yes")
		self.assertFalse(values.get("statement_true"))  # the official confirms again
		values.pop("existing")
		values.pop("__onload")
		doc = frappe.get_doc(values)
		doc.update({"statement_true": 1, "statement_manage": 1, "statement_update": 1})
		doc.insert()
		doc.submit()
		self.assertEqual(doc.outside_work[0].institution, "Politeknik")

	def test_prefill_refused_for_someone_else(self):
		other = make_official(work_unit=self.unit)
		frappe.set_user(self.official.user)
		with self.assertRaises(frappe.PermissionError):
			register.get_new_register(other.name, 2026)
		self.assertEqual(register.get_new_register()["official"], self.official.name)

	def test_filing_status(self):
		self.assertEqual(register.filing_status(self.official.name, 2026), "Not Filed")
		doc = register_doc(self.official.name).insert()
		self.assertEqual(register.filing_status(self.official.name, 2026), states.DRAFT)
		self.assertEqual(register.filing_status(self.official.name, 2026, on="2026-04-01"), "Overdue")
		doc.submit()
		self.assertEqual(register.filing_status(self.official.name, 2026, on="2026-04-01"), "Filed")
