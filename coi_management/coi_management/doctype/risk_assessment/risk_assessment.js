// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

// Risk Assessment (S 18; Lampiran C): drafted for a perangkat daerah, approved by the COI Manager
frappe.ui.form.on("Risk Assessment", {
	setup(frm) {
		frm.set_query("work_unit", () => ({ filters: { unit_type: "Regional Apparatus" } }));
		frm.set_query("risk_owner", "positions", () => ({ filters: { status: "Active" } }));
	},
	refresh(frm) {
		if (frm.doc.docstatus === 0 && frm.doc.high_risk_count) {
			frm.dashboard.set_headline_alert(
				__("{0} positions assessed as high risk.", [frm.doc.high_risk_count]),
				"red"
			);
		}
		if (!frm.is_new() || !frappe.user.has_role("COI Manager")) return;
		frm.add_custom_button(__("Copy from Last Period"), () => {
			if (!frm.doc.work_unit || !frm.doc.period) {
				frappe.msgprint(__("Choose the perangkat daerah and the period first."));
				return;
			}
			frappe
				.xcall("coi_management.programme.risk.copy_previous", {
					work_unit: frm.doc.work_unit,
					period: frm.doc.period,
				})
				.then((name) => frappe.set_route("Form", "Risk Assessment", name));
		});
	},
});
