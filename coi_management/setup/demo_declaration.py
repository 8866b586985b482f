"""Demo data for declarations: an open declaration on hold, so the desk shows the loop at once.

``bench --site <site> execute coi_management.setup.demo_declaration.setup_demo`` after
``coi_management.setup.demo.setup_demo``. Idempotent: a second run adds nothing.
"""

import frappe

from coi_management.core.states import DECLARED

DEMO_TASK = "Analis Perizinan pada Bidang Perizinan DPMPTSP"


def setup_demo():
	official = frappe.db.get_value("Official", {"user": "analis.izin@coi.localhost"}, "name")
	if not official or frappe.db.exists("Declaration", {"official": official, "task_authority": DEMO_TASK}):
		return
	regulation = frappe.db.get_single_value("COI Settings", "active_regulation")
	abbr = frappe.db.get_value("COI Regulation", regulation, "abbr")
	source = (
		f"{abbr}-6c"
		if abbr == "SMG-2025"
		else frappe.db.get_value(
			"COI Classification", {"regulation": regulation, "classification_type": "Conflict Source"}, "name"
		)
	)
	doc = frappe.get_doc(
		{
			"doctype": "Declaration",
			"official": official,
			"task_authority": DEMO_TASK,
			"decision_faced": "Menerbitkan Persetujuan Bangunan Gedung untuk PT Sinar Ungaran",
			"conflict_source": source,
			"conflict_sub_kind": f"{abbr}-9.2c" if abbr == "SMG-2025" else None,
			"source_explanation": "Direktur PT Sinar Ungaran adalah teman kuliah saya dan kami masih aktif di komunitas alumni.",
			"source_decision_link": "Saya yang menilai kelengkapan dan kelayakan permohonan PT Sinar Ungaran.",
			"suggested_control": "Penilaian permohonan dialihkan kepada analis perizinan lain.",
			"statement_true": 1,
			"place": "Ungaran",
		}
	)
	doc.flags.ignore_permissions = True
	doc.insert()
	doc.workflow_state = DECLARED
	doc.submit()
	frappe.db.commit()  # nosemgrep: a CLI set-up step
