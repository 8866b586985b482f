"""Encrypt the reporters' names and contacts already stored in plain text (S 32(3))."""

import frappe

from coi_management.complaints import confidentiality


def execute():
	frappe.reload_doc("coi_management", "doctype", "complaint_reporter")
	for name in frappe.get_all("Complaint Reporter", pluck="name"):
		record = frappe.get_doc("Complaint Reporter", name)
		if confidentiality.encrypt_identity(record):
			record.db_update()
