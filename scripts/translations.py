#!/usr/bin/env python3
"""Merge Indonesian translations into coi_management/translations/id.csv, keeping it sorted.

    scripts/translations.py new.csv [more.csv ...]    # rows "English source","Terjemahan"

Later files win over earlier rows. List what is missing with
``scripts/dev shell --site <site> execute coi_management.core.tests.test_translations.report_missing``.
"""

import csv
import pathlib
import sys

TARGET = pathlib.Path(__file__).resolve().parent.parent / "coi_management" / "translations" / "id.csv"


def read(path: pathlib.Path) -> dict[str, str]:
	with path.open(newline="", encoding="utf-8") as fh:
		return {row[0]: row[1] for row in csv.reader(fh) if len(row) >= 2 and row[0]}


def main(paths: list[str]) -> None:
	rows = read(TARGET) if TARGET.exists() else {}
	for path in paths:
		rows.update(read(pathlib.Path(path)))
	with TARGET.open("w", newline="", encoding="utf-8") as fh:
		writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
		for source in sorted(rows, key=str.lower):
			writer.writerow([source, rows[source]])
	print(f"{len(rows)} translations in {TARGET}")


if __name__ == "__main__":
	main(sys.argv[1:])
