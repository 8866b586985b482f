frappe.ui.form.on("Conflict Screening", {
	refresh(frm) {
		if (frm.doc.docstatus === 0 && !frm.is_new()) {
			frm.add_custom_button(__("Run Screening"), () => frm.save());
		}
		if (frm.doc.docstatus === 0 && frm.doc.match_count) {
			frm.dashboard.set_headline_alert(
				__("{0} matches: record the outcome, then submit.", [frm.doc.match_count]),
				"orange"
			);
		}
	},
});
