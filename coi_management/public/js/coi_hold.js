// The hold (Perbup Semarang 28/2025 Art. 23(3)): while a conflict-of-interest declaration about a
// document is open, its form shows that the decision must wait for the superior's control decision.
$(document).on("form-refresh", function (event, frm) {
	if (!frm || !frm.doc || frm.doc.__islocal || frm.doctype === "Declaration") return;
	const doctypes = (frappe.boot && frappe.boot.coi && frappe.boot.coi.hold_doctypes) || [];
	if (!doctypes.includes(frm.doctype)) return;
	frappe
		.xcall("coi_management.api.hold_status", {
			reference_doctype: frm.doctype,
			reference_name: frm.doc.name,
		})
		.then((status) => {
			if (!status || !status.on_hold) return;
			const links = (status.declarations || [])
				.map((name) => `<a href="/app/declaration/${encodeURIComponent(name)}">${frappe.utils.escape_html(name)}</a>`)
				.join(", ");
			frm.set_intro(
				__("Decision on hold: a conflict-of-interest declaration awaits the superior's decision (Art. 23(3)).") +
					(links ? " " + links : ""),
				"red"
			);
		})
		.catch(() => {});
});

// Queues (core/queue.py): whoever must act on a document holds an open assignment (ToDo), so
// "Awaiting My Action" is the list filtered on documents assigned to the session user; the due
// date shows the days left and turns red when overdue.
frappe.provide("coi.queue");
coi.queue.mine_filter = function (doctype) {
	return [doctype, "_assign", "like", `%${frappe.session.user}%`];
};
coi.queue.setup_list = function (listview) {
	listview.page.add_inner_button(__("Awaiting My Action"), () => {
		listview.filter_area.clear(false).then(() => listview.filter_area.add([coi.queue.mine_filter(listview.doctype)]));
	});
};
coi.queue.days_left = function (value) {
	if (!value) return null;
	return frappe.datetime.get_day_diff(value, frappe.datetime.get_today());
};
coi.queue.format_due = function (value, open) {
	if (!value) return "";
	const date = frappe.datetime.str_to_user(value);
	if (!open) return date;
	const days = coi.queue.days_left(value);
	let text, colour;
	if (days < 0) {
		text = __("{0} days overdue", [-days]);
		colour = "red";
	} else if (days === 0) {
		text = __("due today");
		colour = "orange";
	} else {
		text = __("{0} days left", [days]);
		colour = days <= 2 ? "orange" : "blue";
	}
	// the days left first: the list column is narrow, the full text is in the tooltip
	return `<span class="indicator-pill ${colour}" title="${__("Due Date")}: ${date} (${text})">${text} · ${date}</span>`;
};
