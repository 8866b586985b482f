"""The administrator's setup: the onboarding on the workspace and the confirmation of a profile switch."""

from conftest import BASE_URL, wait_for_desk


def test_the_administrator_is_walked_through_the_setup(open_as, shot):
	page = open_as("Administrator", "admin")
	page.goto(f"{BASE_URL}/app/coi-management")
	wait_for_desk(page)
	page.wait_for_selector(".onboarding-widget-box")
	text = page.inner_text(".onboarding-widget-box")
	for step in (
		"Isi nama instansi dan pilih profil peraturan",
		"Susun pohon unit kerja",
		"Impor pejabat dan atasannya",
		"Siapkan akun surel keluar",
	):
		assert step in text, step
	page.click("text=Impor pejabat dan atasannya")
	page.wait_for_selector("text=Unduh templat")  # the description, in Indonesian
	shot(page, "setup-1-onboarding")


def test_an_official_gets_no_setup(open_as):
	page = open_as("analis.izin")
	page.goto(f"{BASE_URL}/app/coi-management")
	wait_for_desk(page)
	page.wait_for_selector(".shortcut-widget-box")
	assert not page.query_selector(".onboarding-widget-box")


def test_a_profile_switch_says_what_changes_and_can_be_refused(open_as, shot):
	page = open_as("Administrator", "admin")
	page.goto(f"{BASE_URL}/app/coi-settings")
	wait_for_desk(page)
	page.wait_for_selector("[data-fieldname=active_regulation] input")
	page.evaluate("() => cur_frm.set_value('active_regulation', 'Perwali Banjarmasin 92/2020')")
	dialog = page.wait_for_selector(".modal.show .modal-body:has-text('Mengganti profil peraturan')")
	text = dialog.inner_text()
	assert "Perbup Semarang" in text and "Perwali Banjarmasin" in text
	assert "tetap memakai profil saat dibuat" in text
	shot(page, "setup-2-profile-switch")
	page.click(".modal.show .btn-secondary")  # No
	page.wait_for_function("() => cur_frm.doc.active_regulation === 'Perbup Semarang 28/2025'")
