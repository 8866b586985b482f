#!/usr/bin/env python
"""Benchmark of the record rules (issue "Security", performance): does a superior's access cost the
same in an organisation of 1,000, 5,000 and 20,000 officials?

For the top superior of a generated tree it prints: the first page of the Official list and of the
Interest Register list through ``frappe.get_list`` (the rule applied) as a ratio to the raw indexed
query of the same page, the queries each makes, and the time and queries of one
``has_permission`` on a register deep in the tree. Goal: list <= 3x raw, has_permission <= 5 ms
and flat in n.

Run from the bench's sites directory with the bench's Python, on a site with the app installed
(everything it creates is rolled back):

    cd ~/.cache/coi_management/bench/sites
    ../env/bin/python /path/to/coi_management/scripts/bench_permissions.py --site bench.coi.localhost
"""

import argparse
import statistics
import time

import frappe

SIZES = (1_000, 5_000, 20_000)
FANOUT = 6  # direct reports per superior
REPEAT = 30
ADMIN = "Administrator"


class QueryCounter:
	def __init__(self):
		self.count = 0

	def __enter__(self):
		self._sql = frappe.db.sql

		def counting(*args, **kwargs):
			self.count += 1
			return self._sql(*args, **kwargs)

		frappe.db.sql = counting
		return self

	def __exit__(self, *exc):
		frappe.db.sql = self._sql


def timed(fn, repeat=REPEAT):
	fn()  # warm the caches as a real request would
	samples = []
	for _i in range(repeat):
		start = time.perf_counter()
		fn()
		samples.append(time.perf_counter() - start)
	with QueryCounter() as counter:
		fn()
	return statistics.median(samples), counter.count


def nested_set(n: int) -> list[tuple[int, int]]:
	"""``(lft, rgt)`` of every node of the tree where node i reports to (i - 1) // FANOUT."""
	children = [[] for _i in range(n)]
	for i in range(1, n):
		children[(i - 1) // FANOUT].append(i)
	bounds, counter, stack = [None] * n, 1, [(0, False)]
	lft = [0] * n
	while stack:
		node, done = stack.pop()
		if done:
			bounds[node] = (lft[node], counter)
			counter += 1
			continue
		lft[node] = counter
		counter += 1
		stack.append((node, True))
		stack.extend((child, False) for child in reversed(children[node]))
	return bounds


def generate(n: int, unit: str, user: str) -> tuple[str, list[str]]:
	"""n officials in a tree of FANOUT reports per superior, numbered as a nested set, and a
	submitted register for half of them. Written with bulk inserts (no commit); returns the top
	official and all names, breadth first."""
	now = frappe.utils.now()
	tag = frappe.generate_hash(length=5)
	names = [f"BENCH{tag}{i:07d}" for i in range(n)]
	bounds = nested_set(n)
	columns = ["name", "nip", "full_name", "status", "work_unit", "superior", "old_parent", "lft", "rgt"]
	stamps = ["creation", "modified", "owner", "modified_by"]
	rows = []
	for i, name in enumerate(names):
		superior = names[(i - 1) // FANOUT] if i else None
		rows.append(
			(name, name, f"ASN {i}", "Active", unit, superior, superior, *bounds[i], now, now, ADMIN, ADMIN)
		)
	frappe.db.bulk_insert("Official", [*columns, *stamps], rows)
	frappe.db.set_value("Official", names[0], "user", user, update_modified=False)
	frappe.db.bulk_insert(
		"Interest Register",
		["name", "official", "period", "docstatus", "creation", "modified", "owner", "modified_by"],
		[
			(f"DKP-{tag}-{i:07d}", name, 2026, 1, now, now, ADMIN, ADMIN)
			for i, name in enumerate(names)
			if i % 2 == 0
		],
	)
	return names[0], names


def measure(n: int) -> dict:
	from coi_management.core.roles import OFFICIAL, SUPERIOR
	from coi_management.tests.factories import make_user, make_work_unit

	frappe.set_user("Administrator")
	unit = make_work_unit().name
	user = make_user(roles=(OFFICIAL, SUPERIOR)).name
	top, names = generate(n, unit, user)
	lft, rgt = frappe.db.get_value("Official", top, ["lft", "rgt"])
	deepest_filer = names[n - 1 if (n - 1) % 2 == 0 else n - 2]
	deep = frappe.get_doc(
		"Interest Register", frappe.db.get_value("Interest Register", {"official": deepest_filer})
	)

	# the raw indexed query of the same page: same rows, same order (the DocType's sort field)
	def order(doctype: str, alias: str = "") -> str:
		meta = frappe.get_meta(doctype)
		return f"{alias}`{meta.sort_field or 'modified'}` {meta.sort_order or 'desc'}"

	def raw_officials():
		return frappe.db.sql(
			"select `name` from `tabOfficial` where `lft` >= %s and `rgt` <= %s"
			f" order by {order('Official')} limit 20",
			(lft, rgt),
		)

	def raw_registers():
		return frappe.db.sql(
			"select r.`name` from `tabInterest Register` r where r.`official` in"
			" (select `name` from `tabOfficial` where `lft` >= %s and `rgt` <= %s)"
			f" order by {order('Interest Register', 'r.')} limit 20",
			(lft, rgt),
		)

	frappe.set_user(user)
	try:
		list_officials = lambda: frappe.get_list("Official", fields=["name"], limit_page_length=20)  # noqa: E731
		list_registers = lambda: frappe.get_list("Interest Register", fields=["name"], limit_page_length=20)  # noqa: E731
		permission = lambda: frappe.has_permission("Interest Register", "read", doc=deep)  # noqa: E731
		assert permission(), "the top superior must read a register deep in the tree"
		assert len(list_officials()) == 20
		result = {
			"officials list": timed(list_officials),
			"officials raw": timed(raw_officials),
			"registers list": timed(list_registers),
			"registers raw": timed(raw_registers),
			"has_permission": timed(permission),
		}
	finally:
		frappe.set_user("Administrator")
	return result


def main():
	parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
	args = parser.parse_args()
	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	print(
		f"{'officials':>9} | {'Official list':>24} | {'Interest Register list':>24} | {'has_permission':>18}"
	)
	try:
		for n in map(int, args.sizes.split(",")):
			r = measure(n)
			(ol, olq), (orw, _q1) = r["officials list"], r["officials raw"]
			(rl, rlq), (rrw, _q2) = r["registers list"], r["registers raw"]
			(hp, hpq) = r["has_permission"]
			print(
				f"{n:>9,} | {ol * 1000:6.2f} ms = {ol / orw:4.1f}x raw, {olq:2d} q"
				f" | {rl * 1000:6.2f} ms = {rl / rrw:4.1f}x raw, {rlq:2d} q"
				f" | {hp * 1000:6.3f} ms, {hpq:2d} q"
			)
			frappe.db.rollback()
	finally:
		frappe.db.rollback()
		frappe.destroy()


if __name__ == "__main__":
	main()
