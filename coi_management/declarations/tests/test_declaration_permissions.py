"""Who sees which Declaration and Control Decision, over every channel: list, report view,
document, REST, link search, print."""

import frappe
from frappe.desk.reportview import execute as reportview_execute
from frappe.desk.search import search_link
from frappe.www.printview import get_html_and_style

from coi_management.tests.factories import DeclarationTestCase


class TestDeclarationPermissions(DeclarationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		self = cls("run")
		self.setUp()
		self.make_declaration_scenario()

	def setUp(self):
		frappe.set_user("Administrator")
		frappe.db.savepoint("coi_test")

	def channels(self, doctype, names, user):
		frappe.set_user(user)
		try:
			if not frappe.has_permission(doctype, "read"):
				with self.assertRaises(frappe.PermissionError):
					frappe.get_list(doctype)
				for name in names:
					self.assertFalse(frappe.has_permission(doctype, "read", doc=name))
					with self.assertRaises(frappe.PermissionError):
						frappe.client.get(doctype, name)
				return set()
			listed = set(frappe.get_list(doctype, pluck="name", limit_page_length=0)) & names
			report = {
				row.name for row in reportview_execute(doctype, fields=["name"], limit_page_length=0)
			} & names
			self.assertEqual(listed, report, "list and report view disagree")
			readable = {name for name in names if frappe.has_permission(doctype, "read", doc=name)}
			self.assertEqual(listed, readable, "list and document access disagree")
			for name in names:
				if name in readable:
					self.assertEqual(frappe.client.get(doctype, name)["name"], name)
					self.assertTrue(
						get_html_and_style(doctype, name)["html"], f"{doctype} {name} prints nothing"
					)
				else:
					with self.assertRaises(frappe.PermissionError):
						frappe.client.get(doctype, name)
					with self.assertRaises(frappe.PermissionError):
						get_html_and_style(doctype, name)
			found = {row["value"] for row in search_link(doctype, "", page_length=100)} & names
			self.assertEqual(found, listed, "link search disagrees")
			return listed
		finally:
			frappe.set_user("Administrator")

	def test_declarant_sees_own_declarations_and_submitted_decisions(self):
		self.assertEqual(
			self.channels("Declaration", self.declarations, self.declarant.user),
			{self.open.name, self.escalated.name, self.draft.name, self.decided.name},
		)
		self.assertEqual(
			self.channels("Control Decision", self.decisions, self.declarant.user), {self.decision.name}
		)

	def test_superior_sees_what_is_addressed_to_them_never_drafts(self):
		self.assertEqual(
			self.channels("Declaration", self.declarations, self.superior.user),
			{self.open.name, self.escalated.name, self.colleague_decl.name, self.decided.name},
		)
		self.assertEqual(
			self.channels("Control Decision", self.decisions, self.superior.user), self.decisions
		)

	def test_next_superior_sees_only_what_was_escalated(self):
		self.assertEqual(
			self.channels("Declaration", self.declarations, self.head.user), {self.escalated.name}
		)
		self.assertEqual(self.channels("Control Decision", self.decisions, self.head.user), set())

	def test_manager_sees_all_and_inspector_all_but_drafts(self):
		self.assertEqual(self.channels("Declaration", self.declarations, self.manager), self.declarations)
		self.assertEqual(self.channels("Control Decision", self.decisions, self.manager), self.decisions)
		# SPEC: the inspector reads every declaration past draft, and every decision
		self.assertEqual(
			self.channels("Declaration", self.declarations, self.inspector),
			self.declarations - {self.draft.name},
		)
		self.assertEqual(self.channels("Control Decision", self.decisions, self.inspector), self.decisions)

	def test_outsiders_see_nothing(self):
		for user in (self.outsider.user, self.executive, self.top.user):
			self.assertEqual(self.channels("Declaration", self.declarations, user), set())

	def test_inspector_reads_but_cannot_write(self):
		frappe.set_user(self.inspector)
		self.assertFalse(frappe.has_permission("Declaration", "write", doc=self.open.name))
		self.assertFalse(frappe.has_permission("Control Decision", "create"))

	def test_official_cannot_create_decisions(self):
		frappe.set_user(self.colleague.user)
		self.assertFalse(frappe.has_permission("Control Decision", "create"))
