"""An attacker's markup, stored over REST or sent in a URL, never runs: not in the desk form, not
in its print, not on the public register page. Each page is watched for the payload's side effect
(``window.__coi_xss``) and for any dialog it opens."""

import json

from conftest import BASE_URL, call, wait_for_desk

MARK = "window.__coi_xss"
PAYLOADS = (
	f'"><img src=x onerror="{MARK}=1">',
	f"<script>{MARK}=2</script>",
	f'<svg onload="{MARK}=3"></svg>',
	f"javascript:{MARK}=4",
)


def watch(page) -> list:
	dialogs = []
	page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
	return dialogs


def assert_not_run(page, dialogs, where):
	page.wait_for_timeout(800)
	assert page.evaluate(f"() => {MARK} === undefined"), f"payload ran in {where}"
	assert dialogs == [], f"dialog opened in {where}: {dialogs}"


def test_stored_payload_does_not_run_in_form_or_print(open_as, shot):
	staff = open_as("staf.jalan")
	staff.goto(f"{BASE_URL}/app/declaration")
	wait_for_desk(staff)
	official = call(
		staff,
		"frappe.client.get_value",
		doctype="Official",
		fieldname="name",
		filters=json.dumps({"user": "staf.jalan@coi.localhost"}),
	)["name"]
	payload = " ".join(PAYLOADS)
	doc = call(
		staff,
		"frappe.client.insert",
		doc={
			"doctype": "Declaration",
			"official": official,
			"task_authority": f"Pejabat Pengadaan {payload}",
			"decision_faced": f"Menetapkan pemenang {payload}",
			"conflict_source": "SMG-2025-6b",
			"conflict_sub_kind": "SMG-2025-8.2c",
			"source_explanation": f"Suami saya direktur peserta tender {payload}",
			"source_decision_link": f"Penawaran akan saya evaluasi {payload}",
			"statement_true": 1,
		},
	)
	dialogs = watch(staff)
	staff.goto(f"{BASE_URL}/app/declaration/{doc['name']}")
	wait_for_desk(staff)
	staff.wait_for_selector("[data-fieldname=decision_faced]")
	assert_not_run(staff, dialogs, "the declaration form")
	shot(staff, "xss-declaration-form")

	staff.goto(f"{BASE_URL}/printview?doctype=Declaration&name={doc['name']}&trigger_print=0")
	staff.wait_for_load_state("networkidle")
	assert "Menetapkan pemenang" in staff.inner_text("body")
	assert_not_run(staff, dialogs, "the declaration print")
	shot(staff, "xss-declaration-print")


def test_reflected_payload_does_not_run_on_the_public_register(open_as, shot):
	guest = open_as(None)
	dialogs = watch(guest)
	for payload in PAYLOADS:
		guest.goto(f"{BASE_URL}/daftar-kepentingan?q={payload}")
		guest.wait_for_load_state("networkidle")
		assert_not_run(guest, dialogs, f"/daftar-kepentingan?q={payload}")
	shot(guest, "xss-public-register")
