"""The Bupati (COI Executive) opens the workspace's monitoring figures, the register-compliance report
and the submitted Monitoring and Evaluation Report of the demo, all in Indonesian; an official sees
no monitoring figures."""

from conftest import BASE_URL

CARDS_AND_CHARTS_LOADED = """() => {
	const cards = [...document.querySelectorAll('.number-widget-box')];
	const charts = [...document.querySelectorAll('.dashboard-widget-box')];
	return cards.length && charts.length
		&& cards.every(card => (card.querySelector('.number')?.innerText || '').trim() !== '')
		&& charts.every(chart => chart.querySelector('.chart-container svg'));
}"""


def test_bupati_sees_the_dashboard_report_and_annual_report(open_as, shot):
	page = open_as("bupati")
	page.goto(f"{BASE_URL}/app/coi-management", wait_until="networkidle")
	page.get_by_text("Tingkat Pengisian Daftar Kepentingan (%)").first.wait_for()
	page.get_by_text("Pengaduan Terbuka per Status").first.wait_for()
	# the figures, not "Memuat...": every number card has its number, every chart its drawing
	page.wait_for_function(CARDS_AND_CHARTS_LOADED)
	page.wait_for_timeout(2500)  # the bars grow in an animation
	cards = page.locator(".number-widget-box").all_inner_texts()
	assert len(cards) == 5 and not any("Memuat" in card for card in cards), cards
	shot(page, "monitoring-workspace-bupati")

	page.goto(f"{BASE_URL}/app/query-report/Kepatuhan Daftar Kepentingan", wait_until="networkidle")
	page.get_by_text("Wajib Lapor").first.wait_for()
	page.locator(".dt-row").nth(1).wait_for()
	shot(page, "monitoring-report-compliance-bupati")

	page.goto(f"{BASE_URL}/app/monitoring-and-evaluation-report", wait_until="networkidle")
	page.locator(".list-row .level-item.bold a").first.click()
	page.get_by_text("Disampaikan kepada Kepala Daerah").first.wait_for()
	page.get_by_text("a. Peraturan yang Berlaku dan Kesesuaiannya").first.wait_for()
	shot(page, "monitoring-annual-report-bupati")


def test_an_official_sees_no_monitoring_figures(open_as):
	def run(page):
		return page.request.get(
			f"{BASE_URL}/api/method/frappe.desk.query_report.run",
			params={"report_name": "Kepatuhan Daftar Kepentingan", "filters": "{}"},
		)

	assert run(open_as("bupati")).status == 200
	assert run(open_as("staf.jalan")).status == 403
