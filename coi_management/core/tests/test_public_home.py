"""The public services page: the home of Guests (not of desk users), linking the three public pages
under the institution's name, in the wording of the profile in force."""

import frappe
from frappe.website.serve import get_response_content
from frappe.website.utils import get_home_page

from coi_management.tests.factories import BANJARMASIN, SEMARANG, COITestCase, tolerate_unbuilt_assets
from coi_management.www import layanan_publik


class TestPublicHome(COITestCase):
	def setUp(self):
		super().setUp()
		tolerate_unbuilt_assets()
		frappe.db.set_single_value("COI Settings", "institution_name", "Pemerintah Kabupaten Uji")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.flags.home_page = None
		super().tearDown()

	def home_for(self, user):
		frappe.set_user(user)
		frappe.local.flags.home_page = None
		frappe.cache.hdel("home_page", user)
		return get_home_page()

	def test_guests_land_on_it_desk_users_do_not(self):
		self.assertEqual(layanan_publik.home_page("Guest"), "layanan-publik")
		self.assertIsNone(layanan_publik.home_page("Administrator"))
		self.assertEqual(self.home_for("Guest"), "layanan-publik")
		self.assertNotEqual(self.home_for("Administrator"), "layanan-publik")

	def test_links_institution_and_profile_wording(self):
		self.set_active_regulation(SEMARANG)
		frappe.set_user("Guest")
		html = get_response_content("layanan-publik")
		for text in ("/pengaduan", "/lacak-pengaduan", "Pemerintah Kabupaten Uji", "Konflik Kepentingan"):
			self.assertIn(text, html)
		self.assertNotIn("Benturan", html)
		frappe.set_user("Administrator")
		self.set_active_regulation(BANJARMASIN)
		frappe.set_user("Guest")
		html = get_response_content("layanan-publik")
		self.assertIn("Benturan Kepentingan", html)
