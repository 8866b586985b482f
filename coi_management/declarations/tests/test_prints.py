"""Prints name people and give their NIP: the Control Decision's own format (Pasal 24 wording, its
default print format), the declaration form and the interest register form."""

import frappe
from frappe.www.printview import get_html_and_style

from coi_management.tests.factories import REASSIGN, TAKEOVER, DeclarationTestCase, register_doc

DECISION_FORMAT = "Penetapan Bentuk Pengendalian"


def render(doctype, name, print_format=None):
	return get_html_and_style(doctype, name, print_format=print_format)["html"]


class TestPrints(DeclarationTestCase):
	def test_control_decision_prints_its_own_format_by_default(self):
		self.assertEqual(frappe.get_meta("Control Decision").default_print_format, DECISION_FORMAT)
		declaration = self.declared()
		decision = self.decide(declaration, option=TAKEOVER, finding="Actual Conflict")
		html = render("Control Decision", decision.name, DECISION_FORMAT)
		for text in (
			"PENETAPAN BENTUK PENGENDALIAN KONFLIK KEPENTINGAN",
			decision.name,
			declaration.name,
			self.superior.full_name,
			self.superior.name,  # NIP
			self.declarant.full_name,
			self.declarant.name,
			"Terdapat Konflik Kepentingan Aktual",
			"mengambil alih kewenangan",
			"Pasal 24 ayat (1) huruf b",
		):
			self.assertIn(text, html)
		self.assertNotIn(self.superior.user, html)  # no e-mail addresses where a name belongs

	def test_reassignment_names_the_new_holder_with_nip(self):
		declaration = self.declared()
		decision = self.decide(
			declaration, option=REASSIGN, finding="Actual Conflict", assignee=self.colleague.name
		)
		html = render("Control Decision", decision.name, DECISION_FORMAT)
		self.assertIn(f"{self.colleague.full_name}, NIP {self.colleague.name}", html)
		self.assertIn("dialihkan kepada pejabat lain", html)

	def test_declaration_and_register_forms_carry_the_nip(self):
		declaration = self.declared()
		html = render("Declaration", declaration.name, "Formulir Deklarasi Konflik Kepentingan")
		self.assertIn(self.declarant.name, html)
		self.assertIn(self.superior.name, html)
		register = register_doc(self.declarant.name).insert()
		html = render("Interest Register", register.name, "Interest Register Form")
		self.assertIn(self.declarant.name, html)
		self.assertIn("NIP", html)
