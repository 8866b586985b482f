// "Status dan Tugas Saya": each user's own landing (coi_management/monitoring/landing.py).
frappe.pages["coi-status"].on_page_load = function (wrapper) {
	const page = frappe.ui.make_app_page({
		parent: wrapper,
		title: __("My Status and Tasks"),
		single_column: true,
	});
	page.set_secondary_action(__("Refresh"), () => render(page));
	render(page);
};

frappe.pages["coi-status"].on_page_show = function (wrapper) {
	if (wrapper.page_rendered) render(wrapper.page);
};

function render(page) {
	frappe.call("coi_management.monitoring.landing.my_status").then(({ message: status }) => {
		page.wrapper.page_rendered = true;
		const $body = $(page.body).empty().addClass("coi-status");
		const esc = frappe.utils.escape_html;
		const date = (value) => (value ? frappe.datetime.str_to_user(value) : "-");
		const pill = (label, colour) => `<span class="indicator-pill ${colour}">${esc(label)}</span>`;
		const section = (title, html) =>
			`<div class="frappe-card p-4 mb-4"><h5 class="mb-3">${esc(title)}</h5>${html}</div>`;

		if (status.register) {
			const r = status.register;
			const action = r.name
				? `<a class="btn btn-default btn-sm" href="/app/interest-register/${encodeURIComponent(r.name)}">${__("Open my register")}</a>`
				: `<a class="btn btn-primary btn-sm" href="/app/interest-register/new">${__("File my register")}</a>`;
			$body.append(
				section(
					__("My Interest Register {0}", [r.period]),
					`<p>${pill(r.status_label, r.colour)} &nbsp; ${__("Due on {0}", [date(r.due)])}</p>${action}`
				)
			);
		}
		if (status.official) {
			const rows = (status.declarations || [])
				.map(
					(d) => `<tr><td><a href="/app/declaration/${encodeURIComponent(d.name)}">${esc(d.name)}</a></td>
					<td>${esc(d.decision_faced || "")}</td><td>${pill(d.state_label, "orange")}</td>
					<td>${esc(d.deciding_superior_name || "")}</td><td>${date(d.due_date)}</td></tr>`
				)
				.join("");
			$body.append(
				section(
					__("My declarations awaiting a decision"),
					table(
						[__("Declaration"), __("Decision or Action Faced"), __("Status"), __("Deciding Superior"), __("Decision Due")],
						rows,
						__("None: no decision of yours is on hold.")
					)
				)
			);
		}
		const queue = (status.queue || [])
			.map((q) => {
				const left =
					q.days_left === null
						? "-"
						: q.days_left < 0
						? __("{0} days overdue", [-q.days_left])
						: __("{0} days left", [q.days_left]);
				return `<tr><td>${esc(q.doctype_label)}</td>
				<td><a href="/app/${frappe.router.slug(q.doctype)}/${encodeURIComponent(q.name)}">${esc(q.name)}</a></td>
				<td>${esc(q.description)}</td><td>${date(q.due)}</td><td>${pill(left, q.colour)}</td></tr>`;
			})
			.join("");
		$body.append(
			section(
				__("Waiting for my action"),
				table(
					[__("Document Type"), __("Document"), __("Task"), __("Due Date"), __("Days Left")],
					queue,
					__("Nothing is waiting for you.")
				)
			)
		);
		if ((status.reports || []).length) {
			$body.append(
				section(
					__("Monitoring Reports"),
					status.reports
						.map(
							(r) =>
								`<a class="btn btn-default btn-sm mr-2 mb-2" href="/app/query-report/${encodeURIComponent(r.name)}">${esc(r.label)}</a>`
						)
						.join("")
				)
			);
		}
	});
}

// a table of ``rows`` (HTML) under translated ``headers``, or ``empty`` when there is none
function table(headers, rows, empty) {
	if (!rows) return `<p class="text-muted">${empty}</p>`;
	const head = headers.map((h) => `<th>${h}</th>`).join("");
	return `<table class="table table-sm"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}
