"""Complaints (S 31-32; B BAB II D.2.b, G): intake, tracking code, confidentiality, handling."""

import base64
import json
from unittest.mock import patch

import frappe
from frappe.model.workflow import WorkflowPermissionError, WorkflowTransitionError, apply_workflow
from frappe.website.doctype.web_form.web_form import accept

from coi_management.complaints import confidentiality, deadlines, handling, intake, tracking
from coi_management.core import roles, states
from coi_management.core.roles import ADMINISTRATOR, EXECUTIVE, INSPECTOR, MANAGER
from coi_management.core.working_days import add_working_days
from coi_management.tests.factories import (
	COITestCase,
	call_whitelisted,
	commit_notices,
	make_official,
	make_user,
	make_work_unit,
)

SEMARANG = "Perbup Semarang 28/2025"
BANJARMASIN = "Perwali Banjarmasin 92/2020"
REPORTER_NAME = "Pelapor Rahasia Zulkarnaen"
REPORTER_CONTACT = "pelapor.rahasia@example.org"
IP = "203.0.113.77"
# what apply_workflow raises for a user without the transition, or without access to the complaint
DENIED = (WorkflowPermissionError, WorkflowTransitionError, frappe.PermissionError)


def submit_web_form(**values):
	"""What the public page /pengaduan sends, as Guest; returns the complaint and its code."""
	data = {
		"subject": "Dugaan konflik kepentingan pengadaan jalan",
		"description": "Pemenang lelang adalah perusahaan milik adik pejabat.",
		**values,
	}
	frappe.set_user("Guest")
	try:
		result = intake.submit(json.dumps(data))
	finally:
		frappe.set_user("Administrator")
	return frappe.get_doc("Complaint", result["name"]), result["tracking_code"]


def data_url(name: str, content: bytes, mime: str = "application/pdf") -> str:
	return f"{name},data:{mime};base64,{base64.b64encode(content).decode()}"


def reporter_name_of(complaint: str) -> str | None:
	"""The reporter's name as stored for ``complaint``, decrypted."""
	record = frappe.db.get_value(
		"Complaint Reporter", {"complaint": complaint}, ["name", "reporter_name"], as_dict=True
	)
	return confidentiality.decrypt(record.name, "reporter_name", record.reporter_name) if record else None


