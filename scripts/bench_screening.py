#!/usr/bin/env python
"""Benchmark of conflict screening (issue 14): one screening against an index of 100,000 and
500,000 generated names (register rows and cooling-off entities).

For each size it prints the full rebuild time of the index, p50 and p95 of one screening (half the
counterparties are variants of indexed names: titles, old spelling, Muhammad forms, legal forms;
half are new names; a tenth carry an NPWP) and the time of one incremental update (an official's
register submitted again). Goal: p95 <= 50 ms at 500k, p95(500k) <= 2 x p95(100k), rebuild <= 60 s.

Run from the bench's sites directory with the bench's Python, on a development site with the app
installed. It commits the generated rows (names BENCH-...) and deletes them at the end, then
rebuilds the site's index: a rollback of millions of inserted rows takes InnoDB far longer than the
benchmark. Do not run it on a site in use.

    cd ~/.cache/coi_management/bench/sites
    ../env/bin/python /path/to/coi_management/scripts/bench_screening.py --site bench.coi.localhost
"""

import argparse
import random
import statistics
import time

import frappe

SIZES = (100_000, 500_000)
QUERIES = 300
ROWS_PER_REGISTER = 10

FIRST = """Agus Ahmad Andi Anita Ari Arief Bambang Budi Dedi Dewi Dian Dwi Eko Endang Fajar Fitri Hadi Hendra
Heru Ida Indah Iwan Joko Kartika Kurnia Lestari Lina Made Maya Muhammad Nur Nurul Putri Putu Rahmat Ratna
Rina Rini Rudi Sari Siti Slamet Sri Suharto Taufik Teguh Tri Wahyu Wayan Yuli Yusuf Zainal Ayu Bayu Citra
Dimas Gilang Hana Ilham Intan Jaka Kiki Laras Mega Nanda Oki Pandu Raka Salsa Tia Umar Vina Wulan Yoga""".split()
SYL = """su har to wi ja ya di man pra se tyo no ri an ti ka ra mu lya ni ha sa pu tra wa na dra gu yan
bo ko jo ge ru me li de nu po ta si la ma be ga go mo ro sri wi da ne ba ki lu""".split()
COMPANY_WORDS = """Sumber Makmur Jaya Karya Beton Mitra Sejahtera Abadi Bangun Cipta Sinar Baru Maju Bersama
Tirta Nusantara Global Prima Sentosa Utama Agung Mandiri Anugerah Bintang Timur Cahaya Harapan
Konstruksi Teknik Niaga Rekayasa Perkasa Lestari Indah Kencana Gemilang Mulia Sakti""".split()
FORMS = ["PT", "CV", "UD", "PT", "CV", "Koperasi", "Yayasan"]
TITLES_BEFORE = ["", "", "", "Drs.", "H.", "Hj.", "Ir.", "Dr."]
TITLES_AFTER = ["", "", "", ", S.H.", ", S.E., M.M.", ", M.Si.", ", S.T."]


def surname(rng):
	return "".join(rng.choice(SYL) for _ in range(rng.randint(2, 4))).capitalize()


def person(rng):
	parts = [rng.choice(FIRST)] + [surname(rng) for _ in range(rng.randint(1, 2))]
	return " ".join(parts)


def company(rng):
	words = [*rng.sample(COMPANY_WORDS, rng.randint(1, 2)), surname(rng)]
	rng.shuffle(words)
	return f"{rng.choice(FORMS)} {' '.join(words)}"


def variant(name, is_person, rng):
	if is_person:
		name = name.replace("u", "oe", 1) if rng.random() < 0.3 else name
		name = name.replace("Muhammad", "Moch.")
		return f"{rng.choice(TITLES_BEFORE)} {name}{rng.choice(TITLES_AFTER)}".strip()
	form, rest = name.split(" ", 1)
	return f"{rest}, {form}" if rng.random() < 0.5 else f"{form}. {rest} Tbk"


def npwp(rng):
	return "".join(str(rng.randint(0, 9)) for _ in range(15))


def _insert(doctype, fields, rows):
	from coi_management.screening.index import _insert as insert

	insert(doctype, fields, rows, 5000)


