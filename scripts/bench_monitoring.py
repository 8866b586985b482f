#!/usr/bin/env python
"""Benchmark of the monitoring reports (issue 13, performance): does a report cost the same as the
raw SQL aggregate computing its figures, and does its query count stay flat as the organisation
grows from 2,000 to 20,000 officials?

Generates n officials in a tree (FANOUT reports per superior) spread over 21 work units (one
Pemda, 4 perangkat daerah, 16 divisions), 5 periods of registers (about 85 % filed, some late),
n/2 declarations, n/10 complaints and n/100 cooling-off records, with bulk inserts. For each report
it prints its median time as a ratio to the raw aggregate and its query count, as the COI Manager
(everything) and as the top superior (the subtree, through the record rules); then the time of an
annual report's snapshot. Goal: <= 2x raw, query count flat in n, snapshot <= 5 s at 20k.

Run from the bench's sites directory with the bench's Python, on a site with the app installed
(everything it creates is rolled back):

    cd ~/.cache/coi_management/bench/sites
    ../env/bin/python /path/to/coi_management/scripts/bench_monitoring.py --site mysite.coi.localhost
"""

import argparse
import datetime
import random
import statistics
import time

import frappe

SIZES = (2_000, 20_000)
FANOUT = 6
REPEAT = 5
ADMIN = "Administrator"
PERIODS = (2022, 2023, 2024, 2025, 2026)
YEAR = 2025


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
	fn()
	samples = []
	for _i in range(repeat):
		start = time.perf_counter()
		fn()
		samples.append(time.perf_counter() - start)
	with QueryCounter() as counter:
		fn()
	return statistics.median(samples), counter.count


def nested_set(parents: list[int | None], start: int) -> list[tuple[int, int]]:
	"""``(lft, rgt)`` of every node given its parent's index, numbered from ``start``."""
	n = len(parents)
	children = [[] for _i in range(n)]
	roots = []
	for i, parent in enumerate(parents):
		(children[parent] if parent is not None else roots).append(i)
	bounds, counter = [None] * n, start
	stack = [(root, False) for root in reversed(roots)]
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


def stamps():
	now = frappe.utils.now()
	return [now, now, ADMIN, ADMIN]


STAMP_COLUMNS = ["creation", "modified", "owner", "modified_by"]


