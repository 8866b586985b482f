"""Who sees which figures of the monitoring reports (SPEC "Who sees what", row "Monitoring
reports, dashboards"), and the filters every report shares.

A Superior sees the figures of their subtree; COI Manager, Inspector and Executive see everything;
nobody else sees anything. The SQL conditions are the record rules of
:mod:`coi_management.core.permissions` (the same ``lft``/``rgt`` range of the Official tree, the same
verified-complaints rule, the same unit subtree of cooling-off records), applied to tables named
``tabOfficial``, ``tabComplaint`` and ``tabCooling-off Record`` in the reports' queries.
"""

import datetime
import statistics
from dataclasses import dataclass, field
from functools import cached_property

import frappe
from frappe import _
from frappe.utils import cint, flt, getdate

from coi_management.core import clock, permissions, policy, roles
from coi_management.core.permissions import NOTHING, Viewer

ALL = policy.ALL
SUBTREE = policy.SUBTREE


class MonitoringFilterError(frappe.ValidationError):
	pass


def scope_of(user: str) -> str | None:
	"""``ALL``, ``SUBTREE`` or ``None`` (no monitoring figures at all) for ``user``."""
	if user == roles.ADMINISTRATOR_USER:
		return ALL
	granted = {policy.MONITORING[role] for role in roles.roles_of(user) if role in policy.MONITORING}
	if ALL in granted:
		return ALL
	return SUBTREE if SUBTREE in granted else None


@dataclass
class Scope:
	"""The user's monitoring scope, as SQL conditions on the tables of the reports' queries."""

	user: str = field(default_factory=lambda: frappe.session.user)

	@cached_property
	def kind(self) -> str | None:
		return scope_of(self.user)

	@cached_property
	def viewer(self) -> Viewer:
		return Viewer(self.user)

	@property
	def everything(self) -> bool:
		return self.kind == ALL

	def require(self) -> None:
		if not self.kind:
			frappe.throw(_("You are not permitted to see the monitoring reports."), frappe.PermissionError)

	def _subtree(self, condition) -> str:
		if self.everything:
			return "1=1"
		if not self.kind or not self.viewer.me:
			return NOTHING
		return condition(self.viewer)

	def officials(self) -> str:
		"""Condition on ``tabOfficial``: the user's subtree (themselves included)."""
		return self._subtree(permissions._official_subtree_sql)

	def complaints(self) -> str:
		"""Condition on ``tabComplaint``: verified complaints about officials strictly below the
		user, never about themselves (S 32(3); the Superior's record rule)."""
		return self._subtree(permissions._complaint_below_verified_sql)

	def units(self, alias: str) -> str:
		"""Condition on the Work Unit table ``alias``: for a Superior their own unit's subtree (the
		unit scope of cooling-off records and risk assessments)."""

		def subtree(v: Viewer) -> str:
			if not v.unit_bounds:
				return NOTHING
			lft, rgt = map(int, v.unit_bounds)
			return f"({alias}.`lft` >= {lft} and {alias}.`rgt` <= {rgt})"

		return self._subtree(subtree)

	def cooling_off(self) -> str:
		"""Condition on ``tabCooling-off Record``: records of work units in the user's unit subtree."""
		return self._subtree(permissions._unit_subtree_sql)


# ---------------------------------------------------------------- filters
@dataclass
class Period:
	year: int
	from_date: datetime.date
	to_date: datetime.date


def period_of(filters) -> Period:
	"""The report's period: ``from_date``/``to_date`` when both are given, else the calendar
	``year`` (this year by default)."""
	filters = frappe._dict(filters or {})
	year = cint(filters.get("year")) or clock.today().year
	if filters.get("from_date") and filters.get("to_date"):
		start, end = getdate(filters.from_date), getdate(filters.to_date)
		if end < start:
			frappe.throw(
				_("{0} must not be before {1}.").format(_("To Date"), _("From Date")), MonitoringFilterError
			)
		return Period(year=cint(filters.get("year")) or start.year, from_date=start, to_date=end)
	if year < 1900 or year > 9999:
		frappe.throw(_("{0} is not a valid year.").format(year), MonitoringFilterError)
	return Period(year=year, from_date=datetime.date(year, 1, 1), to_date=datetime.date(year, 12, 31))


def unit_bounds(filters) -> tuple[int, int] | None:
	"""``(lft, rgt)`` of the work unit filter (the unit and its descendants), ``None`` for all."""
	unit = (filters or {}).get("work_unit")
	if not unit:
		return None
	bounds = frappe.db.get_value("Work Unit", unit, ["lft", "rgt"])
	if not bounds:
		frappe.throw(_("{0} {1} does not exist.").format(_("Work Unit"), unit), MonitoringFilterError)
	return int(bounds[0]), int(bounds[1])


def unit_condition(filters, alias: str) -> str:
	"""Condition on the Work Unit table ``alias``: within the filter's unit subtree."""
	bounds = unit_bounds(filters)
	if not bounds:
		return "1=1"
	return f"({alias}.`lft` >= {bounds[0]} and {alias}.`rgt` <= {bounds[1]})"


# ---------------------------------------------------------------- figures
def percent(part, whole) -> float | None:
	return round(flt(part) * 100.0 / flt(whole), 1) if whole else None


def median(values) -> float | None:
	values = [v for v in values if v is not None]
	return round(float(statistics.median(values)), 1) if values else None


def summary_item(label: str, value, indicator: str = "Blue", datatype: str = "Int") -> dict:
	"""One figure of a report's summary line; a median or rate of nothing shows "-", never 0."""
	if value is None:
		return {"label": label, "value": "-", "indicator": "Gray", "datatype": "Data"}
	return {"label": label, "value": value, "indicator": indicator, "datatype": datatype}
