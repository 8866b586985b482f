"""Deadlines in working days under both profiles, and the daily job: reminders and escalation
exactly once each, whatever the number of runs, with missed days recovered."""

import frappe

from coi_management.core import states
from coi_management.declarations import deadlines
from coi_management.declarations import declaration as decl
from coi_management.tests.factories import BANJARMASIN, SEMARANG, DeclarationTestCase

BJM_SOURCE = {"conflict_source": "BJM-2020-C3", "conflict_sub_kind": None}


class TestDeclarationDeadlines(DeclarationTestCase):
	def due(self, declared_on, regulation=SEMARANG):
		self.set_active_regulation(regulation)
		frappe.flags.current_date = declared_on
		extra = BJM_SOURCE if regulation == BANJARMASIN else {}
		return str(self.declared(**extra).due_date)

	def test_semarang_seven_working_days_over_a_weekend(self):
		self.assertEqual(self.due("2026-11-20"), "2026-12-01")  # Friday

	def test_semarang_over_a_holiday(self):
		self.assertEqual(self.due("2026-05-11"), "2026-05-22")  # Ascension + cuti bersama

	def test_semarang_over_the_year_boundary(self):
		self.assertEqual(self.due("2025-12-23"), "2026-01-06")  # Christmas, New Year

	def test_banjarmasin_three_working_days_over_a_weekend(self):
		self.assertEqual(self.due("2026-11-20", BANJARMASIN), "2026-11-25")

	def test_banjarmasin_over_a_holiday(self):
		self.assertEqual(self.due("2026-05-13", BANJARMASIN), "2026-05-20")

	def test_banjarmasin_over_the_year_boundary(self):
		self.assertEqual(self.due("2025-12-29", BANJARMASIN), "2026-01-02")

	def test_banjarmasin_review_period_in_calendar_days(self):
		self.set_active_regulation(BANJARMASIN)
		from coi_management.core.regulation import review_due_date

		self.assertEqual(str(review_due_date("2025-12-31")), "2026-01-02")


class TestDeadlineJob(DeclarationTestCase):
	def notices(self, user, name) -> int:
		return frappe.db.count("Notification Log", {"for_user": user, "document_name": name})

	def run_on(self, day):
		frappe.flags.current_date = day
		deadlines.daily()

	def test_reminders_and_escalation_exactly_once(self):
		frappe.flags.current_date = "2026-11-20"  # Friday; due Tuesday 2026-12-01
		doc = self.declared()
		base = self.notices(self.superior.user, doc.name)
		self.run_on("2026-11-26")  # 3 working days before: nothing yet
		self.assertEqual(self.notices(self.superior.user, doc.name), base)
		for _run in range(2):
			self.run_on("2026-11-27")  # 2 working days before
		self.assertEqual(self.notices(self.superior.user, doc.name), base + 1)
		self.run_on("2026-11-28")  # Saturday, inside the window: nothing more
		self.run_on("2026-11-30")
		self.assertEqual(self.notices(self.superior.user, doc.name), base + 1)
		for _run in range(2):
			self.run_on("2026-12-01")  # the due date
		self.assertEqual(self.notices(self.superior.user, doc.name), base + 2)
		self.run_on("2026-12-02")  # overdue: escalated to the next superior, managers told
		after_escalation = self.notices(self.manager, doc.name)
		for day in ("2026-12-02", "2026-12-03", "2026-12-10"):
			self.run_on(day)  # whatever the runs, nothing more
		doc.reload()
		self.assertEqual(len(doc.escalations), 1)
		self.assertEqual(doc.escalations[0].reason, decl.REASON_DEADLINE)
		self.assertEqual(doc.deciding_superior, self.head.name)
		self.assertEqual(doc.workflow_state, states.ESCALATED)
		self.assertTrue(doc.on_hold)
		self.assertEqual(self.notices(self.manager, doc.name), after_escalation)
		subjects = frappe.get_all(
			"Notification Log", {"for_user": self.manager, "document_name": doc.name}, pluck="subject"
		)
		self.assertEqual(sum("not decided on time" in subject for subject in subjects), 1, subjects)
		self.assertEqual(self.notices(self.superior.user, doc.name), base + 2)

	def test_missed_days_are_recovered(self):
		frappe.flags.current_date = "2026-11-20"
		doc = self.declared()
		base = self.notices(self.superior.user, doc.name)
		self.run_on("2026-12-04")  # the job did not run for two weeks
		doc.reload()
		self.assertEqual(len(doc.escalations), 1)
		self.assertTrue(doc.reminder_before_sent and doc.reminder_due_sent and doc.overdue_escalated)
		self.assertEqual(self.notices(self.superior.user, doc.name), base)  # no stale reminders
		self.run_on("2026-12-05")
		doc.reload()
		self.assertEqual(len(doc.escalations), 1)

	def test_missed_reminder_window_sends_the_due_day_reminder_once(self):
		frappe.flags.current_date = "2026-11-20"
		doc = self.declared()
		base = self.notices(self.superior.user, doc.name)
		self.run_on("2026-12-01")
		self.run_on("2026-12-01")
		self.assertEqual(self.notices(self.superior.user, doc.name), base + 1)

	def test_overdue_at_the_top_of_the_chain_notifies_managers_once(self):
		frappe.flags.current_date = "2026-11-20"
		doc = self.declared(official=self.head)  # decided by the top official
		before = self.notices(self.manager, doc.name)
		self.run_on("2026-12-02")
		self.run_on("2026-12-03")
		doc.reload()
		self.assertEqual(len(doc.escalations), 0)
		self.assertEqual(doc.deciding_superior, self.top.name)
		self.assertEqual(self.notices(self.manager, doc.name), before + 2)  # overdue + top of chain

	def test_decided_and_withdrawn_declarations_are_left_alone(self):
		frappe.flags.current_date = "2026-11-20"
		decided = self.declared()
		self.decide(decided)
		self.run_on("2026-12-10")
		decided.reload()
		self.assertFalse(decided.overdue_escalated)
		self.assertEqual(decided.workflow_state, states.DECIDED)
