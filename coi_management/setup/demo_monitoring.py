"""Demo data for monitoring and evaluation (``bench --site <site> execute
coi_management.setup.demo_monitoring.setup_demo``, after the other demos): this year's Monitoring and
Evaluation Report of the whole Pemda, its figures taken and submitted to the Bupati by the COI
Manager, waiting for the Bupati's verification. Idempotent: a second run adds nothing.
"""

import frappe
from frappe.model.workflow import apply_workflow

from coi_management.core import clock, states
from coi_management.monitoring import annual

MANAGER_USER = "inspektur@coi.localhost"


def setup_demo():
	period = clock.today().year
	if frappe.db.exists(
		annual.DOCTYPE, {"period": period, "scope": annual.WHOLE_REGION, "docstatus": ("<", 2)}
	):
		return
	manager = frappe.db.get_value("Official", {"user": MANAGER_USER}, "name")
	frappe.set_user(MANAGER_USER)
	try:
		doc = frappe.get_doc(
			{
				"doctype": annual.DOCTYPE,
				"period": period,
				"scope": annual.WHOLE_REGION,
				"regulation": frappe.db.get_single_value("COI Settings", "active_regulation"),
				"technical_rules": "Peraturan Bupati Semarang Nomor 28 Tahun 2025 tentang Pedoman Pengelolaan"
				" Konflik Kepentingan.",
				"conformity_statement": "Peraturan teknis telah sesuai dengan Peraturan Menteri PANRB Nomor 17"
				" Tahun 2024 tentang Pengelolaan Konflik Kepentingan.",
				"coi_manager": manager,
				"decree_number": f"800/045/{period}",
				"decree_date": f"{period}-01-15",
				"risk_summary": "Penilaian risiko jabatan Dinas PUPR telah disetujui; jabatan pengadaan"
				" berisiko tinggi dipantau setiap triwulan.",
				"achievements": "<p>Daftar kepentingan pribadi diisi melalui aplikasi; deklarasi diputus"
				" sesuai tenggat.</p>",
				"challenges": "<p>Sebagian pejabat fungsional belum mengisi daftar kepentingan tepat waktu.</p>",
			}
		).insert()
		annual.refresh_figures(doc.name)
		apply_workflow(frappe.get_doc(annual.DOCTYPE, doc.name).as_dict(), states.SUBMIT_TO_HEAD_OF_REGION)
	finally:
		frappe.set_user("Administrator")
