// Filters of the "Kepatuhan Daftar Kepentingan" report (coi_management/monitoring/); the shared
// ones come from public/js/coi_report_filters.js.
frappe.query_reports["Kepatuhan Daftar Kepentingan"] = {
	filters: [
		...coi_management.report_filters("year", "work_unit"),
		{ fieldname: "show_officials", label: __("Show Officials"), fieldtype: "Check" },
	],
	...coi_management.work_unit_tree_report,
};
