"""Cooling-off Records of former officials (S 27; S Lampiran D.4)."""

import datetime

import frappe

from coi_management.cooling_off import expiry
from coi_management.cooling_off import record as cooling_off
from coi_management.core.roles import INSPECTOR, MANAGER
from coi_management.tests.factories import COITestCase, make_official, make_user, make_work_unit


class TestCoolingOff(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.agency = make_work_unit()
		cls.section = make_work_unit(parent=cls.agency.name, unit_type="Section")
		cls.other_unit = make_work_unit()
		cls.head = make_official("Kepala Dinas", work_unit=cls.agency.name)
		cls.official = make_official("Pejabat Pensiun", work_unit=cls.section.name, superior=cls.head.name)
		cls.other_head = make_official("Kepala Lain", work_unit=cls.other_unit.name)
		make_official("Staf Lain", work_unit=cls.other_unit.name, superior=cls.other_head.name)
		cls.manager = make_user(roles=(MANAGER,)).name
		cls.inspector = make_user(roles=(INSPECTOR,)).name
		frappe.clear_cache()

	def leave(self, status="Retired", exit_date="2025-06-30", official=None):
		doc = frappe.get_doc("Official", official or self.official.name)
		doc.status = status
		doc.exit_date = exit_date
		doc.save()
		return frappe.get_all("Cooling-off Record", filters={"official": doc.name}, pluck="name")

	def test_end_date_is_exactly_the_period_later_leap_days_included(self):
		cases = {
			("2025-06-30", 2): datetime.date(2027, 6, 30),
			("2024-02-29", 2): datetime.date(2026, 2, 28),
			("2028-02-29", 2): datetime.date(2030, 2, 28),
			("2026-02-28", 2): datetime.date(2028, 2, 28),
			("2027-03-01", 1): datetime.date(2028, 3, 1),
			("2024-02-29", 4): datetime.date(2028, 2, 29),
		}
		for (exit_date, years), expected in cases.items():
			with self.subTest(exit_date=exit_date, years=years):
				self.assertEqual(cooling_off.end_date(exit_date, years), expected)

	def test_retirement_opens_a_record_with_the_former_position(self):
		frappe.flags.current_date = "2025-07-01"
		names = self.leave("Retired", "2024-02-29")
		self.assertEqual(len(names), 1)
		record = frappe.get_doc("Cooling-off Record", names[0])
		self.assertEqual(record.end_date, datetime.date(2026, 2, 28))
		self.assertEqual(record.cooling_off_years, 2)
		self.assertEqual((record.work_unit, record.agency), (self.section.name, self.agency.name))
		self.assertEqual(
			(record.exit_reason, record.status, record.former_superior), ("Retired", "Active", self.head.name)
		)
		self.assertTrue(
			all(
				record.get(f)
				for f in (
					"restrict_business_licence",
					"restrict_procurement",
					"restrict_licence_supervision",
					"restrict_consultancy",
					"restrict_other_processes",
				)
			)
		)

	def test_each_exit_status_opens_a_record_once(self):
		for status in ("Resigned", "Dismissed"):
			with self.subTest(status=status):
				frappe.db.savepoint("coi_exit")
				self.assertEqual(len(self.leave(status)), 1)
				doc = frappe.get_doc("Official", self.official.name)
				doc.save()  # saving again without a status change adds nothing
				self.assertEqual(len(frappe.get_all("Cooling-off Record", filters={"official": doc.name})), 1)
				frappe.db.rollback(save_point="coi_exit")

	def test_other_exits_open_a_record_only_on_request(self):
		self.assertEqual(self.leave("Transferred"), [])
		frappe.set_user(self.inspector)
		with self.assertRaises(frappe.PermissionError):
			cooling_off.request_record(self.official.name)
		frappe.set_user(self.manager)
		name = cooling_off.request_record(self.official.name)
		self.assertEqual(frappe.db.get_value("Cooling-off Record", name, "exit_reason"), "Other")
		self.assertEqual(cooling_off.request_record(self.official.name), name)

	def test_the_profile_sets_the_period(self):
		frappe.db.set_value("COI Regulation", "Perbup Semarang 28/2025", "cooling_off_years", 3)
		frappe.clear_document_cache("COI Regulation", "Perbup Semarang 28/2025")
		self.set_active_regulation("Perbup Semarang 28/2025")
		record = frappe.get_doc("Cooling-off Record", self.leave("Retired", "2025-01-15")[0])
		self.assertEqual(record.end_date, datetime.date(2028, 1, 15))
		frappe.clear_document_cache("COI Regulation", "Perbup Semarang 28/2025")

	def test_boundary_the_end_date_is_the_first_day_without_restrictions(self):
		"""Exit 30 June 2025 + 2 years: restricted through 29 June 2027, Expired on 30 June 2027 -
		label, description, the record's own status and the daily job say the same."""
		meta = frappe.get_meta("Cooling-off Record")
		self.assertEqual(meta.get_label("end_date"), "Expires On")
		self.assertIn("day before", meta.get_field("end_date").description)
		self.assertEqual(expiry.status_on("2027-06-30", "2027-06-29"), expiry.ACTIVE)
		self.assertEqual(expiry.status_on("2027-06-30", "2027-06-30"), expiry.EXPIRED)
		frappe.flags.current_date = "2027-06-30"  # a record opened late, on its end date, is born Expired
		record = frappe.get_doc("Cooling-off Record", self.leave("Retired", "2025-06-30")[0])
		self.assertEqual((str(record.end_date), record.status), ("2027-06-30", expiry.EXPIRED))

	def test_daily_job_expires_on_the_end_date_and_is_idempotent(self):
		frappe.flags.current_date = "2025-07-01"
		name = self.leave("Retired", "2025-06-30")[0]
		frappe.flags.current_date = "2027-06-29"
		self.assertEqual(expiry.daily(), 0)
		self.assertEqual(frappe.db.get_value("Cooling-off Record", name, "status"), "Active")
		frappe.flags.current_date = "2027-06-30"
		self.assertEqual(expiry.daily(), 1)
		self.assertEqual(expiry.daily(), 0)
		self.assertEqual(frappe.db.get_value("Cooling-off Record", name, "status"), "Expired")

	def test_consultancy_exception_needs_justification_approver_and_date(self):
		name = self.leave()[0]

		def save_with(**values):
			record = frappe.get_doc("Cooling-off Record", name)
			record.update(values)
			record.save()

		with self.assertRaises(cooling_off.CoolingOffExceptionError) as raised:
			save_with(consultancy_exception=1)
		self.assertIn("Justification", str(raised.exception))
		justification = "Keahlian langka, tanpa pengaruh dan kepentingan pribadi"
		with self.assertRaises(cooling_off.CoolingOffExceptionError):
			save_with(consultancy_exception=1, exception_justification=justification)
		approved = {
			"consultancy_exception": 1,
			"exception_justification": justification,
			"exception_approved_by": self.manager,
			"exception_approved_on": "2025-08-01",
		}
		save_with(**approved)
		with self.assertRaises(cooling_off.CoolingOffExceptionError):
			save_with(consultancy_exception=0)  # a justification left without the exception
		with self.assertRaises(cooling_off.CoolingOffExceptionError):
			save_with(
				**{**approved, "exception_approved_by": self.official.user}
			)  # not by the former official

	def test_entities_identifiers_are_checked(self):
		record = frappe.get_doc("Cooling-off Record", self.leave()[0])
		record.append(
			"entities",
			{
				"role": "Commissioner",
				"entity_name": "PT Jalan Mulus",
				"nib": "1234567890123",
				"npwp": "01.234.567.8-901.000",
			},
		)
		record.save()
		self.assertEqual(record.entities[0].npwp, "012345678901000")
		record.append("entities", {"role": "Consultant", "entity_name": "CV Lain", "nib": "123"})
		with self.assertRaises(cooling_off.CoolingOffError):
			record.save()

	def test_visible_to_manager_inspector_and_superiors_of_the_unit_left(self):
		name = self.leave()[0]
		for user, expected in (
			(self.manager, True),
			(self.inspector, True),
			(self.head.user, True),
			(self.other_head.user, False),
			(self.official.user, False),
		):
			with self.subTest(user=user):
				self.assertEqual(
					bool(frappe.has_permission("Cooling-off Record", "read", name, user=user)), expected
				)
				frappe.set_user(user)
				try:
					visible = frappe.get_list("Cooling-off Record", pluck="name")
				except frappe.PermissionError:
					visible = []
				frappe.set_user("Administrator")
				self.assertEqual(name in visible, expected)
		self.assertFalse(frappe.has_permission("Cooling-off Record", "write", name, user=self.head.user))
		self.assertFalse(frappe.has_permission("Cooling-off Record", "write", name, user=self.inspector))
