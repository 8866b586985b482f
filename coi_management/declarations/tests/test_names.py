"""Names, not NIPs: the names fetched from an Official link follow the link whenever the app moves
it - on escalation (after submit, where Frappe no longer fetches) and when a draft decision's
outcome changes who holds the authority (issue 11's stale-name bugs)."""

import frappe

from coi_management.declarations import declaration as decl
from coi_management.declarations import hold
from coi_management.tests.factories import CONTINUE, TAKEOVER, DeclarationTestCase


class TestNamesFollowTheLinks(DeclarationTestCase):
	def test_escalation_names_the_new_deciding_superior(self):
		doc = self.declared()
		self.assertEqual(doc.deciding_superior_name, self.superior.full_name)
		frappe.set_user(self.superior.user)
		decl.escalate_declaration(doc.name, "saya juga berkonflik")
		frappe.set_user("Administrator")
		stored = frappe.get_doc("Declaration", doc.name)
		self.assertEqual(stored.deciding_superior, self.head.name)
		self.assertEqual(stored.deciding_superior_name, self.head.full_name)
		# the previous superior is refused with a message naming the one who decides now
		frappe.set_user(self.superior.user)
		try:
			with self.assertRaises(frappe.PermissionError) as refused:
				decl.escalate_declaration(doc.name, "lagi")
		finally:
			frappe.set_user("Administrator")
		self.assertIn(self.head.full_name, str(refused.exception))
		self.assertNotIn(self.superior.full_name, str(refused.exception))

	def test_conflicted_superior_skipped_at_declaration_is_not_named(self):
		# the superior is on hold for the same document: the declaration goes to the head at once
		self.declared(official=self.superior)
		self.assertTrue(hold.is_on_hold(self.superior.name, "ToDo", self.reference.name))
		doc = self.declared()
		self.assertEqual(doc.deciding_superior, self.head.name)
		self.assertEqual(
			frappe.db.get_value("Declaration", doc.name, "deciding_superior_name"), self.head.full_name
		)

	def test_changing_a_draft_decisions_outcome_renames_the_authority_holder(self):
		declaration = self.declared()
		decision = self.new_decision(declaration, option=CONTINUE)
		self.assertEqual(decision.authority_holder_name, self.declarant.full_name)
		frappe.set_user(self.superior.user)
		decision = frappe.get_doc("Control Decision", decision.name)
		decision.finding = "Actual Conflict"
		decision.control_option = TAKEOVER
		decision.save()
		frappe.set_user("Administrator")
		stored = frappe.get_doc("Control Decision", decision.name)
		self.assertEqual(stored.authority_holder, self.superior.name)
		self.assertEqual(stored.authority_holder_name, self.superior.full_name)
