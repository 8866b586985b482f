"""Indonesian name normalisation and scoring for conflict screening (issue 14).

A name is turned into canonical tokens before any comparison: titles before and after the name
(and anything after a comma) dropped, the forms of Muhammad and Ahmad unified, the old spelling
(EYD 1972: oe, dj, tj, sj, nj, ch, and j inside those words) modernised, optional prefixes
(Balinese birth-order names, I / Ni) set aside, legal forms of companies dropped. Scoring
compares tokens one to one with rapidfuzz, weighs very common names less, and counts unmatched
tokens on either side against the match, so "PT Sumber Makmur" stays apart from "PT Sumber
Makmur Jaya" and "Bambang Sutrisno" from "Bambang Sukirno".

The word lists are data: :data:`DEFAULT_TERMS` here, extended by a COI Administrator in COI
Settings (Name Terms); :func:`vocabulary` merges both. Nothing in this module needs a site unless
those extra terms are asked for.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

PERSON = "Person"
COMPANY = "Company"

# kinds of term (COI Name Term.kind)
TITLE = "Title"
LEGAL_FORM = "Legal Form"
OPTIONAL = "Optional Prefix"
VARIANT = "Variant"
COMMON = "Common Name"
COMMON_COMPANY_WORD = "Common Company Word"
TERM_KINDS = (TITLE, LEGAL_FORM, OPTIONAL, VARIANT, COMMON, COMMON_COMPANY_WORD)

DEFAULT_THRESHOLD = 0.85
COMMON_WEIGHT = 0.4
VARIANT_WEIGHT = {"muhamad": 0.15}  # "muhammad" after folding doubled letters

_TITLES = """
h hj haji hajjah kh tgh ust ustadz ustad ustadzah habib syekh syeh gus raden rd rr
ir dr drs dra prof drg dokter bapak bpk ibu ny nn sdr tn
sh se st sp spd spdi sag sos ssos sip shi skom skm sked sfarm sfil spsi ssi sst sstp stp sthi
shut sei sth stt sp amd amk amkeb amkep ama ba bsc ma msi mm mh mkn mpd mpdi mag mkes mkom mt
msc mba mp mtp mhum mars map ak akt cpa ca phd llm sppd spog spa spb spm spjp sppk spkj sprad
mkm mfarm apt ners mes mstat mi dba dea mba cma cfa pmp sked
"""
_LEGAL_FORMS = """
pt cv ud fa firma tbk persero perseroan perum perumda pd pdam bumd bumn koperasi kop ksp kud kpri
yayasan yay perkumpulan persekutuan komanditer ltd inc corp lsm bumdes
perseroan_terbatas persekutuan_komanditer koperasi_simpan_pinjam koperasi_unit_desa
lembaga_swadaya_masyarakat badan_usaha_milik_desa perusahaan_umum perusahaan_daerah
"""
_OPTIONAL = """
i ni gede gde made kadek nyoman komang ketut putu wayan nengah luh iluh
"""
_VARIANTS = """
m:muhammad mu:muhammad muh:muhammad muhd:muhammad mhd:muhammad mohd:muhammad moh:muhammad
moch:muhammad mokh:muhammad mochamad:muhammad mochammad:muhammad mokhamad:muhammad
mokhammad:muhammad mohamad:muhammad mohammad:muhammad mohamed:muhammad muhamad:muhammad
muhammad:muhammad muchamad:muhammad muchammad:muhammad mukhamad:muhammad mukhammad:muhammad
mohamat:muhammad muhamat:muhammad mochamat:muhammad
achmad:ahmad akhmad:ahmad ahmat:ahmad achmat:ahmad akhmat:ahmad
abd:abdul abdoel:abdul kab:kabupaten prov:provinsi
"""
_COMMON = """
siti sri muhammad ahmad agus budi nur nurul dwi tri eko dewi putri ayu indah hadi bambang joko
dian rudi andi ratna hendra yuli putra sari wati fitri kurniawan setiawan hidayat santoso wijaya
susanto saputra rahman lestari rahayu purnama abdul wahyu rizki ade adi ari arief rina yusuf
ali hasan dedi iwan heru teguh slamet sugeng yanti rini wulandari puspita anita novi
"""
_COMMON_COMPANY = """
jaya makmur sejahtera abadi mandiri sentosa utama karya mitra sumber indo indonesia nusantara
bersama group grup perkasa prima global baru raya maju agung bangun teknik konstruksi dan
"""

DEFAULT_TERMS = {
	TITLE: _TITLES.split(),
	LEGAL_FORM: _LEGAL_FORMS.split(),
	OPTIONAL: _OPTIONAL.split(),
	VARIANT: _VARIANTS.split(),
	COMMON: _COMMON.split(),
	COMMON_COMPANY_WORD: _COMMON_COMPANY.split(),
}


@dataclass(frozen=True)
class Vocabulary:
	titles: frozenset
	legal_forms: frozenset
	optional: frozenset
	variants: dict = field(hash=False)
	common: frozenset
	common_company: frozenset
	phrases: tuple = ()  # legal forms of several words ("koperasi simpan pinjam")
	# raw token -> its canonical tokens, per party type: names repeat their words, so a full index
	# rebuild normalises each distinct word once (:func:`normalise`)
	token_cache: dict = field(default_factory=dict, hash=False, compare=False, repr=False)


def build_vocabulary(extra: list[tuple[str, str, str]] = ()) -> Vocabulary:
	"""The default lists plus ``extra`` rows of (kind, term, canonical)."""
	lists = {kind: set() for kind in TERM_KINDS}
	phrases = set()
	variants = {}
	rows = [(kind, term, None) for kind, terms in DEFAULT_TERMS.items() for term in terms]
	rows += list(extra)
	for kind, term, canonical in rows:
		if kind == VARIANT and ":" in term and not canonical:
			term, canonical = term.split(":", 1)
		words = [_key(word) for word in re.split(r"[\s_]+", term or "") if _key(word)]
		if kind == LEGAL_FORM and len(words) > 1:
			phrases.add(" ".join(words))
			continue
		key = _key(term)
		if not key:
			continue
		if kind == VARIANT:
			variants[_modernise(key)] = _modernise(_key(canonical or key))
			variants[key] = variants[_modernise(key)]
		elif kind in lists:
			lists[kind].add(key)
			lists[kind].add(_modernise(key))
	return Vocabulary(
		titles=frozenset(lists[TITLE]),
		legal_forms=frozenset(lists[LEGAL_FORM]),
		optional=frozenset(lists[OPTIONAL]),
		variants=variants,
		common=frozenset(lists[COMMON]),
		common_company=frozenset(lists[COMMON_COMPANY_WORD]),
		phrases=tuple(sorted(phrases, key=len, reverse=True)),
	)


def vocabulary() -> Vocabulary:
	"""The site's vocabulary: defaults plus the Name Terms of COI Settings (cached per site)."""
	import frappe

	extra = frappe.cache.get_value("coi_screening_terms")
	if extra is None:
		extra = [
			(row.kind, row.term, row.canonical)
			for row in frappe.get_all(
				"COI Name Term",
				filters={"parenttype": "COI Settings"},
				fields=["kind", "term", "canonical"],
				order_by="idx asc",
			)
		]
		frappe.cache.set_value("coi_screening_terms", extra)
	return _vocabulary_of(tuple(tuple(row) for row in extra))


