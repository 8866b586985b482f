"""The public register page as a Guest: filing status and non-personal content only (S 22(4))."""

import re

import frappe
from frappe.utils import cint

from coi_management.registers import public_register
from coi_management.registers.interest_register import family_relationships
from coi_management.tests.factories import (
	COITestCase,
	make_official,
	make_work_unit,
	register_doc,
	tolerate_unbuilt_assets,
)

# Every personal value of the seeded register; none may appear in the page
PERSONAL = [
	"Siti Rahasia",  # family member's name
	"Pedagang Pasar Kaliwungu",  # family member's occupation
	"RahasiaSituasi",  # a situation text
	"Tanah Kebun Bandungan",  # asset location
	"123.456.789",  # an amount, as formatted in IDR
	"123456789",
	"7,37",  # a percentage
	"7.37",
	"Yayasan Pribadi Tertutup",  # an organisation marked personal
	"CV Rencana Pensiun",  # post-retirement plans are not published
]
PUBLIC = ["Komisaris PDAM Publik", "Dosen Luar Biasa Publik", "Ikatan Alumni Publik", "PT Saham Publik"]


def render(path="daftar-kepentingan", **params) -> tuple[int, str]:
	from frappe.website.serve import get_response

	tolerate_unbuilt_assets()
	frappe.set_user("Guest")
	frappe.local.form_dict = frappe._dict(params)
	frappe.local.request = frappe._dict(path=path, method="GET", headers={}, args=params)
	try:
		response = get_response(path)
		return response.status_code, response.get_data(as_text=True)
	finally:
		frappe.set_user("Administrator")
		frappe.local.lang = "en"


class TestPublicRegister(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.flags.current_date = "2026-02-10"
		cls.unit = make_work_unit("Dinas Uji Publik").name
		cls.official = make_official("Pejabat Terbuka", work_unit=cls.unit)
		cls.silent = make_official("Pejabat Belum Isi", work_unit=cls.unit)
		doc = register_doc(
			cls.official.name,
			no_family=0,
			no_business=0,
			no_outside_work=0,
			no_public_office=0,
			affiliation_civil_society="Yes",
			affiliation_professional="Yes",
			has_post_retirement_plan="Yes",
		)
		doc.append(
			"family",
			{
				"full_name": "Siti Rahasia",
				"relationship": family_relationships()[0],
				"occupation": "Pedagang Pasar Kaliwungu",
				"situation": "RahasiaSituasi",
			},
		)
		doc.append("business", {"ownership_form": "Shares", "percentage": 7.37, "company": "PT Saham Publik"})
		doc.append(
			"business", {"ownership_form": "Asset", "amount": 123456789, "company": "Tanah Kebun Bandungan"}
		)
		doc.append("outside_work", {"kind_of_work": "Dosen Luar Biasa Publik", "situation": "RahasiaSituasi"})
		doc.append("public_offices", {"position_title": "Komisaris PDAM Publik", "institution": "PDAM"})
		doc.append(
			"affiliations", {"question": "1", "organisation": "Yayasan Pribadi Tertutup", "is_personal": 1}
		)
		doc.append("affiliations", {"question": "2", "organisation": "Ikatan Alumni Publik"})
		doc.append(
			"post_retirement_plans", {"plan_kind": "Work or Business", "organisation": "CV Rencana Pensiun"}
		)
		doc.insert()
		doc.submit()
		frappe.flags.current_date = None

	def test_guest_sees_public_content_and_status(self):
		frappe.flags.current_date = "2026-02-10"
		status, html = render(q="Uji Publik", period="2026")
		self.assertEqual(status, 200)
		for value in [*PUBLIC, "Pejabat Terbuka", "Pejabat Belum Isi", "Dinas Uji Publik"]:
			self.assertIn(value, html)
		self.assertIn("Sudah Mengisi", html)
		self.assertIn("Belum Mengisi", html)
		self.assertIn("Daftar Kepentingan Pribadi Publik", html)  # in Indonesian

	def test_guest_never_sees_personal_fields(self):
		status, html = render(q="Pejabat Terbuka")
		self.assertEqual(status, 200, html[-3000:])
		self.assertIn("Pejabat Terbuka", html)
		html = re.sub(r"<svg.*?</svg>", "", html, flags=re.S)  # icon paths are full of numbers
		for value in PERSONAL:
			with self.subTest(value=value):
				self.assertNotIn(value, html, html[max(html.find(value) - 300, 0) : html.find(value) + 100])

	def test_stored_and_reflected_payloads_are_escaped(self):
		payload = '"><img src=x onerror=alert(1)>'
		doc = register_doc(self.silent.name, no_public_office=0)
		doc.append("public_offices", {"position_title": payload, "institution": payload})
		doc.insert().submit()
		status, html = render(q=payload)
		self.assertEqual(status, 200)
		self.assertNotIn("<img src=x", html)
		self.assertIn("&lt;img src=x onerror=alert(1)&gt;", html)
		status, html = render()
		self.assertNotIn("<img src=x", html)

	def test_search_by_name_and_unit(self):
		rows, total = public_register.officials_page("Belum Isi")
		self.assertEqual([row.full_name for row in rows], ["Pejabat Belum Isi"])
		rows, total = public_register.officials_page("Dinas Uji Publik")
		self.assertEqual(total, 2)

	def test_paginated(self):
		unit = make_work_unit("Dinas Banyak Pejabat").name
		for i in range(public_register.PAGE_LENGTH + 3):
			make_official(f"Banyak {i:02d}", work_unit=unit, user=False)
		first, total = public_register.officials_page("Banyak", page=1)
		second, _total = public_register.officials_page("Banyak", page=2)
		self.assertEqual(total, public_register.PAGE_LENGTH + 3)
		self.assertEqual(len(first), public_register.PAGE_LENGTH)
		self.assertEqual(len(second), 3)
		self.assertFalse({row.name for row in first} & {row.name for row in second})
		data = public_register.get_register_page("Banyak", page=2)
		self.assertEqual((data["current_page"], data["page_count"]), (2, 2))

	def test_off_when_not_published(self):
		frappe.db.set_single_value("COI Settings", "publish_public_register", 0)
		frappe.clear_document_cache("COI Settings", "COI Settings")
		try:
			status, html = render()
			self.assertEqual(status, 404)
			self.assertNotIn("Pejabat Terbuka", html)
		finally:
			frappe.db.set_single_value("COI Settings", "publish_public_register", 1)
			frappe.clear_document_cache("COI Settings", "COI Settings")
		self.assertTrue(cint(frappe.db.get_single_value("COI Settings", "publish_public_register")))
