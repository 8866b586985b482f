// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

// Consultation (S 30): the asker is the user's own official (set by the server); the COI Manager answers
frappe.ui.form.on("COI Consultation", {
	setup(frm) {
		frm.set_query("related_doctype", () => ({
			filters: { name: ["in", ["Declaration", "Interest Register"]] },
		}));
	},
	refresh(frm) {
		if (frm.is_new()) {
			frm.set_intro(__("Your question goes to the COI Manager only; the COI Inspector may read it."), "blue");
		}
	},
});
