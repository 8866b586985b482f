import datetime

import frappe

from coi_management import api
from coi_management.core import clock
from coi_management.core.roles import MANAGER, OFFICIAL
from coi_management.registers import interest_register
from coi_management.setup.install import set_filing_window_dates
from coi_management.tests.factories import COITestCase, make_user


class TestCOISettings(COITestCase):
	def test_filing_window_defaults(self):
		settings = frappe.get_single("COI Settings")
		# picked as dates (a date picker); only day and month count: the window repeats every year
		opens, due = (
			frappe.utils.getdate(settings.get(f)) for f in ("register_window_opens", "register_due_on")
		)
		self.assertEqual(((opens.month, opens.day), (due.month, due.day)), ((1, 1), (3, 31)))
		self.assertEqual(
			interest_register.period_dates(2031), (datetime.date(2031, 1, 1), datetime.date(2031, 3, 31))
		)
		self.assertEqual(settings.register_reminder_days, "30,7,1")

	def test_a_filing_window_typed_as_month_day_becomes_a_date_on_migrate(self):
		settings = frappe.get_single("COI Settings")
		settings.register_window_opens, settings.register_due_on = "02-01", "04-30"
		self.assertTrue(set_filing_window_dates(settings))
		year = clock.today().year
		self.assertEqual(
			(settings.register_window_opens, settings.register_due_on), (f"{year}-02-01", f"{year}-04-30")
		)
		self.assertFalse(set_filing_window_dates(settings))  # once only: an administrator's date stays

	def test_invalid_month_day_is_refused_naming_the_field(self):
		for fieldname, value in (
			("register_due_on", "31-03"),
			("register_due_on", "2026-02-30"),
			("register_window_opens", "Maret"),
			("register_reminder_days", "30,tujuh"),
		):
			settings = frappe.get_single("COI Settings")
			settings.set(fieldname, value)
			with self.subTest(value=value), self.assertRaises(frappe.ValidationError) as ctx:
				settings.save()
			self.assertIn(settings.meta.get_label(fieldname), str(ctx.exception))
		due = frappe.utils.getdate(frappe.db.get_single_value("COI Settings", "register_due_on"))
		self.assertEqual((due.month, due.day), (3, 31))

	def test_leap_day_is_a_valid_due_date(self):
		settings = frappe.get_single("COI Settings")
		settings.register_due_on = "2028-02-29"
		settings.save()
		# in a year without 29 February the register is due on the 28th
		self.assertEqual(interest_register.period_dates(2027)[1], datetime.date(2027, 2, 28))
		self.assertEqual(interest_register.period_dates(2028)[1], datetime.date(2028, 2, 29))

	def test_disabled_profile_cannot_be_active(self):
		frappe.db.set_value("COI Regulation", "Perwali Banjarmasin 92/2020", "enabled", 0)
		settings = frappe.get_single("COI Settings")
		settings.active_regulation = "Perwali Banjarmasin 92/2020"
		with self.assertRaises(frappe.ValidationError):
			settings.save()

	def test_complaint_deadlines_per_profile(self):
		smg = frappe.get_doc("COI Regulation", "Perbup Semarang 28/2025")
		bjm = frappe.get_doc("COI Regulation", "Perwali Banjarmasin 92/2020")
		self.assertEqual((smg.complaint_acknowledge_days, smg.complaint_response_days), (3, 5))
		self.assertEqual(smg.complaint_examination_days, 0)
		self.assertEqual(bjm.complaint_examination_days, 3)

	def test_a_profile_switch_says_what_changes_before_it_happens(self):
		impact = api.profile_switch_impact("Perwali Banjarmasin 92/2020")
		labels = {change["label"]: change for change in impact["changes"]}
		# Semarang: acknowledge 3, examination none; Banjarmasin: examination by the superior 3 days
		examination = labels[frappe._("Complaint Examination by Superior (Working Days)")]
		self.assertEqual((examination["current"], examination["new"]), ("0", "3"))
		self.assertIn("open_declarations", impact)
		self.assertEqual(frappe.get_single("COI Settings").active_regulation, "Perbup Semarang 28/2025")

	def test_only_an_administrator_asks_for_the_impact_of_a_switch(self):
		frappe.set_user(make_user(roles=(OFFICIAL, MANAGER)).name)
		try:
			with self.assertRaises(frappe.PermissionError):
				api.profile_switch_impact("Perwali Banjarmasin 92/2020")
		finally:
			frappe.set_user("Administrator")
