"""The decision faced is one of the document types COI Settings lists, and link options read as words."""

import frappe

from coi_management import api
from coi_management.core import references
from coi_management.setup.install import seed_reference_doctypes
from coi_management.tests.factories import SOURCE_FAMILY, DeclarationTestCase


class TestReferenceDocTypes(DeclarationTestCase):
	def test_the_default_list_is_small_and_installed(self):
		allowed = references.allowed_doctypes()
		self.assertIn("ToDo", allowed)
		self.assertLessEqual(len(allowed), len(references.DEFAULT_REFERENCE_DOCTYPES))
		self.assertTrue(all(frappe.db.exists("DocType", doctype) for doctype in allowed))
		self.assertNotIn("User", allowed)
		self.assertNotIn("Module Def", allowed)

	def test_a_declaration_naming_an_unlisted_document_type_is_refused_naming_the_field(self):
		with self.assertRaises(frappe.ValidationError) as ctx:
			self.new_declaration(reference_doctype="User", reference_name="Administrator")
		self.assertIn(frappe._("Reference Document Type"), str(ctx.exception))
		self.assertFalse(frappe.db.exists("Declaration", {"reference_doctype": "User"}))

	def test_an_administrator_lists_another_document_type(self):
		settings = frappe.get_single("COI Settings")
		settings.append("reference_doctypes", {"document_type": "User"})
		settings.save()
		doc = self.new_declaration(reference_doctype="User", reference_name="Administrator")
		self.assertEqual(doc.reference_doctype, "User")

	def test_the_list_is_seeded_once_and_an_administrators_choice_stays(self):
		settings = frappe.get_single("COI Settings")
		settings.set("reference_doctypes", [{"document_type": "Event"}])
		settings.save()
		seed_reference_doctypes()
		self.assertEqual(references.allowed_doctypes(), ["Event"])

	def test_a_screening_rules_document_type_may_be_the_screenings_reference(self):
		settings = frappe.get_single("COI Settings")
		settings.append(
			"screening_rules", {"document_type": "Note", "event": "validate", "name_field": "title"}
		)
		settings.save()
		self.assertIn("Note", references.allowed_doctypes(include_screening_rules=True))
		self.assertNotIn("Note", references.allowed_doctypes())


class TestLinkOptionsInWords(DeclarationTestCase):
	def test_a_classification_option_shows_its_title_and_article_never_its_code(self):
		frappe.set_user(self.declarant.user)
		results = api.search_link(
			"COI Classification", "keluarga", filters={"classification_type": "Conflict Source"}
		)
		frappe.set_user("Administrator")
		family = next(row for row in results if row["value"] == SOURCE_FAMILY)
		title, article = frappe.db.get_value("COI Classification", SOURCE_FAMILY, ["title", "article"])
		self.assertEqual((family["label"], family["description"]), (title, article))
		self.assertNotIn("SMG", family["description"])
		self.assertNotIn("Conflict Source", family["description"])

	def test_a_document_type_option_shows_no_module(self):
		results = api.search_link("DocType", "ToDo")
		todo = next(row for row in results if row["value"] == "ToDo")
		self.assertEqual(todo["description"], "")
