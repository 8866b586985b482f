"""The screening index (issue 14): normalised names and identifier hashes of every party an
official's interests touch, kept current on submit/cancel/amend, rebuilt in full on demand.

Sources: the latest submitted Interest Register of each official (sections A-F), active
Cooling-off Records (the former official and their entities) and active Officials. Each party is one
``Conflict Screening Index`` row; its blocking keys (prefix and suffix of each folded token) are rows
of ``Conflict Screening Key``, read through one covering index, so a screening scores only the
candidates that share a key with the counterparty.

Full rebuild: ``bench --site <site> execute coi_management.screening.index.rebuild``.
"""

import itertools
import time

import frappe

from coi_management.screening import identifiers, names

INDEX = "Conflict Screening Index"
KEY = "Conflict Screening Key"
REGISTER = "Interest Register"
COOLING_OFF = "Cooling-off Record"
OFFICIAL = "Official"

SECTION_FAMILY = "A. Family"
SECTION_BUSINESS = "B. Business and Financial"
SECTION_OUTSIDE_WORK = "C. Outside Work"
SECTION_PUBLIC_OFFICE = "D. Other Public Office"
SECTION_AFFILIATION = "E. Affiliation"
SECTION_PLAN = "F. Post-retirement Plan"
SECTION_COOLING_OFF = "Cooling-off Record"
SECTION_COOLING_OFF_ENTITY = "Cooling-off Entity"
SECTION_OFFICIAL = "Official"

# register table -> (section, party type, name column, identifier columns)
REGISTER_TABLES = {
	"family": (SECTION_FAMILY, names.PERSON, "full_name", ("nik",)),
	"business": (SECTION_BUSINESS, names.COMPANY, "company", ("npwp", "nib")),
	"outside_work": (SECTION_OUTSIDE_WORK, names.COMPANY, "institution", ("npwp", "nib")),
	"public_offices": (SECTION_PUBLIC_OFFICE, names.COMPANY, "institution", ()),
	"affiliations": (SECTION_AFFILIATION, names.COMPANY, "organisation", ()),
	"post_retirement_plans": (SECTION_PLAN, names.COMPANY, "organisation", ("npwp", "nib")),
}
# holdings whose "company" column is a place, not a party (registers/public_register.py)
NOT_A_PARTY = {"Asset"}

INDEX_FIELDS = (
	"name",
	"official",
	"section",
	"party_type",
	"display_name",
	"tokens",
	"canonical",
	"tax_hash",
	"tax_hash_2",
	"nib_hash",
	"cooling_off_record",
	"source_doctype",
	"source_name",
	"creation",
	"modified",
	"owner",
	"modified_by",
	"docstatus",
)
SEP = "|"


def key_name(block_key: str, party_type: str, tokens: str, entry: str) -> str:
	"""A key row is its name alone: ``block key|P or C|normalised tokens|entry``. Screening reads the
	rows of a block key as one range of the primary key, tokens included, with no secondary index;
	tokens hold only [a-z0-9 ] (names.normalise)."""
	return SEP.join((block_key, party_type[:1], tokens[:100], entry))


def key_prefix(block_key: str, party_type: str) -> str:
	return SEP.join((block_key, party_type[:1], ""))


def block_keys(tokens) -> set[str]:
	"""The keys an entry is found by: each token folded (names._fold, so spelling variants share
	it), and the whole name joined ("Nur Hayati" and "Nurhayati" share ``nurhayati``). A query
	looks up the keys of its own tokens and of every token one letter away (:func:`query_keys`)."""
	keys = {names._fold(token)[:40] for token in tokens if len(token) >= 2}
	if len(tokens) > 1:
		keys.add(names._fold("".join(tokens))[:40])
	return keys


# letters a name gains or loses between two spellings of it (Hariyanto / Haryanto, Purwaningsih /
# Purwaningsi, Anugerah / Anugrah, Garments / Garment); e, o, q, z, y and v are folded by names._fold
_INSERTED = "aiuhjnrkmgst"


def query_keys(token: str, joined: str | None = None) -> set[str]:
	"""Every key a name matching ``token`` (names.token_similarity) can have been indexed under: the
	folded token, and, for a long one, each folded token one letter shorter or longer."""
	folded = names._fold(token)
	keys = {folded[:40]}
	if joined:
		keys.add(names._fold(joined)[:40])
	if len(folded) >= 5:
		if len(folded) >= 6:
			keys.update(folded[:i] + folded[i + 1 :] for i in range(len(folded)))
		keys.update(folded[:i] + c + folded[i:] for i in range(len(folded) + 1) for c in _INSERTED)
	return {key[:40] for key in keys}


