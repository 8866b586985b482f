"""The foundation in the desk: the workspace and the registry in Bahasa Indonesia."""

from conftest import BASE_URL, wait_for_desk


def test_administrator_sees_the_workspace_in_indonesian(open_as, shot):
	page = open_as("Administrator", "admin")
	page.goto(f"{BASE_URL}/app/coi-management")
	wait_for_desk(page)
	page.wait_for_selector(".links-widget-box")  # the cards render after the page shell
	shot(page, "foundation-workspace")
	body = page.inner_text("body")
	for indonesian in ("Pengelolaan Konflik Kepentingan", "Pejabat", "Unit Kerja", "Jabatan", "Regulasi"):
		assert indonesian in body, indonesian
	for english in ("Work Unit", "Position", "COI Regulation", "Official"):
		assert english not in body, english


def test_official_list_and_form_in_indonesian(open_as, shot):
	page = open_as("Administrator", "admin")
	page.goto(f"{BASE_URL}/app/official")
	wait_for_desk(page)
	page.wait_for_selector("text=Agus Prasetyo")
	shot(page, "foundation-official-list")
	page.click("text=Agus Prasetyo")
	page.wait_for_selector("text=Dari NIP")
	body = page.inner_text("body")
	for indonesian in ("Nama Lengkap", "Atasan", "Unit Kerja", "Tanggal Pensiun"):
		assert indonesian in body, indonesian
	shot(page, "foundation-official-form")


def test_official_sees_only_their_own_profile(open_as):
	page = open_as("staf.jalan")
	page.goto(f"{BASE_URL}/app/official")
	wait_for_desk(page)
	page.wait_for_selector("text=Dewi Lestari")
	assert "Agus Prasetyo" not in page.inner_text(".layout-main-section")


def test_regulation_profiles_with_their_classifications(open_as, shot):
	page = open_as("Administrator", "admin")
	page.goto(f"{BASE_URL}/app/coi-regulation/Perwali Banjarmasin 92%2F2020")
	wait_for_desk(page)
	page.wait_for_selector("text=Tenggat Penetapan (Hari Kerja)")
	shot(page, "foundation-regulation-banjarmasin")
