// Filters of the "Peta Risiko Jabatan" report (coi_management/monitoring/); the shared ones come
// from public/js/coi_report_filters.js.
frappe.query_reports["Peta Risiko Jabatan"] = {
	filters: coi_management.report_filters("year", "work_unit"),
	...coi_management.work_unit_tree_report,
};