class ComplaintCase(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		# e-mails are rendered with the site's CSS bundle, which a test bench may not have built yet;
		# these tests check recipients and texts, not styling
		cls._inline_css = patch("frappe.email.email_body.inline_style_in_html", side_effect=lambda html: html)
		cls._inline_css.start()
		frappe.set_user("Administrator")
		unit = make_work_unit()
		cls.unit = unit.name
		cls.head = make_official("Kepala Dinas", work_unit=unit.name)
		cls.mid = make_official("Kepala Bidang", work_unit=unit.name, superior=cls.head.name)
		cls.staff = make_official("Staf Terlapor", work_unit=unit.name, superior=cls.mid.name)
		cls.outsider = make_official("Pejabat Lain", work_unit=make_work_unit().name)
		cls.manager = make_user(roles=(MANAGER,)).name
		cls.inspector = make_user(roles=(INSPECTOR,)).name
		cls.executive = make_user(roles=(EXECUTIVE,)).name
		cls.administrator_role = make_user(roles=(ADMINISTRATOR,)).name
		# the superiors' users got COI Superior from their subordinates' profiles
		frappe.clear_cache()

	@classmethod
	def tearDownClass(cls):
		cls._inline_css.stop()
		super().tearDownClass()

	def setUp(self):
		super().setUp()
		self.set_active_regulation(SEMARANG)
		frappe.local.request_ip = None

	def new_complaint(self, **values):
		doc, code = submit_web_form(reporter_name=REPORTER_NAME, reporter_contact=REPORTER_CONTACT, **values)
		doc = frappe.get_doc("Complaint", doc.name)
		doc.reported_official = self.staff.name
		doc.work_unit = self.unit
		doc.save()
		return doc, code

	def act(self, doc, action, user):
		frappe.set_user(user)
		try:
			return apply_workflow(frappe.get_doc("Complaint", doc.name), action)
		finally:
			frappe.set_user("Administrator")


class TestIntake(ComplaintCase):
	def test_guest_gets_a_code_shown_once_and_only_its_hash_is_stored(self):
		doc, code = submit_web_form(reporter_name=REPORTER_NAME)
		self.assertRegex(code, r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$")
		stored = frappe.db.get_value(
			"Complaint", doc.name, ["tracking_code_hash", "channel", "status"], as_dict=True
		)
		self.assertEqual(stored.tracking_code_hash, tracking.hash_code(code))
		self.assertNotIn(
			tracking.normalize(code), json.dumps(frappe.get_doc("Complaint", doc.name).as_dict(), default=str)
		)
		self.assertEqual((stored.channel, stored.status), ("Web Form", states.RECEIVED))
		# a second load of the complaint never shows the code again
		self.assertNotIn("tracking_code", frappe.get_doc("Complaint", doc.name).get_onload() or {})

	def test_codes_are_unguessable_and_distinct(self):
		codes = {tracking.new_code() for _i in range(200)}
		self.assertEqual(len(codes), 200)
		self.assertGreaterEqual(len(tracking.ALPHABET) ** tracking.CODE_LENGTH, 2**80)

	def test_frappes_own_web_form_endpoint_is_closed_for_complaints(self):
		# web_form.accept would skip the checks, evidence rules and per-client limit of intake.submit
		count = frappe.db.count("Complaint")
		frappe.set_user("Guest")
		try:
			with self.assertRaises(frappe.PermissionError):
				accept(
					"complaint",
					json.dumps({"subject": "Lewat accept", "description": "Uraian", "channel": "In Person"}),
				)
		finally:
			frappe.flags.in_web_form = False
			frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count("Complaint"), count)

	def test_guest_cannot_set_handling_fields(self):
		count = frappe.db.count("Complaint")
		frappe.set_user("Guest")
		try:
			for fieldname, value in (("status", states.CLOSED), ("findings", "x"), ("channel", "In Person")):
				with (
					self.subTest(fieldname=fieldname),
					self.assertRaises(intake.ComplaintInputError) as refused,
				):
					intake.submit({"subject": "s", "description": "d", fieldname: value})
				self.assertIn(fieldname, str(refused.exception))  # refused, naming the field
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count("Complaint"), count)
		# what the public may send starts Received, from the public channel
		doc, _code = submit_web_form()
		self.assertEqual((doc.status, doc.channel, doc.findings), (states.RECEIVED, "Web Form", None))

	def test_script_tags_are_stripped_from_every_text(self):
		doc, code = submit_web_form(
			subject="<script>alert(1)</script>Pengadaan",
			description='<img src=x onerror="alert(2)">Uraian <b>tebal</b>',
			reported_person="<iframe src=//evil></iframe>Budi",
		)
		stored = frappe.get_doc("Complaint", doc.name)
		for field in ("subject", "description", "reported_person"):
			self.assertNotIn("<", stored.get(field))
			self.assertNotIn(">", stored.get(field))
		self.assertEqual(stored.reported_person, "Budi")
		tracking.post_reply(code, "<script>document.cookie</script>jawaban")
		view = tracking.get_status(code)
		rendered = json.dumps(view)
		self.assertNotIn("<script", rendered)
		self.assertIn("jawaban", view["messages"][0]["message"])

	def test_text_over_the_limit_is_refused_naming_the_field(self):
		with self.assertRaises(intake.ComplaintInputError) as raised:
			submit_web_form(description="x" * 5001)
		# a guest is answered in Indonesian, naming the field by its label on the form
		self.assertIn("Apa yang Terjadi", str(raised.exception))
		self.assertFalse(frappe.db.exists("Complaint", {"description": ("like", "xxxx%")}))

	def test_allowed_evidence_is_attached(self):
		doc, _code = submit_web_form(evidence_1=data_url("bukti.pdf", b"%PDF-1.4 bukti"))
		stored = frappe.get_doc("Complaint", doc.name)
		self.assertTrue(stored.evidence_1)
		self.assertTrue(
			frappe.db.exists("File", {"attached_to_doctype": "Complaint", "attached_to_name": doc.name})
		)

	def test_wrong_type_and_oversize_evidence_are_refused(self):
		count = frappe.db.count("Complaint")
		with self.assertRaises(intake.EvidenceRefusedError):
			submit_web_form(evidence_1=data_url("virus.exe", b"MZ\x90\x00", "application/octet-stream"))
		with self.assertRaises(intake.EvidenceRefusedError):
			submit_web_form(evidence_1=data_url("besar.pdf", b"0" * (intake.MAX_EVIDENCE_BYTES + 1)))
		with self.assertRaises(intake.EvidenceRefusedError):
			submit_web_form(evidence_1=data_url("halaman.html", b"<script>", "text/html"))
		# refused before anything is written
		self.assertFalse(
			frappe.db.exists("File", {"file_name": ("in", ["virus.exe", "besar.pdf", "halaman.html"])})
		)
		self.assertEqual(frappe.db.count("Complaint"), count)
		# and again by File.validate for a file attached to a complaint some other way
		with self.assertRaises(intake.EvidenceRefusedError):
			frappe.get_doc(
				{
					"doctype": "File",
					"file_name": "skrip.js",
					"attached_to_doctype": "Complaint",
					"attached_to_name": submit_web_form()[0].name,
					"content": "alert(1)",
				}
			).insert()

	def test_desk_and_rest_intake_name_their_channel(self):
		frappe.set_user(self.manager)
		values = {
			"doctype": "Complaint",
			"subject": "Aduan dari SP4N-LAPOR!",
			"description": "Diteruskan dari kanal pengaduan yang ada.",
			"channel": "SP4N-LAPOR!",
			"external_reference": "LAPOR-2026-0001",
			"reporter_name": REPORTER_NAME,
		}
		created = frappe.client.insert(values)  # what POST /api/resource/Complaint runs
		self.assertTrue(created["__onload"]["tracking_code"])
		# the desk user filing for a reporter sees the code once, to hand it over
		self.assertIn(created["__onload"]["tracking_code"], json.dumps(frappe.local.message_log, default=str))
		self.assertIsNone(frappe.db.get_value("Complaint", created["name"], "reporter_name"))
		self.assertEqual(reporter_name_of(created["name"]), REPORTER_NAME)
		with self.assertRaises(intake.ComplaintInputError):
			frappe.get_doc({**values, "channel": "Web Form"}).insert()

	def test_no_ip_address_is_stored_for_an_anonymous_complaint(self):
		frappe.local.request_ip = IP
		_doc, code = submit_web_form(reporter_name=REPORTER_NAME)
		tracking.post_reply(code, "Tambahan informasi")
		for doctype in (
			"Complaint",
			"Complaint Reporter",
			"Complaint Message",
			"Version",
			"Activity Log",
			"Comment",
			"File",
			"Communication",
		):
			meta = frappe.get_meta(doctype)
			columns = [
				f.fieldname
				for f in meta.fields
				if f.fieldtype in ("Data", "Small Text", "Text", "Long Text", "Code", "JSON", "Text Editor")
			]
			for column in columns:
				self.assertFalse(
					frappe.get_all(doctype, filters={column: ("like", f"%{IP}%")}, limit=1),
					f"{doctype}.{column} holds the reporter's IP address",
				)


