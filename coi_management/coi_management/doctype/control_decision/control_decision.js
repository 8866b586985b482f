// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("Control Decision", {
	setup(frm) {
		// only the document types a COI Administrator lists in COI Settings (Reference Document Types)
		frm.set_query("reference_doctype", () => ({
			filters: { name: ["in", (frappe.boot.coi.reference_doctypes || []).concat(["Complaint"])] },
		}));
		frm.set_query("control_option", () => ({
			filters: {
				classification_type: "Control Option",
				regulation: frm.doc.regulation,
				enabled: 1,
				finding: ["in", [frm.doc.finding || "", "Any"]],
				is_preventive: frm.doc.declaration ? 0 : ["in", [0, 1]],
			},
		}));
		frm.set_query("preventive_recommendation", () => ({
			filters: {
				classification_type: "Control Option",
				regulation: frm.doc.regulation,
				enabled: 1,
				is_preventive: 1,
			},
		}));
		frm.set_query("assignee", () => ({
			filters: { name: ["!=", frm.doc.official || ""], status: "Active" },
		}));
		frm.set_query("declaration", () => ({
			filters: { docstatus: 1, workflow_state: ["in", frappe.boot.coi.states.hold] },
		}));
	},
	onload(frm) {
		if (frm.is_new() && !frm.doc.decision_date) frm.set_value("decision_date", frappe.datetime.get_today());
		if (frm.is_new() && !frm.doc.regulation) {
			frappe.xcall("coi_management.api.active_regulation").then(({ name: value }) => {
				if (!frm.doc.regulation) frm.set_value("regulation", value);
			});
		}
	},
	refresh(frm) {
		frm.trigger("toggle_control_fields");
		frm.trigger("add_review_button");
		frm.trigger("warn_family_finding");
		if (frm.doc.docstatus === 1 && frm.doc.outcome) {
			frm.set_intro(
				__("Decided: {0}. The authority is now held by {1}.", [
					frm.doc.control_option_title || frm.doc.control_option,
					// the sentence's full stop ends a name that ends in a title ("S.T.") too
					(frm.doc.authority_holder_name || frm.doc.authority_holder || "").replace(/\.$/, ""),
				]),
				"green"
			);
		}
	},
	add_review_button(frm) {
		if (frm.doc.docstatus !== 1 || !frm.doc.reviewer || frm.doc.reviewed_on) return;
		frappe.db.get_value("Official", frm.doc.reviewer, "user").then((r) => {
			if (!r.message || r.message.user !== frappe.session.user) return;
			frm.add_custom_button(__("Record Review"), () => {
				frappe.prompt(
					{ fieldname: "notes", fieldtype: "Small Text", label: __("Review Notes"), reqd: 1 },
					(values) =>
						frappe
							.xcall("coi_management.declarations.control_decision.submit_review", { name: frm.doc.name, notes: values.notes })
							.then(() => frm.reload_doc()),
					__("Review by the Next Superior"),
					__("Save")
				);
			});
		});
	},
	finding(frm) {
		frm.set_value("control_option", null);
		frm.trigger("warn_family_finding");
	},
	// S Lampiran B.2.a-b: a family-source conflict is closed as "no actual conflict" only by stating
	// that the family member does not face the official's authority (checked again on submit)
	warn_family_finding(frm) {
		const warn = frm.doc.docstatus === 0 && frm.doc.is_family_source && frm.doc.finding === "No Actual Conflict";
		if (warn) {
			frm.dashboard.set_headline_alert(
				__(
					"This declaration comes from family relations (Pasal 6 huruf b). It is an actual conflict whenever the family member needs the official's authority, or represents, acts for, works for or benefits from the party that needs it (Lampiran B.2.a). Choose No Actual Conflict only if none of this is so, and say why under Examination and Analysis.",
				),
				"orange",
			);
		} else if (frm.doc.docstatus === 0) {
			frm.dashboard.clear_headline();
		}
	},
	control_option(frm) {
		frm.trigger("toggle_control_fields");
	},
	toggle_control_fields(frm) {
		const show = (flags) => {
			frm.toggle_display("assignee", !!flags.requires_assignee);
			frm.toggle_reqd("assignee", !!flags.requires_assignee);
			frm.toggle_display(
				["restrict_information", "restrict_documents", "restrict_voting"],
				!!flags.requires_restriction_scope
			);
			const follow_up = !!(flags.requires_follow_up_date || flags.is_preventive);
			frm.toggle_display("follow_up_due_date", follow_up);
			frm.toggle_reqd("follow_up_due_date", follow_up);
		};
		if (!frm.doc.control_option) return show({});
		frappe.db
			.get_value("COI Classification", frm.doc.control_option, [
				"requires_assignee",
				"requires_restriction_scope",
				"requires_follow_up_date",
				"is_preventive",
			])
			.then((r) => show(r.message || {}));
	},
});
