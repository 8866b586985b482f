frappe.listview_settings["COI Training"] = {
	add_fields: ["status"],
	get_indicator(doc) {
		const colors = { Planned: "blue", Held: "green", Cancelled: "gray" };
		return [__(doc.status), colors[doc.status] || "gray", `status,=,${doc.status}`];
	},
};
