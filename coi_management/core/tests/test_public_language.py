"""The public pages speak the institution's language, whatever the visitor's browser asks for."""

import re

import frappe

from coi_management.registers.tests.test_public_register import render
from coi_management.tests.factories import COITestCase, GuestHTTPTestCase

# path -> (text of the page in Indonesian, the same text in English)
PAGES = {
	"/pengaduan/new": ("Pengaduan Konflik Kepentingan", "Conflict of Interest Complaint"),
	"/lacak-pengaduan": ("Lacak Pengaduan", "Follow a Complaint"),
	"/daftar-kepentingan": ("Daftar Kepentingan Pribadi Publik", "Public Register of Personal Interests"),
}


class TestPublicPagesOverHTTP(GuestHTTPTestCase):
	def test_an_english_browser_gets_the_institution_language(self):
		for path, (indonesian, english) in PAGES.items():
			response = self.http("GET", path, headers={"Accept-Language": "en-US,en;q=0.9"})
			body = self.assertNoServerError(response, path)
			self.assertEqual(response.status_code, 200, path)
			# what a visitor reads: scripts carry the form's definition and its translation table
			visible = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)
			self.assertIn(indonesian, visible, path)
			self.assertNotIn(english, visible, path)


class TestInstitutionLanguage(COITestCase):
	def test_the_public_language_is_the_institution_setting(self):
		previous = frappe.db.get_single_value("COI Settings", "language")
		frappe.db.set_single_value("COI Settings", "language", "en")
		frappe.clear_document_cache("COI Settings", "COI Settings")
		try:
			frappe.local.lang = "id"  # whatever the browser asked for
			status, html = render("lacak-pengaduan")
			self.assertEqual(status, 200)
			self.assertIn("Follow a Complaint", html)
		finally:
			frappe.db.set_single_value("COI Settings", "language", previous)
			frappe.clear_document_cache("COI Settings", "COI Settings")
