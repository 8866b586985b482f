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
import queue
import threading
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


# columns every index row shares within one write: creation, modified, owner, modified_by, docstatus
STAMP_FIELDS = ("creation", "modified", "owner", "modified_by", "docstatus")


class Builder:
	"""Collects index rows and writes them in bulk, in primary-key order: entry names grow with the
	sequence and key rows are sorted, so InnoDB appends to its B-trees instead of splitting pages all
	over them (a rebuild of 500k names writes ~2.5 million key rows). With a ``writer``, rows are
	handed to it every ``chunk`` rows; without, :meth:`write` executes them."""

	def __init__(self, vocab=None, secret: bytes | None = None, writer=None, chunk: int = 5000):
		self.vocab = vocab or names.vocabulary()
		self.secret = secret or identifiers._secret()
		self.writer = writer or _execute
		self.chunk = chunk
		self.rows, self.keys = [], []
		self.count = 0
		self.now = frappe.utils.now()
		self.stamps = (self.now, self.now, "Administrator", "Administrator", 0)
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
		tax, nib = [], None
		for value in ids:
			if value:
				if digest := identifiers.tax_hash(value, self.secret):
					tax.append(digest)
				nib = nib or identifiers.nib_hash(value, self.secret)
		if not name.tokens and not tax and not nib:
			return
		entry = f"{self._prefix}{next(self._seq):09x}"
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
			)
		)
		for key in block_keys(name.tokens):
			self.keys.append(key_name(key, party_type, tokens, entry))
		if len(self.rows) >= self.chunk:
			self._flush_rows()

	def _flush_rows(self):
		for statement in _insert_statements(INDEX, INDEX_FIELDS, self.rows, self.chunk, self.stamps):
			self.writer(statement)
		self.count += len(self.rows)
		self.rows = []

	def write(self) -> int:
		"""Write what is left; returns the number of index rows written since the start."""
		self._flush_rows()
		self.keys.sort()
		for statement in _key_statements(self.keys, self.chunk * 4):
			self.writer(statement)
		self.keys = []
		return self.count


def _execute(statement: str):
	frappe.db.sql(statement)  # nosemgrep: built by _insert_statements / _key_statements


class _Writer:
	"""Executes statements on the site's database connection in a thread of its own, so MariaDB
	stores one batch while Python normalises the next (pymysql waits on the socket without the GIL).
	Until it is closed nothing else may use the connection; an error is raised to the caller at the
	next statement or on closing, and nothing after it is executed."""

	def __init__(self):
		self.connection = frappe.db._conn
		self.statements = queue.Queue(maxsize=4)
		self.error = None
		self.thread = threading.Thread(target=self._run, name="screening-index-writer", daemon=True)

	def __enter__(self):
		self.thread.start()
		return self

	def __call__(self, statement: str):
		if self.error:
			raise self.error
		self.statements.put(statement)

	def _run(self):
		cursor = self.connection.cursor()
		while (statement := self.statements.get()) is not None:
			if self.error is None:
				try:
					cursor.execute(statement)
				except Exception as error:
					self.error = error
		cursor.close()

	def __exit__(self, *exc):
		self.statements.put(None)
		self.thread.join()
		if self.error and not exc[0]:
			raise self.error


def _sql_literal(value) -> str:
	if value is None:
		return "NULL"
	if isinstance(value, int | float):
		return str(value)
	text = str(value).replace("\\", "\\\\").replace("'", "''").replace("\0", "")
	return f"'{text}'"


def _insert_statements(doctype: str, fields, rows, chunk: int, stamps=()):
	"""Multi-row INSERTs, literals quoted here: Frappe's bulk_insert (pypika) and the driver's
	per-value escaping cost more than the database at hundreds of thousands of rows. ``stamps``:
	values of the trailing columns, the same for every row, quoted once."""
	columns = ", ".join(f"`{field}`" for field in (*fields, *STAMP_FIELDS[: len(stamps)]))
	tail = "".join("," + _sql_literal(value) for value in stamps) + ")"
	for start in range(0, len(rows), chunk):
		values = ",".join(
			"(" + ",".join(map(_sql_literal, row)) + tail for row in rows[start : start + chunk]
		)
		yield f"insert into `tab{doctype}` ({columns}) values {values}"


def _insert(doctype: str, fields, rows, chunk: int, stamps=()):
	for statement in _insert_statements(doctype, fields, rows, chunk, stamps):
		_execute(statement)


_KEY_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 |PC")


def _key_statements(keys: list[str], chunk: int):
	"""Key rows are built only of [a-z0-9 |] and the party letter (:func:`key_name`): checked, then
	written unquoted."""
	for start in range(0, len(keys), chunk):
		part = keys[start : start + chunk]
		if not _KEY_SAFE.issuperset("".join(part)):
			raise ValueError("screening key with unexpected characters")
		yield f"insert into `tab{KEY}` (`name`) values ('" + "'),('".join(part) + "')"


