"""Each user's own landing page, "Status dan Tugas Saya" (/app/coi-status): the declarant sees her
register and her declaration on hold; her superior sees it waiting for his decision with the days
left; nobody sees another's."""

from conftest import BASE_URL, wait_for_desk


def open_landing(page):
	page.goto(f"{BASE_URL}/app/coi-status", wait_until="networkidle")
	wait_for_desk(page)
	page.get_by_text("Menunggu Tindakan Saya").first.wait_for()
	return page.locator(".coi-status").inner_text()


def test_the_declarant_and_her_superior_each_see_their_own(open_as, shot):
	page = open_as("analis.izin")
	text = open_landing(page)
	assert "Daftar Kepentingan Saya Tahun" in text, text
	assert "Deklarasi Saya yang Menunggu Penetapan" in text and "DKL-" in text, text
	assert "Dr. Yusuf Hidayat" in text, text  # the deciding superior, by name
	assert "Tidak ada yang menunggu tindakan Anda." in text, text
	shot(page, "landing-declarant")

	page = open_as("kadis.ptsp")
	text = open_landing(page)
	queue = page.locator(".frappe-card").filter(has_text="Menunggu Tindakan Saya").inner_text()
	assert "DKL-" in queue and "Deklarasi" in queue, queue
	assert "hari lagi" in queue or "hari terlambat" in queue, queue
	shot(page, "landing-superior")

	page = open_as("staf.jalan")
	text = open_landing(page)
	assert "DKL-" not in text, text
