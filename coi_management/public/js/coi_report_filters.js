// The filters the monitoring reports share (coi_management/monitoring/): period (a year, or a
// date range), work unit (with its descendants) and regulation profile. Each report asks for the
// ones it reads, in this order, and adds its own:
//     filters: [...coi_management.report_filters("year", "date_range", "work_unit"), {...}]
frappe.provide("coi_management");

coi_management.report_filters = function (...names) {
	const filters = {
		year: [
			{
				fieldname: "year",
				label: __("Year"),
				fieldtype: "Int",
				default: frappe.datetime.get_today().substring(0, 4),
			},
		],
		date_range: [
			{ fieldname: "from_date", label: __("From Date"), fieldtype: "Date" },
			{ fieldname: "to_date", label: __("To Date"), fieldtype: "Date" },
		],
		work_unit: [
			{ fieldname: "work_unit", label: __("Work Unit"), fieldtype: "Link", options: "Work Unit" },
		],
		regulation: [
			{
				fieldname: "regulation",
				label: __("Regulation Profile"),
				fieldtype: "Link",
				options: "COI Regulation",
			},
		],
	};
	return names.flatMap((name) => filters[name]);
};

// reports whose rows are the work-unit tree, rolled up
coi_management.work_unit_tree_report = {
	tree: true,
	name_field: "work_unit",
	parent_field: "parent_work_unit",
	initial_depth: 1,
};