# ---------------------------------------------------------------- sources
def _latest_registers(officials=None) -> dict[str, str]:
	"""official -> name of their latest submitted register."""
	condition, values = "", {}
	if officials is not None:
		condition, values = "and official in %(officials)s", {"officials": tuple(officials) or ("",)}
	latest = {}
	for name, official in frappe.db.sql(
		f"""select name, official from `tabInterest Register`
		where docstatus = 1 {condition} order by period desc, creation desc""",  # nosemgrep: constant condition
		values,
	):
		latest.setdefault(official, name)
	return latest


def _child_rows(child: str, parenttype: str, parents, columns):
	"""(parent, *columns) of a child table's rows under ``parents``, read in chunks as tuples."""
	select = ", ".join(f"`{column}`" for column in ("parent", *columns))
	for chunk in _chunks(list(parents), 5000):
		yield from frappe.db.sql(
			f"select {select} from `tab{child}` where parenttype = %(parenttype)s and parent in %(parents)s",  # nosemgrep: columns from REGISTER_TABLES
			{"parenttype": parenttype, "parents": tuple(chunk)},
		)


def _register_parties(registers: dict[str, str]):
	"""The parties named in ``registers`` (official -> register), as :meth:`Builder.add` arguments."""
	if not registers:
		return
	by_register = {register: official for official, register in registers.items()}
	meta = frappe.get_meta(REGISTER)
	for fieldname, (section, party_type, column, id_columns) in REGISTER_TABLES.items():
		child = meta.get_field(fieldname).options
		forms = ("ownership_form",) if fieldname == "business" else ()
		for row in _child_rows(child, REGISTER, by_register, (column, *id_columns, *forms)):
			if forms and row[-1] in NOT_A_PARTY:
				continue
			yield (
				by_register[row[0]],
				section,
				party_type,
				row[1],
				REGISTER,
				row[0],
				row[2 : 2 + len(id_columns)],
			)


def _cooling_off_parties(records=None):
	filters = {"status": "Active"}
	if records is not None:
		filters["name"] = ("in", list(records) or [""])
	rows = frappe.get_all(
		COOLING_OFF, filters=filters, fields=["name", "official", "full_name"], as_list=True
	)
	for name, official, full_name in rows:
		yield (official, SECTION_COOLING_OFF, names.PERSON, full_name, COOLING_OFF, name, (), name)
	by_name = {name: official for name, official, _full_name in rows}
	for parent, entity_name, npwp, nib in _child_rows(
		"Cooling-off Entity", COOLING_OFF, by_name, ("entity_name", "npwp", "nib")
	):
		yield (
			by_name[parent],
			SECTION_COOLING_OFF_ENTITY,
			names.COMPANY,
			entity_name,
			COOLING_OFF,
			parent,
			(npwp, nib),
			parent,
		)


def _official_parties(officials=None):
	filters = {"status": "Active"}
	if officials is not None:
		filters["name"] = ("in", list(officials) or [""])
	for row in frappe.get_all(OFFICIAL, filters=filters, fields=["name", "full_name"]):
		yield (row.name, SECTION_OFFICIAL, names.PERSON, row.full_name, OFFICIAL, row.name)


def _chunks(items, size):
	for start in range(0, len(items), size):
		yield items[start : start + size]


# ---------------------------------------------------------------- rebuild and incremental updates
def rebuild() -> dict:
	"""Empty the index and build it again from every source; returns counts and seconds (in all,
	reading and normalising the sources, writing the rows)."""
	started = time.monotonic()
	frappe.db.sql(f"delete from `tab{KEY}`")  # nosemgrep: constant table name
	frappe.db.sql(f"delete from `tab{INDEX}`")  # nosemgrep
	parties = [
		*_register_parties(_latest_registers()),
		*_cooling_off_parties(),
		*_official_parties(),
	]
	read = time.monotonic()
	# rows are written by a thread of their own while the next ones are normalised: the database
	# is not used otherwise until the writer is closed
	with _Writer() as writer:
		builder = Builder(writer=writer)
		for party in parties:
			builder.add(*party)
		built = time.monotonic()
		count = builder.write()
	done = time.monotonic()
	return {
		"entries": count,
		"seconds": round(done - started, 2),
		"read_seconds": round(read - started, 2),
		"normalise_seconds": round(built - read, 2),
		"write_seconds": round(done - built, 2),
	}


def _build(parties):
	builder = Builder()
	for party in list(parties):
		builder.add(*party)
	builder.write()


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
	_build(_register_parties(_latest_registers([official])))


def reindex_cooling_off(record: str):
	_remove(COOLING_OFF, [record])
	_build(_cooling_off_parties([record]))


def reindex_official(official: str):
	_remove(OFFICIAL, [official])
	_build(_official_parties([official]))


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
	"""Key rows are read by primary-key range (:func:`key_name`) and index rows by primary key or
	their identifier hashes: drop the secondary index an earlier version of this module added, and
	the ``modified`` and ``creation`` indexes Frappe gives tables (every row of a rebuild has the
	same stamps, key rows none), which a rebuild would otherwise maintain for millions of rows
	(after_migrate, idempotent)."""
	for table, index_name in itertools.product((KEY, INDEX), ("block_lookup", "modified", "creation")):
		if frappe.db.table_exists(table) and frappe.db.has_index(f"tab{table}", index_name):
			frappe.db.sql_ddl(f"alter table `tab{table}` drop index `{index_name}`")
