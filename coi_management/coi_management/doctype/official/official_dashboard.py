from frappe import _


def get_data():
	return {
		"fieldname": "official",
		"transactions": [
			{"label": _("Interest Register"), "items": ["Interest Register"]},
		],
	}
