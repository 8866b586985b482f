"""Conflict screening on a site (issue 14): index, matching, document, API, permissions and
screening on any DocType by configuration."""

import frappe

from coi_management.cooling_off.record import create_record
from coi_management.core.policy import INSPECTOR, MANAGER, SCREENER
from coi_management.registers.interest_register import family_relationships
from coi_management.screening import config, document, index, screen
from coi_management.tests.factories import (
	COITestCase,
	call_whitelisted,
	make_official,
	make_user,
	register_doc,
)

FAMILY_NIK = "3322011203850001"
COMPANY_NPWP = "01.234.567.8-901.000"
ENTITY_NIB = "9120123456789"


def submitted_register(official, **kw):
	doc = register_doc(official.name, **kw)
	frappe.set_user(official.user)
	doc.insert()
	doc.submit()
	frappe.set_user("Administrator")
	return doc


def family(name, nik=None):
	return {"full_name": name, "nik": nik, "relationship": family_relationships()[0]}


class TestScreening(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.official = make_official("Hendra Gunawan")
		cls.other = make_official("Wahyu Hidayat")
		cls.register = submitted_register(
			cls.official,
			no_family=0,
			family=[family("Drs. H. Moch. Soeharto, M.Si.", FAMILY_NIK)],
			no_business=0,
			business=[
				{
					"ownership_form": "Shares",
					"percentage": 5,
					"company": "PT Sumber Makmur",
					"npwp": COMPANY_NPWP,
				}
			],
		)
		retired = make_official("Bambang Sutrisno", user=False, status="Retired", exit_date="2026-01-31")
		record = create_record(retired.name, "2026-01-31")
		record.append("entities", {"role": "Director", "entity_name": "CV Karya Beton", "nib": ENTITY_NIB})
		record.save(ignore_permissions=True)
		cls.retired, cls.record = retired, record
		cls.screener = make_user(roles=(SCREENER,)).name
		cls.screener_2 = make_user(roles=(SCREENER,)).name
		cls.manager = make_user(roles=(MANAGER,)).name
		cls.inspector = make_user(roles=(INSPECTOR,)).name

	def matches(self, **counterparty):
		return screen.screen(
			counterparty, counterparty.pop("officials", None) if "officials" in counterparty else None
		)

	def test_a_title_laden_old_spelling_name_finds_the_family_member(self):
		found = self.matches(name="Muhammad Suharto", party_type="Person")
		self.assertEqual(
			[(m["official"], m["section"], m["match_kind"]) for m in found],
			[(self.official.name, index.SECTION_FAMILY, screen.EXACT)],
		)
		self.assertIn("Hendra Gunawan", found[0]["explanation"])

	def test_identifiers_match_exactly_across_npwp_forms_and_nik(self):
		by_npwp16 = self.matches(name="PT Lain Sekali", party_type="Company", npwp="0012345678901000")
		self.assertEqual(
			[(m["section"], m["match_kind"]) for m in by_npwp16],
			[(index.SECTION_BUSINESS, screen.IDENTIFIER)],
		)
		# a person's NPWP is their NIK (PMK 112/2022)
		by_nik = self.matches(name="Orang Lain", party_type="Person", npwp=FAMILY_NIK)
		self.assertEqual([m["section"] for m in by_nik], [index.SECTION_FAMILY])
		self.assertEqual(self.matches(party_type="Person", nik="3322011203850002"), [])

	def test_hard_negatives_find_nothing(self):
		self.assertEqual(self.matches(name="PT Sumber Makmur Jaya", party_type="Company"), [])
		names = [m["section"] for m in self.matches(name="Bambang Sukirno", party_type="Person")]
		self.assertEqual(names, [])

	def test_cooling_off_record_and_entity(self):
		person = self.matches(name="Ir. Bambang Soetrisno", party_type="Person")
		self.assertIn(index.SECTION_COOLING_OFF, [m["section"] for m in person])
		entity = self.matches(name="Perusahaan Baru", party_type="Company", nib="9120 1234 5678 9")
		self.assertEqual(
			[(m["section"], m["cooling_off_record"]) for m in entity],
			[(index.SECTION_COOLING_OFF_ENTITY, self.record.name)],
		)
		self.assertIn("27(3)", entity[0]["explanation"])

	def test_officials_involved_come_first_and_are_marked(self):
		found = screen.screen({"name": "Hendra Gunawan", "party_type": "Person"}, [self.official.name])
		self.assertTrue(found)
		self.assertEqual((found[0]["official"], found[0]["involved"]), (self.official.name, 1))

	def test_only_the_latest_register_counts_and_cancel_removes_it(self):
		frappe.set_user(self.official.user)
		register = frappe.get_doc("Interest Register", self.register.name)
		register.cancel()
		frappe.set_user("Administrator")
		self.assertEqual(self.matches(name="Muhammad Suharto", party_type="Person"), [])
		amended = frappe.copy_doc(register)
		amended.amended_from = register.name
		amended.docstatus = 0
		amended.family = []
		amended.append("family", family("Siti Aminah"))
		frappe.set_user(self.official.user)
		amended.insert()
		amended.submit()
		frappe.set_user("Administrator")
		self.assertEqual(self.matches(name="Muhammad Suharto", party_type="Person"), [])
		self.assertEqual(len(self.matches(name="Hj. Siti Aminah, S.Pd.", party_type="Person")), 1)
		self.assertEqual(self.matches(name="Siti Aisyah", party_type="Person"), [])

	def test_full_rebuild_gives_the_same_matches(self):
		before = self.matches(name="Muhammad Suharto", party_type="Person")
		result = index.rebuild()
		self.assertGreater(result["entries"], 0)
		self.assertEqual(self.matches(name="Muhammad Suharto", party_type="Person"), before)

	def test_a_failing_write_of_the_rebuild_reaches_the_caller(self):
		with self.assertRaisesRegex(Exception, "doesn't exist"):
			with index._Writer() as writer:
				writer("insert into `tabNo Such Screening Table` (`name`) values ('x')")
		# the connection is usable again and the index intact
		self.assertEqual(len(self.matches(name="Muhammad Suharto", party_type="Person")), 1)

	def test_bad_input_names_the_field(self):
		with self.assertRaisesRegex(screen.CounterpartyError, "NIK"):
			self.matches(name="X", party_type="Person", nik="123")
		with self.assertRaises(screen.CounterpartyError):
			self.matches(party_type="Person")

	# ------------------------------------------------------------ the document
	def new_screening(self, user, **kw):
		frappe.set_user(user)
		values = {
			"doctype": "Conflict Screening",
			"party_type": "Person",
			"counterparty_name": "Muhammad Suharto",
		}
		values.update(kw)
		doc = frappe.get_doc(values).insert()
		frappe.set_user("Administrator")
		return doc

	def test_the_screener_sees_matches_not_the_register(self):
		doc = self.new_screening(self.screener)
		self.assertEqual(doc.match_count, 1)
		self.assertEqual(doc.screened_by, self.screener)
		self.assertEqual(
			doc.screened_by_name, frappe.utils.get_fullname(self.screener)
		)  # a name, not an e-mail
		self.assertNotIn("@", doc.screened_by_name)
		match = doc.matches[0]
		self.assertEqual((match.official_name, match.section), ("Hendra Gunawan", index.SECTION_FAMILY))
		self.assertFalse(match.matched_name)  # the family member's own name stays in the register
		self.assertFalse(match.source_name)
		managed = self.new_screening(self.manager)
		self.assertEqual(managed.matches[0].matched_name, "Drs. H. Moch. Soeharto, M.Si.")

	def test_screener_reads_own_screenings_only(self):
		mine = self.new_screening(self.screener)
		theirs = self.new_screening(self.screener_2)
		self.assertTrue(frappe.has_permission("Conflict Screening", "read", mine.name, user=self.screener))
		self.assertFalse(frappe.has_permission("Conflict Screening", "read", theirs.name, user=self.screener))
		frappe.set_user(self.screener)
		listed = frappe.get_list("Conflict Screening", pluck="name")
		frappe.set_user("Administrator")
		self.assertIn(mine.name, listed)
		self.assertNotIn(theirs.name, listed)
		self.assertTrue(frappe.has_permission("Conflict Screening", "read", theirs.name, user=self.inspector))
		self.assertFalse(
			frappe.has_permission("Conflict Screening", "write", theirs.name, user=self.inspector)
		)
		self.assertFalse(frappe.has_permission("Conflict Screening", "read", user=self.official.user))

	def test_outcome_rules_on_submit(self):
		doc = self.new_screening(self.screener)
		frappe.set_user(self.screener)
		with self.assertRaises(document.OutcomeError):
			doc.submit()
		doc.reload()
		doc.outcome = document.NO_CONFLICT
		with self.assertRaises(document.OutcomeError):  # matches found: say why not
			doc.submit()
		doc.reload()
		doc.outcome = document.COOLING_OFF_APPLIES
		with self.assertRaises(document.OutcomeError):  # no cooling-off match
			doc.submit()
		doc.reload()
		doc.outcome = document.REQUEST_DECLARATION
		doc.submit()
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("Conflict Screening", doc.name, "docstatus"), 1)

	# ------------------------------------------------------------ the API
	def test_api_screens_for_screeners_only(self):
		frappe.set_user(self.screener)
		found = call_whitelisted(
			"coi_management.api.screen",
			counterparty=frappe.as_json({"name": "PT. Sumber Makmur Tbk", "party_type": "Company"}),
		)
		self.assertEqual([m["section"] for m in found], [index.SECTION_BUSINESS])
		self.assertFalse(frappe.db.exists("Conflict Screening", {"owner": self.screener}))
		saved = call_whitelisted(
			"coi_management.api.screen",
			counterparty=frappe.as_json({"name": "PT Sumber Makmur", "party_type": "Company"}),
			save=1,
		)
		self.assertEqual(frappe.db.get_value("Conflict Screening", saved["name"], "match_count"), 1)
		for user in (self.official.user, self.inspector):
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError):
				call_whitelisted(
					"coi_management.api.screen", counterparty=frappe.as_json({"name": "PT Sumber Makmur"})
				)
		frappe.set_user("Administrator")

	# ------------------------------------------------------------ officials involved
	def search_officials(self, txt):
		return call_whitelisted(
			"coi_management.api.officials_to_screen",
			doctype="Official",
			txt=txt,
			searchfield="name",
			start=0,
			page_len=20,
			filters="{}",
		)

	def test_screener_picks_officials_by_name_without_reading_them(self):
		frappe.set_user(self.screener)
		self.assertFalse(frappe.has_permission("Official", "read", self.official.name))
		found = self.search_officials("Hendra")
		self.assertEqual([row[:2] for row in found], [(self.official.name, "Hendra Gunawan")])
		self.assertEqual(len(found[0]), 4)  # name, full name, position, work unit: nothing else
		self.assertEqual(self.search_officials("Bambang"), [])  # retired: not involved in decisions
		checked = call_whitelisted(
			"coi_management.api.validate_link", doctype="Official", docname=self.official.name
		)
		self.assertEqual(checked.name, self.official.name)
		gone = call_whitelisted(
			"coi_management.api.validate_link", doctype="Official", docname=self.retired.name
		)
		self.assertIsNone(gone.name)
		doc = frappe.get_doc(
			{
				"doctype": "Conflict Screening",
				"party_type": "Person",
				"counterparty_name": "Hendra Gunawan",
				"officials": [{"official": self.official.name}],
			}
		).insert()
		frappe.set_user("Administrator")
		self.assertEqual(doc.officials[0].official_name, "Hendra Gunawan")
		self.assertEqual(doc.matches[0].involved, 1)

	def test_who_may_not_screen_may_not_search_officials(self):
		frappe.set_user(self.other.user)
		with self.assertRaises(frappe.PermissionError):
			self.search_officials("Hendra")
		# an official may not read a colleague: the name is answered as one that does not exist
		checked = call_whitelisted(
			"coi_management.api.validate_link", doctype="Official", docname=self.official.name
		)
		self.assertIsNone(checked.name)
		frappe.set_user("Administrator")


