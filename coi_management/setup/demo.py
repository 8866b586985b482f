"""Demo data for the development site (``scripts/dev start``): a small Pemda in Bahasa Indonesia.

Run with ``bench --site <site> execute coi_management.setup.demo.setup_demo``. Idempotent: a
second run adds nothing. Every demo user has the password ``demo``.
"""

import frappe

from coi_management.core.roles import ADMINISTRATOR, EXECUTIVE, INSPECTOR, MANAGER

DEMO_PASSWORD = "demo"
DOMAIN = "coi.localhost"

WORK_UNITS = [
	# (name, abbreviation, type, parent)
	("Sekretariat Daerah", "SETDA", "Regional Apparatus", None),
	("Bagian Pengadaan Barang dan Jasa", "BPBJ", "Division", "Sekretariat Daerah"),
	("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "Regional Apparatus", None),
	("Bidang Bina Marga", "BM", "Division", "Dinas Pekerjaan Umum dan Penataan Ruang"),
	("Seksi Pembangunan Jalan", "PJ", "Section", "Bidang Bina Marga"),
	("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "Regional Apparatus", None),
	("Bidang Perizinan", "PRZ", "Division", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
	("Inspektorat Daerah", "INSP", "Regional Apparatus", None),
]

POSITIONS = [
	# (name, type, functions)
	("Sekretaris Daerah", "Senior Executive", ("fn_planning", "fn_rule_making", "fn_hr")),
	("Kepala Bagian Pengadaan Barang dan Jasa", "Administrator", ("fn_procurement",)),
	("Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Senior Executive", ("fn_planning", "fn_rule_making")),
	("Kepala Bidang Bina Marga", "Administrator", ("fn_planning", "fn_procurement")),
	("Kepala Seksi Pembangunan Jalan", "Supervisor", ("fn_procurement", "fn_supervision")),
	("Pengelola Pengadaan Barang/Jasa", "Functional", ("fn_procurement",)),
	("Kepala Dinas Penanaman Modal dan PTSP", "Senior Executive", ("fn_licensing", "fn_rule_making")),
	("Analis Perizinan", "Functional", ("fn_licensing", "fn_assessment")),
	("Inspektur Daerah", "Senior Executive", ("fn_supervision",)),
	("Auditor", "Functional", ("fn_supervision", "fn_assessment")),
]

# (login, full name, NIP, position, work unit, superior login, extra roles)
OFFICIALS = [
	(
		"sekda",
		"Drs. Hadi Santoso, M.Si.",
		"196805121993031004",
		"Sekretaris Daerah",
		"Sekretariat Daerah",
		None,
		(),
	),
	(
		"kabag.pbj",
		"Rina Kusumawati, S.E., M.M.",
		"197703152002122003",
		"Kepala Bagian Pengadaan Barang dan Jasa",
		"Bagian Pengadaan Barang dan Jasa",
		"sekda",
		(),
	),
	(
		"kadis.pupr",
		"Ir. Bambang Sutrisno, M.T.",
		"197001201995031002",
		"Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
		"Dinas Pekerjaan Umum dan Penataan Ruang",
		"sekda",
		(),
	),
	(
		"kabid.bm",
		"Siti Rahmawati, S.T., M.T.",
		"197808082005012006",
		"Kepala Bidang Bina Marga",
		"Bidang Bina Marga",
		"kadis.pupr",
		(),
	),
	(
		"kasi.jalan",
		"Agus Prasetyo, S.T.",
		"198204172008011005",
		"Kepala Seksi Pembangunan Jalan",
		"Seksi Pembangunan Jalan",
		"kabid.bm",
		(),
	),
	(
		"staf.jalan",
		"Dewi Lestari, S.E.",
		"199106232015032001",
		"Pengelola Pengadaan Barang/Jasa",
		"Seksi Pembangunan Jalan",
		"kasi.jalan",
		(),
	),
	(
		"kadis.ptsp",
		"Dr. Yusuf Hidayat, S.H., M.H.",
		"197212101997031003",
		"Kepala Dinas Penanaman Modal dan PTSP",
		"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
		"sekda",
		(),
	),
	(
		"analis.izin",
		"Putri Maharani, S.A.B.",
		"199402142019032002",
		"Analis Perizinan",
		"Bidang Perizinan",
		"kadis.ptsp",
		(),
	),
	(
		"inspektur",
		"Drs. Sugeng Widodo, M.M.",
		"196910021994031005",
		"Inspektur Daerah",
		"Inspektorat Daerah",
		"sekda",
		(MANAGER,),
	),
	(
		"auditor",
		"Lukman Hakim, S.E., Ak.",
		"198511302010011004",
		"Auditor",
		"Inspektorat Daerah",
		"inspektur",
		(INSPECTOR,),
	),
]

# Each feature's own demo records, after the organisation above (each idempotent)
FEATURE_DEMOS = [
	"coi_management.setup.demo_register.setup_demo",
	"coi_management.setup.demo_declaration.setup_demo",
	"coi_management.setup.demo_complaint.setup_demo",
	"coi_management.setup.demo_screening.setup_demo",
	"coi_management.setup.demo_programme.setup_demo",
	"coi_management.setup.demo_monitoring.setup_demo",
]

# Users who are not officials in the register
OTHER_USERS = [
	("bupati", "Bupati Semarang", (EXECUTIVE,)),
	("admin.coi", "Administrator Sistem COI", (ADMINISTRATOR,)),
]


def setup_demo():
	frappe.flags.in_demo = True
	set_regional_defaults()
	frappe.db.set_single_value("COI Settings", "institution_name", "Pemerintah Kabupaten Semarang")
	frappe.db.set_single_value("COI Settings", "head_of_region_title", "Regent")
	make_work_units()
	make_positions()
	make_officials()
	for login, full_name, roles in OTHER_USERS:
		make_user(login, full_name, roles)
	frappe.db.commit()  # nosemgrep: a CLI set-up step
	for step in FEATURE_DEMOS:
		frappe.get_attr(step)()
		frappe.db.commit()  # nosemgrep: a CLI set-up step
	print("Demo data ready. Users (password demo):", ", ".join(f"{o[0]}@{DOMAIN}" for o in OFFICIALS))


def set_regional_defaults():
	"""Indonesian locale; completes the setup wizard of a fresh site."""
	if not frappe.db.get_single_value("System Settings", "setup_complete"):
		from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

		setup_complete(
			{
				"language": "Indonesia",
				"country": "Indonesia",
				"timezone": "Asia/Jakarta",
				"currency": "IDR",
				"full_name": "Administrator COI",
				"email": f"admin@{DOMAIN}",
				"password": DEMO_PASSWORD,
			}
		)
	settings = frappe.get_single("System Settings")
	settings.update(
		{
			"language": "id",
			"country": "Indonesia",
			"time_zone": "Asia/Jakarta",
			"date_format": "dd-mm-yyyy",
			"number_format": "#.###,##",
			"currency": "IDR",
			"float_precision": "2",
			"first_day_of_the_week": "Monday",
		}
	)
	settings.flags.ignore_mandatory = True
	settings.save(ignore_permissions=True)
	frappe.db.set_default("currency", "IDR")
	frappe.db.set_value("User", "Administrator", "language", "id")


def make_work_units():
	for name, abbr, unit_type, parent in WORK_UNITS:
		if not frappe.db.exists("Work Unit", name):
			frappe.get_doc(
				{
					"doctype": "Work Unit",
					"work_unit_name": name,
					"abbreviation": abbr,
					"unit_type": unit_type,
					"parent_work_unit": parent,
					"is_group": 1,
				}
			).insert(ignore_permissions=True)


def make_positions():
	for name, position_type, functions in POSITIONS:
		if not frappe.db.exists("Position", name):
			frappe.get_doc(
				{"doctype": "Position", "position_name": name, "position_type": position_type}
				| {fn: 1 for fn in functions}
			).insert(ignore_permissions=True)


def make_user(login: str, full_name: str, roles=()) -> str:
	email = f"{login}@{DOMAIN}"
	if not frappe.db.exists("User", email):
		first, _sep, last = full_name.partition(" ")
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": first,
				"last_name": last,
				"language": "id",
				"send_welcome_email": 0,
				"new_password": DEMO_PASSWORD,
			}
		)
		user.flags.ignore_password_policy = True  # a demo password, on a development site only
		user.insert(ignore_permissions=True)
	if roles:
		frappe.get_doc("User", email).add_roles(*roles)
	return email


def make_officials():
	by_login = {}
	for login, full_name, nip, position, unit, superior, roles in OFFICIALS:
		user = make_user(login, full_name, roles)
		if not frappe.db.exists("Official", nip):
			frappe.get_doc(
				{
					"doctype": "Official",
					"full_name": full_name,
					"nip": nip,
					"user": user,
					"position": position,
					"work_unit": unit,
					"superior": by_login.get(superior),
				}
			).insert(ignore_permissions=True)
		by_login[login] = nip


DEMO_MAIL_ACCOUNT = "Kotak Keluar Demo"


def use_mail_sink(port: int = 2525):
	"""The demo's outgoing e-mail account: the local SMTP sink ``scripts/dev start`` runs (every
	e-mail lands in a mailbox under the cache, none leaves the machine), so notices visibly flow.

	Run with ``bench --site <site> execute coi_management.setup.demo.use_mail_sink --kwargs
	"{'port': 2525}"`` while the sink listens (Frappe checks the SMTP connection on save).
	Idempotent; leaves an administrator's own default outgoing account alone."""
	existing = frappe.db.get_value("Email Account", {"default_outgoing": 1, "enable_outgoing": 1}, "name")
	if existing and existing != DEMO_MAIL_ACCOUNT:
		return
	doc = (
		frappe.get_doc("Email Account", DEMO_MAIL_ACCOUNT)
		if frappe.db.exists("Email Account", DEMO_MAIL_ACCOUNT)
		else frappe.new_doc("Email Account")
	)
	doc.update(
		{
			"email_account_name": DEMO_MAIL_ACCOUNT,
			"email_id": f"noreply@{DOMAIN}",
			"enable_outgoing": 1,
			"default_outgoing": 1,
			"enable_incoming": 0,
			"smtp_server": "127.0.0.1",
			"smtp_port": int(port),
			"use_tls": 0,
			"use_ssl_for_outgoing": 0,
			"no_smtp_authentication": 1,
			"awaiting_password": 0,
		}
	)
	doc.save(ignore_permissions=True)
	frappe.db.commit()
