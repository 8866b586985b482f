// Filters of the "Tindak Lanjut Pengaduan" report (coi_management/monitoring/); the shared ones
// come from public/js/coi_report_filters.js.
frappe.query_reports["Tindak Lanjut Pengaduan"] = {
	filters: [
		...coi_management.report_filters("year", "date_range", "work_unit", "regulation"),
		{
			fieldname: "group_by",
			label: __("Group By"),
			fieldtype: "Select",
			options: [
				{ value: "Status", label: __("Status") },
				{ value: "Channel", label: __("Channel") },
			],
			default: "Status",
		},
	],
};
