frappe.listview_settings["Cooling-off Record"] = {
	add_fields: ["status", "end_date"],
	get_indicator(doc) {
		return doc.status === "Active"
			? [__("Active"), "orange", "status,=,Active"]
			: [__("Expired"), "gray", "status,=,Expired"];
	},
};
