// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("Cooling-off Record", {
	consultancy_exception(frm) {
		if (frm.doc.consultancy_exception && !frm.doc.exception_approved_on) {
			frm.set_value("exception_approved_on", frappe.datetime.get_today());
		}
	},
});
