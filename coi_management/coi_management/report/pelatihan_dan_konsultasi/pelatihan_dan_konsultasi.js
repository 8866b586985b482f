// Filters of the "Pelatihan dan Konsultasi" report (coi_management/monitoring/); the shared ones
// come from public/js/coi_report_filters.js.
frappe.query_reports["Pelatihan dan Konsultasi"] = {
	filters: coi_management.report_filters("year", "date_range", "work_unit"),
};
