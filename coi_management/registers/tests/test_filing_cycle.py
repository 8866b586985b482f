"""The daily filing cycle over a simulated season: reminders once per due point, catch-up of a
missed day, overdue lists to the right superiors and to COI Managers, the retirement reminder."""

from unittest.mock import patch

import frappe
from frappe.utils import add_days, getdate

from coi_management.core import notices
from coi_management.core.roles import MANAGER
from coi_management.registers import filing_cycle
from coi_management.tests.factories import (
	COITestCase,
	commit_notices,
	make_official,
	make_user,
	make_work_unit,
	register_doc,
	tolerate_unbuilt_assets,
)

LOG = "Interest Register Reminder"


class TestRegisterCycle(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		# only this class's officials are active while it runs (rolled back afterwards)
		frappe.db.set_value("Official", {"status": "Active"}, "status", "Transferred", update_modified=False)
		frappe.db.set_single_value("COI Settings", "register_window_opens", "01-01")
		frappe.db.set_single_value("COI Settings", "register_due_on", "03-31")
		frappe.db.set_single_value("COI Settings", "register_reminder_days", "30,7,1")
		frappe.clear_document_cache("COI Settings", "COI Settings")
		unit = make_work_unit().name
		cls.boss = make_official("Kepala Siklus", work_unit=unit)
		cls.staff = make_official("Staf Siklus", work_unit=unit, superior=cls.boss.name)
		cls.filer = make_official("Rajin Siklus", work_unit=unit, superior=cls.boss.name)
		cls.manager = make_user(roles=(MANAGER,)).name

	def setUp(self):
		super().setUp()
		tolerate_unbuilt_assets()

	def run_days(self, start, end, runs=1):
		day = getdate(start)
		while day <= getdate(end):
			frappe.flags.current_date = day
			for _run in range(runs):
				filing_cycle.daily()
				commit_notices()  # each run commits: its notices go out
			day = add_days(day, 1)

	def notifications(self, user) -> list[str]:
		commit_notices()
		return frappe.get_all(
			"Notification Log", filters={"for_user": user}, pluck="subject", order_by="creation asc"
		)

	def emails_to(self, user) -> int:
		email = frappe.db.get_value("User", user, "email")
		return frappe.db.count("Email Queue Recipient", {"recipient": email})

	def test_reminders_once_per_due_point_over_the_season(self):
		frappe.flags.current_date = "2026-01-05"
		filed = register_doc(self.filer.name, period=2026).insert()
		filed.submit()
		# window opens 1 Jan; reminders 1 Mar (30 days), 24 Mar (7), 30 Mar (1)
		self.run_days("2026-01-01", "2026-01-03")
		self.assertEqual(len(self.notifications(self.staff.user)), 1)
		self.run_days("2026-02-25", "2026-03-31")
		subjects = self.notifications(self.staff.user)
		self.assertEqual(len(subjects), 4, subjects)
		self.assertEqual(self.emails_to(self.staff.user), 0)  # no e-mail account: bells only, no error
		self.assertTrue(all("Pengingat" in subject and "2026" in subject for subject in subjects), subjects)
		self.assertEqual(self.notifications(self.filer.user), [])  # has filed
		kinds = frappe.get_all(LOG, filters={"official": self.staff.name}, pluck="kind")
		self.assertEqual(sorted(kinds), ["Before Due Date"] * 3 + ["Window Opened"])

	def test_second_run_same_day_sends_nothing(self):
		frappe.flags.current_date = "2026-03-01"
		filing_cycle.daily()
		before = len(self.notifications(self.staff.user))
		filing_cycle.daily()
		self.assertEqual(notices.pending(), [])
		self.assertEqual(len(self.notifications(self.staff.user)), before)
		self.assertEqual(before, 1)

	def test_missed_days_are_caught_up_with_one_message(self):
		frappe.flags.current_date = "2026-03-05"  # the job did not run in January nor on 1 March
		filing_cycle.daily()
		self.assertEqual(len(self.notifications(self.staff.user)), 1)
		covered = frappe.get_all(LOG, filters={"official": self.staff.name}, pluck="due_point")
		self.assertEqual(sorted(map(str, covered)), ["2026-01-01", "2026-03-01"])

	def test_overdue_lists_go_to_superiors_and_managers_once(self):
		frappe.flags.current_date = "2026-01-05"
		filed = register_doc(self.filer.name, period=2026).insert()
		filed.submit()
		self.run_days("2026-03-31", "2026-03-31")
		reminders = len(self.notifications(self.staff.user))
		self.run_days("2026-04-01", "2026-04-03")
		boss = [subject for subject in self.notifications(self.boss.user) if "Terlambat" in subject]
		self.assertEqual(len(boss), 1, boss)
		message = frappe.get_all(
			"Notification Log",
			filters={"for_user": self.boss.user, "subject": boss[0]},
			pluck="email_content",
		)[0]
		self.assertIn("Staf Siklus", message)
		self.assertNotIn("Rajin Siklus", message)  # filed on time
		self.assertNotIn("Kepala Siklus", message)  # not the boss's own report
		manager = [subject for subject in self.notifications(self.manager) if "Terlambat" in subject]
		self.assertEqual(len(manager), 1)
		self.assertIn(
			"Kepala Siklus",
			frappe.get_all("Notification Log", filters={"for_user": self.manager}, pluck="email_content")[0],
		)
		self.assertEqual(len(self.notifications(self.staff.user)), reminders)  # none after the due date

	def test_retirement_reminder(self):
		retiring = make_official("Purna Siklus", retirement_date="2026-09-30", superior=self.boss.name)
		# limit: 60 days before = 1 Aug; first reminder 30 days earlier = 2 Jul
		self.run_days("2026-06-28", "2026-07-03")
		subjects = [s for s in self.notifications(retiring.user) if "pensiun" in s]
		self.assertEqual(len(subjects), 1)
		self.run_days("2026-07-30", "2026-08-02")
		self.assertEqual(len([s for s in self.notifications(retiring.user) if "pensiun" in s]), 2)
		self.run_days("2026-08-03", "2026-08-10")
		self.assertEqual(len([s for s in self.notifications(retiring.user) if "pensiun" in s]), 2)

	def test_no_retirement_reminder_once_section_f_is_filed(self):
		retiring = make_official("Purna Rajin", retirement_date="2026-09-30")
		frappe.flags.current_date = "2026-06-01"
		doc = register_doc(retiring.name, period=2026, has_post_retirement_plan="No").insert()
		doc.submit()
		self.run_days("2026-07-01", "2026-08-02")
		self.assertEqual([s for s in self.notifications(retiring.user) if "pensiun" in s], [])

	def test_a_simulated_year_twice_a_day_gives_one_message_per_due_point(self):
		"""Run as a worker would (language en), twice a day from January to December."""
		retiring = make_official("Purna Setahun, S.E.", retirement_date="2026-11-30", superior=self.boss.name)
		errors = frappe.db.count("Error Log")
		frappe.local.lang = "en"
		with patch("coi_management.core.clock.today", side_effect=lambda: getdate(frappe.flags.current_date)):
			self.run_days("2026-01-01", "2026-12-31", runs=2)
		staff = self.notifications(self.staff.user)
		reminders = [s for s in staff if s.startswith("Pengingat: isi Daftar")]
		self.assertEqual(len(reminders), 4, staff)  # window opens, 30, 7 and 1 days before the due date
		self.assertEqual(len(staff), 4, staff)
		self.assertEqual(len([s for s in self.notifications(self.boss.user) if "Terlambat" in s]), 1)
		self.assertEqual(len([s for s in self.notifications(self.manager) if "Terlambat" in s]), 1)
		plans = [s for s in self.notifications(retiring.user) if "pensiun" in s]
		self.assertEqual(len(plans), 2, plans)  # 30 days before the 60-day limit, and on it
		sent = frappe.get_all(LOG, filters={"official": self.staff.name}, pluck="due_point")
		self.assertEqual(len(sent), len(set(sent)), sent)  # one record per due point
		self.assertEqual(frappe.db.count("Error Log"), errors)

	def test_with_an_email_account_each_reminder_is_also_queued(self):
		frappe.local.outgoing_email_account = {}
		frappe.get_doc(
			{
				"doctype": "Email Account",
				"email_account_name": "COI Test Outgoing",
				"email_id": "coi-test@example.com",
				"enable_outgoing": 1,
				"default_outgoing": 1,
				"smtp_server": "localhost",
				"no_smtp_authentication": 1,
			}
		).insert(ignore_permissions=True)
		self.run_days("2026-01-01", "2026-01-02", runs=2)
		self.assertEqual(len(self.notifications(self.staff.user)), 1)
		self.assertEqual(self.emails_to(self.staff.user), 1)