class TestTracking(ComplaintCase):
	def test_right_code_shows_status_and_messages(self):
		doc, code = self.new_complaint()
		frappe.set_user(self.manager)
		handling.send_message(doc.name, "Mohon lampirkan bukti kontrak.")
		frappe.set_user("Administrator")
		view = tracking.get_status(f"  {code.lower()} ")
		self.assertTrue(view["found"])
		self.assertEqual(view["messages"][0]["message"], "Mohon lampirkan bukti kontrak.")
		self.assertNotIn(self.manager, json.dumps(view))
		answered = tracking.post_reply(code, "Bukti kontrak akan saya kirim.")
		self.assertEqual(len(answered["messages"]), 2)
		self.assertTrue(answered["messages"][1]["from_reporter"])
		self.assertEqual(frappe.get_doc("Complaint", doc.name).messages[1].sender, "Reporter")

	def test_wrong_code_gets_the_same_neutral_answer_whatever_the_reason(self):
		doc, code = self.new_complaint()
		neutral = tracking.neutral_answer()
		other = tracking.new_code()
		for wrong in (
			None,
			"",
			"x",
			other,
			code[:-1] + ("A" if code[-1] != "A" else "B"),
			doc.name,
			"' or 1=1 --",
		):
			with self.subTest(code=wrong):
				self.assertEqual(tracking.get_status(wrong), neutral)
				self.assertEqual(tracking.post_reply(wrong, "halo"), neutral)
		self.assertEqual(len(frappe.get_doc("Complaint", doc.name).messages), 0)

	def test_lookups_and_the_web_form_are_rate_limited(self):
		_doc, code = self.new_complaint()
		frappe.local.request = frappe._dict(method="POST")
		frappe.local.request_ip = "198.51.100.23"
		frappe.form_dict.cmd = "coi_management.complaints.tracking.get_status"
		try:
			for _i in range(tracking.LOOKUP_LIMIT):
				tracking.get_status("AAAA-BBBB-CCCC-DDDD")
			with self.assertRaises(frappe.RateLimitExceededError):
				tracking.get_status(code)
			frappe.form_dict.cmd = "coi_management.complaints.intake.submit"
			with self.assertRaises(frappe.RateLimitExceededError):
				for _i in range(intake.SUBMIT_LIMIT + 1):
					submit_web_form()
		finally:
			frappe.local.request = None
			frappe.form_dict.pop("cmd", None)
			frappe.cache.delete_keys("rl:")


