// Filters of the "Tindak Lanjut Pengaduan" report (coi_management/monitoring/).
frappe.query_reports["Tindak Lanjut Pengaduan"] = {
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
		{
			fieldname: "regulation",
			label: __("Regulation Profile"),
			fieldtype: "Link",
			options: "COI Regulation",
		},
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
