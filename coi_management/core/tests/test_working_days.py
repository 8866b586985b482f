import datetime

import frappe

from coi_management.core.working_days import (
	WorkingCalendar,
	add_working_days,
	get_calendar,
	working_days_between,
)
from coi_management.tests.factories import COITestCase

D = datetime.date


class TestWorkingDays(COITestCase):
	def test_weekend_is_skipped(self):
		cal = WorkingCalendar()
		# Friday 2026-11-20 + 1 working day = Monday 2026-11-23
		self.assertEqual(add_working_days(D(2026, 11, 20), 1, cal), D(2026, 11, 23))
		# Friday + 7 working days = Tuesday of the week after next
		self.assertEqual(add_working_days(D(2026, 11, 20), 7, cal), D(2026, 12, 1))
		# a declaration on a Saturday starts counting on Monday
		self.assertEqual(add_working_days(D(2026, 11, 21), 1, cal), D(2026, 11, 23))
		self.assertEqual(add_working_days(D(2026, 11, 20), 0, cal), D(2026, 11, 20))

	def test_holiday_is_skipped(self):
		cal = WorkingCalendar(holidays=frozenset({D(2026, 8, 17)}))  # Monday, Independence Day
		self.assertEqual(add_working_days(D(2026, 8, 14), 1, cal), D(2026, 8, 18))
		self.assertEqual(add_working_days(D(2026, 8, 14), 1, WorkingCalendar()), D(2026, 8, 17))

	def test_year_boundary(self):
		cal = WorkingCalendar(holidays=frozenset({D(2026, 12, 24), D(2026, 12, 25), D(2027, 1, 1)}))
		# Wed 2026-12-23 + 3: Thu 24 (leave), Fri 25 (Christmas), Sat, Sun -> Mon 28, Tue 29, Wed 30
		self.assertEqual(add_working_days(D(2026, 12, 23), 3, cal), D(2026, 12, 30))
		# Wed 2026-12-30 + 2: Thu 31, Fri 1 Jan (holiday), weekend -> Mon 2027-01-04
		self.assertEqual(add_working_days(D(2026, 12, 30), 2, cal), D(2027, 1, 4))

	def test_working_days_between(self):
		cal = WorkingCalendar(holidays=frozenset({D(2026, 12, 25)}))
		# (Mon 21, Mon 28]: 22, 23, 24 and 28; 25 is Christmas, 26-27 the weekend
		self.assertEqual(working_days_between(D(2026, 12, 21), D(2026, 12, 28), cal), 4)
		self.assertEqual(working_days_between(D(2026, 12, 28), D(2026, 12, 21), cal), -4)
		self.assertEqual(working_days_between(D(2026, 12, 21), D(2026, 12, 21), cal), 0)
		for days in range(0, 30):
			end = add_working_days(D(2026, 12, 18), days, cal)
			self.assertEqual(working_days_between(D(2026, 12, 18), end, cal), days)

	def test_six_day_week(self):
		cal = WorkingCalendar(weekly_off=frozenset({6}))
		self.assertEqual(add_working_days(D(2026, 11, 20), 1, cal), D(2026, 11, 21))

	def test_site_calendar_comes_from_settings(self):
		holiday_list = frappe.get_doc(
			{
				"doctype": "COI Holiday List",
				"holiday_list_name": "Uji Kalender",
				"holidays": [{"holiday_date": "2027-03-10", "description": "Hari libur uji"}],
			}
		).insert()
		frappe.db.set_single_value("COI Settings", "holiday_list", holiday_list.name)
		self.assertIn(D(2027, 3, 10), get_calendar().holidays)
		self.assertEqual(add_working_days(D(2027, 3, 9), 1), D(2027, 3, 11))
		# editing the list is seen at once
		holiday_list.append("holidays", {"holiday_date": "2027-03-11", "description": "Libur tambahan"})
		holiday_list.save()
		self.assertEqual(add_working_days(D(2027, 3, 9), 1), D(2027, 3, 12))

	def test_seeded_calendar_has_national_holidays(self):
		cal = get_calendar("Indonesia - Nasional")
		self.assertIn(D(2026, 8, 17), cal.holidays)
		self.assertIn(D(2025, 12, 25), cal.holidays)
		self.assertEqual(cal.weekly_off, frozenset({5, 6}))

	def test_holiday_list_refuses_duplicates_and_no_working_day(self):
		doc = frappe.get_doc(
			{
				"doctype": "COI Holiday List",
				"holiday_list_name": "Uji Ganda",
				"holidays": [
					{"holiday_date": "2027-01-01", "description": "a"},
					{"holiday_date": "2027-01-01", "description": "b"},
				],
			}
		)
		with self.assertRaises(frappe.ValidationError):
			doc.insert()
		every_day = {
			f"{d}_off": 1
			for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
		}
		with self.assertRaises(frappe.ValidationError):
			frappe.get_doc(
				{"doctype": "COI Holiday List", "holiday_list_name": "Uji Libur", **every_day}
			).insert()
