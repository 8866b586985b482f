frappe.listview_settings["Official"] = {
	// the name is the NIP, already a column of its own
	hide_name_column: true,
	add_fields: ["position_risk"],
	// officials in high-risk positions stand out (risk assessment, S 18; chased first, S 22(1))
	formatters: {
		position_risk(value) {
			if (!value) return "";
			const color = { High: "red", Medium: "orange", Low: "green" }[value] || "gray";
			return `<span class="indicator-pill ${color}">${__(value)}</span>`;
		},
	},
	get_indicator(doc) {
		return [__(doc.status), doc.status === "Active" ? "green" : "gray", `status,=,${doc.status}`];
	},
};