class TestConfidentiality(ComplaintCase):
	def leak_channels(self, user, name):
		"""Everything ``user`` can get about complaint ``name`` through the desk's channels."""
		from frappe.desk.reportview import execute
		from frappe.desk.search import search_link
		from frappe.www.printview import get_html_and_style

		frappe.set_user(user)
		seen = []

		def attempt(fn, *args, **kwargs):
			try:
				seen.append(fn(*args, **kwargs))
			except frappe.PermissionError:
				seen.append("denied")

		try:
			attempt(frappe.get_list, "Complaint", fields=["*"])
			attempt(execute, "Complaint", fields=["*"], filters={})
			attempt(search_link, "Complaint", "", page_length=50)
			if frappe.has_permission("Complaint", "read", name):
				from frappe.desk.form.load import getdoc

				attempt(frappe.client.get, "Complaint", name)
				attempt(getdoc, "Complaint", name)
				seen.append(frappe.response.docs)
				attempt(get_html_and_style, "Complaint", name)
			self.assertFalse(frappe.has_permission("Complaint Reporter", "read"))
			with self.assertRaises(frappe.PermissionError):
				frappe.get_list("Complaint Reporter", fields=["*"])
		finally:
			frappe.response.docs = []
			frappe.set_user("Administrator")
		return json.dumps(seen, default=str)

	def test_identity_is_absent_for_every_unprivileged_role(self):
		self.set_active_regulation(BANJARMASIN)
		doc, _code = self.new_complaint()
		self.act(doc, states.VERIFY, self.manager)  # now the superiors may read it
		for user in (
			self.mid.user,
			self.head.user,
			self.staff.user,
			self.outsider.user,
			self.executive,
			self.administrator_role,
		):
			with self.subTest(user=user):
				seen = self.leak_channels(user, doc.name)
				self.assertNotIn(REPORTER_NAME, seen)
				self.assertNotIn(REPORTER_CONTACT, seen)
		self.assertIn(doc.name, self.leak_channels(self.mid.user, doc.name))  # the examiner does see the case

	def test_identity_is_shown_to_the_manager_and_the_inspector_only(self):
		from frappe.desk.form.load import getdoc

		doc, _code = self.new_complaint()
		for user in (self.manager, self.inspector):
			frappe.set_user(user)
			getdoc("Complaint", doc.name)
			loaded = frappe.response.docs[0]
			frappe.response.docs = []
			self.assertEqual(
				(loaded.reporter_name, loaded.reporter_contact), (REPORTER_NAME, REPORTER_CONTACT)
			)
			self.assertTrue(frappe.has_permission("Complaint Reporter", "read"))
		frappe.set_user("Administrator")

	def test_version_history_and_email_queue_never_hold_the_identity(self):
		self.set_active_regulation(BANJARMASIN)
		doc, _code = self.new_complaint()
		frappe.set_user(self.manager)
		edited = frappe.get_doc("Complaint", doc.name)
		edited.run_method("onload")
		edited.reporter_name = REPORTER_NAME + " Baru"
		edited.reporter_contact = REPORTER_CONTACT
		edited.findings = "Perlu diperiksa"
		edited.save(ignore_version=False)  # tests skip versions unless asked
		edited = frappe.get_doc("Complaint", doc.name)
		edited.reported_person = "Kepala Seksi"
		edited.save(ignore_version=False)
		frappe.set_user("Administrator")
		self.assertEqual(reporter_name_of(doc.name), REPORTER_NAME + " Baru")
		self.act(doc, states.VERIFY, self.manager)
		self.act(doc, states.START_EXAMINATION, self.mid.user)
		self.act(doc, states.DECLARE_FOUNDED, self.mid.user)
		versions = frappe.get_all(
			"Version", filters={"ref_doctype": "Complaint", "docname": doc.name}, pluck="data"
		)
		self.assertTrue(versions)
		self.assertTrue(any("findings" in version for version in versions))
		commit_notices()
		sent = frappe.get_all(
			"Notification Log",
			filters={"document_name": doc.name},
			fields=["for_user", "subject", "email_content"],
		)
		self.assertTrue(sent)
		for text in versions + [row.subject + (row.email_content or "") for row in sent]:
			self.assertNotIn("Zulkarnaen", text)
			self.assertNotIn(REPORTER_CONTACT, text)
		self.assertNotIn(
			self.staff.user, {row.for_user for row in sent}
		)  # the reported official is never told

	def test_reported_official_and_unrelated_officials_cannot_see_the_complaint(self):
		doc, _code = self.new_complaint()
		self.act(doc, states.VERIFY, self.manager)
		for user in (self.staff.user, self.outsider.user):
			self.assertFalse(frappe.has_permission("Complaint", "read", doc.name, user=user))
		self.assertTrue(frappe.has_permission("Complaint", "read", doc.name, user=self.mid.user))

	def test_superiors_do_not_see_unverified_complaints(self):
		doc, _code = self.new_complaint()
		self.assertFalse(frappe.has_permission("Complaint", "read", doc.name, user=self.mid.user))
		frappe.set_user(self.mid.user)
		self.assertNotIn(doc.name, frappe.get_list("Complaint", pluck="name"))

	def test_superior_may_not_edit_the_complaint_text(self):
		self.set_active_regulation(BANJARMASIN)
		doc, _code = self.new_complaint()
		self.act(doc, states.VERIFY, self.manager)
		frappe.set_user(self.mid.user)
		edited = frappe.get_doc("Complaint", doc.name)
		edited.description = "diubah"
		with self.assertRaises(frappe.PermissionError):
			edited.save()


