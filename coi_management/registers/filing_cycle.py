"""The yearly filing cycle of the Interest Register (daily scheduled job).

Due points of a period (dates from COI Settings):
- the window's opening and each of ``register_reminder_days`` (30, 7, 1) before the due date:
  a reminder to every active official who has not submitted the period's register;
- the day after the due date: a list of the officials who have not filed to each superior (their
  direct reports) and one to every COI Manager;
- ``retirement_notice_days`` (60) before an official's retirement date, and 30 days before that
  point: a reminder to file section F (post-retirement plans, Pasal 22(3)h).

Idempotent: every message sent is recorded in an ``Interest Register Reminder`` row (kind,
period, due point, official, recipient) in the same transaction as the message. A second run
the same day sends nothing; a missed day is caught up (only the latest pending point of a kind
is sent, the older ones are recorded as covered).
"""

import datetime

import frappe
from frappe import _
from frappe.utils import add_days, cint, escape_html, formatdate, getdate

from coi_management.core import clock, jobs, notices
from coi_management.core.regulation import get_active_regulation
from coi_management.core.roles import MANAGER, users_with
from coi_management.registers import interest_register as register

LOG = "Interest Register Reminder"
RETIREMENT_LEAD_DAYS = 30  # the first retirement reminder, ahead of the 60-day limit
OVERDUE_CATCH_UP_DAYS = 30  # a missed overdue list is still sent within a month of its day


def daily() -> None:
	"""Scheduler entry point."""
	today = clock.today()
	for period in {today.year - 1, today.year}:
		_run_step(send_filing_reminders, period, today)
		_run_step(send_overdue_lists, period, today)
	_run_step(send_retirement_reminders, today)


def _run_step(step, *args) -> None:
	jobs.run_isolated(step, *args, title=f"Interest Register filing cycle: {step.__name__}")


# ---------------------------------------------------------------- the log
class SentLog:
	"""What was already sent for a set of due points, read once per run (one query)."""

	def __init__(self, kinds, days):
		days = sorted({getdate(day) for day in days})
		rows = (
			frappe.get_all(
				LOG,
				filters={"kind": ("in", sorted(set(kinds))), "due_point": ("in", days)},
				fields=["kind", "due_point", "official", "recipient"],
			)
			if days
			else []
		)
		self.sent = {(row.kind, getdate(row.due_point), row.official, row.recipient) for row in rows}
		self.officials = {(row.kind, getdate(row.due_point), row.official) for row in rows}

	def has(self, kind: str, day, official: str | None = None, recipient: str | None = None) -> bool:
		if recipient is None:
			return (kind, getdate(day), official) in self.officials
		return (kind, getdate(day), official, recipient) in self.sent


class Records:
	"""Rows of the log written in one statement per run (writes proportional to messages sent)."""

	FIELDS = ("name", "kind", "period", "due_point", "official", "recipient", "sent_on")

	def __init__(self):
		self.rows = []

	def add(self, kind: str, period: int | None, due_point, official=None, recipient=None) -> None:
		self.rows.append(
			(
				frappe.generate_hash(length=10),
				kind,
				period,
				getdate(due_point),
				official,
				recipient,
				clock.today(),
			)
		)

	def write(self) -> None:
		if not self.rows:
			return
		now, user = frappe.utils.now(), frappe.session.user
		frappe.db.bulk_insert(
			LOG,
			[*self.FIELDS, "creation", "modified", "owner", "modified_by"],
			[(*row, now, now, user, user) for row in self.rows],
		)
		self.rows = []


# ---------------------------------------------------------------- delivery
def notify(user: str, render, link: str | None = None, known: dict | None = None) -> bool:
	"""A bell notification and an e-mail to ``user`` in their language, after commit."""
	return bool(
		notices.notify(
			[user],
			render,
			link=link or "/app/interest-register",
			reference_doctype=register.DOCTYPE,
			known=known,
		)
	)


def _dear(name: str) -> str:
	return _("Dear {0},").format(escape_html(name or "")) + "<br>"


# ---------------------------------------------------------------- who has not filed
def unfiled_officials(period: int) -> list[dict]:
	"""Active officials with a user and no submitted register for ``period``."""
	filed = set(
		frappe.get_all(register.DOCTYPE, filters={"period": period, "docstatus": 1}, pluck="official")
	)
	officials = frappe.get_all(
		"Official",
		filters={"status": "Active"},
		fields=["name", "full_name", "user", "superior", "work_unit", "position_risk"],
		order_by="full_name asc",
	)
	# officials in high-risk positions are chased first (S 22(1); programme/risk.py)
	officials.sort(key=lambda row: row.position_risk != "High")
	return [row for row in officials if row.name not in filed]


def due_points(period: int) -> list[tuple[str, datetime.date]]:
	opens, due = register.period_dates(period)
	points = [("Window Opened", opens)]
	points += [("Before Due Date", add_days(due, -days)) for days in register.reminder_days()]
	return sorted([(kind, getdate(day)) for kind, day in points if getdate(day) >= opens], key=lambda p: p[1])


