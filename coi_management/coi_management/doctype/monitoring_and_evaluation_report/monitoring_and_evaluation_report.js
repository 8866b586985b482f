// The annual Monitoring and Evaluation Report (coi_management/monitoring/annual.py)
frappe.ui.form.on("Monitoring and Evaluation Report", {
	refresh(frm) {
		if (frm.doc.docstatus === 0 && !frm.is_new() && frappe.user.has_role(["COI Manager", "System Manager"])) {
			frm.add_custom_button(__("Refresh Figures"), () => {
				frappe
					.call({
						method: "coi_management.monitoring.annual.refresh_figures",
						args: { name: frm.doc.name },
						freeze: true,
						freeze_message: __("Taking the figures of the period..."),
					})
					.then(() => frm.reload_doc());
			});
		}
	},
});
