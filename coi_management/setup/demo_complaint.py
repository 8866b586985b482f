"""Demo data for complaints and cooling-off records (``bench --site <site> execute
coi_management.setup.demo_complaint.setup_demo``, after ``coi_management.setup.demo.setup_demo``).

Idempotent: a second run adds nothing. Prints the demo complaint's tracking code the first time.
"""

import frappe

DEMO_SUBJECT = "Dugaan pengaturan pemenang lelang peningkatan jalan desa"
RETIRED_NIP = "196203101985031002"


def setup_demo():
	make_complaint()
	make_cooling_off_record()
	frappe.db.commit()  # nosemgrep: a CLI set-up step


def make_complaint():
	if frappe.db.exists("Complaint", {"subject": DEMO_SUBJECT}):
		return
	from coi_management.complaints import intake

	reported = frappe.db.get_value("Official", {"user": "kasi.jalan@coi.localhost"}, "name")
	result = intake.submit(
		{
			"subject": DEMO_SUBJECT,
			"description": (
				"Pemenang lelang peningkatan jalan desa tahun ini adalah CV milik ipar Kepala Seksi "
				"Pembangunan Jalan. Kepala Seksi tersebut duduk sebagai pejabat pembuat komitmen."
			),
			"reported_person": "Kepala Seksi Pembangunan Jalan",
			"work_unit": "Seksi Pembangunan Jalan",
		}
	)
	if reported:
		frappe.db.set_value("Complaint", result["name"], "reported_official", reported)
	print(f"Demo complaint {result['name']}, tracking code {result['tracking_code']}")


def make_cooling_off_record():
	if frappe.db.exists("Official", RETIRED_NIP):
		return
	official = frappe.get_doc(
		{
			"doctype": "Official",
			"full_name": "Ir. Suparman, M.T.",
			"nip": RETIRED_NIP,
			"work_unit": "Bidang Bina Marga",
			"superior": frappe.db.get_value("Official", {"user": "kadis.pupr@coi.localhost"}, "name"),
		}
	).insert(ignore_permissions=True)
	official.status = "Retired"
	official.exit_date = frappe.utils.add_months(frappe.utils.today(), -6)
	official.save(ignore_permissions=True)  # opens the Cooling-off Record
	record = frappe.get_last_doc("Cooling-off Record", filters={"official": official.name})
	record.authority = "Kepala Bidang Bina Marga: perencanaan dan pengadaan pekerjaan jalan"
	record.append(
		"entities",
		{"role": "Commissioner", "entity_name": "PT Karya Jalan Sejahtera", "from_date": official.exit_date},
	)
	record.save(ignore_permissions=True)
