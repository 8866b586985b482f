// Declarations: the deciding superior's queue (core/queue.py) - "Awaiting My Action", the due
// date with the days left, red once overdue (S 23(3): 7 working days).
frappe.listview_settings["Declaration"] = {
	add_fields: ["workflow_state", "due_date", "docstatus", "deciding_superior_name", "_assign"],
	onload(listview) {
		coi.queue.setup_list(listview);
	},
	formatters: {
		due_date(value, df, doc) {
			const open = ["Declared", "Under Review", "Escalated"].includes(doc.workflow_state);
			return coi.queue.format_due(value, open);
		},
	},
};
