import frappe

from coi_management.core.nip import InvalidNIPError, normalize_nip, parse_nip
from coi_management.tests.factories import COITestCase, make_official


class TestNIP(COITestCase):
	def test_valid_nip_is_parsed(self):
		nip = parse_nip("198503122010011003")
		self.assertEqual(str(nip.date_of_birth), "1985-03-12")
		self.assertEqual(nip.appointment, "2010-01")
		self.assertEqual(nip.gender, "Male")
		self.assertEqual(nip.sequence, 3)
		self.assertEqual(parse_nip("199012252015032001").gender, "Female")

	def test_spaces_are_ignored(self):
		self.assertEqual(normalize_nip("19850312 201001 1 003"), "198503122010011003")
		self.assertEqual(parse_nip("19850312 201001 1 003").sequence, 3)

	def test_wrong_length_is_refused(self):
		for value in ("19850312201001100", "1985031220100110031", "", "19850312201001100A"):
			with self.subTest(value=value), self.assertRaises(InvalidNIPError):
				parse_nip(value)

	def test_impossible_birth_date_is_refused(self):
		for value in ("198502302010011003", "198513012010011003", "198500122010011003"):
			with self.subTest(value=value), self.assertRaises(InvalidNIPError):
				parse_nip(value)

	def test_impossible_appointment_is_refused(self):
		# month 13, month 00, appointed before birth
		for value in ("198503122010131003", "198503122010001003", "198503121984121003"):
			with self.subTest(value=value), self.assertRaises(InvalidNIPError):
				parse_nip(value)

	def test_bad_sex_digit_is_refused(self):
		for digit in "03459":
			with self.subTest(digit=digit), self.assertRaises(InvalidNIPError):
				parse_nip(f"19850312201001{digit}003")

	def test_zero_sequence_is_refused(self):
		with self.assertRaises(InvalidNIPError):
			parse_nip("198503122010011000")

	def test_message_names_the_field(self):
		with self.assertRaises(InvalidNIPError) as ctx:
			parse_nip("123", "NIP")
		self.assertIn("NIP", str(ctx.exception))

	def test_official_with_invalid_nip_is_not_saved(self):
		with self.assertRaises(InvalidNIPError):
			make_official(nip="198502302010011003")
		self.assertFalse(frappe.db.exists("Official", "198502302010011003"))

	def test_official_gets_fields_from_nip(self):
		official = make_official(nip="199012252015032001")
		self.assertEqual(official.name, "199012252015032001")
		self.assertEqual(str(official.date_of_birth), "1990-12-25")
		self.assertEqual(official.appointment_month, "2015-03")
		self.assertEqual(official.gender, "Female")
