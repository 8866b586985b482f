"""Screening one counterparty against the index (issue 14).

Identifiers (NIK, NPWP, NIB) are matched exactly through their keyed hashes; names through the
blocking keys of the index, then scored with :mod:`coi_management.screening.names`. Every match
says which official, where (register section, cooling-off record, the official themself), on what,
with what score, in plain Indonesian; it names the matched party only to who may read its source.
"""

import frappe
from frappe import _

from coi_management.screening import identifiers, index, names

EXACT = "Exact Name"
FUZZY = "Fuzzy Name"
IDENTIFIER = "Identifier"
JOIN_ABOVE = 1000  # candidates of one token above this: join with a second required token
CANDIDATE_LIMIT = 20000
COUNT_CAP = 2 * JOIN_ABOVE  # a token's entries are counted up to this (_key_counts)


class CounterpartyError(frappe.ValidationError):
	pass


def threshold() -> float:
	value = frappe.db.get_single_value("COI Settings", "screening_threshold")
	return float(value) if value else names.DEFAULT_THRESHOLD


def clean_counterparty(counterparty: dict) -> frappe._dict:
	"""The counterparty as screening reads it; a clear error naming the field when unusable."""
	counterparty = frappe._dict(counterparty or {})
	party_type = counterparty.get("party_type") or names.PERSON
	if party_type not in (names.PERSON, names.COMPANY):
		frappe.throw(
			_("Counterparty Type must be Person or Company, not {0}").format(frappe.bold(party_type)),
			CounterpartyError,
		)
	for field, kind in (("nik", "NIK"), ("npwp", "NPWP"), ("nib", "NIB")):
		if counterparty.get(field) and not identifiers.is_valid(kind, counterparty.get(field)):
			frappe.throw(
				_("{0} is not valid: {1}").format(
					_(kind),
					{"NIK": _("16 digits"), "NPWP": _("15 or 16 digits"), "NIB": _("13 digits")}[kind],
				),
				CounterpartyError,
			)
	name = (counterparty.get("name") or counterparty.get("counterparty_name") or "").strip()
	if not (name or counterparty.get("nik") or counterparty.get("npwp") or counterparty.get("nib")):
		frappe.throw(_("Give the counterparty's name, NIK, NPWP or NIB to screen it"), CounterpartyError)
	return frappe._dict(
		name=name,
		party_type=party_type,
		nik=counterparty.get("nik"),
		npwp=counterparty.get("npwp"),
		nib=counterparty.get("nib"),
	)


def screen(counterparty: dict, officials=None, min_score: float | None = None) -> list[dict]:
	"""Matches of ``counterparty`` (dict: name, party_type, nik, npwp, nib) as rows of Conflict
	Screening Match, officials involved first. No permission check here: callers check."""
	party = clean_counterparty(counterparty)
	min_score = threshold() if min_score is None else min_score
	involved = set(officials or [])
	found: dict[str, dict] = {}

	for row in _identifier_hits(party):
		found[row.name] = _match(row, IDENTIFIER, 1.0)

	if party.name:
		vocab = names.vocabulary()
		query = names.normalise(party.name, party.party_type, vocab)
		scored = {}  # the same normalised name is scored once
		for entry, tokens in _candidates(query, party.party_type, min_score):
			if entry in found:
				continue
			if tokens not in scored:
				candidate = _name_from_tokens(tokens, party.party_type, vocab)
				scored[tokens] = (names.score(query, candidate), query.canonical == candidate.canonical)
			value, exact = scored[tokens]
			if value >= min_score:
				found[entry] = {"entry": entry, "score": value, "exact": exact}
		_load(found)

	matches = [m for m in found.values() if m.get("official") or m.get("cooling_off_record")]
	for match in matches:
		match["involved"] = 1 if match.get("official") in involved else 0
		match["explanation"] = explain(match, party)
	matches.sort(key=lambda m: (-m["involved"], -m["score"], m.get("official_name") or ""))
	return [_public(m) for m in matches]


