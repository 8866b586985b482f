from frappe import _


def get_data():
	return {
		"fieldname": "official",
		"transactions": [{"label": _("Cooling-off"), "items": ["Cooling-off Record"]}],
	}
