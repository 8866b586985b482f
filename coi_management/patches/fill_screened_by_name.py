"""Conflict Screening shows who screened by name (``screened_by_name``): fill it for the screenings
made before the field existed."""

import frappe


def execute():
	screening = frappe.qb.DocType("Conflict Screening")
	user = frappe.qb.DocType("User")
	(
		frappe.qb.update(screening)
		.join(user)
		.on(user.name == screening.screened_by)
		.set(screening.screened_by_name, user.full_name)
		.where(screening.screened_by_name.isnull() | (screening.screened_by_name == ""))
		.run()
	)
