// Filters of the "Masa Tunggu" report (coi_management/monitoring/); the shared ones come from
// public/js/coi_report_filters.js.
frappe.query_reports["Masa Tunggu"] = {
	filters: coi_management.report_filters("year", "date_range", "work_unit"),
	...coi_management.work_unit_tree_report,
};