class Builder:
	"""Collects index rows and writes them in bulk."""

	def __init__(self, vocab=None, secret: bytes | None = None):
		self.vocab = vocab or names.vocabulary()
		self.secret = secret or identifiers._secret()
		self.rows, self.keys = [], []
		self.now = frappe.utils.now()
		self._seq = itertools.count()
		self._prefix = frappe.generate_hash(length=6)

	def add(
		self,
		official,
		section,
		party_type,
		display_name,
		source_doctype,
		source_name,
		ids=(),
		cooling_off=None,
	):
		name = names.normalise(display_name or "", party_type, self.vocab)
		tax = [h for h in (identifiers.tax_hash(v, self.secret) for v in ids if v) if h]
		nib = next((h for h in (identifiers.nib_hash(v, self.secret) for v in ids if v) if h), None)
		if not name.tokens and not tax and not nib:
			return
		entry = f"{self._prefix}{next(self._seq):x}"
		tokens = " ".join(name.tokens)[:140]
		self.rows.append(
			(
				entry,
				official,
				section,
				party_type,
				(display_name or "")[:140],
				tokens,
				name.canonical[:140],
				tax[0] if tax else None,
				tax[1] if len(tax) > 1 else None,
				nib,
				cooling_off,
				source_doctype,
				source_name,
				self.now,
				self.now,
				"Administrator",
				"Administrator",
				0,
			)
		)
		for key in block_keys(name.tokens):
			self.keys.append(key_name(key, party_type, tokens, entry))

	def write(self, chunk: int = 5000):
		_insert(INDEX, INDEX_FIELDS, self.rows, chunk)
		_insert(KEY, ("name",), [(key,) for key in self.keys], chunk * 4)
		count = len(self.rows)
		self.rows, self.keys = [], []
		return count


def _sql_literal(value) -> str:
	if value is None:
		return "NULL"
	if isinstance(value, int | float):
		return str(value)
	text = str(value).replace("\\", "\\\\").replace("'", "''").replace("\0", "")
	return f"'{text}'"


def _insert(doctype: str, fields, rows, chunk: int):
	"""Multi-row INSERTs, literals quoted here: Frappe's bulk_insert (pypika) and the driver's
	per-value escaping cost more than the database at hundreds of thousands of rows."""
	columns = ", ".join(f"`{field}`" for field in fields)
	for start in range(0, len(rows), chunk):
		values = ",".join(
			"(" + ",".join(_sql_literal(value) for value in row) + ")" for row in rows[start : start + chunk]
		)
		frappe.db.sql(f"insert into `tab{doctype}` ({columns}) values {values}")  # nosemgrep: quoted above


# ---------------------------------------------------------------- sources
def _latest_registers(officials=None) -> dict[str, str]:
	"""official -> name of their latest submitted register."""
	filters = {"docstatus": 1}
	if officials is not None:
		filters["official"] = ("in", list(officials) or [""])
	latest = {}
	for row in frappe.get_all(
		REGISTER, filters=filters, fields=["name", "official"], order_by="period desc, creation desc"
	):
		latest.setdefault(row.official, row.name)
	return latest


def _add_registers(builder: Builder, registers: dict[str, str]):
	if not registers:
		return
	by_register = {register: official for official, register in registers.items()}
	for fieldname, (section, party_type, column, id_columns) in REGISTER_TABLES.items():
		child = frappe.get_meta(REGISTER).get_field(fieldname).options
		fields = ["parent", column, *id_columns]
		if fieldname == "business":
			fields.append("ownership_form")
		for chunk in _chunks(list(by_register), 5000):
			for row in frappe.get_all(
				child,
				filters={"parenttype": REGISTER, "parent": ("in", chunk)},
				fields=fields,
			):
				if row.get("ownership_form") in NOT_A_PARTY:
					continue
				builder.add(
					by_register[row.parent],
					section,
					party_type,
					row.get(column),
					REGISTER,
					row.parent,
					ids=[row.get(c) for c in id_columns],
				)


