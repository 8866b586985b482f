// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("COI Settings", {
	setup(frm) {
		// a Table MultiSelect takes its query on its own field
		frm.set_query("reference_doctypes", () => ({
			filters: { istable: 0, issingle: 0, is_virtual: 0 },
		}));
	},
	onload(frm) {
		frm.saved_regulation = frm.doc.active_regulation;
	},
	after_save(frm) {
		frm.saved_regulation = frm.doc.active_regulation;
	},
	active_regulation(frm) {
		const chosen = frm.doc.active_regulation;
		const saved = frm.saved_regulation;
		if (!chosen || !saved || chosen === saved) return;
		frappe
			.xcall("coi_management.api.profile_switch_impact", { profile: chosen })
			.then((impact) => {
				const esc = frappe.utils.escape_html;
				const rows = impact.changes
					.map((c) => `<tr><td>${esc(c.label)}</td><td>${esc(c.current)}</td><td>${esc(c.new)}</td></tr>`)
					.join("");
				const kinds = []
					.concat(impact.kinds_added.map((k) => __("New declarations also ask for: {0}", [esc(k)])))
					.concat(impact.kinds_removed.map((k) => __("New declarations no longer ask for: {0}", [esc(k)])));
				const message = `
					<p>${__("Switching the regulation profile from {0} to {1} changes, for every new case:", [
						`<b>${esc(impact.current)}</b>`,
						`<b>${esc(impact.new)}</b>`,
					])}</p>
					${
						rows
							? `<table class="table table-bordered table-sm"><thead><tr><th>${__("Rule")}</th><th>${esc(
									impact.current,
								)}</th><th>${esc(impact.new)}</th></tr></thead><tbody>${rows}</tbody></table>`
							: ""
					}
					<ul>
						<li>${__(
							"The sources of conflict, forms of control and the wording of the public pages and complaint form follow the new profile.",
						)}</li>
						${kinds.map((k) => `<li>${k}</li>`).join("")}
						<li>${__(
							"{0} open declarations and {1} open complaints keep the profile they were made under, with their deadlines.",
							[impact.open_declarations, impact.open_complaints],
						)}</li>
					</ul>
					<p>${__("Switch the profile? It takes effect when you save these settings.")}</p>`;
				frappe.confirm(
					message,
					() => {},
					() => frm.set_value("active_regulation", saved),
				);
			});
	},
	refresh(frm) {
		if (frm.doc.__onload && frm.doc.__onload.email_setup_missing) {
			frm.dashboard.set_headline_alert(
				__(
					"No outgoing e-mail account: notices reach users as system notifications (the bell) and their e-mails wait. Set up an Email Account with Enable Outgoing and Default Outgoing checked to send them.",
				) +
					" " +
					__("{0} e-mails are waiting and will be sent as soon as the account is enabled.", [
						frm.doc.__onload.waiting_emails || 0,
					]) +
					` <a href="/app/email-account/new">${__("Set up an Email Account")}</a>`,
				"orange",
			);
		} else {
			frm.dashboard.clear_headline();
		}
	},
});