def _identifier_hits(party):
	tax = {identifiers.tax_hash(v) for v in (party.nik, party.npwp)} - {None}
	nib = identifiers.nib_hash(party.nib)
	conditions, values = [], {}
	if tax:
		conditions.append("tax_hash in %(tax)s or tax_hash_2 in %(tax)s")
		values["tax"] = tuple(tax)
	if nib:
		conditions.append("nib_hash = %(nib)s")
		values["nib"] = nib
	if not conditions:
		return []
	return frappe.db.sql(
		f"select * from `tab{index.INDEX}` where {' or '.join(conditions)}",  # nosemgrep: fixed parts
		values,
		as_dict=True,
	)


def _candidates(query: names.Name, party_type: str, min_score: float) -> list[tuple[str, str]]:
	"""(entry, tokens) of the index entries that could score ``min_score`` against ``query``.

	A query token is *required* when a candidate missing it could not reach ``min_score`` even if
	every other token matched. Candidates are the entries indexed under a key of the rarest required
	token or of a token one letter away from it (index.query_keys), intersected with the next
	rarest when that one is common: point lookups, so a screening reads about as many rows as there
	are similar names, whatever the size of the index.
	"""
	tokens = [(position, token) for position, token in enumerate(query.tokens) if len(token) >= 2]
	if not tokens:
		return []
	joined = "".join(query.tokens) if len(query.tokens) > 1 else None
	exact = {position: names._fold(token)[:40] for position, token in tokens}
	counts = _key_counts(sorted(set(exact.values())), party_type)
	total = sum(query.weights)
	costed = sorted(
		((counts.get(exact[position], 0), position, token) for position, token in tokens),
		key=lambda item: item[0],
	)
	required = [item for item in costed if _best_without(total, query.weights[item[1]]) < min_score]
	if not required:
		# every token may be missing on its own: read the tokens whose absence together sinks the score
		chosen, dropped = [], 0.0
		for item in reversed(costed):
			if _best_without(total, dropped + query.weights[item[1]]) >= min_score:
				dropped += query.weights[item[1]]
			else:
				chosen.append(item)
		keys = set().union(*(index.query_keys(item[2], joined) for item in chosen or costed))
		return _entries_with(sorted(keys), party_type)
	cost, _position, token = required[0]
	rows = _entries_with(sorted(index.query_keys(token, joined)), party_type)
	if len(required) > 1:
		second_cost, _position, second_token = required[1]
		if cost > JOIN_ABOVE:
			second = {
				entry
				for entry, _t in _entries_with(sorted(index.query_keys(second_token, joined)), party_type)
			}
			rows = [row for row in rows if row[0] in second]
		elif second_cost <= JOIN_ABOVE:
			# an initial stands for the rarest token ("T. Umar" for "Teuku Umar"): it has no key
			initial = token[0]
			seen = {entry for entry, _t in rows}
			rows += [
				(entry, tokens)
				for entry, tokens in _entries_with(sorted(index.query_keys(second_token, joined)), party_type)
				if entry not in seen and initial in tokens.split()
			]
	return rows


def _key_ranges(keys, party_type):
	conditions = " or ".join(["`name` like %s"] * len(keys))
	return conditions, [index.key_prefix(key, party_type) + "%" for key in keys]


def _key_counts(keys, party_type) -> dict[str, int]:
	"""How many entries each key has, counted up to :data:`COUNT_CAP`: the counts only rank the
	query's tokens and compare them with :data:`JOIN_ABOVE`, and counting every entry of a common
	word ("karya", "nusantara") would grow with the index."""
	if not keys:
		return {}
	parts = " union all ".join(
		f"(select %s as block from `tab{index.KEY}` where `name` like %s limit {COUNT_CAP + 1})"
		for _key in keys
	)
	values = [value for key in keys for value in (key, index.key_prefix(key, party_type) + "%")]
	return dict(
		frappe.db.sql(f"select block, count(*) from ({parts}) counted group by block", values)  # nosemgrep
	)


def _best_without(total: float, missing: float) -> float:
	"""The best score of a candidate whose tokens match all of the query's but ``missing`` weight."""
	matched = total - missing
	return 2 * matched / (total + matched) if total + matched else 0.0