@lru_cache(maxsize=8)
def _vocabulary_of(extra: tuple) -> Vocabulary:
	return build_vocabulary(extra) if extra else DEFAULT_VOCABULARY


# ---------------------------------------------------------------- normalisation
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SPLIT = re.compile(r"[\s/]+")
_OLD_MARKERS = ("oe", "dj", "tj", "sj", "nj", "ch")
_BRACKETS = re.compile(r"\(([^)]*)\)")


def _ascii(text: str) -> str:
	if text.isascii():
		return text.lower()
	text = unicodedata.normalize("NFKD", text or "")
	return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=200_000)
def _key(token: str) -> str:
	return _NON_ALNUM.sub("", _ascii(token))


_DOUBLED = re.compile(r"(.)\1+")
_PUNCTUATED = re.compile(r"[.\-]")
_PUNCTUATION_RUN = re.compile(r"[.\-]+")
_MODERN = {"oe": "u", "dj": "j", "tj": "c", "sj": "sy", "nj": "ny", "ch": "kh", "j": "y"}
_OLD_SPELLING = re.compile("oe|dj|tj|sj|nj|ch|j")


@lru_cache(maxsize=100_000)
def _modernise(token: str) -> str:
	"""Old Indonesian spelling to EYD: oe→u, dj→j, tj→c, sj→sy, nj→ny, ch→kh, and inside such an
	old-spelling word a j on its own → y (Djojo → Joyo); then variants spelt either way today
	(kh→h, dh→d, th→t, doubled letters, final ie→i) are folded."""
	text = token
	if any(marker in token for marker in _OLD_MARKERS):
		# left to right, each pair once, and a j of its own (not in dj/tj/sj/nj) becomes y
		text = _OLD_SPELLING.sub(lambda match: _MODERN[match.group()], token)
	text = text.replace("kh", "h").replace("dh", "d").replace("th", "t").replace("ph", "f")
	if text.endswith("ie") and len(text) > 3:
		text = text[:-2] + "i"
	if text.endswith("y") and len(text) > 3 and text[-2] not in "aeiou":
		text = text[:-1] + "i"  # Rudy / Rudi, Rizky / Rizki
	return _DOUBLED.sub(r"\1", text)


