"""Public page where a reporter follows a complaint with the tracking code (and only with it)."""

import frappe
from frappe import _

no_cache = 1


def get_context(context):
	context.no_cache = 1
	context.show_sidebar = False
	context.title = _("Follow a Complaint")
	return context