def _entries_with(keys, party_type) -> list[tuple[str, str]]:
	if not keys:
		return []
	conditions, values = _key_ranges(keys, party_type)
	seen, rows = set(), []
	for (name,) in frappe.db.sql(
		f"select `name` from `tab{index.KEY}` where {conditions} limit {CANDIDATE_LIMIT}",  # nosemgrep
		values,
	):
		_key, _type, tokens, entry = name.split(index.SEP)
		if entry not in seen:
			seen.add(entry)
			rows.append((entry, tokens))
	return rows


def _name_from_tokens(tokens: str, party_type: str, vocab) -> names.Name:
	split = tuple(tokens.split())
	common = vocab.common if party_type == names.PERSON else vocab.common_company
	weights = tuple(names.VARIANT_WEIGHT.get(t, names.COMMON_WEIGHT if t in common else 1.0) for t in split)
	return names.Name(party_type, split, weights)


def _load(found: dict):
	pending = [entry for entry, match in found.items() if "official" not in match]
	for start in range(0, len(pending), 1000):
		for row in frappe.get_all(
			index.INDEX, filters={"name": ("in", pending[start : start + 1000])}, fields=["*"]
		):
			match = found[row.name]
			found[row.name] = _match(row, EXACT if match["exact"] else FUZZY, match["score"])


def _match(row, kind: str, score: float) -> dict:
	return {
		"entry": row.name,
		"official": row.official,
		"section": row.section,
		"match_kind": kind,
		"score": round(score * 100, 1),
		"display_name": row.display_name,
		"cooling_off_record": row.cooling_off_record,
		"source_doctype": row.source_doctype,
		"source_name": row.source_name,
		"official_name": frappe.db.get_value("Official", row.official, "full_name") if row.official else None,
	}


def _public(match: dict) -> dict:
	"""The match as stored: the matched party's own name only for who may read its source."""
	readable = bool(match.get("source_name")) and frappe.has_permission(
		match["source_doctype"], "read", match["source_name"]
	)
	return {
		"official": match.get("official"),
		"official_name": match.get("official_name"),
		"section": match["section"],
		"match_kind": match["match_kind"],
		"score": match["score"],
		"involved": match["involved"],
		"matched_name": match.get("display_name") if readable else None,
		"explanation": match["explanation"],
		"cooling_off_record": match.get("cooling_off_record"),
		"source_doctype": match.get("source_doctype"),
		"source_name": match.get("source_name") if readable else None,
	}


WHERE = {
	index.SECTION_FAMILY: "a family member in the official's Interest Register (section A)",
	index.SECTION_BUSINESS: "a business or financial interest in the official's Interest Register (section B)",
	index.SECTION_OUTSIDE_WORK: "outside work in the official's Interest Register (section C)",
	index.SECTION_PUBLIC_OFFICE: "another public office in the official's Interest Register (section D)",
	index.SECTION_AFFILIATION: "an affiliation in the official's Interest Register (section E)",
	index.SECTION_PLAN: "a post-retirement plan in the official's Interest Register (section F)",
	index.SECTION_COOLING_OFF: "a former official still in the cooling-off period (S 27)",
	index.SECTION_COOLING_OFF_ENTITY: "an entity of a former official in the cooling-off period (S 27(3))",
	index.SECTION_OFFICIAL: "the official themself",
}


def explain(match: dict, party) -> str:
	official = match.get("official_name") or match.get("official") or ""
	where = _(WHERE.get(match["section"], match["section"]))
	if match["match_kind"] == IDENTIFIER:
		text = _("The counterparty's NIK, NPWP or NIB is the same as that of {0} of {1}.").format(
			where, official
		)
	elif match["match_kind"] == EXACT:
		text = _(
			"The counterparty's name is, after removing titles and legal forms, the same as {0} of {1}."
		).format(where, official)
	else:
		text = _(
			"The counterparty's name is similar ({0}%) to {1} of {2}; check whether it is the same party."
		).format(match["score"], where, official)
	if match["section"] in (index.SECTION_COOLING_OFF, index.SECTION_COOLING_OFF_ENTITY):
		text += " " + _("The restrictions of S 27(3) a-e may apply.")
	elif match["section"] != index.SECTION_OFFICIAL:
		text += " " + _("The official must declare the conflict of interest before the decision (S 23).")
	return text.replace(".. ", ". ")  # a name ending in a title ("S.T.") before the full stop
