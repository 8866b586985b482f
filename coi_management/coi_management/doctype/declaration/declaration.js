// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("Declaration", {
	setup(frm) {
		// only the document types a COI Administrator lists in COI Settings (Reference Document Types)
		frm.set_query("reference_doctype", () => ({
			filters: { name: ["in", (frappe.boot.coi.reference_doctypes || [])] },
		}));
		const by_type = (classification_type, extra) => () => ({
			filters: Object.assign(
				{ classification_type, regulation: frm.doc.regulation, enabled: 1 },
				extra || {}
			),
		});
		frm.set_query("conflict_source", by_type("Conflict Source"));
		frm.set_query("conflict_form", by_type("Conflict Form"));
		frm.set_query("conflict_type", by_type("Conflict Type"));
		frm.set_query("conflict_sub_kind", () => ({
			filters: {
				classification_type: "Conflict Sub-kind",
				regulation: frm.doc.regulation,
				parent_classification: frm.doc.conflict_source || "",
				enabled: 1,
			},
		}));
	},
	onload(frm) {
		if (frm.is_new() && !frm.doc.official) {
			frappe.db.get_value("Official", { user: frappe.session.user }, "name").then((r) => {
				if (r.message && r.message.name) frm.set_value("official", r.message.name);
			});
		}
		if (frm.is_new() && !frm.doc.regulation) {
			frappe.xcall("coi_management.api.active_regulation").then(({ name: value }) => {
				frm.set_value("regulation", value);
			});
		}
	},
	refresh(frm) {
		frm.trigger("toggle_profile_fields");
		frm.trigger("show_hold");
		frm.trigger("add_buttons");
	},
	regulation(frm) {
		frm.trigger("toggle_profile_fields");
	},
	official(frm) {
		if (!frm.doc.official) return;
		frappe.db.get_value("Official", frm.doc.official, "superior").then((r) => {
			frm.set_value("superior", (r.message && r.message.superior) || null);
		});
	},
	conflict_source(frm) {
		frm.set_value("conflict_sub_kind", null);
	},
	toggle_profile_fields(frm) {
		if (!frm.doc.regulation) return;
		// which classifications the profile has is data: show only the fields it fills
		frappe
			.xcall("coi_management.api.classification_types", { profile: frm.doc.regulation })
			.then((types) => {
				frm.toggle_display("conflict_form", types.includes("Conflict Form"));
				frm.toggle_display("conflict_type", types.includes("Conflict Type"));
				frm.toggle_display("conflict_sub_kind", types.includes("Conflict Sub-kind"));
			});
	},
	show_hold(frm) {
		if (frm.doc.docstatus === 1 && frm.doc.on_hold && frm.doc.timing === "After the Decision") {
			// S 25: the decision was already taken for an urgent public service: nothing is on hold
			frm.set_intro(
				__("Declared after the decision (Art. 25): the superior's control decision is due {0}.", [
					frappe.datetime.str_to_user(frm.doc.due_date),
				]),
				"orange"
			);
		} else if (frm.doc.docstatus === 1 && frm.doc.on_hold) {
			frm.set_intro(
				__("Decision on hold until the superior decides (Art. 23(3)). Due: {0}", [
					frappe.datetime.str_to_user(frm.doc.due_date),
				]),
				"red"
			);
		} else if (frm.doc.workflow_state === frappe.boot.coi.states.decided) {
			frm.set_intro(__("Decided: the hold is lifted. See the Control Decision."), "green");
		}
		// the family-source rule (S Lampiran B.2.b) is said once, by the Family Source field itself
	},
	add_buttons(frm) {
		if (frm.doc.docstatus !== 1 || !frappe.boot.coi.states.hold.includes(frm.doc.workflow_state))
			return;
		const is_declarant = frm.doc.declarant_user === frappe.session.user;
		const can_decide =
			!is_declarant &&
			(frm.doc.deciding_superior_user === frappe.session.user || frappe.user.has_role("COI Manager"));
		if (can_decide) {
			frm.add_custom_button(__("Decide"), () => {
				frappe.model.open_mapped_doc({
					method: "coi_management.declarations.control_decision.make_from_declaration",
					frm,
				});
			}).addClass("btn-primary");
			frm.add_custom_button(__("I Also Have a Conflict"), () => {
				frappe.prompt(
					{ fieldname: "remarks", fieldtype: "Small Text", label: __("Remarks"), reqd: 1 },
					(values) =>
						frappe
							.xcall("coi_management.declarations.declaration.escalate_declaration", {
								name: frm.doc.name,
								remarks: values.remarks,
							})
							.then(() => frm.reload_doc()),
					__("Escalate to the Next Superior"),
					__("Escalate")
				);
			});
		}
	},
	before_workflow_action(frm) {
		if (frm.selected_workflow_action !== frappe.boot.coi.states.withdraw) return;
		frappe.dom.unfreeze();
		// the server method withdraws with the reason; the default action never runs
		return new Promise(() => {
			frappe.prompt(
				{ fieldname: "reason", fieldtype: "Small Text", label: __("Reason for Withdrawal"), reqd: 1 },
				(values) =>
					frappe
						.xcall("coi_management.declarations.declaration.withdraw", { name: frm.doc.name, reason: values.reason })
						.then(() => frm.reload_doc()),
				__("Withdraw"),
				__("Withdraw")
			);
		});
	},
});
