// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("Official", {
	setup(frm) {
		frm.set_query("superior", () => ({ filters: { name: ["!=", frm.doc.name], status: "Active" } }));
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
					.xcall("coi_management.cooling_off.request_record", { official: frm.doc.name })
					.then((name) => frappe.set_route("Form", "Cooling-off Record", name)),
			__("Create")
		);
	},
});
