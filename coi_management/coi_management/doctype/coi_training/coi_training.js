// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

// Training (S 29): participants are attendance records, added in bulk from a work unit or a list
frappe.ui.form.on("COI Training", {
	setup(frm) {
		frm.set_query("organiser", () => ({ filters: { unit_type: "Regional Apparatus" } }));
	},
	refresh(frm) {
		if (frm.is_new() || !frappe.user.has_role("COI Manager")) return;
		frm.add_custom_button(__("Add Participants"), () => add_participants(frm));
		frm.add_custom_button(__("Mark All Attended"), () =>
			frappe
				.xcall("coi_management.programme.training.mark_attended", { training: frm.doc.name, attended: 1 })
				.then(() => frm.reload_doc())
		);
		frm.add_custom_button(__("Attendance"), () =>
			frappe.set_route("List", "COI Training Attendance", { training: frm.doc.name })
		);
	},
});

function add_participants(frm) {
	const dialog = new frappe.ui.Dialog({
		title: __("Add Participants"),
		fields: [
			{ fieldname: "work_unit", fieldtype: "Link", options: "Work Unit", label: __("Work Unit") },
			{ fieldname: "include_subunits", fieldtype: "Check", label: __("Include Sub-units"), default: 1 },
			{
				fieldname: "official_list",
				fieldtype: "Small Text",
				label: __("Officials (NIP, one per line)"),
			},
		],
		primary_action_label: __("Add"),
		primary_action(values) {
			const officials = (values.official_list || "")
				.split(/\s+/)
				.map((nip) => nip.trim())
				.filter(Boolean);
			frappe
				.xcall("coi_management.programme.training.add_participants", {
					training: frm.doc.name,
					work_unit: values.work_unit || null,
					officials,
					include_subunits: values.include_subunits ? 1 : 0,
				})
				.then((count) => {
					dialog.hide();
					frappe.show_alert({ message: __("{0} participants added.", [count]), indicator: "green" });
					frm.reload_doc();
				});
		},
	});
	dialog.show();
}
