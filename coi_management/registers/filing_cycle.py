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
from frappe.utils import add_days, cint, formatdate, get_url, getdate

from coi_management.core import clock, jobs
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
def _sent(kind: str, due_point, official: str | None = None, recipient: str | None = None) -> bool:
	filters = {"kind": kind, "due_point": getdate(due_point)}
	if official:
		filters["official"] = official
	if recipient:
		filters["recipient"] = recipient
	return bool(frappe.db.exists(LOG, filters))


def _record(kind: str, period: int | None, due_point, official=None, recipient=None) -> None:
	frappe.get_doc(
		{
			"doctype": LOG,
			"kind": kind,
			"period": period,
			"due_point": getdate(due_point),
			"official": official,
			"recipient": recipient,
			"sent_on": clock.today(),
		}
	).insert(ignore_permissions=True)


# ---------------------------------------------------------------- delivery
def _lang(user: str) -> str:
	"""Reminders go out in Indonesian, the language of the regulation and of the institution
	(a user's language defaults to the site's, often English on a fresh site)."""
	return "id"


def notify(user: str, subject: str, message: str, link: str | None = None) -> None:
	"""A system notification (Notification Log) and an e-mail (Email Queue) to ``user``."""
	if not user or user in ("Administrator", "Guest"):
		return
	if not frappe.db.get_value("User", user, "enabled"):
		return
	frappe.get_doc(
		{
			"doctype": "Notification Log",
			"for_user": user,
			"type": "Alert",
			"subject": subject,
			"email_content": message,
			"document_type": register.DOCTYPE,
			"link": link or "/app/interest-register",
		}
	).insert(ignore_permissions=True)
	email = frappe.db.get_value("User", user, "email")
	if email:
		try:
			frappe.sendmail(
				recipients=[email],
				subject=subject,
				message=message
				+ '<p><a href="{0}">{0}</a></p>'.format(get_url(link or "/app/interest-register")),
				delayed=True,
			)
		except frappe.OutgoingEmailError:
			pass  # no outgoing e-mail account on the site: the system notification still reaches the user


# ---------------------------------------------------------------- who has not filed
def unfiled_officials(period: int) -> list[dict]:
	"""Active officials with a user and no submitted register for ``period``."""
	filed = set(
		frappe.get_all(register.DOCTYPE, filters={"period": period, "docstatus": 1}, pluck="official")
	)
	officials = frappe.get_all(
		"Official",
		filters={"status": "Active"},
		fields=["name", "full_name", "user", "superior", "work_unit"],
		order_by="full_name asc",
	)
	return [row for row in officials if row.name not in filed]


def due_points(period: int) -> list[tuple[str, datetime.date]]:
	opens, due = register.period_dates(period)
	points = [("Window Opened", opens)]
	points += [("Before Due Date", add_days(due, -days)) for days in register.reminder_days()]
	return sorted([(kind, getdate(day)) for kind, day in points if getdate(day) >= opens], key=lambda p: p[1])


# ---------------------------------------------------------------- steps
def send_filing_reminders(period: int, today: datetime.date) -> None:
	opens, due = register.period_dates(period)
	if today < opens or today > due:
		return
	reached = [(kind, day) for kind, day in due_points(period) if day <= today]
	if not reached:
		return
	for official in unfiled_officials(period):
		if not official.user:
			continue
		pending = [(kind, day) for kind, day in reached if not _sent(kind, day, official=official.name)]
		if not pending:
			continue
		lang = _lang(official.user)
		days_left = (due - today).days
		subject = _("Reminder: file your Interest Register for {0}", lang=lang).format(period)
		message = _(
			"Dear {0},<br>your Interest Register (personal-interest register) for {1} has not been submitted yet. "
			"The due date is {2} ({3} days left). File it in the desk: Interest Register, New.",
			lang=lang,
		).format(official.full_name, period, formatdate(due), days_left)
		notify(official.user, subject, message, "/app/interest-register/new")
		for kind, day in pending:  # the latest point is sent; older missed ones are covered by it
			_record(kind, period, day, official=official.name, recipient=official.user)


