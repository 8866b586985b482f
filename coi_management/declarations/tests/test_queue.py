"""Queues: the person a declaration, a decision or a complaint waits for holds an open assignment
(ToDo), closed when they act; the ToDo says nothing confidential (core/queue.py)."""

import frappe

from coi_management.core import states
from coi_management.declarations import control_decision as control
from coi_management.declarations import declaration as decl
from coi_management.tests.factories import BANJARMASIN, DeclarationTestCase


def todos(doc, status="Open"):
	return frappe.get_all(
		"ToDo",
		filters={"reference_type": doc.doctype, "reference_name": doc.name, "status": status},
		fields=["allocated_to", "date", "description", "assigned_by"],
	)


def assigned(doc):
	return {row.allocated_to for row in todos(doc)}


class TestDeclarationQueue(DeclarationTestCase):
	def test_declared_declaration_waits_for_the_deciding_superior(self):
		doc = self.declared()
		rows = todos(doc)
		self.assertEqual([row.allocated_to for row in rows], [self.superior.user])
		self.assertEqual(str(rows[0].date), str(doc.due_date))
		# the list filter "Awaiting My Action" reads _assign
		self.assertIn(self.superior.user, frappe.db.get_value("Declaration", doc.name, "_assign"))
		# nothing of the declaration's content, nor the declarant, in the ToDo
		for secret in (doc.decision_faced, doc.source_explanation, doc.official_name):
			self.assertNotIn(secret, rows[0].description)
		self.assertIn(doc.name, rows[0].description)
		# not shared: the superior reads it by the record rule, and a draft has no assignment
		self.assertFalse(frappe.get_all("DocShare", filters={"share_name": doc.name}))
		self.assertFalse(todos(self.new_declaration()))

	def test_escalation_hands_the_assignment_over(self):
		doc = self.declared()
		frappe.set_user(self.superior.user)
		decl.escalate_declaration(doc.name, "saya juga berkonflik")
		frappe.set_user("Administrator")
		self.assertEqual(assigned(doc), {self.head.user})
		self.assertEqual({row.allocated_to for row in todos(doc, "Closed")}, {self.superior.user})
		_assign = frappe.db.get_value("Declaration", doc.name, "_assign")
		self.assertNotIn(self.superior.user, _assign)
		self.assertIn(self.head.user, _assign)

	def test_decision_closes_the_assignment(self):
		doc = self.declared()
		self.act(doc, states.START_REVIEW, self.superior.user)
		self.assertEqual(assigned(doc), {self.superior.user})  # still to decide
		self.decide(doc)
		self.assertFalse(todos(doc))
		self.assertEqual({row.allocated_to for row in todos(doc, "Closed")}, {self.superior.user})

	def test_withdrawal_closes_the_assignment(self):
		doc = self.declared()
		frappe.set_user(self.declarant.user)
		decl.withdraw(doc.name, "Salah pilih dokumen")
		frappe.set_user("Administrator")
		self.assertFalse(todos(doc))

	def test_banjarmasin_reviewer_is_assigned_until_the_review(self):
		self.set_active_regulation(BANJARMASIN)
		declaration = self.declared(conflict_source="BJM-2020-C3", conflict_sub_kind=None)
		decision = self.decide(declaration, option="BJM-2020-D4b", finding="Actual Conflict")
		self.assertEqual(assigned(decision), {self.head.user})
		self.assertEqual(str(todos(decision)[0].date), str(decision.review_due_date))
		frappe.set_user(self.head.user)
		control.submit_review(decision.name, "Pengendalian sudah tepat.")
		frappe.set_user("Administrator")
		self.assertFalse(todos(decision))
