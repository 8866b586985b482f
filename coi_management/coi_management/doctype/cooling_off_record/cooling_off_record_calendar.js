frappe.views.calendar["Cooling-off Record"] = {
	field_map: {
		start: "exit_date",
		end: "end_date",
		id: "name",
		title: "full_name",
		allDay: "allDay",
	},
	gantt: false,
	filters: [{ fieldtype: "Select", fieldname: "status", options: "\nActive\nExpired", label: __("Status") }],
	get_events_method: "frappe.desk.calendar.get_events",
};