class TestHandlingWorkflow(ComplaintCase):
	def test_semarang_flow_by_the_coi_manager(self):
		doc, _code = self.new_complaint()
		self.assertEqual(doc.acknowledge_due, add_working_days(doc.received_on, 3))
		self.assertEqual(doc.response_due, add_working_days(doc.received_on, 5))
		self.assertFalse(doc.examined_by_superior)
		self.act(doc, states.REQUEST_MORE_INFORMATION, self.manager)
		self.assertEqual(frappe.db.get_value("Complaint", doc.name, "status"), states.INCOMPLETE)
		for action, state in (
			(states.VERIFY, states.VERIFIED),
			(states.START_EXAMINATION, states.UNDER_EXAMINATION),
			(states.DECLARE_FOUNDED, states.FOUNDED),
			(states.START_FOLLOW_UP, states.FOLLOW_UP),
			(states.CLOSE, states.CLOSED),
		):
			with self.subTest(action=action):
				with self.assertRaises(DENIED):
					self.act(doc, action, self.mid.user)
				self.assertEqual(self.act(doc, action, self.manager).status, state)
		closed = frappe.get_doc("Complaint", doc.name)
		self.assertTrue(closed.acknowledged_on and closed.first_response_on and closed.closed_on)
		self.assertEqual(closed.finding, states.FOUNDED)  # kept after closing

	def test_the_finding_is_set_by_the_examination_only(self):
		doc, _code = self.new_complaint()
		for action in (states.VERIFY, states.START_EXAMINATION):
			self.act(doc, action, self.manager)
		# a finding sent with the document (REST, a form) is not taken
		frappe.set_user(self.manager)
		edited = frappe.get_doc("Complaint", doc.name)
		edited.finding = states.FOUNDED
		edited.save()
		frappe.set_user("Administrator")
		self.assertFalse(frappe.db.get_value("Complaint", doc.name, "finding"))
		self.act(doc, states.DECLARE_UNFOUNDED, self.manager)
		self.act(doc, states.CLOSE, self.manager)
		closed = frappe.get_doc("Complaint", doc.name)
		self.assertEqual((closed.status, closed.finding), (states.CLOSED, states.UNFOUNDED))
		frappe.set_user(self.manager)
		closed.finding = states.FOUNDED
		closed.save()
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("Complaint", doc.name, "finding"), states.UNFOUNDED)

	def test_semarang_unfounded_is_closed_by_the_manager(self):
		doc, _code = self.new_complaint()
		for action in (states.VERIFY, states.START_EXAMINATION, states.DECLARE_UNFOUNDED, states.CLOSE):
			self.act(doc, action, self.manager)
		self.assertEqual(frappe.db.get_value("Complaint", doc.name, "status"), states.CLOSED)

	def test_banjarmasin_superior_examines_next_superior_reviews_inspectorate_closes(self):
		self.set_active_regulation(BANJARMASIN)
		doc, _code = self.new_complaint()
		self.assertTrue(doc.examined_by_superior)
		verified = self.act(doc, states.VERIFY, self.manager)
		self.assertEqual((verified.examiner, verified.examiner_user), (self.mid.name, self.mid.user))
		self.assertEqual(verified.examination_due, add_working_days(verified.received_on, 3))
		with self.assertRaises(DENIED):
			self.act(doc, states.START_EXAMINATION, self.manager)
		with self.assertRaises(frappe.PermissionError):  # another superior's complaint
			self.act(doc, states.START_EXAMINATION, self.outsider.user)
		self.act(doc, states.START_EXAMINATION, self.mid.user)
		founded = self.act(doc, states.DECLARE_FOUNDED, self.mid.user)
		self.assertEqual(founded.reviewer, self.head.name)
		profile = frappe.get_doc("COI Regulation", BANJARMASIN)
		from coi_management.core.regulation import review_due_date

		self.assertEqual(founded.review_due, review_due_date(founded.examined_on, BANJARMASIN))
		self.assertEqual(profile.review_deadline_days, 2)
		with self.assertRaises(frappe.PermissionError):  # the examiner does not review themself
			self.act(doc, states.START_FOLLOW_UP, self.mid.user)
		self.act(doc, states.START_FOLLOW_UP, self.head.user)
		with self.assertRaises(DENIED):
			self.act(doc, states.CLOSE, self.manager)
		self.assertEqual(self.act(doc, states.CLOSE, self.inspector).status, states.CLOSED)

	def test_banjarmasin_needs_a_reported_official_with_a_superior(self):
		self.set_active_regulation(BANJARMASIN)
		doc, _code = submit_web_form()
		with self.assertRaises(handling.ComplaintHandlingError):
			self.act(doc, states.VERIFY, self.manager)

	def test_reported_official_cannot_act_even_as_superior(self):
		self.set_active_regulation(BANJARMASIN)
		doc, _code = submit_web_form()
		doc = frappe.get_doc("Complaint", doc.name)
		doc.reported_official = self.mid.name  # examined by head
		doc.save()
		self.act(doc, states.VERIFY, self.manager)
		with self.assertRaises(frappe.PermissionError):
			self.act(doc, states.START_EXAMINATION, self.mid.user)

	def test_self_approval_only_for_the_handlers(self):
		"""A COI Manager (or Inspector) handles complaints they entered from a letter or a call
		(S 32(2)); a superior never acts on a complaint they filed themselves."""
		workflow = frappe.get_doc("Workflow", "Complaint Handling")
		self.assertTrue(workflow.transitions)
		for t in workflow.transitions:
			self.assertEqual(bool(t.allow_self_approval), t.allowed in (MANAGER, INSPECTOR), t.as_dict())

	def test_founded_complaint_opens_a_proactive_control_decision(self):
		doc, _code = self.new_complaint()
		with self.assertRaises(handling.ComplaintHandlingError):
			handling.open_control_decision(doc.name)  # not founded yet
		for action in (states.VERIFY, states.START_EXAMINATION, states.DECLARE_FOUNDED):
			self.act(doc, action, self.manager)
		result = handling.open_control_decision(doc.name)
		self.assertEqual(result["official"], self.staff.name)
		self.assertEqual(result["superior"], self.mid.name)
		self.assertEqual((result["reference_doctype"], result["reference_name"]), ("Complaint", doc.name))
		# the superior completes and submits it: a real proactive decision (S 23(8)) on the complaint
		frappe.set_user(self.mid.user)
		decision = frappe.get_doc(
			{
				**result,
				"doctype": "Control Decision",
				"finding": "Actual Conflict",
				"control_option": "SMG-2025-24.1b1",  # the superior takes over the authority
				"analysis": "Pengaduan terbukti; kewenangan diambil alih atasan.",
			}
		).insert()
		frappe.set_user("Administrator")
		self.assertTrue(decision.is_proactive)
		self.assertFalse(decision.declaration)
		self.assertEqual(
			frappe.get_all("Control Decision", {"reference_name": doc.name}, pluck="reference_doctype"),
			["Complaint"],
		)


