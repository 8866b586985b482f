// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.listview_settings["Interest Register"] = {
	add_fields: ["docstatus", "due_date", "superseded_by", "period"],
	has_indicator_for_cancelled: true,
	get_indicator(doc) {
		if (doc.docstatus === 1) {
			return [__("Submitted"), "green", "docstatus,=,1"];
		}
		if (doc.docstatus === 2) {
			return doc.superseded_by
				? [__("Amended"), "gray", "docstatus,=,2"]
				: [__("Cancelled"), "red", "docstatus,=,2"];
		}
		if (doc.due_date && frappe.datetime.get_diff(frappe.datetime.get_today(), doc.due_date) > 0) {
			return [__("Overdue"), "red", "docstatus,=,0|due_date,<,Today"];
		}
		return [__("Draft"), "orange", "docstatus,=,0"];
	},
};
