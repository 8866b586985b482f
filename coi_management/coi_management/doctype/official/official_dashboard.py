from frappe import _


def get_data():
	return {
		"fieldname": "official",
		"transactions": [
			{"label": _("Interest Register"), "items": ["Interest Register"]},
			{"label": _("Declarations and Control"), "items": ["Declaration", "Control Decision"]},
			{"label": _("Cooling-off"), "items": ["Cooling-off Record"]},
			# the official's training history, appreciations and own consultations (programme/)
			{
				"label": _("Training and Appreciation"),
				"items": ["COI Training Attendance", "COI Appreciation", "COI Consultation"],
			},
		],
	}
