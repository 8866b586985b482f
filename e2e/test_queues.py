"""What waits for the superior, and names instead of NIPs: staf.jalan declares; kasi.jalan finds it
under "Menunggu tindakan saya" with its due date, decides to take over, sees the banner name himself
as the authority holder, and prints the decision in its own format with names and NIPs."""

import json

from conftest import BASE_URL, call, wait_for_desk


def declare(staff):
	official = call(
		staff,
		"frappe.client.get_value",
		doctype="Official",
		filters={"user": "staf.jalan@coi.localhost"},
		fieldname="name",
	)["name"]
	doc = call(
		staff,
		"frappe.client.insert",
		doc={
			"doctype": "Declaration",
			"official": official,
			"task_authority": "Pejabat Pengadaan pada Seksi Pembangunan Jalan",
			"decision_faced": "Menetapkan pemenang tender jembatan Desa Gedangan",
			"conflict_source": "SMG-2025-6b",
			"conflict_sub_kind": "SMG-2025-8.2c",
			"source_explanation": "Kakak ipar saya pemilik salah satu peserta tender.",
			"source_decision_link": "Penawarannya akan saya evaluasi.",
			"statement_true": 1,
		},
	)
	return call(staff, "frappe.model.workflow.apply_workflow", doc=json.dumps(doc), action="Declare")


def test_superior_queue_banner_and_print(open_as, shot):
	staff = open_as("staf.jalan")
	staff.goto(f"{BASE_URL}/app")
	wait_for_desk(staff)
	declaration = declare(staff)
	name = declaration["name"]

	superior = open_as("kasi.jalan")
	superior.goto(f"{BASE_URL}/app/declaration")
	wait_for_desk(superior)
	superior.click("button:has-text('Menunggu tindakan saya')")
	superior.wait_for_function(
		"() => cur_list.filter_area.get().some(f => f[1] === '_assign') && !cur_list.list_view_settings_loading"
	)
	superior.wait_for_function(
		"() => cur_list.data.length && cur_list.data.every(d => (d._assign || '').includes(frappe.session.user))"
	)
	superior.wait_for_selector(f".list-row:has-text('{name}')")
	row = superior.locator(f".list-row-container:has-text('{name}')").first
	row_text = row.inner_text()
	assert "hari lagi" in row_text or "jatuh tempo" in row_text, row_text
	# only what is assigned to him is listed
	listed = superior.evaluate("() => cur_list.data.map(d => d._assign || '')")
	assert all("kasi.jalan@coi.localhost" in assigned for assigned in listed), listed
	shot(superior, "queue-1-superior-awaiting-my-action")

	# the declaration names his superior by name, not NIP
	superior.goto(f"{BASE_URL}/app/declaration/{name}")
	wait_for_desk(superior)
	superior.wait_for_selector("button:has-text('Tetapkan Pengendalian')")
	actions = superior.evaluate(
		"() => [...document.querySelectorAll('.actions-btn-group .dropdown-menu a')].map(a => a.innerText.trim())"
	)
	assert not [a for a in actions if "Tarik" in a], actions
	superior_name = superior.evaluate("() => cur_frm.doc.deciding_superior_name")
	superior_nip = superior.evaluate("() => cur_frm.doc.deciding_superior")
	assert superior_name and superior_name != superior_nip

	decision = call(
		superior,
		"frappe.client.insert",
		doc={
			"doctype": "Control Decision",
			"declaration": name,
			"official": declaration["official"],
			"finding": "Actual Conflict",
			"control_option": "SMG-2025-24.1b1",
			"analysis": "Kakak ipar pejabat pemilik peserta tender: atasan mengambil alih evaluasi.",
		},
	)
	decision = call(
		superior, "frappe.model.workflow.apply_workflow", doc=json.dumps(decision), action="Submit"
	)
	superior.goto(f"{BASE_URL}/app/control-decision/{decision['name']}")
	wait_for_desk(superior)
	superior.wait_for_selector("text=Kewenangan kini dipegang oleh")
	banner = superior.locator(".form-message").first.inner_text()
	assert superior_name in banner and superior_nip not in banner, banner
	shot(superior, "queue-2-decision-banner-names-the-holder")

	# the queue is empty for him once decided
	assert not call(
		superior,
		"frappe.client.get_list",
		doctype="ToDo",
		filters={"reference_name": name, "status": "Open", "allocated_to": "kasi.jalan@coi.localhost"},
	)

	superior.goto(
		f"{BASE_URL}/printview?doctype=Control%20Decision&name={decision['name']}&format=Penetapan%20Bentuk%20Pengendalian"
	)
	superior.wait_for_selector("text=PENETAPAN BENTUK PENGENDALIAN KONFLIK KEPENTINGAN")
	text = superior.inner_text("body")
	for expected in (
		superior_name,
		superior_nip,
		declaration["official_name"],
		declaration["official"],
		"Pasal 24",
	):
		assert expected in text, expected
	shot(superior, "queue-3-control-decision-print")


def test_work_unit_tree_shows_the_units(open_as, shot):
	page = open_as("inspektur")
	page.goto(f"{BASE_URL}/app/work-unit/view/tree")
	wait_for_desk(page)
	page.wait_for_selector("text=Semua Unit Kerja")
	page.wait_for_function("() => document.querySelectorAll('.tree-node').length > 2")
	assert "Struktur Unit Kerja" in page.inner_text(".page-title")
	shot(page, "work-unit-tree")
