// Filters of the "Pelatihan dan Konsultasi" report (coi_management/monitoring/).
frappe.query_reports["Pelatihan dan Konsultasi"] = {
	filters: [
		{
			fieldname: "year",
			label: __("Year"),
			fieldtype: "Int",
			default: frappe.datetime.get_today().substring(0, 4),
		},
		{
			fieldname: "from_date",
			label: __("From Date"),
			fieldtype: "Date",
		},
		{
			fieldname: "to_date",
			label: __("To Date"),
			fieldtype: "Date",
		},
		{
			fieldname: "work_unit",
			label: __("Work Unit"),
			fieldtype: "Link",
			options: "Work Unit",
		},
	],
};
