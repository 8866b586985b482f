frappe.listview_settings["Conflict Screening"] = {
	add_fields: ["match_count", "outcome", "docstatus"],
	has_indicator_for_draft: true,
	get_indicator(doc) {
		if (doc.docstatus === 1) {
			return doc.outcome === "No Conflict"
				? [__("No Conflict"), "green", "outcome,=,No Conflict"]
				: [__(doc.outcome), "orange", "outcome,=," + doc.outcome];
		}
		if (doc.docstatus === 2) return [__("Cancelled"), "gray", "docstatus,=,2"];
		return doc.match_count
			? [__("Potential Conflict"), "red", "match_count,>,0"]
			: [__("No Conflict"), "blue", "match_count,=,0"];
	},
};
