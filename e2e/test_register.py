"""Interest Register in the desk and on the public page: staf.jalan files and submits a register,
the public register shows it (without personal data), all in Indonesian."""

import re

from conftest import BASE_URL, wait_for_desk

OUTSIDE_WORK = "Pengajar Kursus Pengadaan"
FAMILY_NAME = "Rahmat Rahasia Keluarga"


def tick(page, fieldname):
	"""Tick a Check field; retried because a form refresh can redraw the box under the click."""
	box = page.locator(f'input[type="checkbox"][data-fieldname="{fieldname}"]')
	for _attempt in range(5):
		if page.evaluate(f"() => cur_frm.doc.{fieldname} == 1"):
			break
		if not box.is_checked():
			box.click()
		page.wait_for_timeout(400)
	page.wait_for_function(f"() => cur_frm.doc.{fieldname} == 1")


def choose(page, fieldname, value):
	page.locator(f'select[data-fieldname="{fieldname}"]').select_option(value)


def add_row(page, table, values: dict):
	grid = page.locator(f'.frappe-control[data-fieldname="{table}"]')
	grid.locator(".grid-add-row").click()
	row = grid.locator(".grid-body .grid-row").last
	for fieldname, value in values.items():
		row.locator(f'[data-fieldname="{fieldname}"]').first.click()
		field = row.locator(
			f'input[data-fieldname="{fieldname}"], textarea[data-fieldname="{fieldname}"]'
		).first
		field.fill(value)
		field.press("Tab")


def test_official_files_register_and_public_page_shows_it(open_as, shot):
	page = open_as("staf.jalan")
	page.goto(f"{BASE_URL}/app/interest-register/new")
	wait_for_desk(page)
	page.wait_for_function("() => window.cur_frm && cur_frm.doc.official_name && cur_frm.doc.__onload")
	body = page.inner_text(".layout-main-section")
	for indonesian in ("A. Hubungan Keluarga dan Kerabat", "B. Hubungan Bisnis dan Finansial", "Pernyataan"):
		assert indonesian in body, indonesian
	for english in ("Family and Relatives", "Outside Work", "Statements", "None to declare"):
		assert english not in body, english

	tick(page, "no_business")
	tick(page, "no_public_office")
	add_row(page, "family", {"full_name": FAMILY_NAME})
	# the relationship comes from the profile's family kinds
	family = page.locator('.frappe-control[data-fieldname="family"] .grid-body .grid-row').last
	family.locator('[data-fieldname="relationship"]').first.click()
	relationship = family.locator('input[data-fieldname="relationship"]').first
	relationship.fill("Suami")
	option = page.locator(".awesomplete ul:not([hidden]) [role=option]:has-text('Suami/istri')").first
	option.wait_for()
	option.click()
	add_row(page, "outside_work", {"kind_of_work": OUTSIDE_WORK})
	for fieldname in ("affiliation_civil_society", "affiliation_professional", "affiliation_other"):
		choose(page, fieldname, "No")
	for fieldname in ("statement_true", "statement_manage", "statement_update"):
		tick(page, fieldname)
	shot(page, "register-form-filled")
	page.keyboard.press("Control+s")
	page.wait_for_selector(".indicator-pill:has-text('Draf')")
	page.wait_for_url(re.compile(r".*/interest-register/DKP-.*"))

	page.locator(".page-actions .primary-action").click()  # Kirim
	page.locator(".modal.show .btn-primary").click()  # confirm
	page.wait_for_selector(".indicator-pill:has-text('Dikirim')")
	shot(page, "register-form-submitted")

	page.goto(f"{BASE_URL}/app/interest-register")
	wait_for_desk(page)
	page.wait_for_selector(".list-row-container .indicator-pill:has-text('Dikirim')")
	shot(page, "register-list")

	guest = open_as(None)
	guest.goto(f"{BASE_URL}/daftar-kepentingan?q=Dewi")
	guest.wait_for_selector("text=Daftar Kepentingan Pribadi Publik")
	html = guest.content()
	text = guest.inner_text("body")
	assert "Dewi Lestari" in text
	assert "Sudah Mengisi" in text
	assert OUTSIDE_WORK in text
	assert FAMILY_NAME not in html
	shot(guest, "register-public-page")


def test_official_dashboard_lists_registers(open_as, shot):
	page = open_as("Administrator", "admin")
	page.goto(f"{BASE_URL}/app/official/199106232015032001")
	wait_for_desk(page)
	page.wait_for_selector(".form-dashboard:has-text('Daftar Kepentingan Pribadi')")
	shot(page, "register-official-dashboard")


def test_print_format_in_indonesian(open_as, shot):
	page = open_as("Administrator", "admin")
	names = page.request.get(
		f"{BASE_URL}/api/resource/Interest Register", params={"filters": '[["docstatus","=",1]]'}
	).json()["data"]
	assert names, "the register filed by the first test"
	page.goto(
		f"{BASE_URL}/printview?doctype=Interest%20Register&name={names[0]['name']}&format=Interest%20Register%20Form"
	)
	page.wait_for_selector("text=FORMULIR DAFTAR KEPENTINGAN PRIBADI")
	text = page.inner_text("body")
	for indonesian in (
		"A. Hubungan Keluarga dan Kerabat",
		"Situasi yang dapat menimbulkan Konflik Kepentingan",
	):
		assert indonesian in text, indonesian
	shot(page, "register-print")
