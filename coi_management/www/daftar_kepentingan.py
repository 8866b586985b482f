"""Public register of personal interests (Perbup Semarang 28/2025 Pasal 22(4)); no login needed."""

import frappe
from frappe import _
from frappe.utils import cint

from coi_management.registers import public_register

no_cache = 1


def get_context(context):
	frappe.local.lang = "id"  # the institution publishes in Indonesian
	if not public_register.is_published():
		raise frappe.PageDoesNotExistError
	args = frappe.form_dict
	data = public_register.get_register_page(
		query=(args.get("q") or "")[:100], page=cint(args.get("page")) or 1, period=cint(args.get("period"))
	)
	context.update(data)
	context.title = _("Public Register of Personal Interests")
	context.institution = frappe.db.get_single_value("COI Settings", "institution_name") or ""
	context.show_sidebar = False
	context.no_breadcrumbs = True
	return context
