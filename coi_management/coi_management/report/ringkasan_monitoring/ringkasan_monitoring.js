// Filters of the "Ringkasan Monitoring" report (coi_management/monitoring/).
frappe.query_reports["Ringkasan Monitoring"] = {
	filters: [

	],
};