class TestDeadlines(ComplaintCase):
	def emails(self, name):
		"""Notices to the COI Manager about complaint ``name`` (each reminder and escalation reaches them)."""
		commit_notices()
		return frappe.db.count("Notification Log", {"document_name": name, "for_user": self.manager})

	def notified(self, name) -> dict[str, set[str]]:
		commit_notices()
		rows = frappe.get_all("Notification Log", {"document_name": name}, ["name", "for_user", "subject"])
		by_subject: dict[str, set[str]] = {}
		for row in rows:
			by_subject.setdefault(row.subject, set()).add(row.for_user)
		return by_subject

	def test_semarang_reminder_and_escalation_once_over_a_moved_clock(self):
		frappe.flags.current_date = "2026-03-02"  # a Monday
		doc, _code = self.new_complaint()
		self.assertEqual((str(doc.acknowledge_due), str(doc.response_due)), ("2026-03-05", "2026-03-09"))
		start = self.emails(doc.name)
		for day, expected_emails, reminded, escalated in (
			("2026-03-03", 0, "", ""),  # nothing due yet
			("2026-03-04", 1, "acknowledge", ""),  # the last working day before acknowledgement
			("2026-03-06", 3, "acknowledge,response", "acknowledge"),  # overdue; response due Monday
			("2026-03-10", 4, "acknowledge,response", "acknowledge,response"),
			("2026-03-16", 4, "acknowledge,response", "acknowledge,response"),
		):
			with self.subTest(day=day):
				frappe.flags.current_date = day
				deadlines.daily()
				deadlines.daily()  # a second run the same day adds nothing
				self.assertEqual(self.emails(doc.name) - start, expected_emails)
				stored = frappe.db.get_value(
					"Complaint", doc.name, ["reminded_stage", "escalated_stage"], as_dict=True
				)
				self.assertEqual(
					(stored.reminded_stage or "", stored.escalated_stage or ""), (reminded, escalated)
				)

	def test_acknowledging_stops_the_reminders(self):
		frappe.flags.current_date = "2026-03-02"
		doc, _code = self.new_complaint()
		self.act(doc, states.VERIFY, self.manager)
		frappe.flags.current_date = "2026-03-06"  # acknowledgement was due on the 5th
		deadlines.daily()
		stored = frappe.db.get_value(
			"Complaint", doc.name, ["reminded_stage", "escalated_stage"], as_dict=True
		)
		self.assertEqual((stored.reminded_stage, stored.escalated_stage or ""), ("response", ""))

	def test_banjarmasin_overdue_examination_escalates_to_the_examiners_superior(self):
		self.set_active_regulation(BANJARMASIN)
		frappe.flags.current_date = "2026-03-02"
		doc, _code = self.new_complaint()
		verified = self.act(doc, states.VERIFY, self.manager)
		frappe.flags.current_date = str(frappe.utils.add_days(verified.examination_due, 1))
		before = self.notified(doc.name)
		deadlines.daily()
		deadlines.daily()
		self.assertEqual(frappe.db.get_value("Complaint", doc.name, "escalated_stage"), "examination")
		new = {subject: users for subject, users in self.notified(doc.name).items() if subject not in before}
		self.assertTrue(any({self.head.user, self.manager} <= users for users in new.values()), new)
		self.assertFalse(any(self.staff.user in users for users in new.values()))

	def test_notifications_are_in_indonesian(self):
		frappe.local.lang = "en"  # a guest's browser language must not decide the handlers' language
		doc, _code = self.new_complaint()
		frappe.local.lang = "en"
		self.assertIn(f"Pengaduan baru {doc.name}", self.notified(doc.name))

	def test_banjarmasin_examination_counts_from_receipt_not_verification(self):
		"""B BAB II G.3: 3 working days from receipt; a late verification does not extend them."""
		self.set_active_regulation(BANJARMASIN)
		frappe.flags.current_date = "2026-03-02"  # Monday: received
		doc, _code = self.new_complaint()
		self.assertEqual(str(doc.examination_due), "2026-03-05")
		frappe.flags.current_date = "2026-03-04"  # verified two days later
		verified = self.act(doc, states.VERIFY, self.manager)
		self.assertEqual(str(verified.examination_due), "2026-03-05")
		frappe.flags.current_date = "2026-03-06"
		deadlines.daily()
		self.assertEqual(frappe.db.get_value("Complaint", doc.name, "escalated_stage"), "examination")

	def test_a_manager_verifies_the_complaint_they_entered_from_a_letter(self):
		frappe.set_user(self.manager)
		try:
			created = frappe.client.insert(
				{
					"doctype": "Complaint",
					"subject": "Surat pengaduan",
					"description": "Diterima melalui surat.",
					"channel": "Letter",
					"reported_official": self.staff.name,
					"work_unit": self.unit,
				}
			)
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("Complaint", created["name"], "owner"), self.manager)
		verified = self.act(frappe.get_doc("Complaint", created["name"]), states.VERIFY, self.manager)
		self.assertEqual(verified.status, states.VERIFIED)


