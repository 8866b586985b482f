frappe.listview_settings["COI Appreciation"] = {
	add_fields: ["status"],
	get_indicator(doc) {
		const colors = { Draft: "orange", Approved: "green", Cancelled: "gray" };
		return [__(doc.status), colors[doc.status] || "gray", `status,=,${doc.status}`];
	},
};
