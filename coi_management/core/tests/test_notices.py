"""The one notice path: bell and e-mail in the recipient's language, after commit, on a site with
and without an outgoing e-mail account, for officials whose names carry academic titles."""

import email
import email.header
from unittest.mock import patch

import frappe
from frappe import _

from coi_management.core import notices
from coi_management.tests.factories import COITestCase, commit_notices, make_user

TITLED = "Dewi Lestari, S.E., M.Si."


def titled_user(full_name=TITLED, **values):
	user = make_user(roles=("COI Official",))
	first, _sep, last = full_name.partition(" ")
	frappe.db.set_value("User", user.name, {"first_name": first, "last_name": last, **values})
	frappe.db.set_value("User", user.name, "full_name", full_name)
	return user.name


def outgoing_account():
	"""An outgoing account for the test that needs one; rolled back with the test."""
	frappe.local.outgoing_email_account = {}
	return frappe.get_doc(
		{
			"doctype": "Email Account",
			"email_account_name": "Inspektorat, Kab. Semarang",
			"email_id": "inspektorat@example.com",
			"enable_outgoing": 1,
			"default_outgoing": 1,
			"smtp_server": "localhost",
			"no_smtp_authentication": 1,
		}
	).insert(ignore_permissions=True)


class TestNotices(COITestCase):
	def setUp(self):
		super().setUp()
		self.assertFalse(
			frappe.db.exists("Email Account", {"enable_outgoing": 1, "default_outgoing": 1}),
			"these tests need a site without an outgoing e-mail account, as a fresh site is",
		)
		self.reference = frappe.get_doc({"doctype": "ToDo", "description": "Surat masuk"}).insert()

	def notice(self, users, **kw):
		return notices.notify(
			users,
			lambda: (_("Declaration {0} is under review").format("DKL-1"), "<p>isi</p>"),
			self.reference,
			**kw,
		)

	def bells(self, user):
		return frappe.get_all(
			"Notification Log",
			{"for_user": user, "document_name": self.reference.name},
			["subject", "document_type"],
		)

	def emails(self):
		return frappe.get_all(
			"Email Queue", {"reference_name": self.reference.name}, ["name", "sender", "message"]
		)

	def test_without_an_email_account_the_bell_arrives_and_nothing_fails(self):
		user = titled_user()
		errors = frappe.db.count("Error Log")
		frappe.session.user = user  # the acting user's comma-titled name must not become the sender
		try:
			self.assertEqual(self.notice([user, "Guest", None]), 1)
			commit_notices()
		finally:
			frappe.set_user("Administrator")
		bells = self.bells(user)
		self.assertEqual(len(bells), 1)
		self.assertEqual(bells[0].subject, "Deklarasi DKL-1 sedang diperiksa")
		self.assertEqual(self.emails(), [])  # nothing Frappe could send yet
		waiting = frappe.get_all(notices.WAITING, {"reference_name": self.reference.name}, ["*"])
		self.assertEqual(len(waiting), 1)  # the e-mail waits for an account
		self.assertEqual(waiting[0].recipients, frappe.db.get_value("User", user, "email"))
		self.assertEqual(waiting[0].subject, "Deklarasi DKL-1 sedang diperiksa")
		self.assertEqual(frappe.db.count("Error Log"), errors)
		self.assertTrue(notices.email_setup_missing())

	def test_waiting_emails_go_out_when_an_account_is_enabled(self):
		user = titled_user()
		self.notice([user])
		commit_notices()
		self.assertEqual(self.emails(), [])
		outgoing_account()  # the administrator enables one: Email Account's on_update releases
		self.assertFalse(frappe.db.exists(notices.WAITING, {"reference_name": self.reference.name}))
		queued = self.emails()
		self.assertEqual(len(queued), 1)
		self.assertIn("inspektorat@example.com", queued[0].sender)
		recipients = frappe.get_all("Email Queue Recipient", {"parent": queued[0].name}, pluck="recipient")
		self.assertEqual(recipients, [frappe.db.get_value("User", user, "email")])
		self.assertEqual(notices.release_waiting_emails(), 0)  # idempotent: nothing is sent twice

	def test_identical_notices_are_one_email_each_recipient_under_their_own_address(self):
		outgoing_account()
		same = [titled_user(), titled_user("Siti Aminah, S.Sos."), titled_user("Agus Salim, S.T.")]
		other_language = titled_user("Budi Santoso, S.H.", language="de")
		for user in [*same, other_language]:
			self.notice([user])  # one notify per official, as a job's reminders
		commit_notices()
		queued = self.emails()
		self.assertEqual(len(queued), 2)  # one per language, not one per official
		by_size = sorted(
			(frappe.get_all("Email Queue Recipient", {"parent": q.name}, pluck="recipient") for q in queued),
			key=len,
		)
		self.assertEqual(by_size[0], [frappe.db.get_value("User", other_language, "email")])
		self.assertEqual(sorted(by_size[1]), sorted(frappe.db.get_value("User", u, "email") for u in same))
		for q in queued:  # the stored message names no recipient: each gets their own To header
			for recipient in frappe.get_all("Email Queue Recipient", {"parent": q.name}, pluck="recipient"):
				self.assertNotIn(recipient, q.message)
		for user in [*same, other_language]:
			self.assertEqual(len(self.bells(user)), 1)

	def test_with_an_email_account_the_email_is_queued_with_an_explicit_sender(self):
		outgoing_account()
		user = titled_user()
		frappe.set_user(user)
		try:
			self.notice([user])
			commit_notices()
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(len(self.bells(user)), 1)
		queued = self.emails()
		self.assertEqual(len(queued), 1)
		self.assertNotIn("Dewi", queued[0].sender)
		self.assertIn("inspektorat@example.com", queued[0].sender)
		self.assertNotIn(",", queued[0].sender)  # the account's own comma is dropped too
		mail = email.message_from_string(queued[0].message)
		subject = str(email.header.make_header(email.header.decode_header(mail["Subject"])))
		self.assertEqual(subject, "Deklarasi DKL-1 sedang diperiksa")
		recipients = frappe.get_all("Email Queue Recipient", {"parent": queued[0].name}, pluck="recipient")
		self.assertEqual(recipients, [frappe.db.get_value("User", user, "email")])
		self.assertFalse(notices.email_setup_missing())

	def test_each_recipient_reads_their_own_language(self):
		indonesian = titled_user()
		english = titled_user("Budi Santoso, S.H.", language="de")
		frappe.local.lang = "en"  # a scheduled job's language
		self.notice([indonesian, english])
		commit_notices()
		self.assertEqual(self.bells(indonesian)[0].subject, "Deklarasi DKL-1 sedang diperiksa")
		self.assertNotEqual(self.bells(english)[0].subject, "Deklarasi DKL-1 sedang diperiksa")

	def test_institution_language_is_the_fallback(self):
		user = titled_user()
		frappe.db.set_single_value("COI Settings", "language", "en")
		frappe.clear_document_cache("COI Settings", "COI Settings")
		self.notice([user])
		commit_notices()
		self.assertEqual(self.bells(user)[0].subject, "Declaration DKL-1 is under review")

	def test_a_delivery_failure_is_logged_once_with_the_document_and_others_still_go_out(self):
		first, second = titled_user(), titled_user("Siti Aminah, S.Sos.")
		self.notice([first])
		notices.notify(
			[second], lambda: ("Kedua", "<p>isi</p>"), reference_doctype="ToDo", reference_name="other"
		)
		real = notices._bell_rows

		def fail_first(notice, disabled):
			if notice["users"] == [first]:
				raise RuntimeError("rendering failed")
			return real(notice, disabled)

		with patch("coi_management.core.notices._bell_rows", side_effect=fail_first):
			commit_notices()
		errors = frappe.get_all(
			"Error Log",
			{"reference_name": self.reference.name, "method": notices.DELIVERY_ERROR_TITLE},
			pluck="reference_doctype",
		)
		self.assertEqual(errors, ["ToDo"])
		self.assertEqual(self.bells(first), [])
		self.assertEqual(len(frappe.get_all("Notification Log", {"for_user": second})), 1)

	def test_a_failing_bell_insert_is_retried_notice_by_notice(self):
		"""One bad row must not cost the batch its bells: the batch is inserted notice by notice."""
		first, second = titled_user(), titled_user("Siti Aminah, S.Sos.")
		self.notice([first])
		notices.notify(
			[second], lambda: ("x" * 200_000, "<p>isi</p>"), reference_doctype="ToDo", reference_name="other"
		)  # a subject longer than the column: that notice's insert fails
		commit_notices()
		self.assertEqual(len(self.bells(first)), 1)
		self.assertEqual(frappe.get_all("Notification Log", {"for_user": second}), [])
		self.assertTrue(
			frappe.db.exists("Error Log", {"method": notices.DELIVERY_ERROR_TITLE, "reference_name": "other"})
		)

	def test_a_rolled_back_job_unit_drops_its_notices(self):
		from coi_management.core import jobs

		user = titled_user()

		def unit(name):
			self.notice([user])
			raise ValueError(name)

		frappe.flags.in_test = False
		try:
			jobs.for_each("ToDo", [self.reference.name], unit, title="Unit test notices")
		finally:
			frappe.flags.in_test = True
		self.assertEqual(notices.pending(), [])
		commit_notices()
		self.assertEqual(self.bells(user), [])

	def test_settings_warn_while_no_outgoing_account_exists(self):
		settings = frappe.get_doc("COI Settings")
		settings.run_method("onload")
		self.assertTrue(settings.get_onload().email_setup_missing)
		outgoing_account()
		settings = frappe.get_doc("COI Settings")
		settings.run_method("onload")
		self.assertFalse(settings.get_onload().email_setup_missing)