class TestIdentityAtRest(ComplaintCase):
	def test_identity_is_encrypted_so_no_filter_or_count_spells_it(self):
		doc, _code = self.new_complaint()
		record = frappe.db.get_value(
			"Complaint Reporter",
			{"complaint": doc.name},
			["name", "reporter_name", "reporter_contact"],
			as_dict=True,
		)
		self.assertEqual(
			(record.reporter_name, record.reporter_contact), (confidentiality.MASK, confidentiality.MASK)
		)
		row = frappe.db.sql(
			"select * from `tabComplaint Reporter` where name = %s", record.name, as_dict=True
		)
		self.assertNotIn(REPORTER_NAME, json.dumps(row, default=str))
		self.assertNotIn(REPORTER_CONTACT, json.dumps(row, default=str))
		for prefix in (REPORTER_NAME[:1], REPORTER_NAME[:5], REPORTER_NAME):
			self.assertEqual(
				frappe.db.count(
					"Complaint Reporter", {"complaint": doc.name, "reporter_name": ("like", f"{prefix}%")}
				),
				0,
			)
		self.assertEqual(
			confidentiality.decrypt(record.name, "reporter_name", record.reporter_name), REPORTER_NAME
		)

	def test_reported_official_cannot_count_over_the_reporter(self):
		"""The attack: get_count stepped letter by letter, run as the official complained about."""
		self.set_active_regulation(BANJARMASIN)
		doc, _code = self.new_complaint()
		self.act(doc, states.VERIFY, self.manager)
		for user in (self.staff.user, self.mid.user, self.executive):
			frappe.set_user(user)
			try:
				with self.assertRaises(frappe.PermissionError, msg=user):
					call_whitelisted(
						"frappe.client.get_count",
						doctype="Complaint Reporter",
						filters=json.dumps({"complaint": doc.name, "reporter_name": [">=", "M"]}),
					)
			finally:
				frappe.set_user("Administrator")
		frappe.set_user(self.manager)
		try:
			counted = call_whitelisted(
				"frappe.client.get_count",
				doctype="Complaint Reporter",
				filters=json.dumps({"complaint": doc.name, "reporter_name": [">=", "A"]}),
			)
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(counted, 0)  # even the manager's count reads only the mask

	def test_messages_follow_the_complaint(self):
		"""The reported official never reads the conversation about themselves; the examiner does."""
		self.set_active_regulation(BANJARMASIN)
		doc, _code = self.new_complaint()
		self.act(doc, states.VERIFY, self.manager)
		frappe.set_user(self.manager)
		handling.send_message(doc.name, "Mohon lampirkan bukti tambahan.")
		frappe.set_user("Administrator")

		def messages(user):
			frappe.set_user(user)
			try:
				return call_whitelisted(
					"frappe.client.get_list",
					doctype="Complaint Message",
					parent="Complaint",
					fields=json.dumps(["parent"]),
					limit_page_length=0,
				)
			finally:
				frappe.set_user("Administrator")

		self.assertIn(doc.name, {row.parent for row in messages(self.mid.user)})
		with self.assertRaises(frappe.PermissionError):
			messages(self.staff.user)  # no role on complaints at all
		frappe.get_doc("User", self.staff.user).add_roles(roles.SUPERIOR)
		self.assertNotIn(doc.name, {row.parent for row in messages(self.staff.user)})


