import frappe

from coi_management.tests.factories import COITestCase


class TestCOISettings(COITestCase):
	def test_filing_window_defaults(self):
		settings = frappe.get_single("COI Settings")
		self.assertEqual((settings.register_window_opens, settings.register_due_on), ("01-01", "03-31"))
		self.assertEqual(settings.register_reminder_days, "30,7,1")

	def test_invalid_month_day_is_refused_naming_the_field(self):
		for fieldname, value in (
			("register_due_on", "31-03"),
			("register_due_on", "02-30"),
			("register_window_opens", "Maret"),
			("register_reminder_days", "30,tujuh"),
		):
			settings = frappe.get_single("COI Settings")
			settings.set(fieldname, value)
			with self.subTest(value=value), self.assertRaises(frappe.ValidationError) as ctx:
				settings.save()
			self.assertIn(settings.meta.get_label(fieldname), str(ctx.exception))
		self.assertEqual(frappe.db.get_single_value("COI Settings", "register_due_on"), "03-31")

	def test_leap_day_is_a_valid_due_date(self):
		settings = frappe.get_single("COI Settings")
		settings.register_due_on = "02-29"
		settings.save()
		self.assertEqual(frappe.db.get_single_value("COI Settings", "register_due_on"), "02-29")

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
