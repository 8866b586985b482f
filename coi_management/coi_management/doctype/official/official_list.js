frappe.listview_settings["Official"] = {
	// the name is the NIP, already a column of its own
	hide_name_column: true,
	get_indicator(doc) {
		return [__(doc.status), doc.status === "Active" ? "green" : "gray", `status,=,${doc.status}`];
	},
};
