"""Public page where a reporter follows a complaint with the tracking code (and only with it)."""

import frappe
from frappe import _

from coi_management.core import guest

no_cache = 1


def get_context(context):
	guest.speak_publicly()
	context.no_cache = 1
	context.show_sidebar = False
	context.title = _("Follow a Complaint")
	return context
