"""No dead ends: a person is offered only the actions they may take, and can undo their own draft."""

import frappe
from frappe.model.workflow import get_transitions

from coi_management.core import states
from coi_management.tests.factories import DeclarationTestCase


def actions(doc, user):
	frappe.set_user(user)
	try:
		return {t.action for t in get_transitions(frappe.get_doc(doc.doctype, doc.name))}
	finally:
		frappe.set_user("Administrator")


class TestOnlyPossibleActions(DeclarationTestCase):
	def test_the_superior_is_not_offered_the_withdrawal(self):
		doc = self.declared()
		self.assertIn(states.WITHDRAW, actions(doc, self.declarant.user))
		superior_actions = actions(doc, self.superior.user)
		self.assertNotIn(states.WITHDRAW, superior_actions)
		self.assertIn(states.START_REVIEW, superior_actions)

	def test_a_superior_who_does_not_decide_is_offered_nothing_of_the_superior(self):
		# the superior's own declaration, addressed to the head: the superior (who holds COI
		# Superior for his own staff) is offered only the declarant's withdrawal; the head, who
		# decides, the review and the escalation, never the withdrawal
		own = self.declared(official=self.superior)
		self.assertEqual(actions(own, self.superior.user), {states.WITHDRAW})
		head_actions = actions(own, self.head.user)
		self.assertIn(states.START_REVIEW, head_actions)
		self.assertIn(states.ESCALATE, head_actions)
		self.assertNotIn(states.WITHDRAW, head_actions)


class TestOwnDraftDecision(DeclarationTestCase):
	def test_the_author_deletes_their_wrong_draft(self):
		declaration = self.declared()
		draft = self.new_decision(declaration)
		frappe.set_user(self.superior.user)
		try:
			frappe.delete_doc("Control Decision", draft.name)
		finally:
			frappe.set_user("Administrator")
		self.assertFalse(frappe.db.exists("Control Decision", draft.name))

	def test_a_decision_once_submitted_stays(self):
		declaration = self.declared()
		decision = self.decide(declaration)
		frappe.set_user(self.superior.user)
		try:
			with self.assertRaises((frappe.PermissionError, frappe.ValidationError)):
				frappe.delete_doc("Control Decision", decision.name)
		finally:
			frappe.set_user("Administrator")
		self.assertTrue(frappe.db.exists("Control Decision", decision.name))

	def test_another_users_draft_is_not_deleted(self):
		declaration = self.declared()
		draft = self.new_decision(declaration, user=self.manager)
		frappe.set_user(self.superior.user)
		try:
			with self.assertRaises(frappe.PermissionError):
				frappe.delete_doc("Control Decision", draft.name)
		finally:
			frappe.set_user("Administrator")
		self.assertTrue(frappe.db.exists("Control Decision", draft.name))