def send_overdue_lists(period: int, today: datetime.date) -> None:
	_opens, due = register.period_dates(period)
	point = add_days(due, 1)
	if today < point or today > add_days(point, OVERDUE_CATCH_UP_DAYS):
		return
	unfiled = unfiled_officials(period)
	if not unfiled:
		return
	by_superior: dict[str, list[dict]] = {}
	for official in unfiled:
		if official.superior:
			by_superior.setdefault(official.superior, []).append(official)
	for superior, officials in by_superior.items():
		user = frappe.db.get_value("Official", superior, "user")
		if not user or _sent("Overdue to Superior", point, official=superior, recipient=user):
			continue
		_send_overdue(user, period, due, officials)
		_record("Overdue to Superior", period, point, official=superior, recipient=user)
	for user in users_with(MANAGER):
		if _sent("Overdue to Manager", point, recipient=user):
			continue
		_send_overdue(user, period, due, unfiled)
		_record("Overdue to Manager", period, point, recipient=user)


def _send_overdue(user: str, period: int, due, officials: list[dict]) -> None:
	lang = _lang(user)
	subject = _("Overdue Interest Registers for {0}: {1} officials", lang=lang).format(period, len(officials))
	items = "".join(
		"<li>{} ({}){}</li>".format(
			frappe.utils.escape_html(row.full_name),
			row.name,
			" — " + frappe.utils.escape_html(row.work_unit) if row.work_unit else "",
		)
		for row in officials
	)
	message = _(
		"The following officials have not submitted their Interest Register for {0}, due on {1}:", lang=lang
	).format(period, formatdate(due))
	notify(user, subject, f"{message}<ul>{items}</ul>", "/app/official")


def send_retirement_reminders(today: datetime.date) -> None:
	"""Section F must be filed at least ``retirement_notice_days`` before retirement (S 22(3)h)."""
	notice = cint(get_active_regulation().retirement_notice_days)
	if not notice:
		return
	horizon = add_days(today, notice + RETIREMENT_LEAD_DAYS)
	officials = frappe.get_all(
		"Official",
		filters={"status": "Active", "retirement_date": ("between", [today, horizon])},
		fields=["name", "full_name", "user", "retirement_date"],
	)
	for official in officials:
		if not official.user or _has_filed_plans(official.name, official.retirement_date, notice):
			continue
		limit = add_days(official.retirement_date, -notice)
		points = [add_days(limit, -RETIREMENT_LEAD_DAYS), limit]
		pending = [
			day
			for day in points
			if getdate(day) <= today and not _sent("Retirement", day, official=official.name)
		]
		if not pending:
			continue
		lang = _lang(official.user)
		subject = _("Reminder: file your post-retirement plans", lang=lang)
		message = _(
			"Dear {0},<br>you retire on {1}. File or amend your Interest Register with section F "
			"(post-retirement or post-resignation plans) no later than {2}, 60 days before retirement "
			"(Article 22(3)(h)).",
			lang=lang,
		).format(official.full_name, formatdate(official.retirement_date), formatdate(limit))
		notify(official.user, subject, message, "/app/interest-register")
		for day in pending:
			_record(
				"Retirement",
				getdate(official.retirement_date).year,
				day,
				official=official.name,
				recipient=official.user,
			)


def _has_filed_plans(official: str, retirement_date, notice: int) -> bool:
	"""A register with section F answered, filed within a year before retirement."""
	since = add_days(retirement_date, -(notice + 365))
	return bool(
		frappe.db.exists(
			register.DOCTYPE,
			{
				"official": official,
				"docstatus": 1,
				"has_post_retirement_plan": ("in", ["Yes", "No"]),
				"filing_date": (">=", since),
			},
		)
	)
