"""The name matcher on a labelled set of Indonesian pairs (issue 14), and its rules one by one.
Needs no site: ``python -m unittest coi_management.screening.tests.test_names`` works too."""

import unittest

from coi_management.screening import identifiers
from coi_management.screening.names import (
	COMPANY,
	DEFAULT_THRESHOLD,
	PERSON,
	build_vocabulary,
	compare,
	normalise,
)
from coi_management.screening.tests.labelled_pairs import pairs


class TestMatcherQuality(unittest.TestCase):
	def test_precision_and_recall_on_the_labelled_set(self):
		rows = pairs()
		self.assertGreaterEqual(len(rows), 200)
		tp = fp = fn = tn = 0
		errors = []
		for party_type, left, right, same in rows:
			found = compare(left, right, party_type) >= DEFAULT_THRESHOLD
			tp += found and same
			fp += found and not same
			fn += (not found) and same
			tn += (not found) and not same
			if found != bool(same):
				errors.append((left, right, same, compare(left, right, party_type)))
		precision = tp / (tp + fp) if tp + fp else 0
		recall = tp / (tp + fn) if tp + fn else 0
		print(
			f"\nmatcher on {len(rows)} pairs ({tp + fn} same, {tn + fp} different) at threshold"
			f" {DEFAULT_THRESHOLD}: precision {precision:.3f}, recall {recall:.3f}; errors: {errors}"
		)
		self.assertGreaterEqual(recall, 0.95)
		self.assertGreaterEqual(precision, 0.90)

	def test_hard_negatives_of_the_issue_stay_apart(self):
		for left, right, party_type in (
			("Bambang Sutrisno", "Bambang Sukirno", PERSON),
			("Siti Aminah", "Siti Aisyah", PERSON),
			("PT Sumber Makmur", "PT Sumber Makmur Jaya", COMPANY),
		):
			self.assertLess(compare(left, right, party_type), DEFAULT_THRESHOLD, (left, right))

	def test_titles_muhammad_and_old_spelling(self):
		self.assertEqual(
			normalise("Drs. H. Moch. Soeharto, M.Si.").canonical, normalise("Muhammad Suharto").canonical
		)
		self.assertEqual(normalise("Djojo Soenarjo").tokens, normalise("Joyo Sunaryo").tokens)
		# j becomes y only inside an old-spelling word: a modern "Joko" stays Joko
		self.assertEqual(normalise("Joko Widodo").tokens, ("joko", "widodo"))

	def test_balinese_prefixes_are_optional(self):
		self.assertEqual(normalise("I Gede Made Wirawan").tokens, normalise("Wirawan").tokens)
		self.assertEqual(normalise("Ni Luh Putu Sukmawati").tokens, ("sukmawati",))

	def test_legal_forms_are_dropped(self):
		self.assertEqual(
			normalise("PT. Sumber Makmur (Persero) Tbk", COMPANY).tokens,
			normalise("Sumber Makmur", COMPANY).tokens,
		)

	def test_terms_are_data_an_administrator_extends(self):
		vocab = build_vocabulary([("Title", "S.Ars.", None), ("Legal Form", "BUMDes", None)])
		self.assertEqual(normalise("Rina Prasetyo S.Ars.", PERSON, vocab).tokens, ("rina", "prasetyo"))
		self.assertEqual(normalise("BUMDes Maju", COMPANY, vocab).tokens, ("maju",))
		self.assertIn("ars", normalise("Rina Prasetyo S.Ars.").tokens)

	def test_common_names_weigh_less(self):
		# two rare names against two common ones, one of each differing
		self.assertGreater(compare("Siti Aminah", "Sri Aminah"), compare("Siti Aminah", "Siti Aisyah"))


class TestIdentifiers(unittest.TestCase):
	def test_npwp_15_and_16_digits_and_nik(self):
		nik = "3322011203850001"
		self.assertEqual(identifiers.tax_key("01.234.567.8-901.000"), identifiers.tax_key("0012345678901000"))
		self.assertEqual(identifiers.tax_key(nik), identifiers.tax_key("3322.0112.0385.0001"))
		self.assertIsNone(identifiers.tax_key("12345"))
		self.assertEqual(identifiers.nib_key("9120 1234 5678 9"), "9120123456789")
		self.assertIsNone(identifiers.nib_key("12"))


class TestBlocking(unittest.TestCase):
	"""Every pair of the labelled set the matcher accepts is also found by the index's blocking keys
	(in memory here: the same keys and selection as screen._candidates, without a database)."""

	def test_blocking_finds_every_accepted_pair(self):
		from unittest import mock

		from coi_management.screening import index, screen

		missed = []
		for party_type, left, right, _same in pairs():
			for indexed, queried in ((left, right), (right, left)):
				if compare(indexed, queried, party_type) < DEFAULT_THRESHOLD:
					continue
				name = normalise(indexed, party_type)
				rows = {key: [("e1", " ".join(name.tokens))] for key in index.block_keys(name.tokens)}

				def counts(keys, _party_type, rows=rows):
					return {key: len(rows[key]) for key in keys if key in rows}

				def entries(keys, _party_type, rows=rows):
					return sorted({row for key in keys for row in rows.get(key, [])})

				with (
					mock.patch.object(screen, "_key_counts", counts),
					mock.patch.object(screen, "_entries_with", entries),
				):
					found = screen._candidates(normalise(queried, party_type), party_type, DEFAULT_THRESHOLD)
				if not found:
					missed.append((indexed, queried))
		self.assertEqual(missed, [])
