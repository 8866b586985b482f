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
