"""Consultation (S 30): the asker's own and confidential, the manager's queue, anonymous figures."""

import frappe
from frappe.utils import add_to_date, get_datetime

from coi_management.core.roles import EXECUTIVE, INSPECTOR, MANAGER
from coi_management.programme import consultation
from coi_management.programme.tests import scenario
from coi_management.tests.factories import (
	COITestCase,
	call_whitelisted,
	make_official,
	make_user,
	make_work_unit,
	register_doc,
)


class TestConsultation(COITestCase):
	def setUp(self):
		super().setUp()
		unit = make_work_unit().name
		self.boss = make_official("Atasan Konsul", work_unit=unit)
		self.asker = make_official("Penanya Konsul", work_unit=unit, superior=self.boss.name)
		self.peer = make_official("Rekan Konsul", work_unit=unit)
		self.manager = make_user(roles=(MANAGER,)).name

	def answer(self, name, text="Ya, deklarasikan kepada atasan.", **kw):
		frappe.set_user(self.manager)
		doc = frappe.get_doc("COI Consultation", name)
		doc.update({"answer": text, **kw})
		doc.save()
		frappe.set_user("Administrator")
		return doc

	def test_the_asker_is_always_the_users_own_official(self):
		frappe.set_user(self.asker.user)
		doc = frappe.get_doc(
			{
				"doctype": "COI Consultation",
				"official": self.peer.name,
				"topic": "Other",
				"subject": "S",
				"question": "Q",
			}
		)
		doc.insert()
		self.assertEqual(doc.official, self.asker.name)
		self.assertEqual(doc.status, "Open")
		frappe.set_user(make_user(roles=(INSPECTOR,)).name)  # no Official
		with self.assertRaises(frappe.PermissionError):
			frappe.get_doc(
				{"doctype": "COI Consultation", "topic": "Other", "subject": "S", "question": "Q"}
			).insert()

	def test_a_superior_asks_only_about_a_subordinate(self):
		doc = scenario.consultation(self.boss.user, about_official=self.asker.name)
		self.assertEqual((doc.official, doc.about_official), (self.boss.name, self.asker.name))
		with self.assertRaises(consultation.ConsultationError):
			scenario.consultation(self.asker.user, about_official=self.peer.name)

	def test_confidential_to_asker_manager_and_inspector(self):
		doc = scenario.consultation(self.asker.user)
		inspector = make_user(roles=(INSPECTOR,)).name
		executive = make_user(roles=(EXECUTIVE,)).name
		for user, readable in (
			(self.asker.user, True),
			(self.manager, True),
			(inspector, True),
			(self.boss.user, False),  # not even the asker's superior
			(self.peer.user, False),
			(executive, False),
		):
			frappe.set_user(user)
			with self.subTest(user=user):
				self.assertEqual(frappe.has_permission("COI Consultation", "read", doc=doc.name), readable)
				self.assertEqual(doc.name in listed("COI Consultation"), readable)
		frappe.set_user(inspector)
		self.assertFalse(frappe.has_permission("COI Consultation", "write", doc=doc.name))

	def test_the_subject_is_not_given_away_as_a_link_title(self):
		"""Frappe's get_link_title answers with the title of any record whose DocType shows titles
		in links: the subject of a confidential consultation, by its name."""
		doc = scenario.consultation(self.asker.user)
		subject = frappe.db.get_value("COI Consultation", doc.name, "subject")
		for user, expected in ((self.asker.user, subject), (self.peer.user, doc.name)):
			frappe.set_user(user)
			with self.subTest(user=user):
				title = call_whitelisted(
					"frappe.desk.search.get_link_title", doctype="COI Consultation", docname=doc.name
				)
				self.assertEqual(title, expected)
		# an official's name is public (S 22(4)): shown for the link, though the peer may not read them
		title = call_whitelisted(
			"frappe.desk.search.get_link_title", doctype="Official", docname=self.asker.name
		)
		self.assertEqual(title, "Penanya Konsul")
		frappe.set_user("Administrator")

	def test_manager_queue_is_opened_and_closed_by_the_answer(self):
		doc = scenario.consultation(self.asker.user)
		todos = frappe.get_all(
			"ToDo",
			{"reference_type": "COI Consultation", "reference_name": doc.name, "status": "Open"},
			["allocated_to", "description"],
		)
		self.assertIn(self.manager, [t.allocated_to for t in todos])
		self.assertTrue(all(doc.question not in t.description for t in todos))
		answered = self.answer(doc.name)
		self.assertEqual((answered.status, answered.answered_by), ("Answered", self.manager))
		# the asker sees who answered by name (a User link shows them nothing useful)
		self.assertEqual(answered.answered_by_name, frappe.utils.get_fullname(self.manager))
		self.assertTrue(answered.answered_on)
		self.assertFalse(
			frappe.get_all(
				"ToDo", {"reference_type": "COI Consultation", "reference_name": doc.name, "status": "Open"}
			)
		)

	def test_only_the_manager_answers_and_never_rewrites_the_question(self):
		doc = scenario.consultation(self.asker.user)
		frappe.set_user(self.asker.user)
		mine = frappe.get_doc("COI Consultation", doc.name)
		mine.answer = "Saya jawab sendiri"
		mine.save()  # permlevel 1: the asker's value is dropped
		self.assertFalse(frappe.db.get_value("COI Consultation", doc.name, "answer"))
		mine.reload()
		mine.question = "Pertanyaan yang diperbaiki"
		mine.save()  # the asker edits while open
		frappe.set_user(self.manager)
		theirs = frappe.get_doc("COI Consultation", doc.name)
		theirs.question = "Diubah pengelola"
		with self.assertRaises(frappe.PermissionError):
			theirs.save()
		self.answer(doc.name)
		frappe.set_user(self.asker.user)
		mine = frappe.get_doc("COI Consultation", doc.name)
		mine.question = "Setelah dijawab"
		with self.assertRaises(frappe.PermissionError):
			mine.save()
		frappe.set_user(self.manager)
		theirs = frappe.get_doc("COI Consultation", doc.name)
		theirs.answer = ""
		with self.assertRaises(consultation.ConsultationError):
			theirs.save()

	def test_related_document_is_a_filing_of_the_asker(self):
		doc = scenario.consultation(self.asker.user, topic="Interest Register")
		frappe.set_user(self.asker.user)
		own = register_doc(self.asker.name).insert().name
		frappe.set_user(self.peer.user)
		other = register_doc(self.peer.name).insert().name
		frappe.set_user("Administrator")
		with self.assertRaises(consultation.ConsultationError):
			self.answer(doc.name, related_doctype="Interest Register", related_name=other)
		with self.assertRaises(consultation.ConsultationError):
			self.answer(
				doc.name,
				related_doctype="ToDo",
				related_name=frappe.get_all("ToDo", pluck="name", limit=1)[0],
			)
		self.assertEqual(
			self.answer(doc.name, related_doctype="Interest Register", related_name=own).related_name, own
		)

	def test_anonymous_statistics(self):
		first = scenario.consultation(self.asker.user, topic="Declaration")
		second = scenario.consultation(self.peer.user, topic="Declaration")
		scenario.consultation(self.boss.user, topic="Gifts and Gratification")
		asked = get_datetime("2026-05-04 09:00:00")
		for name, hours in ((first.name, 4), (second.name, 10)):
			frappe.db.set_value("COI Consultation", name, "asked_on", asked)
			frappe.db.set_value(
				"COI Consultation",
				name,
				{"status": "Answered", "answered_on": add_to_date(asked, hours=hours)},
			)
		figures = consultation.statistics("2026-05-04", "2026-05-04")
		self.assertEqual(figures["by_topic"], {"Declaration": 2})
		self.assertEqual((figures["total"], figures["answered"], figures["open"]), (2, 2, 0))
		self.assertEqual((figures["mean_hours_to_answer"], figures["median_hours_to_answer"]), (7.0, 7.0))
		everything = consultation.statistics()
		self.assertGreaterEqual(everything["by_topic"].get("Gifts and Gratification", 0), 1)
		self.assertNotIn(self.asker.name, repr(everything))
		self.assertEqual(consultation.statistics("2030-01-01", "2030-12-31")["mean_hours_to_answer"], None)


class TestConsultationRecord(COITestCase):
	def test_who_answered_and_when_cannot_be_rewritten(self):
		unit = make_work_unit().name
		asker = make_official(work_unit=unit)
		manager = make_user(roles=(MANAGER,)).name
		doc = scenario.consultation(asker.user)
		frappe.set_user(manager)
		doc = frappe.get_doc("COI Consultation", doc.name)
		doc.answer = "Jawaban"
		doc.save()
		answered_on = doc.answered_on
		doc.update({"answered_by": "Administrator", "answered_on": "2020-01-01 00:00:00", "status": "Open"})
		doc.save()
		doc.reload()
		self.assertEqual((doc.answered_by, doc.status), (manager, "Answered"))
		self.assertEqual(str(doc.answered_on), str(answered_on))


def listed(doctype) -> list[str]:
	"""What the list shows the session user (a role without any right on the DocType: nothing)."""
	try:
		return frappe.get_list(doctype, pluck="name")
	except frappe.PermissionError:
		return []
