// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("Official", {
	setup(frm) {
		frm.set_query("superior", () => ({ filters: { name: ["!=", frm.doc.name], status: "Active" } }));
	},
	refresh(frm) {
		if (frm.is_new()) return;
		// the hold (Art. 23(3)): an open declaration stops this official's decision
		frappe
			.xcall("coi_management.api.official_hold_status", { official: frm.doc.name })
			.then((status) => {
				if (!status || !status.on_hold) return;
				frm.dashboard.set_headline_alert(
					__("Decision on hold: open conflict-of-interest declaration {0}.", [
						(status.declarations || []).join(", "),
					]),
					"red"
				);
			})
			.catch(() => {});
	},
	status(frm) {
		if (frm.doc.status === "Active") frm.set_value("exit_date", null);
	},
});

// Cooling-off Record (S 27): opened by itself on retirement, resignation or dismissal; on request otherwise
frappe.ui.form.on("Official", {
	refresh(frm) {
		if (frm.is_new() || frm.doc.status === "Active" || !frappe.user.has_role("COI Manager")) return;
		frm.add_custom_button(
			__("Cooling-off Record"),
			() =>
				frappe
					.xcall("coi_management.cooling_off.record.request_record", { official: frm.doc.name })
					.then((name) => frappe.set_route("Form", "Cooling-off Record", name)),
			__("Create")
		);
	},
});
