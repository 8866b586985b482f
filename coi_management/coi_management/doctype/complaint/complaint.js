// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("Complaint", {
	refresh(frm) {
		if (frm.is_new()) return;
		const onload = frm.doc.__onload || {};
		const handler = frappe.user.has_role(["COI Manager", "COI Inspector"]);

		if (onload.retaliation_reported) {
			frm.dashboard.set_headline_alert(
				__("Retaliation against the reporter has been reported: see Reporter Protection."),
				"red"
			);
		}
		if (handler && frm.doc.status !== frappe.boot.coi.states.closed) {
			frm.add_custom_button(__("Message to Reporter"), () => send_message(frm));
		}
		if (handler && onload.reporter_record) {
			frm.add_custom_button(__("Reporter Protection"), () =>
				frappe.set_route("Form", "Complaint Reporter", onload.reporter_record)
			);
		}
		if (frappe.boot.coi.states.decidable_complaint.includes(frm.doc.status) && frm.doc.reported_official) {
			frm.add_custom_button(__("Proactive Control Decision"), () =>
				frappe
					.xcall("coi_management.complaints.handling.open_control_decision", {
						complaint: frm.doc.name,
					})
					.then((doc) => {
						frappe.model.sync(doc);
						frappe.set_route("Form", doc.doctype, doc.name);
					})
			);
		}
	},
});

function send_message(frm) {
	frappe.prompt(
		[{ fieldname: "message", fieldtype: "Small Text", label: __("Message"), reqd: 1 }],
		(values) =>
			frappe
				.xcall("coi_management.complaints.handling.send_message", {
					complaint: frm.doc.name,
					message: values.message,
				})
				.then(() => frm.reload_doc()),
		__("Message to Reporter"),
		__("Send")
	);
}
