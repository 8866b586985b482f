"""Public register of personal interests (Perbup Semarang 28/2025 Pasal 22(4)); no login needed."""

import frappe
from frappe import _

from coi_management.core import guest
from coi_management.registers import public_register

no_cache = 1


def get_context(context):
	guest.speak_publicly()
	if not public_register.is_published():
		raise frappe.PageDoesNotExistError
	try:
		params = public_register.read_params(frappe.form_dict)
	except guest.GuestInputError as refused:
		# the page itself answers, with the reason and the form to correct it
		frappe.clear_last_message()
		context.http_status_code = 400
		context.error = str(refused)
		context.update(
			{"query": "", "period": "", "current_page": 1, "page_count": 0, "total": 0, "units": []}
		)
	else:
		context.update(public_register.get_register_page(**params))
	context.title = _("Public Register of Personal Interests")
	context.institution = frappe.db.get_single_value("COI Settings", "institution_name") or ""
	context.show_sidebar = False
	context.no_breadcrumbs = True
	return context
