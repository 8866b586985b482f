frappe.treeview_settings["Work Unit"] = {
	breadcrumb: "COI Management",
	// several perangkat daerah are roots: one virtual root above them, drawn at once (Frappe draws
	// the tree only after get_root when get_tree_root is set, and never when it is not)
	get_tree_root: false,
	root_label: __("All Work Units"),
	title: __("Work Unit Structure"),
	onload(treeview) {
		treeview.make_tree();
	},
	// one perangkat daerah (or any unit) at the top instead of the whole Pemda
	filters: [
		{
			fieldname: "root_unit",
			fieldtype: "Link",
			options: "Work Unit",
			label: __("Show Only"),
			get_query: () => ({ filters: { is_group: 1 } }),
		},
	],
	get_tree_nodes: "coi_management.coi_management.doctype.work_unit.work_unit.get_children",
	ignore_fields: ["parent_work_unit"],
	fields: [
		{ fieldtype: "Data", fieldname: "work_unit_name", label: __("Work Unit Name"), reqd: true },
		{
			fieldtype: "Select",
			fieldname: "unit_type",
			label: __("Unit Type"),
			options: ["", "Regional Apparatus", "Division", "Section", "Sub-division", "Technical Unit"].map(
				(v) => ({ value: v, label: __(v) })
			),
		},
		{ fieldtype: "Data", fieldname: "abbreviation", label: __("Abbreviation") },
		{ fieldtype: "Check", fieldname: "is_group", label: __("Is Group") },
	],
};