def populate(n, rng):
	"""n register rows (60 % family, 30 % holdings) and cooling-off entities (10 %), inserted in bulk."""
	now = frappe.utils.now()
	registers = n // ROWS_PER_REGISTER
	common = ("creation", "modified", "owner", "modified_by")
	meta = (now, now, "Administrator", "Administrator")
	_insert(
		"Interest Register",
		("name", "official", "period", "docstatus", "no_family", *common),
		[(f"BENCH-R{i}", f"BENCH-O{i}", 2026, 1, 0, *meta) for i in range(registers)],
	)
	records = max(1, n // 100)
	_insert(
		"Cooling-off Record",
		("name", "official", "full_name", "status", *common),
		[(f"BENCH-C{i}", f"BENCH-X{i}", person(rng), "Active", *meta) for i in range(records)],
	)
	family, holdings, entities, samples = [], [], [], []
	for i in range(n):
		kind = rng.random()
		if kind < 0.6:
			name = person(rng)
			family.append(
				(f"BENCH-F{i}", f"BENCH-R{i % registers}", "Interest Register", "family", name, *meta)
			)
			samples.append(("Person", name, None))
		elif kind < 0.9:
			name, tax = company(rng), npwp(rng)
			holdings.append(
				(
					f"BENCH-H{i}",
					f"BENCH-R{i % registers}",
					"Interest Register",
					"business",
					name,
					"Shares",
					tax,
					*meta,
				)
			)
			samples.append(("Company", name, tax))
		else:
			name, tax = company(rng), npwp(rng)
			entities.append(
				(
					f"BENCH-E{i}",
					f"BENCH-C{i % records}",
					"Cooling-off Record",
					"entities",
					name,
					"Director",
					tax,
					*meta,
				)
			)
			samples.append(("Company", name, tax))
	child = ("name", "parent", "parenttype", "parentfield")
	_insert("Interest Register Family", (*child, "full_name", *common), family)
	_insert(
		"Interest Register Holding",
		(*child, "company", "ownership_form", "npwp", *common),
		holdings,
	)
	_insert("Cooling-off Entity", (*child, "entity_name", "role", "npwp", *common), entities)
	return samples, registers


def percentile(values, p):
	values = sorted(values)
	return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def run(n, seed=14):
	from coi_management.screening import index, screen

	rng = random.Random(seed)
	try:
		started = time.monotonic()
		samples, registers = populate(n, rng)
		frappe.db.commit()  # nosemgrep: generated rows, removed by cleanup()
		populated = time.monotonic() - started
		result = index.rebuild()
		frappe.db.commit()  # nosemgrep
		queries = []
		for q in range(QUERIES):
			party_type, name, tax = rng.choice(samples)
			if q % 2:
				name = person(rng) if party_type == "Person" else company(rng)
			else:
				name = variant(name, party_type == "Person", rng)
			counterparty = {"name": name, "party_type": party_type}
			if tax and q % 10 == 0:
				counterparty["npwp"] = tax
			queries.append(counterparty)
		for counterparty in queries[:10]:  # warm the caches
			screen.screen(counterparty)
		times, found = [], 0
		for counterparty in queries:
			t = time.perf_counter()
			found += bool(screen.screen(counterparty))
			times.append((time.perf_counter() - t) * 1000)
		updates = []
		for i in rng.sample(range(registers), 20):
			t = time.perf_counter()
			index.reindex_official_registers(f"BENCH-O{i}")
			updates.append((time.perf_counter() - t) * 1000)
		print(
			f"n={n:>7,}: index entries {result['entries']:,} (sources generated in {populated:.1f} s); "
			f"full rebuild {result['seconds']:.1f} s (reading {result['read_seconds']:.1f} s, normalising while writing {result['normalise_seconds']:.1f} s, the rest of the writes {result['write_seconds']:.1f} s); one screening p50 {statistics.median(times):.1f} ms, "
			f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms ({found}/{len(queries)} with matches); "
			f"incremental update p50 {statistics.median(updates):.1f} ms",
			flush=True,
		)
		return percentile(times, 95), result["seconds"]
	finally:
		cleanup()


GENERATED = (
	("Interest Register Family", "BENCH-F%"),
	("Interest Register Holding", "BENCH-H%"),
	("Cooling-off Entity", "BENCH-E%"),
	("Interest Register", "BENCH-R%"),
	("Cooling-off Record", "BENCH-C%"),
)


def cleanup():
	"""Remove the generated rows and rebuild the site's own index. Committed in steps: rolling back
	millions of inserted rows takes InnoDB far longer than the benchmark itself."""
	from coi_management.screening import index

	frappe.db.rollback()
	for doctype, pattern in GENERATED:
		frappe.db.sql(f"delete from `tab{doctype}` where `name` like %s", pattern)  # nosemgrep
		frappe.db.commit()  # nosemgrep: benchmark clean-up on a development site
	frappe.db.truncate(index.KEY)
	frappe.db.truncate(index.INDEX)
	index.rebuild()
	frappe.db.commit()  # nosemgrep


def main():
	parser = argparse.ArgumentParser()
	parser.add_argument("--site", required=True)
	parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
	args = parser.parse_args()
	frappe.init(site=args.site)
	frappe.connect()
	frappe.set_user("Administrator")
	try:
		results = {n: run(n) for n in (int(s) for s in args.sizes.split(","))}
		if len(results) > 1:
			small, large = min(results), max(results)
			print(
				f"p95 ratio {large:,} / {small:,}: {results[large][0] / results[small][0]:.2f} (goal <= 2); "
				f"goals: p95 <= 50 ms at {large:,}: {'met' if results[large][0] <= 50 else 'NOT met'}; "
				f"rebuild <= 60 s: {'met' if results[large][1] <= 60 else 'NOT met'}"
			)
	finally:
		frappe.db.rollback()
		frappe.destroy()


if __name__ == "__main__":
	main()