class TestScreeningOnAnyDocType(COITestCase):
	"""A DocType made in the test, screened by configuration alone."""

	DOCTYPE = "Screening Test Supplier"

	def tearDown(self):
		super().tearDown()
		config.clear_cache()  # the rules of a rolled-back COI Settings

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		if not frappe.db.exists("DocType", cls.DOCTYPE):
			frappe.get_doc(
				{
					"doctype": "DocType",
					"name": cls.DOCTYPE,
					"module": "Custom",
					"custom": 1,
					"is_submittable": 1,
					"autoname": "hash",
					"fields": [
						{"fieldname": "supplier_name", "fieldtype": "Data", "label": "Supplier Name"},
						{"fieldname": "tax_id", "fieldtype": "Data", "label": "Tax ID"},
						{
							"fieldname": "official",
							"fieldtype": "Link",
							"options": "Official",
							"label": "Official",
						},
					],
					"permissions": [
						{"role": "System Manager", "read": 1, "write": 1, "create": 1, "submit": 1}
					],
				}
			).insert()
		official = make_official("Rina Prasetyo")
		submitted_register(
			official,
			no_business=0,
			business=[
				{
					"ownership_form": "Shares",
					"percentage": 5,
					"company": "CV Karya Beton",
					"npwp": COMPANY_NPWP,
				}
			],
		)
		cls.official = official

	@classmethod
	def tearDownClass(cls):
		frappe.db.rollback()
		frappe.delete_doc("DocType", cls.DOCTYPE, force=True, ignore_permissions=True)
		# Frappe keeps a deleted DocType's table; uninstall must find the site as it was before
		frappe.db.sql_ddl(f"DROP TABLE IF EXISTS `tab{cls.DOCTYPE}`")
		frappe.db.commit()  # nosemgrep: the DocType this test made (DDL) is removed for good
		super().tearDownClass()

	def configure(self, **rule):
		settings = frappe.get_single("COI Settings")
		settings.append(
			"screening_rules",
			{
				"document_type": self.DOCTYPE,
				"event": "validate",
				"party_type": "Company",
				"name_field": "supplier_name",
				"npwp_field": "tax_id",
				"officials_field": "official",
				"action": "Warn",
				**rule,
			},
		)
		settings.flags.ignore_permissions = True
		settings.save()

	def supplier(self, **kw):
		return frappe.get_doc({"doctype": self.DOCTYPE, "supplier_name": "CV. Karya Beton", **kw})

	def test_without_a_rule_nothing_happens(self):
		frappe.local.message_log = []
		self.supplier().insert()
		self.assertEqual(config.rules().get(self.DOCTYPE), None)
		self.assertFalse(frappe.local.message_log)

	def test_warn_lets_the_document_through_with_a_message(self):
		self.configure()
		frappe.local.message_log = []
		doc = self.supplier().insert()
		self.assertEqual(doc.flags.coi_screening_matches, 1)
		self.assertTrue(any("Karya Beton" in str(m) for m in frappe.local.message_log))

	def test_block_on_validate_stops_a_match_by_npwp(self):
		self.configure(action="Block")
		with self.assertRaises(config.ScreeningBlocked):
			self.supplier(supplier_name="Toko Lain", tax_id="0012345678901000").insert()
		self.supplier(supplier_name="Toko Lain").insert()  # no match: saved

	def test_block_before_submit_until_a_screening_is_submitted(self):
		self.configure(action="Block", event="before_submit")
		doc = self.supplier(official=self.official.name).insert()
		with self.assertRaises(config.ScreeningBlocked):
			doc.submit()
		screening = frappe.get_doc(
			{
				"doctype": "Conflict Screening",
				"party_type": "Company",
				"counterparty_name": doc.supplier_name,
				"reference_doctype": self.DOCTYPE,
				"reference_name": doc.name,
				"officials": [{"official": self.official.name}],
			}
		).insert()
		self.assertEqual(screening.matches[0].involved, 1)
		screening.outcome = document.PROACTIVE_DECISION
		screening.submit()
		doc.reload()
		doc.submit()
		self.assertEqual(doc.docstatus, 1)
