// Filters of the "Peta Risiko Jabatan" report (coi_management/monitoring/).
frappe.query_reports["Peta Risiko Jabatan"] = {
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
	],
	tree: true,
	name_field: "work_unit",
	parent_field: "parent_work_unit",
	initial_depth: 1,
};