def _add_cooling_off(builder: Builder, records=None):
	filters = {"status": "Active"}
	if records is not None:
		filters["name"] = ("in", list(records) or [""])
	rows = frappe.get_all(COOLING_OFF, filters=filters, fields=["name", "official", "full_name"])
	for row in rows:
		builder.add(
			row.official,
			SECTION_COOLING_OFF,
			names.PERSON,
			row.full_name,
			COOLING_OFF,
			row.name,
			cooling_off=row.name,
		)
	by_name = {row.name: row.official for row in rows}
	for chunk in _chunks(list(by_name), 5000):
		for entity in frappe.get_all(
			"Cooling-off Entity",
			filters={"parenttype": COOLING_OFF, "parent": ("in", chunk)},
			fields=["parent", "entity_name", "npwp", "nib"],
		):
			builder.add(
				by_name[entity.parent],
				SECTION_COOLING_OFF_ENTITY,
				names.COMPANY,
				entity.entity_name,
				COOLING_OFF,
				entity.parent,
				ids=[entity.npwp, entity.nib],
				cooling_off=entity.parent,
			)


def _add_officials(builder: Builder, officials=None):
	filters = {"status": "Active"}
	if officials is not None:
		filters["name"] = ("in", list(officials) or [""])
	for row in frappe.get_all(OFFICIAL, filters=filters, fields=["name", "full_name"]):
		builder.add(row.name, SECTION_OFFICIAL, names.PERSON, row.full_name, OFFICIAL, row.name)


def _chunks(items, size):
	for start in range(0, len(items), size):
		yield items[start : start + size]


# ---------------------------------------------------------------- rebuild and incremental updates
def rebuild() -> dict:
	"""Empty the index and build it again from every source; returns counts and seconds."""
	started = time.monotonic()
	frappe.db.sql(f"delete from `tab{KEY}`")  # nosemgrep: constant table name
	frappe.db.sql(f"delete from `tab{INDEX}`")  # nosemgrep
	builder = Builder()
	_add_registers(builder, _latest_registers())
	_add_cooling_off(builder)
	_add_officials(builder)
	count = builder.write()
	return {"entries": count, "seconds": round(time.monotonic() - started, 2)}


def _remove(source_doctype: str, source_names):
	source_names = list(source_names)
	if not source_names:
		return
	entries = frappe.get_all(
		INDEX,
		filters={"source_doctype": source_doctype, "source_name": ("in", source_names)},
		fields=["name", "party_type", "tokens"],
	)
	keys = [
		key_name(key, row.party_type, row.tokens or "", row.name)
		for row in entries
		for key in block_keys((row.tokens or "").split())
	]
	for chunk in _chunks(keys, 1000):
		frappe.db.delete(KEY, {"name": ("in", chunk)})
	for chunk in _chunks([row.name for row in entries], 1000):
		frappe.db.delete(INDEX, {"name": ("in", chunk)})


def reindex_official_registers(official: str):
	"""The official's entries from registers: only their latest submitted register counts."""
	if not official:
		return
	old = frappe.get_all(
		INDEX, filters={"source_doctype": REGISTER, "official": official}, pluck="source_name"
	)
	_remove(REGISTER, set(old))
	builder = Builder()
	_add_registers(builder, _latest_registers([official]))
	builder.write()


def reindex_cooling_off(record: str):
	_remove(COOLING_OFF, [record])
	builder = Builder()
	_add_cooling_off(builder, [record])
	builder.write()


def reindex_official(official: str):
	_remove(OFFICIAL, [official])
	builder = Builder()
	_add_officials(builder, [official])
	builder.write()


# ---------------------------------------------------------------- doc_events (hooks.py)
def on_register_change(doc, method=None):
	"""Interest Register on_submit / on_cancel (an amendment is a cancel and a new submit)."""
	reindex_official_registers(doc.official)


def on_cooling_off_change(doc, method=None):
	reindex_cooling_off(doc.name)


def on_cooling_off_trash(doc, method=None):
	_remove(COOLING_OFF, [doc.name])


def on_official_change(doc, method=None):
	reindex_official(doc.name)


def on_official_trash(doc, method=None):
	_remove(OFFICIAL, [doc.name])


def ensure_key_index():
	"""Key rows are read by primary-key range (:func:`key_name`): drop the secondary index an earlier
	version of this module added (after_migrate, idempotent)."""
	if frappe.db.table_exists(KEY) and frappe.db.has_index(f"tab{KEY}", "block_lookup"):
		frappe.db.sql_ddl(f"alter table `tab{KEY}` drop index `block_lookup`")
