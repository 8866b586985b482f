// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

// The position's risk history: its approved risk assessments, newest first (S 18; programme/risk.py)
frappe.ui.form.on("Position", {
	refresh(frm) {
		if (frm.is_new()) return;
		frappe
			.xcall("coi_management.programme.risk.position_history", { position: frm.doc.name })
			.then((rows) => {
				if (!rows || !rows.length) return;
				const body = rows
					.map(
						(row) => `<tr>
							<td><a href="/app/risk-assessment/${encodeURIComponent(row.assessment)}">${frappe.utils.escape_html(row.assessment)}</a></td>
							<td>${row.period}</td>
							<td>${row.likelihood} × ${row.impact}</td>
							<td>${__(row.risk_level)}</td>
							<td>${row.approved_on ? frappe.datetime.str_to_user(row.approved_on) : ""}</td>
						</tr>`
					)
					.join("");
				frm.dashboard.add_section(
					`<table class="table table-sm table-bordered">
						<thead><tr><th>${__("Risk Assessment")}</th><th>${__("Period (Year)")}</th>
						<th>${__("Likelihood")} × ${__("Impact")}</th><th>${__("Risk Level")}</th>
						<th>${__("Approved On")}</th></tr></thead><tbody>${body}</tbody></table>`,
					__("Risk History")
				);
			})
			.catch(() => {});
	},
});
