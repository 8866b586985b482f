#!/usr/bin/env python3
"""Benchmark of the register filing cycle (coi_management.registers.filing_cycle) - not a test.

For each size n it creates n active officials with desk users (half of them have filed the
period's register), then runs the daily job

- on the first reminder day (the filing window opens): every unfiled official gets a reminder;
  the time and the SQL queries of the job *and* of the delivery of its notices (bell + e-mail
  queue, what the background job does after commit) are counted per reminder;
- on the next day, when nothing is due: the queries of a run that sends nothing.

Everything runs in one transaction that is rolled back at the end: the site is left as it was.
Run it with the bench's Python from the bench's ``sites`` directory:

    cd ~/.cache/coi_management/bench/sites
    ../env/bin/python /path/to/scripts/bench_filing_cycle.py --site notices.coi.localhost \
        --sizes 1000,5000,20000 [--with-email]

``--with-email`` adds an outgoing Email Account for the run, so every reminder is also queued as
an e-mail (without it the site has none, as a fresh site: bells only).
"""

import argparse
import datetime
import time


def main() -> None:
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("--sizes", default="1000,5000")
	parser.add_argument("--with-email", action="store_true")
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site)
	frappe.connect()
	frappe.set_user("Administrator")
	try:
		print(
			f"{'officials':>9} {'reminders':>9} {'job s':>7} {'delivery s':>10} {'ms/reminder':>11} "
			f"{'queries':>8} {'q/reminder':>10} {'no-op queries':>13}"
		)
		for size in [int(part) for part in args.sizes.split(",")]:
			row = run(size, args.with_email)
			print(
				f"{size:>9} {row['reminders']:>9} {row['job']:>7.2f} {row['delivery']:>10.2f} "
				f"{row['ms_per_reminder']:>11.2f} {row['queries']:>8} {row['queries_per_reminder']:>10.2f} "
				f"{row['noop_queries']:>13}"
			)
	finally:
		frappe.db.rollback()
		frappe.destroy()


class QueryCounter:
	"""Counts every statement sent through ``frappe.db.sql`` (the query builder included)."""

	def __init__(self, db):
		self.db, self.count = db, 0

	def __enter__(self):
		self.original = self.db.sql

		def counted(*args, **kwargs):
			self.count += 1
			return self.original(*args, **kwargs)

		self.db.sql = counted
		return self

	def __exit__(self, *exc):
		self.db.sql = self.original


def run(size: int, with_email: bool) -> dict:
	import frappe
	from frappe.utils import add_days

	from coi_management.core import notices
	from coi_management.registers import filing_cycle
	from coi_management.registers import interest_register as register

	frappe.db.savepoint("bench_filing_cycle")
	try:
		frappe.db.set_value("Official", {"status": "Active"}, "status", "Transferred", update_modified=False)
		period = 2031
		opens, _due = register.period_dates(period)
		make_population(size, period)
		if with_email:
			frappe.local.outgoing_email_account = {}
			frappe.flags.in_test = True  # no SMTP server to check the account against
			account = frappe.get_doc(
				{
					"doctype": "Email Account",
					"email_account_name": "Benchmark Outgoing",
					"email_id": "benchmark@example.com",
					"enable_outgoing": 1,
					"default_outgoing": 1,
					"smtp_server": "localhost",
					"no_smtp_authentication": 1,
				}
			)
			account.insert(ignore_permissions=True)
			frappe.flags.in_test = False
			# importing Frappe's e-mail stack (premailer, cssutils, ...) is a once-per-process cost
			# of the worker, not a per-reminder one: done before the clock starts
			from frappe.email.doctype.email_queue.email_queue import QueueBuilder  # noqa: F401, RUF100
			from frappe.email.email_body import get_formatted_html

			get_formatted_html("warm-up", "<p>warm-up</p>")
		frappe.flags.coi_deliver_now = True

		frappe.flags.current_date = opens
		with QueryCounter(frappe.db) as counter:
			started = time.perf_counter()
			filing_cycle.daily()
			job = time.perf_counter() - started
			reminders = sum(len(notice["users"]) for notice in notices.pending())
			started = time.perf_counter()
			notices.flush()  # what the commit hands to the background job
			delivery = time.perf_counter() - started
		frappe.flags.current_date = add_days(opens, 1)
		with QueryCounter(frappe.db) as noop:
			filing_cycle.daily()
			notices.flush()
		return {
			"reminders": reminders,
			"job": job,
			"delivery": delivery,
			"ms_per_reminder": 1000 * (job + delivery) / max(reminders, 1),
			"queries": counter.count,
			"queries_per_reminder": counter.count / max(reminders, 1),
			"noop_queries": noop.count,
		}
	finally:
		frappe.flags.coi_deliver_now = False
		frappe.flags.current_date = None
		frappe.db.rollback(save_point="bench_filing_cycle")
		notices.discard_pending()


def make_population(size: int, period: int) -> None:
	"""``size`` active officials with enabled users; every second one has filed for ``period``."""
	import frappe
	from frappe.utils import now

	stamp, owner = now(), "Administrator"
	token = frappe.generate_hash(length=6)
	unit = frappe.get_doc(
		{"doctype": "Work Unit", "work_unit_name": f"Bench {token}", "unit_type": "Regional Apparatus"}
	).insert()
	users, officials, registers = [], [], []
	for i in range(size):
		email = f"bench-{token}-{i}@example.com"
		users.append(
			(email, email, f"ASN {i}, S.E.", f"ASN {i}, S.E.", 1, "System User", stamp, stamp, owner, owner)
		)
		name = f"BENCH-{token}-{i:05d}"
		born = datetime.date(1960, 1, 1) + datetime.timedelta(days=i // 999)
		nip = f"{born:%Y%m%d}201001{1 + i % 2}{i % 999 + 1:03d}"
		officials.append(
			(name, f"ASN {i}, S.E.", nip, email, "Active", unit.name, stamp, stamp, owner, owner)
		)
		if i % 2:
			registers.append((f"DKP-BENCH-{token}-{i:05d}", name, period, 1, stamp, stamp, owner, owner))
	frappe.db.bulk_insert(
		"User",
		[
			"name",
			"email",
			"first_name",
			"full_name",
			"enabled",
			"user_type",
			"creation",
			"modified",
			"owner",
			"modified_by",
		],
		users,
	)
	frappe.db.bulk_insert(
		"Official",
		[
			"name",
			"full_name",
			"nip",
			"user",
			"status",
			"work_unit",
			"creation",
			"modified",
			"owner",
			"modified_by",
		],
		officials,
	)
	frappe.db.bulk_insert(
		"Interest Register",
		["name", "official", "period", "docstatus", "creation", "modified", "owner", "modified_by"],
		registers,
	)


if __name__ == "__main__":
	main()
