"""A member of the public files a complaint and follows it with the tracking code; the COI Manager
(inspektur) asks a question; the reporter reads it and answers, anonymously."""

from conftest import BASE_URL, call, wait_for_desk


def test_guest_files_follows_and_talks_with_the_coi_manager(open_as, shot):
	guest = open_as(None)
	guest.goto(f"{BASE_URL}/pengaduan")
	guest.wait_for_selector("text=Kirim Pengaduan")
	body = guest.inner_text("body")
	for indonesian in ("Pengaduan Konflik Kepentingan", "Perihal", "Apa yang Terjadi", "Nama Anda"):
		assert indonesian in body, indonesian
	for english in ("Subject", "What Happened", "Your Name", "Send Complaint"):
		assert english not in body, english
	guest.fill("input[data-fieldname='subject']", "Dugaan konflik kepentingan lelang jalan")
	guest.fill(
		"textarea[data-fieldname='description']",
		"<script>alert('x')</script>Pemenang lelang jalan desa adalah perusahaan milik ipar pejabat.",
	)
	guest.fill("input[data-fieldname='reported_person']", "Kepala Seksi Pembangunan Jalan")
	guest.fill("input[data-fieldname='reporter_name']", "Warga Peduli")
	shot(guest, "complaint-1-public-form")
	guest.click("button.submit-btn")
	guest.wait_for_selector("#tracking-code")
	code = guest.inner_text("#tracking-code").strip()
	assert len(code) == 19, code
	shot(guest, "complaint-2-tracking-code")

	# the COI Manager finds the complaint and asks the reporter a question
	manager = open_as("inspektur")
	manager.goto(f"{BASE_URL}/app/complaint")
	wait_for_desk(manager)
	manager.wait_for_selector("text=Dugaan konflik kepentingan lelang jalan")
	shot(manager, "complaint-3-desk-list")
	manager.click("text=Dugaan konflik kepentingan lelang jalan")
	manager.wait_for_selector("text=Pesan kepada Pelapor")
	# the handler sees the identity, loaded from the restricted reporter record
	assert manager.input_value("input[data-fieldname='reporter_name']") == "Warga Peduli"
	name = manager.evaluate("() => cur_frm.doc.name")
	shot(manager, "complaint-4-desk-form")
	call(
		manager,
		"coi_management.complaints.handling.send_message",
		complaint=name,
		message="Mohon sebutkan nama perusahaan pemenang lelang.",
	)

	# the reporter reads the question with the code and answers
	guest.goto(f"{BASE_URL}/lacak-pengaduan")
	guest.fill("#coi-code", "SALAH-KODE-0000-0000")
	guest.click("#coi-code-form button")
	guest.wait_for_selector(".alert-warning")
	neutral = guest.inner_text("#coi-answer")
	assert "Tidak ada pengaduan" in neutral, neutral
	guest.fill("#coi-code", code)
	guest.click("#coi-code-form button")
	guest.wait_for_selector("text=Mohon sebutkan nama perusahaan")
	assert "Diterima" in guest.inner_text("#coi-status")
	guest.fill("#coi-reply", "Perusahaannya CV Maju Jaya.")
	guest.click("#coi-reply-form button")
	guest.wait_for_selector("text=Perusahaannya CV Maju Jaya.")
	page_text = guest.inner_text("body")
	assert "inspektur" not in page_text and "Sugeng" not in page_text  # the handler stays unnamed
	assert "<script>" not in page_text
	shot(guest, "complaint-5-tracking-page")

	# the handler sees the answer
	manager.reload()
	wait_for_desk(manager)
	manager.wait_for_selector("text=Perusahaannya CV Maju Jaya.")
	shot(manager, "complaint-6-desk-answer")


def test_superior_never_sees_the_reporter(open_as):
	page = open_as("kasi.jalan")
	page.goto(f"{BASE_URL}/app/complaint")
	wait_for_desk(page)
	assert "Warga Peduli" not in page.inner_text("body")


def test_retirement_opens_a_cooling_off_record(open_as, shot):
	page = open_as("inspektur")
	page.goto(f"{BASE_URL}/app/official")
	wait_for_desk(page)
	official = call(
		page,
		"frappe.client.get_value",
		doctype="Official",
		filters={"user": "kabag.pbj@coi.localhost"},
		fieldname="name",
	)["name"]
	call(
		page,
		"frappe.client.set_value",
		doctype="Official",
		name=official,
		fieldname={"status": "Retired", "exit_date": "2026-06-30"},
	)
	page.goto(f"{BASE_URL}/app/cooling-off-record")
	wait_for_desk(page)
	page.wait_for_selector("text=Rina Kusumawati")
	body = page.inner_text("body")
	assert "Catatan Masa Tunggu" in body and "Aktif" in body
	shot(page, "complaint-7-cooling-off-list")
	page.click("text=Rina Kusumawati")
	page.wait_for_selector("text=Tindakan yang Dilarang")
	body = page.inner_text("body")
	for indonesian in ("Mantan Pejabat", "Jabatan Terdahulu", "Badan Usaha", "Pengecualian Jasa Konsultasi"):
		assert indonesian in body, indonesian
	assert page.evaluate("() => cur_frm.doc.end_date") == "2028-06-30"
	shot(page, "complaint-8-cooling-off-form")
