"""Demo data for the programme (``bench --site <site> execute
coi_management.setup.demo_programme.setup_demo``, after ``coi_management.setup.demo.setup_demo``):
an approved risk assessment of the Dinas PUPR for last year and a draft for this year copied from it,
a socialisation training with attendance, a consultation answered and one open, and an approved
appreciation. Idempotent: a second run adds nothing.
"""

import frappe

from coi_management.core import clock

DINAS = "Dinas Pekerjaan Umum dan Penataan Ruang"
TRAINING_TITLE = "Sosialisasi Komitmen Pengelolaan Konflik Kepentingan"
MANAGER_USER = "inspektur@coi.localhost"
EXECUTIVE_USER = "bupati@coi.localhost"
# (position, likelihood, impact, existing controls, mitigation, owner login)
RISK_ROWS = [
	(
		"Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
		2,
		4,
		"Pakta integritas; rapat pimpinan terdokumentasi.",
		"Deklarasi sebelum penetapan rencana kerja.",
		"kadis.pupr",
	),
	(
		"Kepala Bidang Bina Marga",
		3,
		4,
		"Daftar kepentingan pribadi tahunan.",
		"Pemisahan tugas perencanaan dan pengadaan.",
		"kadis.pupr",
	),
	(
		"Kepala Seksi Pembangunan Jalan",
		4,
		4,
		"Reviu dokumen lelang oleh Inspektorat.",
		"Rotasi pejabat pembuat komitmen; pemeriksaan afiliasi penyedia.",
		"kabid.bm",
	),
	(
		"Pengelola Pengadaan Barang/Jasa",
		4,
		5,
		"Pengadaan melalui SPSE.",
		"Pemeriksaan silang daftar kepentingan dengan data penyedia.",
		"kasi.jalan",
	),
]


def _official(login: str) -> str | None:
	return frappe.db.get_value("Official", {"user": f"{login}@coi.localhost"}, "name")


def _as(user: str):
	frappe.set_user(user if frappe.db.exists("User", user) else "Administrator")


def setup_demo():
	try:
		make_risk_assessments()
		make_training()
		make_consultations()
		make_appreciation()
	finally:
		frappe.set_user("Administrator")
	frappe.db.commit()  # nosemgrep: a CLI set-up step


def make_risk_assessments():
	from coi_management.programme import risk

	year = clock.today().year
	if frappe.db.exists("Risk Assessment", {"work_unit": DINAS, "period": year - 1}):
		return
	_as(MANAGER_USER)
	doc = frappe.get_doc(
		{
			"doctype": "Risk Assessment",
			"work_unit": DINAS,
			"period": year - 1,
			"assessment_date": f"{year - 1}-02-15",
			"prepared_by": _official("kabid.bm"),
			"review_notes": "Diperiksa bersama Sekretariat Dinas.",
			"positions": [
				{
					"position": position,
					"likelihood": likelihood,
					"impact": impact,
					"existing_controls": controls,
					"mitigation": mitigation,
					"risk_owner": _official(owner),
					"due_date": f"{year - 1}-12-31",
				}
				for position, likelihood, impact, controls, mitigation, owner in RISK_ROWS
			],
		}
	).insert()
	doc.submit()
	risk.copy_previous(DINAS, year)


def make_training():
	if frappe.db.exists("COI Training", {"training_title": TRAINING_TITLE}):
		return
	from coi_management.programme import training

	_as(MANAGER_USER)
	today = clock.today()
	doc = frappe.get_doc(
		{
			"doctype": "COI Training",
			"training_title": TRAINING_TITLE,
			"training_kind": "Commitment Socialisation",
			"organiser": "Sekretariat Daerah",
			"venue": "Aula Sekretariat Daerah",
			"start_date": frappe.utils.add_days(today, -14),
			"end_date": frappe.utils.add_days(today, -14),
			"status": "Held",
			"material_kinds_sources": 1,
			"material_risk_analysis": 1,
			"material_management_control": 1,
			"material_situations_examples": 1,
			"trainers": "Drs. Sugeng Widodo, M.M. - Inspektorat Daerah",
		}
	).insert()
	training.add_participants(doc.name, work_unit=DINAS)
	everyone = frappe.get_all("COI Training Attendance", {"training": doc.name}, pluck="official")
	training.mark_attended(doc.name, 1, officials=[o for o in everyone if o != _official("kabid.bm")])


def make_consultations():
	if frappe.db.exists("COI Consultation", {"subject": "Ipar ikut lelang jalan desa"}):
		return
	_as("staf.jalan@coi.localhost")
	answered = frappe.get_doc(
		{
			"doctype": "COI Consultation",
			"topic": "Declaration",
			"subject": "Ipar ikut lelang jalan desa",
			"question": "Ipar saya mendaftar sebagai penyedia pada lelang yang saya kelola. "
			"Apakah saya harus mendeklarasikannya, dan kepada siapa?",
		}
	).insert()
	_as("kasi.jalan@coi.localhost")
	frappe.get_doc(
		{
			"doctype": "COI Consultation",
			"topic": "Control Decision",
			"subject": "Pengalihan tugas staf yang berkonflik",
			"question": "Bagaimana menetapkan pengendalian bila staf saya berkonflik dan tidak ada pengganti?",
			"about_official": _official("staf.jalan"),
		}
	).insert()
	_as(MANAGER_USER)
	doc = frappe.get_doc("COI Consultation", answered.name)
	doc.answer = (
		"Ya. Hubungan ipar termasuk keluarga menurut Pasal 8 ayat (2). Deklarasikan kepada atasan "
		"langsung sebelum mengambil keputusan, dan jangan mengambil keputusan sampai atasan menetapkan "
		"bentuk pengendalian."
	)
	doc.save()


def make_appreciation():
	official = _official("staf.jalan")
	if not official or frappe.db.exists("COI Appreciation", {"official": official}):
		return
	_as(MANAGER_USER)
	doc = frappe.get_doc(
		{
			"doctype": "COI Appreciation",
			"official": official,
			"appreciation_kind": "Consultation That Prevented a Conflict",
			"appreciation_date": clock.today(),
			"reason": "Berkonsultasi dan mendeklarasikan hubungan keluarga dengan calon penyedia sebelum "
			"proses pengadaan, sehingga konflik kepentingan dapat dicegah.",
			"counts_toward_performance": 1,
		}
	).insert()
	_as(EXECUTIVE_USER)
	frappe.get_doc("COI Appreciation", doc.name).submit()
