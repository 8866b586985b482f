frappe.listview_settings["Complaint"] = {
	add_fields: ["status"],
	onload(listview) {
		listview.page.add_inner_button(__("Public Complaint Form"), () => window.open("/pengaduan"));
		coi.queue.setup_list(listview);
	},
};
