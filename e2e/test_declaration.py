"""The declaration-to-decision loop in the desk: staf.jalan declares, kasi.jalan (the superior)
decides, the declarant sees the outcome and acknowledges it — all in Bahasa Indonesia."""

from conftest import BASE_URL, call, wait_for_desk

from coi_management.core import states

ENGLISH = (
	"Declaration",
	states.DECLARED,
	states.UNDER_REVIEW,
	"Control Decision",
	"Decision on hold",
	"Superior",
)


def workflow_action(page, label):
	page.locator(".actions-btn-group > button:visible").first.click()
	page.locator(f".actions-btn-group .dropdown-menu a:visible:has-text('{label}')").first.click()


def dismiss_messages(page):
	"""Close a message dialog (on a site without an e-mail account, Frappe reports the e-mail of
	a Notification it could not queue for a sender whose full name holds a comma, e.g. "S.E.")."""
	page.wait_for_timeout(800)
	for close in page.locator(".modal.show .btn-modal-close").all():
		if close.is_visible():
			close.click()
	page.wait_for_timeout(300)


def assert_indonesian(page):
	body = page.inner_text("body")
	for english in ENGLISH:
		at = body.find(english)
		assert at < 0, f"{english!r} in {body[max(0, at - 80) : at + 80]!r}"


def test_declare_decide_and_see_the_outcome(open_as, shot):
	# 1. the official declares in the desk
	staff = open_as("staf.jalan")
	staff.goto(f"{BASE_URL}/app/declaration/new")
	wait_for_desk(staff)
	staff.wait_for_function("() => cur_frm && cur_frm.doc.official && cur_frm.doc.superior")
	staff.fill("[data-fieldname=task_authority] textarea", "Pejabat Pengadaan pada Seksi Pembangunan Jalan")
	staff.fill(
		"[data-fieldname=decision_faced] textarea",
		"Menetapkan pemenang tender pembangunan jalan Desa Lerep",
	)
	staff.evaluate("() => cur_frm.set_value('conflict_source', 'SMG-2025-6b')")
	staff.wait_for_timeout(500)
	staff.evaluate("() => cur_frm.set_value('conflict_sub_kind', 'SMG-2025-8.2c')")
	staff.fill(
		"[data-fieldname=source_explanation] textarea",
		"Suami saya adalah direktur CV Maju Jaya, salah satu peserta tender.",
	)
	staff.fill(
		"[data-fieldname=source_decision_link] textarea",
		"Penawaran CV Maju Jaya akan saya evaluasi sebagai Pejabat Pengadaan.",
	)
	staff.check(".frappe-control[data-fieldname=statement_true] input[type=checkbox]")
	staff.keyboard.press("Control+s")
	staff.wait_for_function("() => cur_frm && !cur_frm.is_new() && !cur_frm.is_dirty()")
	body = staff.inner_text("body")
	for indonesian in ("Pendeklarasi", "Sumber Konflik Kepentingan", "Dideklarasikan Kepada", "Atasan"):
		assert indonesian in body, indonesian
	shot(staff, "declaration-1-draft")
	workflow_action(staff, "Deklarasikan")
	staff.wait_for_function("() => cur_frm.doc.workflow_state === 'Declared' && cur_frm.doc.docstatus === 1")
	dismiss_messages(staff)
	staff.wait_for_selector("text=dihentikan sementara")
	name = staff.evaluate("() => cur_frm.doc.name")
	assert call(staff, "coi_management.api.is_on_hold", official=staff.evaluate("() => cur_frm.doc.official"))
	shot(staff, "declaration-2-declared-on-hold")
	assert_indonesian(staff)

	# 2. the superior logs in and decides
	superior = open_as("kasi.jalan")
	superior.goto(f"{BASE_URL}/app/declaration")
	wait_for_desk(superior)
	# in the list itself (the bell's dropdown names the declaration too, hidden)
	superior.locator(".frappe-list").get_by_text(name).first.wait_for()
	shot(superior, "declaration-3-superior-list")
	superior.goto(f"{BASE_URL}/app/declaration/{name}")
	wait_for_desk(superior)
	superior.wait_for_selector("button:has-text('Tetapkan Pengendalian')")
	workflow_action(superior, "Mulai Pemeriksaan")
	superior.wait_for_function("() => cur_frm.doc.workflow_state === 'Under Review'")
	dismiss_messages(superior)
	shot(superior, "declaration-4-under-review")
	superior.click("button:has-text('Tetapkan Pengendalian')")
	superior.wait_for_function(
		"() => window.cur_frm && cur_frm.doctype === 'Control Decision' && cur_frm.doc.declaration"
	)
	superior.select_option("[data-fieldname=finding] select", "Actual Conflict")
	superior.evaluate("() => cur_frm.set_value('control_option', 'SMG-2025-24.1b1')")
	superior.wait_for_timeout(500)
	superior.fill(
		"[data-fieldname=analysis] textarea",
		"Suami pejabat adalah direktur peserta tender: atasan mengambil alih kewenangan evaluasi.",
	)
	superior.keyboard.press("Control+s")
	superior.wait_for_function("() => cur_frm && !cur_frm.is_new() && !cur_frm.is_dirty()")
	body = superior.inner_text("body")
	for indonesian in ("Hasil Pemeriksaan", "Bentuk Pengendalian", "Pemeriksaan dan Analisis"):
		assert indonesian in body, indonesian
	shot(superior, "declaration-5-control-decision-draft")
	superior.locator(".actions-btn-group > button:visible").first.click()
	superior.locator(".actions-btn-group .dropdown-menu a:visible").first.click()
	superior.wait_for_function("() => cur_frm.doc.docstatus === 1")
	dismiss_messages(superior)
	superior.wait_for_selector("text=Kewenangan kini dipegang oleh")
	decision = superior.evaluate("() => cur_frm.doc.name")
	shot(superior, "declaration-6-decided")

	# 3. the declarant sees the outcome and acknowledges it
	staff.goto(f"{BASE_URL}/app/declaration/{name}")
	wait_for_desk(staff)
	staff.wait_for_selector("text=Telah ditetapkan")
	assert not call(
		staff, "coi_management.api.is_on_hold", official=staff.evaluate("() => cur_frm.doc.official")
	)
	shot(staff, "declaration-7-declarant-sees-decided")
	assert_indonesian(staff)
	staff.goto(f"{BASE_URL}/app/control-decision/{decision}")
	wait_for_desk(staff)
	staff.wait_for_selector("text=Diambil Alih oleh Atasan")
	workflow_action(staff, "Terima")
	staff.wait_for_function(f"() => cur_frm.doc.workflow_state === '{states.ACKNOWLEDGED}'")
	dismiss_messages(staff)
	shot(staff, "declaration-8-acknowledged")
	assert_indonesian(staff)


def test_print_format_in_indonesian(open_as, shot):
	page = open_as("inspektur")
	page.goto(f"{BASE_URL}/app/declaration")
	wait_for_desk(page)
	names = call(
		page, "frappe.client.get_list", doctype="Declaration", filters={"docstatus": 1}, limit_page_length=1
	)
	assert names, "the loop test above leaves a submitted declaration"
	page.goto(
		f"{BASE_URL}/printview?doctype=Declaration&name={names[0]['name']}"
		"&format=Formulir%20Deklarasi%20Konflik%20Kepentingan&no_letterhead=1"
	)
	page.wait_for_selector("text=FORMULIR DEKLARASI KONFLIK KEPENTINGAN")
	assert "Yang Melakukan Deklarasi" in page.inner_text("body")
	shot(page, "declaration-9-print-form")
