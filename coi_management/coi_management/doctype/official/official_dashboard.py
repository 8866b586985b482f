from frappe import _


def get_data():
	return {
		"fieldname": "official",
		"transactions": [
			{"label": _("Conflicts of Interest"), "items": ["Declaration", "Control Decision"]},
		],
	}