DEFAULT_VOCABULARY = build_vocabulary()


@dataclass
class Name:
	"""A name after normalisation: ``tokens`` in their original order, each with a weight."""

	party_type: str
	tokens: tuple
	weights: tuple

	@property
	def canonical(self) -> str:
		"""Word order ignored: the key of an exact (normalised) name match."""
		return " ".join(sorted(self.tokens))

	@property
	def joined(self) -> str:
		return "".join(self.tokens)


def normalise(text: str, party_type: str = PERSON, vocab: Vocabulary | None = None) -> Name:
	vocab = vocab or DEFAULT_VOCABULARY
	text = _ascii(text)
	if party_type == PERSON:
		text = text.split(",", 1)[0]  # "Bambang, S.H., M.H.": everything after the comma is a title
	else:
		text = _BRACKETS.sub(r" \1 ", text).replace("&", " dan ").replace(",", " ")
		text = " " + " ".join(key for key in map(_key, _SPLIT.split(text)) if key) + " "
		for phrase in vocab.phrases:
			if phrase in text:
				text = text.replace(f" {phrase} ", " ")
	cache = vocab.token_cache
	if len(cache) > 500_000:
		cache.clear()
	canonical = []
	for raw in _SPLIT.split(text):
		if not raw:
			continue
		parts = cache.get((party_type, raw))
		if parts is None:
			parts = cache[(party_type, raw)] = _canonical_parts(raw, party_type, vocab)
		canonical.extend(parts)
	if party_type == PERSON:
		core = [t for t in canonical if t not in vocab.optional]
		canonical = core or canonical
	common = vocab.common if party_type == PERSON else vocab.common_company
	weights = tuple(VARIANT_WEIGHT.get(t, COMMON_WEIGHT if t in common else 1.0) for t in canonical)
	return Name(party_type, tuple(canonical), weights)