class TestPublicPages(COITestCase):
	def test_each_public_page_has_its_python_module(self):
		"""Frappe loads ``www/<page>.py`` with ``-`` read as ``_``: a misnamed module is never run."""
		from frappe.website.page_renderers.template_page import TemplatePage

		for path, module in (
			("lacak-pengaduan", "coi_management.www.lacak_pengaduan"),
			("daftar-kepentingan", "coi_management.www.daftar_kepentingan"),
		):
			page = TemplatePage(path)
			self.assertTrue(page.can_render(), path)
			page.set_pymodule()
			self.assertEqual(page.pymodule_name, module)


class TestFindingPatch(ComplaintCase):
	def test_complaints_examined_before_the_field_get_their_finding(self):
		from coi_management.monitoring.tests.test_reports import insert
		from coi_management.patches import fill_complaint_finding

		def complaint(status, **kw):
			return insert(
				"Complaint", subject="Lama", channel="Letter", received_on="2025-07-01", status=status, **kw
			).name

		founded = complaint(states.CLOSED, examined_on="2025-07-10", follow_up="Teguran tertulis")
		unfounded = complaint(states.CLOSED, examined_on="2025-07-10")
		following_up = complaint(states.FOLLOW_UP, examined_on="2025-07-10")
		never_examined = complaint(states.CLOSED)
		open_ = complaint(states.VERIFIED)
		fill_complaint_finding.execute()
		found = dict(
			frappe.get_all(
				"Complaint",
				filters={"name": ("in", [founded, unfounded, following_up, never_examined, open_])},
				fields=["name", "finding"],
				as_list=True,
			)
		)
		self.assertEqual(
			[found[n] for n in (founded, unfounded, following_up, never_examined, open_)],
			[states.FOUNDED, states.UNFOUNDED, states.FOUNDED, None, None],
		)
