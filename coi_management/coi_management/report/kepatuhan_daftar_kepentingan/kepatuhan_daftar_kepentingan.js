// Filters of the "Kepatuhan Daftar Kepentingan" report (coi_management/monitoring/).
frappe.query_reports["Kepatuhan Daftar Kepentingan"] = {
	filters: [
		{
			fieldname: "year",
			label: __("Year"),
			fieldtype: "Int",
			default: frappe.datetime.get_today().substring(0, 4),
		},
		{
			fieldname: "work_unit",
			label: __("Work Unit"),
			fieldtype: "Link",
			options: "Work Unit",
		},
		{
			fieldname: "show_officials",
			label: __("Show Officials"),
			fieldtype: "Check",
		},
	],
	tree: true,
	name_field: "work_unit",
	parent_field: "parent_work_unit",
	initial_depth: 1,
};