def generate(n: int, user: str) -> dict:
	rng = random.Random(n)
	tag = frappe.generate_hash(length=5)
	# work units: root, 4 perangkat daerah, 4 divisions each
	unit_parents = [None] + [0] * 4 + [1 + i // 4 for i in range(16)]
	unit_names = [f"BU{tag}{i:02d}" for i in range(len(unit_parents))]
	start = (frappe.db.sql("select coalesce(max(rgt), 0) from `tabWork Unit`")[0][0] or 0) + 1
	bounds = nested_set(unit_parents, start)
	frappe.db.bulk_insert(
		"Work Unit",
		["name", "work_unit_name", "unit_type", "parent_work_unit", "is_group", "lft", "rgt", *STAMP_COLUMNS],
		[
			(
				name,
				name,
				"Regional Apparatus" if i < 5 else "Division",
				unit_names[unit_parents[i]] if unit_parents[i] is not None else None,
				1,
				*bounds[i],
				*stamps(),
			)
			for i, name in enumerate(unit_names)
		],
	)
	# officials: a tree of FANOUT reports per superior
	names = [f"BM{tag}{i:07d}" for i in range(n)]
	parents = [None] + [(i - 1) // FANOUT for i in range(1, n)]
	start = (frappe.db.sql("select coalesce(max(rgt), 0) from `tabOfficial`")[0][0] or 0) + 1
	bounds = nested_set(parents, start)
	frappe.db.bulk_insert(
		"Official",
		[
			"name",
			"nip",
			"full_name",
			"status",
			"work_unit",
			"superior",
			"old_parent",
			"position_risk",
			"lft",
			"rgt",
			*STAMP_COLUMNS,
		],
		[
			(
				name,
				name,
				f"ASN {i}",
				"Active",
				unit_names[5 + i % 16] if i else unit_names[0],
				names[parents[i]] if i else None,
				names[parents[i]] if i else None,
				"High" if i % 10 == 0 else "Low",
				*bounds[i],
				*stamps(),
			)
			for i, name in enumerate(names)
		],
		chunk_size=5000,
	)
	frappe.db.set_value("Official", names[0], "user", user, update_modified=False)
	registers = []
	for period in PERIODS:
		for i, name in enumerate(names):
			if rng.random() < 0.85:
				filed = datetime.date(period, 1, 1) + datetime.timedelta(days=rng.randint(0, 120))
				registers.append((f"BR{tag}{period}{i:07d}", name, period, 1, filed, *stamps()))
	frappe.db.bulk_insert(
		"Interest Register",
		["name", "official", "period", "docstatus", "filing_date", *STAMP_COLUMNS],
		registers,
		chunk_size=10000,
	)
	states = ["Declared", "Under Review", "Decided", "Decided", "Decided", "Withdrawn"]
	declarations = []
	for i in range(n // 2):
		declared = datetime.date(YEAR, 1, 1) + datetime.timedelta(days=rng.randint(0, 360))
		state = rng.choice(states)
		decided = declared + datetime.timedelta(days=rng.randint(1, 15)) if state == "Decided" else None
		declarations.append(
			(
				f"BD{tag}{i:07d}",
				names[rng.randrange(n)],
				1,
				state,
				declared,
				declared + datetime.timedelta(days=9),
				decided,
				rng.choice(["Before the Decision", "Before the Decision", "After the Decision"]),
				"SMG-2025-6b",
				"SMG-2025-8.2c",
				*stamps(),
			)
		)
	frappe.db.bulk_insert(
		"Declaration",
		[
			"name",
			"official",
			"docstatus",
			"workflow_state",
			"declared_on",
			"due_date",
			"decided_on",
			"timing",
			"conflict_source",
			"conflict_sub_kind",
			*STAMP_COLUMNS,
		],
		declarations,
		chunk_size=5000,
	)
	complaint_states = ["Received", "Verified", "Under Examination", "Founded", "Unfounded", "Closed"]
	complaints = []
	for i in range(n // 10):
		received = datetime.date(YEAR, 1, 1) + datetime.timedelta(days=rng.randint(0, 360))
		status = rng.choice(complaint_states)
		official = rng.randrange(1, n)
		complaints.append(
			(
				f"BC{tag}{i:07d}",
				"Pengaduan",
				rng.choice(["Web Form", "Email", "Letter"]),
				status,
				received,
				names[official],
				unit_names[5 + official % 16],
				received + datetime.timedelta(days=3),
				received + datetime.timedelta(days=rng.randint(1, 5)) if status != "Received" else None,
				received + datetime.timedelta(days=rng.randint(5, 40)) if status == "Closed" else None,
				*stamps(),
			)
		)
	frappe.db.bulk_insert(
		"Complaint",
		[
			"name",
			"subject",
			"channel",
			"status",
			"received_on",
			"reported_official",
			"work_unit",
			"acknowledge_due",
			"acknowledged_on",
			"closed_on",
			*STAMP_COLUMNS,
		],
		complaints,
		chunk_size=5000,
	)
	frappe.db.bulk_insert(
		"Cooling-off Record",
		["name", "official", "work_unit", "exit_date", "end_date", "status", *STAMP_COLUMNS],
		[
			(
				f"BT{tag}{i:06d}",
				names[i * 7 % n],
				unit_names[5 + i % 16],
				datetime.date(2024, 1, 1) + datetime.timedelta(days=i % 500),
				datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 500),
				"Active" if i % 3 else "Expired",
				*stamps(),
			)
			for i in range(n // 100)
		],
	)
	return {"root": unit_names[0], "top": names[0]}


# ---------------------------------------------------------------- raw aggregates (same figures)
# Hand-written SQL giving the same figures as each report (per-unit rows and totals, the lists the
# medians are taken from), without the app's scoping, filters, labels or Python around them.
def raw_compliance(root_bounds):
	lft, rgt = root_bounds
	values = {"due": datetime.date(YEAR, 3, 31), "period": YEAR, "lft": lft, "rgt": rgt}
	filings = (
		"(select official, min(filing_date) f from `tabInterest Register`"
		" where period = %(period)s and docstatus > 0 group by official having max(docstatus = 1) = 1)"
	)
	sums = (
		"count(o.name), sum(r.f <= %(due)s), sum(r.f > %(due)s), sum(r.f is null),"
		" sum(o.position_risk = 'High'), sum(o.position_risk = 'High' and r.f is not null)"
	)
	units = frappe.db.sql(
		f"""
		select p.name, {sums}
		from `tabWork Unit` p join `tabWork Unit` u on u.lft >= p.lft and u.rgt <= p.rgt
		join `tabOfficial` o on o.work_unit = u.name left join {filings} r on r.official = o.name
		where o.status = 'Active' and p.lft >= %(lft)s and p.rgt <= %(rgt)s group by p.name
		""",
		values,
	)
	totals = frappe.db.sql(
		f"""
		select {sums} from `tabOfficial` o join `tabWork Unit` u on u.name = o.work_unit
		left join {filings} r on r.official = o.name
		where o.status = 'Active' and u.lft >= %(lft)s and u.rgt <= %(rgt)s
		""",
		values,
	)
	return units, totals


def raw_declarations(root_bounds):
	lft, rgt = root_bounds
	values = {
		"start": datetime.date(YEAR, 1, 1),
		"end": datetime.date(YEAR, 12, 31),
		"lft": lft,
		"rgt": rgt,
		"today": datetime.date(YEAR, 12, 31),
	}
	where = "d.docstatus = 1 and d.declared_on between %(start)s and %(end)s and u.lft >= %(lft)s and u.rgt <= %(rgt)s"
	joins = "join `tabOfficial` o on o.name = d.official join `tabWork Unit` u on u.name = o.work_unit"
	rows = frappe.db.sql(
		f"""
		select d.conflict_source, d.conflict_sub_kind, count(*), sum(d.timing = 'After the Decision'),
			sum(d.workflow_state = 'Decided'), sum(d.workflow_state = 'Decided' and d.decided_on <= d.due_date),
			sum(exists(select 1 from `tabDeclaration Escalation` e where e.parent = d.name)),
			sum(d.workflow_state in ('Declared', 'Under Review', 'Escalated')),
			sum(d.workflow_state in ('Declared', 'Under Review', 'Escalated') and d.due_date < %(today)s),
			sum(d.workflow_state = 'Withdrawn')
		from `tabDeclaration` d {joins} where {where}
		group by d.conflict_source, d.conflict_sub_kind
		""",
		values,
	)
	durations = frappe.db.sql(
		f"""select d.conflict_source, d.conflict_sub_kind, d.declared_on, d.decided_on
		from `tabDeclaration` d {joins} where {where} and d.workflow_state = 'Decided'""",
		values,
	)
	outcomes = frappe.db.sql(
		"""
		select cd.outcome, count(*), sum(cd.is_proactive), sum(coalesce(cd.preventive_recommendation, '') != '')
		from `tabControl Decision` cd join `tabOfficial` o on o.name = cd.official
		join `tabWork Unit` u on u.name = o.work_unit
		where cd.docstatus = 1 and cd.decision_date between %(start)s and %(end)s
			and u.lft >= %(lft)s and u.rgt <= %(rgt)s
		group by cd.outcome
		""",
		values,
	)
	return rows, durations, outcomes


def raw_complaints(root_bounds):
	lft, rgt = root_bounds
	values = {"start": datetime.date(YEAR, 1, 1), "end": datetime.date(YEAR, 12, 31), "lft": lft, "rgt": rgt}
	where = "c.received_on between %(start)s and %(end)s and u.lft >= %(lft)s and u.rgt <= %(rgt)s"
	rows = frappe.db.sql(
		f"""
		select c.status, count(*), sum(c.status not in ('Received', 'Incomplete')),
			sum(c.status in ('Founded', 'Follow-up') or (c.status = 'Closed' and coalesce(c.follow_up, '') != '')),
			sum(c.status = 'Unfounded' or (c.status = 'Closed' and c.examined_on is not null
				and coalesce(c.follow_up, '') = '')),
			sum(c.status = 'Closed'), sum(c.status != 'Closed' and c.status != 'Unfounded'),
			sum(c.acknowledged_on is not null and c.acknowledge_due is not null),
			sum(c.acknowledged_on <= c.acknowledge_due),
			sum(c.first_response_on is not null and c.response_due is not null),
			sum(c.first_response_on <= c.response_due),
			sum(c.examined_on is not null and c.examination_due is not null),
			sum(c.examined_on <= c.examination_due)
		from `tabComplaint` c left join `tabWork Unit` u on u.name = c.work_unit where {where}
		group by c.status
		""",
		values,
	)
	closings = frappe.db.sql(
		f"""select c.status, datediff(c.closed_on, c.received_on) from `tabComplaint` c
		left join `tabWork Unit` u on u.name = c.work_unit where {where} and c.closed_on is not null""",
		values,
	)
	return rows, closings


def raw_cooling_off(root_bounds):
	lft, rgt = root_bounds
	values = {"start": datetime.date(YEAR, 1, 1), "end": datetime.date(YEAR, 12, 31), "lft": lft, "rgt": rgt}
	sums = (
		"count(*), sum(c.exit_date between %(start)s and %(end)s), sum(c.end_date between %(start)s and %(end)s),"
		" sum(c.status = 'Active'), sum(c.status = 'Expired'), sum(c.consultancy_exception = 1)"
	)
	units = frappe.db.sql(
		f"""
		select p.name, {sums}
		from `tabWork Unit` p join `tabWork Unit` u on u.lft >= p.lft and u.rgt <= p.rgt
		join `tabCooling-off Record` c on c.work_unit = u.name
		where c.exit_date <= %(end)s and c.end_date >= %(start)s and p.lft >= %(lft)s and p.rgt <= %(rgt)s
		group by p.name
		""",
		values,
	)
	totals = frappe.db.sql(
		f"""
		select {sums} from `tabCooling-off Record` c join `tabWork Unit` u on u.name = c.work_unit
		where c.exit_date <= %(end)s and c.end_date >= %(start)s and u.lft >= %(lft)s and u.rgt <= %(rgt)s
		""",
		values,
	)
	return units, totals


def measure(n: int) -> dict:
	from coi_management.core.roles import MANAGER, OFFICIAL, SUPERIOR
	from coi_management.monitoring import annual, complaints, compliance, cooling_off, declarations
	from coi_management.tests.factories import make_user

	frappe.set_user(ADMIN)
	superior = make_user(roles=(OFFICIAL, SUPERIOR)).name
	manager = make_user(roles=(MANAGER,)).name
	made = generate(n, superior)
	root_bounds = frappe.db.get_value("Work Unit", made["root"], ["lft", "rgt"])
	filters = {"year": YEAR, "work_unit": made["root"]}
	reports = {
		"Kepatuhan Daftar Kepentingan": (compliance, raw_compliance),
		"Deklarasi dan Pengendalian": (declarations, raw_declarations),
		"Tindak Lanjut Pengaduan": (complaints, raw_complaints),
		"Masa Tunggu": (cooling_off, raw_cooling_off),
	}
	result = {}
	for title, (module, raw) in reports.items():
		raw_time, _q = timed(lambda raw=raw: raw(root_bounds))
		for label, user in (("manager", manager), ("superior", superior)):
			frappe.set_user(user)
			try:
				took, queries = timed(lambda module=module: module.execute(frappe._dict(filters)))
			finally:
				frappe.set_user(ADMIN)
			result[(title, label)] = (took, took / raw_time, queries)
	frappe.set_user(manager)
	try:
		doc = frappe.get_doc(
			{
				"doctype": annual.DOCTYPE,
				"period": YEAR,
				"scope": annual.REGIONAL_APPARATUS,
				"work_unit": made["root"],
			}
		).insert()
		start = time.perf_counter()
		annual.refresh_figures(doc.name)
		result["snapshot"] = time.perf_counter() - start
	finally:
		frappe.set_user(ADMIN)
	return result


def main():
	parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
	args = parser.parse_args()
	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	frappe.flags.current_date = datetime.date(YEAR, 12, 31)
	sizes = [int(size) for size in args.sizes.split(",")]
	results = {}
	try:
		for n in sizes:
			results[n] = measure(n)
			frappe.db.rollback()
	finally:
		frappe.db.rollback()
	header = f"{'report':<30} {'as':<9}" + "".join(f" | {n:>7,} officials: ms, x raw, queries" for n in sizes)
	print(header)
	print("-" * len(header))
	keys = [key for key in results[sizes[0]] if key != "snapshot"]
	for title, label in keys:
		cells = "".join(
			f" | {results[n][(title, label)][0] * 1000:9.1f} ms {results[n][(title, label)][1]:5.2f}x {results[n][(title, label)][2]:3d} q"
			+ " " * 6
			for n in sizes
		)
		print(f"{title:<30} {label:<9}{cells}")
	print(
		"annual report snapshot: "
		+ ", ".join(f"{n:,} officials {results[n]['snapshot']:.2f} s" for n in sizes)
	)
	frappe.destroy()


if __name__ == "__main__":
	main()
