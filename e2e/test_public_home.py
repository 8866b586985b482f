"""The public side on a phone: the site's home for a guest is the public services page linking the
complaint form, the tracking page and the public register; neither it nor the public register
scrolls sideways on a 390-px-wide screen."""

from conftest import BASE_URL

PHONE = {"width": 390, "height": 844}


def horizontal_overflow(page) -> int:
	return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


def test_guest_home_is_the_public_services_page_on_a_phone(open_as, shot):
	page = open_as(None)
	page.set_viewport_size(PHONE)
	page.goto(f"{BASE_URL}/", wait_until="networkidle")
	shot(page, "public-home-390")
	assert page.locator("h1").first.inner_text().startswith("Layanan Publik")
	hrefs = page.eval_on_selector_all(".coi-card", "cards => cards.map(c => c.getAttribute('href'))")
	assert {"/pengaduan", "/lacak-pengaduan"} <= set(hrefs)
	assert horizontal_overflow(page) <= 0


def test_public_register_fits_a_phone(open_as, shot):
	page = open_as(None)
	page.set_viewport_size(PHONE)
	response = page.goto(f"{BASE_URL}/daftar-kepentingan", wait_until="networkidle")
	if response.status == 404:  # publication switched off on this site
		return
	shot(page, "public-register-390")
	assert horizontal_overflow(page) <= 0
