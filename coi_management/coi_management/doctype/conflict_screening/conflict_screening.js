frappe.ui.form.on("Conflict Screening", {
	setup(frm) {
		// only the document types a COI Administrator lists in COI Settings (Reference Document Types)
		frm.set_query("reference_doctype", () => ({
			filters: { name: ["in", (frappe.boot.coi.screening_reference_doctypes || [])] },
		}));
		// a screener picks the officials involved by name without reading Official records
		frm.set_query("officials", () => ({ query: "coi_management.api.officials_to_screen" }));
	},
	refresh(frm) {
		if (frm.doc.docstatus === 0 && !frm.is_new()) {
			frm.add_custom_button(__("Run Screening"), () => frm.save());
		}
		if (frm.doc.docstatus === 0 && frm.doc.match_count) {
			// the headline is appended to at every refresh: one message, which also says to submit
			frm.dashboard.clear_headline();
			frm.dashboard.set_headline_alert(
				__("{0} matches: record the outcome, then submit.", [frm.doc.match_count]),
				"orange"
			);
		}
	},
});
