frappe.listview_settings["COI Consultation"] = {
	add_fields: ["status"],
	get_indicator(doc) {
		return [__(doc.status), doc.status === "Answered" ? "green" : "orange", `status,=,${doc.status}`];
	},
};
