"""Training (S 29): the event's rules, bulk participants, attendance visible to whom it belongs."""

import frappe

from coi_management.core.roles import EXECUTIVE, INSPECTOR, MANAGER
from coi_management.programme import training
from coi_management.programme.tests import scenario
from coi_management.tests.factories import COITestCase, make_official, make_user, make_work_unit


class TestTraining(COITestCase):
	def setUp(self):
		super().setUp()
		frappe.flags.current_date = "2026-03-10"
		self.unit = make_work_unit().name
		self.manager = make_user(roles=(MANAGER,)).name

	def event(self, **kw):
		values = {
			"doctype": "COI Training",
			"training_title": "Pelatihan Dasar CPNS 2026",
			"training_kind": "Basic Training",
			"start_date": "2026-03-02",
			"end_date": "2026-03-04",
			**kw,
		}
		return frappe.get_doc(values)

	def test_dates_materials_and_organiser_are_checked(self):
		with self.assertRaises(training.TrainingError):
			self.event(end_date="2026-03-01").insert()
		with self.assertRaises(training.TrainingError):  # held, no material of S 29(3) ticked
			self.event(status="Held").insert()
		with self.assertRaises(training.TrainingError):  # held before it starts
			self.event(
				status="Held", start_date="2026-04-01", end_date="2026-04-02", material_risk_analysis=1
			).insert()
		division = make_work_unit(parent=self.unit, unit_type="Division").name
		with self.assertRaises(training.TrainingError):  # organiser must be a perangkat daerah
			self.event(organiser=division).insert()
		doc = self.event(status="Held", material_risk_analysis=1, organiser=self.unit).insert()
		self.assertEqual(doc.status, "Held")

	def test_participants_in_bulk_from_a_unit_and_a_list(self):
		bidang = make_work_unit(parent=self.unit, unit_type="Division").name
		a = make_official("Peserta A", work_unit=self.unit)
		b = make_official("Peserta B", work_unit=bidang)
		make_official("Pensiun", work_unit=self.unit, user=False, status="Retired", exit_date="2026-01-31")
		outside = make_official("Peserta Luar")
		doc = self.event().insert()
		frappe.set_user(self.manager)
		self.assertEqual(training.add_participants(doc.name, work_unit=self.unit), 2)
		self.assertEqual(training.add_participants(doc.name, officials=[a.name, outside.name]), 1)
		self.assertEqual(
			set(frappe.get_all("COI Training Attendance", {"training": doc.name}, pluck="official")),
			{a.name, b.name, outside.name},
		)
		self.assertEqual(training.mark_attended(doc.name, 1, officials=[a.name, b.name]), 2)
		doc.reload()
		self.assertEqual((doc.participant_count, doc.attended_count), (3, 2))
		with self.assertRaises(training.TrainingError):
			training.add_participants(doc.name)
		frappe.set_user(make_user(roles=(INSPECTOR,)).name)
		with self.assertRaises(frappe.PermissionError):
			training.add_participants(doc.name, officials=[a.name])

	def test_attendance_rules(self):
		official = make_official(work_unit=self.unit).name
		doc = self.event(start_date="2026-04-01", end_date="2026-04-02").insert()
		attendance = frappe.get_doc(
			{"doctype": "COI Training Attendance", "training": doc.name, "official": official}
		)
		attendance.attended = 1
		with self.assertRaises(training.TrainingError):  # not started yet
			attendance.insert()
		attendance.attended = 0
		attendance.certificate = "/files/sertifikat.pdf"
		with self.assertRaises(training.TrainingError):  # certificate only for who attended
			attendance.insert()
		attendance.certificate = None
		attendance.insert()
		with self.assertRaises(training.TrainingError):  # twice in the same training
			frappe.get_doc(
				{"doctype": "COI Training Attendance", "training": doc.name, "official": official}
			).insert()

	def test_official_reads_own_attendance_superior_subtree_never_the_event(self):
		boss = make_official("Atasan", work_unit=self.unit)
		me = make_official("Saya", work_unit=self.unit, superior=boss.name)
		peer = make_official("Rekan", work_unit=self.unit)
		event, attendance = scenario.training([me.name, peer.name, boss.name])
		frappe.set_user(me.user)
		self.assertEqual(set(frappe.get_list("COI Training Attendance", pluck="name")), {attendance[me.name]})
		self.assertFalse(frappe.has_permission("COI Training Attendance", "read", doc=attendance[peer.name]))
		self.assertFalse(frappe.has_permission("COI Training", "read", doc=event.name))
		self.assertFalse(frappe.has_permission("COI Training Attendance", "write", doc=attendance[me.name]))
		self.assertEqual([row.training for row in training.history(me.name)], [event.name])
		frappe.set_user(boss.user)
		self.assertEqual(
			set(frappe.get_list("COI Training Attendance", pluck="name")),
			{attendance[me.name], attendance[boss.name]},
		)
		frappe.set_user(make_user(roles=(EXECUTIVE,)).name)
		self.assertTrue(frappe.has_permission("COI Training", "read", doc=event.name))
		self.assertFalse(frappe.has_permission("COI Training", "write", doc=event.name))

	def test_attendance_list_prints_in_indonesian(self):
		official = make_official("Dewi Lestari, S.E.", work_unit=self.unit)
		event, _attendance = scenario.training([official.name], training_title="Sosialisasi <b>Komitmen</b>")
		frappe.local.lang = "id"
		try:
			html = frappe.get_print("COI Training", event.name, "Daftar Hadir Pelatihan")
		finally:
			frappe.local.lang = "en"
		self.assertIn("DAFTAR HADIR", html)
		self.assertIn("Dewi Lestari, S.E.", html)
		self.assertIn("Sosialisasi &lt;b&gt;Komitmen&lt;/b&gt;", html)
		self.assertIn("Hadir", html)

	def test_statistics_for_the_monitoring_report(self):
		unit_official = make_official(work_unit=self.unit)
		other = make_official()
		held, _attendance = scenario.training([unit_official.name, other.name], start_date="2026-02-02")
		frappe.db.set_value(
			"COI Training Attendance", {"official": other.name, "training": held.name}, "attended", 0
		)
		scenario.training([unit_official.name], start_date="2026-02-03", training_kind="Leadership Training")
		scenario.training([other.name], start_date="2026-02-04", status="Cancelled")
		figures = training.statistics("2026-02-01", "2026-02-28")
		self.assertEqual(figures["trainings"], 2)
		self.assertEqual(figures["by_kind"], {"Commitment Socialisation": 1, "Leadership Training": 1})
		self.assertEqual((figures["participants"], figures["attended"]), (3, 2))
		self.assertEqual(figures["materials"]["material_kinds_sources"], 2)
		self.assertEqual(figures["materials"]["material_risk_analysis"], 0)
		mine = training.statistics("2026-02-01", "2026-02-28", work_unit=self.unit)
		self.assertEqual((mine["participants"], mine["attended"]), (2, 2))
