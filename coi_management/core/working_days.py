"""Working-day arithmetic on the app's holiday calendar.

Deadlines in both regulations are counted in working days (hari kerja). A working day is a day
that is not a weekly day off and not a holiday (national holiday, cuti bersama, regional
holiday) of the COI Holiday List chosen in COI Settings.

``add_working_days`` and ``working_days_between`` are pure when a :class:`WorkingCalendar` is
passed; without one they use the site's calendar.
"""

import datetime
from dataclasses import dataclass, field

import frappe
from frappe import _
from frappe.utils import getdate

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Safety net: no real calendar has a year without a working day.
MAX_SCAN_DAYS = 3660


@dataclass(frozen=True)
class WorkingCalendar:
	holidays: frozenset[datetime.date] = field(default_factory=frozenset)
	weekly_off: frozenset[int] = frozenset({5, 6})  # date.weekday(): Saturday, Sunday

	def is_working_day(self, day: datetime.date) -> bool:
		return day.weekday() not in self.weekly_off and day not in self.holidays


def add_working_days(start, days: int, calendar: WorkingCalendar | None = None) -> datetime.date:
	"""The date ``days`` working days after ``start`` (``start`` itself is not counted).

	A deadline of 7 working days from a declaration on Friday ends on the Tuesday of the week
	after next, holidays skipped. ``days == 0`` returns ``start`` unchanged.
	"""
	calendar = calendar or get_calendar()
	day = getdate(start)
	if days < 0:
		raise ValueError("days must not be negative")
	remaining, scanned = days, 0
	while remaining:
		day += datetime.timedelta(days=1)
		scanned += 1
		if calendar.is_working_day(day):
			remaining -= 1
		if scanned > MAX_SCAN_DAYS:
			frappe.throw(_("The holiday calendar leaves no working days."))
	return day


def working_days_between(start, end, calendar: WorkingCalendar | None = None) -> int:
	"""Working days in the interval (start, end]; negative when ``end`` is before ``start``."""
	calendar = calendar or get_calendar()
	start, end = getdate(start), getdate(end)
	sign = 1
	if end < start:
		start, end, sign = end, start, -1
	count, day = 0, start
	while day < end:
		day += datetime.timedelta(days=1)
		if calendar.is_working_day(day):
			count += 1
	return sign * count


def get_calendar(holiday_list: str | None = None) -> WorkingCalendar:
	"""The calendar of ``holiday_list``, or of the one in COI Settings (weekends only if none)."""
	if not holiday_list:
		holiday_list = frappe.db.get_single_value("COI Settings", "holiday_list")
	if not holiday_list:
		return WorkingCalendar()
	return _load_calendar(holiday_list)


def _load_calendar(holiday_list: str) -> WorkingCalendar:
	cache_key = f"coi_working_calendar::{holiday_list}"
	cached = frappe.cache.get_value(cache_key)
	if cached is None:
		doc = frappe.get_cached_doc("COI Holiday List", holiday_list)
		cached = {
			"holidays": [str(row.holiday_date) for row in doc.holidays],
			"weekly_off": [i for i, name in enumerate(WEEKDAYS) if doc.get(f"{name}_off")],
		}
		frappe.cache.set_value(cache_key, cached)
	return WorkingCalendar(
		holidays=frozenset(getdate(d) for d in cached["holidays"]),
		weekly_off=frozenset(cached["weekly_off"]),
	)


def clear_calendar_cache(holiday_list: str) -> None:
	frappe.cache.delete_value(f"coi_working_calendar::{holiday_list}")
