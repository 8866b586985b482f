// Filters of the "Deklarasi dan Pengendalian" report (coi_management/monitoring/); the shared ones
// come from public/js/coi_report_filters.js.
frappe.query_reports["Deklarasi dan Pengendalian"] = {
	filters: coi_management.report_filters("year", "date_range", "work_unit", "regulation"),
};
