"""The one place the app reads "today" from.

Scheduled jobs, deadlines and reports call :func:`today` so tests can move the clock with
``frappe.flags.current_date`` instead of patching ``datetime``.
"""

import datetime

import frappe
from frappe.utils import getdate


def today() -> datetime.date:
	return getdate(frappe.flags.current_date or None)
