"""A procurement officer (COI Screener) screens a bidder's director before a road tender: they name
the section head involved by typing his name (they may not read Official records), and the
screening shows the family match in his register, by name, marked as an official involved."""

import re

from conftest import BASE_URL, wait_for_desk

NIP_KASI_JALAN = "198204172008011005"


def test_screener_names_the_official_involved_and_sees_the_match(open_as, shot):
	page = open_as("pengadaan")
	page.goto(f"{BASE_URL}/app/conflict-screening/new", wait_until="networkidle")
	wait_for_desk(page)
	page.locator('[data-fieldname="counterparty_name"] input').fill("Rina Prasetyo")
	field = page.locator('[data-fieldname="officials"] input')
	field.click()
	field.fill("Agus Pras")
	option = page.get_by_role("option").filter(has_text="Agus Prasetyo").first
	option.wait_for()
	option.click()
	page.keyboard.press("Control+s")
	page.wait_for_url(re.compile(r"/app/conflict-screening/PKK-"))
	wait_for_desk(page)
	headline = page.locator(".form-message").inner_text()
	assert headline.count("1 kecocokan") == 1, headline
	grid = page.locator('[data-fieldname="matches"] .grid-body')
	grid.get_by_text("Agus Prasetyo").first.wait_for()
	officials = page.locator('div.frappe-control[data-fieldname="officials"]').inner_text()
	assert "Agus Prasetyo" in officials, officials
	assert NIP_KASI_JALAN not in officials, officials
	shot(page, "screening-screener-officials-involved")
	saved = page.evaluate("() => cur_frm.doc")
	assert saved["officials"][0]["official_name"] == "Agus Prasetyo, S.T."
	involved = [m for m in saved["matches"] if m["involved"]]
	assert involved and involved[0]["section"] == "A. Family", saved["matches"]