# ---------------------------------------------------------------- steps
def send_filing_reminders(period: int, today: datetime.date) -> int:
	"""Reminders to unfiled officials for the due points reached; returns the number sent."""
	opens, due = register.period_dates(period)
	if today < opens or today > due:
		return 0
	reached = [(kind, day) for kind, day in due_points(period) if day <= today]
	if not reached:
		return 0
	sent = SentLog([kind for kind, _day in reached], [day for _kind, day in reached])
	todo = []
	for official in unfiled_officials(period):
		if not official.user:
			continue
		pending = [(kind, day) for kind, day in reached if not sent.has(kind, day, official.name)]
		if pending:
			todo.append((official, pending))
	if not todo:
		return 0
	known = notices.recipients_by_name(official.user for official, _pending in todo)
	records, count = Records(), 0
	days_left = (due - today).days

	def render():
		# one text for everyone reminded today: the notices job sends it as one e-mail to many
		# recipients (each still receives it under their own address only)
		subject = _("Reminder: file your Interest Register for {0}").format(period)
		message = (
			_("Dear official,")
			+ "<br>"
			+ _(
				"Your Interest Register (personal-interest register) for {0} has not been submitted yet. The due date is {1} ({2} days left). File it in the desk: Interest Register, New."
			).format(period, formatdate(due), days_left)
		)
		return subject, message

	for official, pending in todo:
		count += notify(official.user, render, "/app/interest-register/new", known)
		for kind, day in pending:  # the latest point is sent; older missed ones are covered by it
			records.add(kind, period, day, official=official.name, recipient=official.user)
	records.write()
	return count


def send_overdue_lists(period: int, today: datetime.date) -> int:
	_opens, due = register.period_dates(period)
	point = add_days(due, 1)
	if today < point or today > add_days(point, OVERDUE_CATCH_UP_DAYS):
		return 0
	sent = SentLog(["Overdue to Superior", "Overdue to Manager"], [point])
	managers = [user for user in users_with(MANAGER) if not sent.has("Overdue to Manager", point, None, user)]
	unfiled = unfiled_officials(period)
	if not unfiled:
		return 0
	by_superior: dict[str, list[dict]] = {}
	for official in unfiled:
		if official.superior:
			by_superior.setdefault(official.superior, []).append(official)
	superior_users = dict(
		frappe.get_all(
			"Official",
			filters={"name": ("in", list(by_superior) or [""])},
			fields=["name", "user"],
			as_list=True,
		)
	)
	records, count = Records(), 0
	for superior, officials in by_superior.items():
		user = superior_users.get(superior)
		if not user or sent.has("Overdue to Superior", point, superior, user):
			continue
		count += _send_overdue(user, period, due, officials)
		records.add("Overdue to Superior", period, point, official=superior, recipient=user)
	for user in managers:
		count += _send_overdue(user, period, due, unfiled)
		records.add("Overdue to Manager", period, point, recipient=user)
	records.write()
	return count


def _send_overdue(user: str, period: int, due, officials: list[dict]) -> bool:
	items = "".join(
		"<li>{} ({}){}{}</li>".format(
			escape_html(row.full_name),
			row.name,
			" — " + escape_html(row.work_unit) if row.work_unit else "",
			" — <b>{}</b>".format(_("high-risk position")) if row.get("position_risk") == "High" else "",
		)
		for row in officials
	)

	def render():
		subject = _("Overdue Interest Registers for {0}: {1} officials").format(period, len(officials))
		message = _(
			"The following officials have not submitted their Interest Register for {0}, due on {1}:"
		).format(period, formatdate(due))
		return subject, f"{message}<ul>{items}</ul>"

	return notify(user, render, "/app/official")


def send_retirement_reminders(today: datetime.date) -> int:
	"""Section F must be filed at least ``retirement_notice_days`` before retirement (S 22(3)h)."""
	notice = cint(get_active_regulation().retirement_notice_days)
	if not notice:
		return 0
	horizon = add_days(today, notice + RETIREMENT_LEAD_DAYS)
	officials = frappe.get_all(
		"Official",
		filters={"status": "Active", "retirement_date": ("between", [today, horizon]), "user": ("is", "set")},
		fields=["name", "full_name", "user", "retirement_date"],
	)
	if not officials:
		return 0
	points = {}
	for official in officials:
		limit = add_days(official.retirement_date, -notice)
		points[official.name] = (limit, [getdate(add_days(limit, -RETIREMENT_LEAD_DAYS)), getdate(limit)])
	sent = SentLog(["Retirement"], [day for _limit, days in points.values() for day in days])
	filed = _filed_plans(officials, notice)
	records, count = Records(), 0
	for official in officials:
		if official.name in filed:
			continue
		limit, days = points[official.name]
		pending = [day for day in days if day <= today and not sent.has("Retirement", day, official.name)]
		if not pending:
			continue

		def render(official=official, limit=limit):
			subject = _("Reminder: file your post-retirement plans")
			message = _dear(official.full_name) + _(
				"You retire on {0}. File or amend your Interest Register with section F (post-retirement or post-resignation plans) no later than {1}, 60 days before retirement (Article 22(3)(h))."
			).format(formatdate(official.retirement_date), formatdate(limit))
			return subject, message

		count += notify(official.user, render, "/app/interest-register")
		for day in pending:
			records.add(
				"Retirement",
				getdate(official.retirement_date).year,
				day,
				official=official.name,
				recipient=official.user,
			)
	records.write()
	return count


def _filed_plans(officials: list[dict], notice: int) -> set[str]:
	"""Those of ``officials`` with a register answering section F, filed within a year before their
	retirement (one query for all)."""
	since = {row.name: getdate(add_days(row.retirement_date, -(notice + 365))) for row in officials}
	rows = frappe.get_all(
		register.DOCTYPE,
		filters={
			"official": ("in", list(since)),
			"docstatus": 1,
			"has_post_retirement_plan": ("in", ["Yes", "No"]),
			"filing_date": (">=", min(since.values())),
		},
		fields=["official", "filing_date"],
	)
	return {row.official for row in rows if getdate(row.filing_date) >= since[row.official]}
