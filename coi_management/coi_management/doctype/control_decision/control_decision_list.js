// Control decisions: the Banjarmasin reviewer's queue (B G.5, core/queue.py).
frappe.listview_settings["Control Decision"] = {
	add_fields: ["workflow_state", "review_due_date", "reviewed_on", "docstatus", "_assign"],
	onload(listview) {
		coi.queue.setup_list(listview);
	},
	formatters: {
		review_due_date(value, df, doc) {
			return coi.queue.format_due(value, doc.docstatus === 1 && !doc.reviewed_on);
		},
	},
};
