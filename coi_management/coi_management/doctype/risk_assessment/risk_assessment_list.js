frappe.listview_settings["Risk Assessment"] = {
	add_fields: ["status", "high_risk_count"],
	get_indicator(doc) {
		const colors = { Draft: "orange", Approved: "green", Cancelled: "gray" };
		return [__(doc.status), colors[doc.status] || "gray", `status,=,${doc.status}`];
	},
};
