"""Deadlines in working days under both profiles, and the daily job: reminders and escalation
exactly once each, whatever the number of runs, with missed days recovered."""

from unittest.mock import patch

import frappe
from frappe.utils import add_days, getdate

from coi_management.core import notices, states
from coi_management.declarations import control_decision as control
from coi_management.declarations import deadlines
from coi_management.declarations import declaration as decl
from coi_management.tests.factories import (
	BANJARMASIN,
	SEMARANG,
	DeclarationTestCase,
	commit_notices,
)

BJM_SOURCE = {"conflict_source": "BJM-2020-C3", "conflict_sub_kind": None}
BJM_RECUSAL = "BJM-2020-D4b"


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
		commit_notices()
		return frappe.db.count("Notification Log", {"for_user": user, "document_name": name})

	def run_on(self, day):
		frappe.flags.current_date = day
		deadlines.daily()
		commit_notices()  # the job's transaction commits: its notices go out

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
		self.assertEqual(sum("tidak ditetapkan tepat waktu" in subject for subject in subjects), 1, subjects)
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

	def subjects(self, user, name) -> list[str]:
		commit_notices()
		return frappe.get_all(
			"Notification Log",
			{"for_user": user, "document_name": name},
			pluck="subject",
			order_by="creation",
		)

	def test_a_simulated_year_twice_a_day_gives_one_message_per_due_point(self):
		"""Declarations made across a year; the job runs twice every day, in English like a worker."""
		declared_on = ["2026-01-05", "2026-03-16", "2026-05-11", "2026-08-14", "2026-12-21"]
		docs = []
		for day in declared_on:
			frappe.flags.current_date = day
			docs.append(self.declared())
		commit_notices()
		frappe.local.lang = "en"
		with patch("coi_management.core.clock.today", side_effect=lambda: getdate(frappe.flags.current_date)):
			day = getdate("2026-01-01")
			while day <= getdate("2027-01-31"):
				for _run in range(2):
					self.run_on(day)
				day = add_days(day, 1)
		for doc in docs:
			to_superior = self.subjects(self.superior.user, doc.name)
			reminders = [s for s in to_superior if s.startswith(("Pengingat", "Hari ini"))]
			self.assertEqual(len(reminders), 2, to_superior)  # 2 working days before, and on the due date
			self.assertEqual(sum(s.startswith("Pengingat") for s in reminders), 1, reminders)
			overdue = [
				s for s in self.subjects(self.manager, doc.name) if "tidak ditetapkan tepat waktu" in s
			]
			self.assertEqual(len(overdue), 1, self.subjects(self.manager, doc.name))
			self.assertEqual(len(self.subjects(self.head.user, doc.name)), 1)  # escalated to them, once
			doc.reload()
			self.assertEqual(len(doc.escalations), 1)

	def test_a_delivery_failure_leaves_the_escalation_and_logs_one_error_per_notice(self):
		frappe.flags.current_date = "2026-11-20"
		doc = self.declared()
		commit_notices()
		frappe.flags.current_date = "2026-12-02"
		before = frappe.db.count("Error Log", {"reference_name": doc.name})
		deadlines.daily()
		queued = len(notices.pending())
		self.assertGreaterEqual(queued, 2)  # overdue to managers, escalated to the next superior
		with patch("coi_management.core.notices._bell_rows", side_effect=RuntimeError("SMTP down")):
			commit_notices()
		doc.reload()
		self.assertEqual(doc.workflow_state, states.ESCALATED)
		self.assertEqual(doc.deciding_superior, self.head.name)
		self.assertTrue(doc.overdue_escalated)
		errors = frappe.get_all(
			"Error Log", {"reference_name": doc.name}, ["reference_doctype", "method"], order_by="creation"
		)[before:]
		self.assertEqual(len(errors), queued)  # each failed notice logged once
		self.assertTrue(all(e.reference_doctype == "Declaration" for e in errors))
		self.assertTrue(all(e.method == notices.DELIVERY_ERROR_TITLE for e in errors))
		self.run_on("2026-12-03")  # nothing is resent or logged again
		self.assertEqual(frappe.db.count("Error Log", {"reference_name": doc.name}), before + queued)


class TestReviewDeadline(DeclarationTestCase):
	"""Banjarmasin G.5: the next superior reviews a decision that found an actual conflict."""

	def bells(self, user, name) -> list[str]:
		commit_notices()
		return frappe.get_all(
			"Notification Log",
			{"for_user": user, "document_name": name},
			pluck="subject",
			order_by="creation",
		)

	def run_on(self, day):
		frappe.flags.current_date = day
		deadlines.daily()
		commit_notices()

	def test_review_stage_is_reminded_and_escalated_once(self):
		self.set_active_regulation(BANJARMASIN)
		frappe.flags.current_date = "2026-11-18"  # Wednesday
		declaration = self.declared(**BJM_SOURCE)
		decision = self.decide(declaration, option=BJM_RECUSAL, finding="Actual Conflict")
		decision = frappe.get_doc("Control Decision", decision.name)
		self.assertEqual(decision.reviewer, self.head.name)
		self.assertEqual(str(decision.review_due_date), "2026-11-20")  # 2 days after the decision
		for day in ("2026-11-18", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-20"):
			self.run_on(day)
		reminders = self.bells(self.head.user, decision.name)
		self.assertEqual(len(reminders), 2, reminders)
		self.assertTrue(reminders[0].startswith("Pengingat: tinjau"), reminders)
		for day in ("2026-11-23", "2026-11-24", "2026-12-01"):
			self.run_on(day)
		decision.reload()
		self.assertEqual(decision.review_chased, "Overdue")
		self.assertEqual(decision.reviewer, self.top.name)  # escalated to the reviewer's superior
		overdue = [s for s in self.bells(self.manager, decision.name) if "tidak ditinjau tepat waktu" in s]
		self.assertEqual(len(overdue), 1)
		self.assertEqual(len([s for s in self.bells(self.top.user, decision.name) if "tepat waktu" in s]), 1)

	def test_a_recorded_review_stops_the_chase(self):
		self.set_active_regulation(BANJARMASIN)
		frappe.flags.current_date = "2026-11-18"
		declaration = self.declared(**BJM_SOURCE)
		decision = self.decide(declaration, option=BJM_RECUSAL, finding="Actual Conflict")
		before = self.bells(self.head.user, decision.name) + self.bells(self.manager, decision.name)
		frappe.set_user(self.head.user)
		control.submit_review(decision.name, "Pengendalian sudah tepat.")
		frappe.set_user("Administrator")
		for day in ("2026-11-20", "2026-11-25"):
			self.run_on(day)
		after = self.bells(self.head.user, decision.name) + self.bells(self.manager, decision.name)
		self.assertEqual(after, before)
		self.assertFalse(frappe.db.get_value("Control Decision", decision.name, "review_chased"))