def _canonical_parts(raw: str, party_type: str, vocab: Vocabulary) -> tuple:
	"""One word of a name as its canonical tokens: none for a title or legal form, several for
	"M.Yusuf"; each modernised and its variant (Moch. → muhammad) applied."""
	key = _key(raw)
	if not key:
		return ()
	if party_type == PERSON and key in vocab.titles:
		return ()
	if party_type == COMPANY and key in vocab.legal_forms:
		return ()
	raw = raw.replace("'", "").replace("`", "")  # Ma'ruf, Syafi'i
	parts = [_key(p) for p in _PUNCTUATION_RUN.split(raw)] if _PUNCTUATED.search(raw) else [key]
	tokens = []
	for part in parts:
		if not part:
			continue
		if party_type == PERSON and part in vocab.titles and len(parts) > 1:
			continue
		if party_type == COMPANY and part in vocab.legal_forms:
			continue
		modern = _modernise(part)
		tokens.append(vocab.variants.get(part) or vocab.variants.get(modern) or modern)
	return tuple(tokens)


# ---------------------------------------------------------------- scoring
_FOLD = str.maketrans({"e": "i", "o": "u", "q": "k", "z": "j", "y": "j", "v": "f"})


@lru_cache(maxsize=100_000)
def _fold(token: str) -> str:
	"""Spellings Indonesians use for one name: e/i, o/u, q/k, z/j, y/j, v/f, and the Javanese
	final a/o (Prasetya / Prasetyo). Other substitutions change the name (Sudirta / Sudarta)."""
	if len(token) > 3 and token.endswith("a"):
		token = token[:-1] + "o"
	return _DOUBLED.sub(r"\1", token.translate(_FOLD))


def token_similarity(a: str, b: str) -> float:
	"""1 for the same token, 0.95 for a spelling variant, 0.9 for one letter more or less in a long
	name (Haryanto / Hariyanto), 0.8 for an initial; anything else is another name."""
	if a == b:
		return 1.0
	if len(a) == 1 or len(b) == 1:  # an initial stands for any name with that letter
		return 0.8 if a[0] == b[0] else 0.0
	fa, fb = _fold(a), _fold(b)
	if fa == fb:
		return 0.95
	if min(len(fa), len(fb)) >= 5 and Indel.distance(fa, fb) == 1:
		return 0.9
	return 0.0


def score(a: Name, b: Name) -> float:
	"""0..1: tokens paired one to one (best pairs first), each pair's similarity weighted by the
	lighter of the two tokens; unmatched tokens of either side count against the match."""
	if not a.tokens or not b.tokens:
		return 0.0
	if a.canonical == b.canonical:
		return 1.0
	pairs = sorted(
		((token_similarity(ta, tb), i, j) for i, ta in enumerate(a.tokens) for j, tb in enumerate(b.tokens)),
		reverse=True,
	)
	used_a, used_b, matched = set(), set(), 0.0
	for similarity, i, j in pairs:
		if similarity <= 0:
			break
		if i in used_a or j in used_b:
			continue
		used_a.add(i)
		used_b.add(j)
		matched += similarity * (a.weights[i] + b.weights[j])
	total = sum(a.weights) + sum(b.weights)
	if a.party_type == COMPANY or b.party_type == COMPANY:
		# a word more or less names another company ("Sumber Makmur" / "Sumber Makmur Jaya"): an
		# unmatched word weighs fully, however common
		total += sum(1 - w for i, w in enumerate(a.weights) if i not in used_a)
		total += sum(1 - w for j, w in enumerate(b.weights) if j not in used_b)
	token_score = matched / total if total else 0.0
	if len(a.tokens) != len(b.tokens):
		# spacing: "Nur Hayati" / "Nurhayati", "Abdul Rahman" / "Abdurrahman"
		joined = fuzz.ratio(a.joined, b.joined) / 100
		if joined >= 0.95:
			token_score = max(token_score, joined)
	return round(token_score, 4)


def compare(left: str, right: str, party_type: str = PERSON, vocab: Vocabulary | None = None) -> float:
	return score(normalise(left, party_type, vocab), normalise(right, party_type, vocab))
