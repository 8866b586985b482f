"""Expiry of cooling-off periods (S 27(1)): a daily job keeps each record's status in step with
the clock; running it twice changes nothing more.

The boundary: the end date ("Expires On") is the exit date plus the period - 2 years after an exit
on 30 June 2025 is 30 June 2027. The restrictions apply up to and including the day before
(29 June 2027); on the end date itself the record is Expired. So the period lasts exactly the
profile's years, and the form, the list and this job agree.
"""

import frappe
from frappe.utils import getdate

from coi_management.core import clock, jobs

ACTIVE, EXPIRED = "Active", "Expired"


def status_on(end, today) -> str:
	return EXPIRED if getdate(today) >= getdate(end) else ACTIVE


def daily() -> int:
	"""Expire records whose end date has come, (re)activate those whose period runs; idempotent."""
	today = clock.today()
	records = frappe.get_all(
		"Cooling-off Record", filters={"end_date": ("is", "set")}, fields=["name", "status", "end_date"]
	)
	due = {record.name: status_on(record.end_date, today) for record in records}
	changed = [record.name for record in records if due[record.name] != record.status]
	jobs.for_each("Cooling-off Record", changed, _set_status, due, title="Cooling-off expiry")
	return len(changed)


def _set_status(name: str, due: dict) -> None:
	frappe.db.set_value("Cooling-off Record", name, "status", due[name])
