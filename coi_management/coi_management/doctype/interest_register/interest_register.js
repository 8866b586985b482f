// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("Interest Register", {
	setup(frm) {
		frm.set_query("relationship", "family", () => ({
			filters: { name: ["in", frm.doc.__onload?.family_relationships || []] },
		}));
	},
	onload(frm) {
		if (frm.is_new() && !frm.doc.amended_from) frm.events.prefill(frm);
	},
	official(frm) {
		// a COI Manager filing for an official: pre-fill from that official's last register
		if (frm.is_new() && !frm.doc.amended_from && frm.doc.official && frm.doc.official !== frm.__prefilled_for) {
			frm.events.prefill(frm);
		}
	},
	refresh(frm) {
		frm.trigger("add_correct_button");
		if (frm.doc.docstatus === 2 && frm.doc.superseded_by) {
			frm.set_intro(
				__("This version was replaced by the amendment {0}.", [frm.doc.superseded_by.bold()]),
				"blue"
			);
		} else if (frm.doc.prefilled_from && frm.doc.docstatus === 0) {
			frm.set_intro(
				__(
					"Pre-filled from {0}. Review every section, correct what has changed and confirm the statements.",
					[frm.doc.prefilled_from.bold()]
				),
				"yellow"
			);
		}
		if (frm.doc.post_retirement_required && frm.doc.docstatus === 0) {
			frm.dashboard.set_headline(
				__("Section F is required: your retirement date is within the notice period."),
				"orange"
			);
		}
	},
	// the filer corrects a submitted register: it stays filed until the correction replaces it
	add_correct_button(frm) {
		const onload = frm.doc.__onload || {};
		if (frm.doc.docstatus !== 1 || onload.correction === undefined) return;
		if (onload.correction) {
			frm.set_intro(
				__("A correction of this register is in progress: {0}. This version stays filed until the correction is submitted.", [
					onload.correction.bold(),
				]),
				"blue"
			);
			frm.add_custom_button(__("Open my correction"), () => frappe.set_route("Form", frm.doctype, onload.correction));
			return;
		}
		frm.add_custom_button(__("Correct my register"), () => {
			frappe.confirm(
				__(
					"A copy of this register opens for you to correct. This version stays filed, on its filing date, until you submit the correction; the correction then replaces it."
				),
				() =>
					frappe
						.xcall("coi_management.registers.interest_register.correct", { name: frm.doc.name })
						.then((name) => frappe.set_route("Form", frm.doctype, name))
			);
		}).addClass("btn-primary");
	},
	prefill(frm) {
		frappe.call({
			method: "coi_management.registers.interest_register.get_new_register",
			args: Object.assign(
				{},
				frm.doc.official ? { official: frm.doc.official } : {},
				frm.doc.period ? { period: frm.doc.period } : {}
			),
			callback(r) {
				const values = r.message;
				if (!values || !values.official) return;
				frm.__prefilled_for = values.official;
				if (values.existing) {
					frappe.msgprint(
						__("You already have a register for {0}: {1}. Open it, or amend it if it is submitted.", [
							values.period,
							values.existing.bold(),
						])
					);
				}
				const skip = ["name", "doctype", "owner", "creation", "modified", "modified_by", "docstatus", "idx", "existing", "__islocal", "__unsaved"];
				const tables = ["family", "business", "outside_work", "public_offices", "affiliations", "post_retirement_plans"];
				Object.keys(values).forEach((key) => {
					if (skip.includes(key) || key === "official" || key.startsWith("__")) return;
					if (tables.includes(key)) {
						frm.clear_table(key);
						(values[key] || []).forEach((row) => {
							const child = frm.add_child(key);
							Object.keys(row).forEach((field) => {
								if (!["name", "parent", "parentfield", "parenttype", "idx", "doctype", "docstatus", "owner", "creation", "modified", "modified_by", "__islocal", "__unsaved"].includes(field)) {
									child[field] = row[field];
								}
							});
						});
					} else if (values[key] !== null && values[key] !== undefined) {
						frm.doc[key] = values[key];
					}
				});
				frm.doc.__onload = values.__onload;
				frm.doc.official = null;
				frm.set_value("official", values.official); // fetches name, position and unit
				frm.refresh();
			},
		});
	},
	no_family(frm) {
		if (frm.doc.no_family) frm.clear_table("family"), frm.refresh_field("family");
	},
	no_business(frm) {
		if (frm.doc.no_business) frm.clear_table("business"), frm.refresh_field("business");
	},
	no_outside_work(frm) {
		if (frm.doc.no_outside_work) frm.clear_table("outside_work"), frm.refresh_field("outside_work");
	},
	no_public_office(frm) {
		if (frm.doc.no_public_office) frm.clear_table("public_offices"), frm.refresh_field("public_offices");
	},
});
