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
