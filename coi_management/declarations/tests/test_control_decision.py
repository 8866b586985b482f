"""Control Decision: controls from the profile, who decides, one decision per declaration,
proactive decisions, acknowledgement by the declarant."""

import threading

import frappe
from frappe.model.workflow import WorkflowTransitionError

from coi_management.core import states
from coi_management.core.roles import SUPERIOR
from coi_management.declarations import control_decision as control
from coi_management.declarations import declaration as decl
from coi_management.declarations import hold
from coi_management.tests.factories import (
	BANJARMASIN,
	CONTINUE,
	DIVESTMENT,
	REASSIGN,
	RESTRICTED,
	ROTATION,
	SOURCE_BUSINESS,
	TAKEOVER,
	DeclarationTestCase,
)


class TestControlDecision(DeclarationTestCase):
	def new_proactive_decision(self, **kw):
		"""S 23(8): a rotation the superior decides for the declarant without a declaration."""
		return self.new_decision(
			None,
			official=self.declarant.name,
			option=ROTATION,
			finding="Actual Conflict",
			follow_up_due_date=frappe.utils.add_days(frappe.utils.today(), 30),
			**kw,
		)

	def test_decision_closes_the_declaration_and_lifts_the_hold(self):
		declaration = self.act(self.declared(), states.START_REVIEW, self.superior.user)
		decision = self.decide(declaration, option=TAKEOVER, finding="Actual Conflict")
		self.assertEqual(decision.workflow_state, states.SUBMITTED)
		self.assertEqual(decision.authority_holder, self.superior.name)
		declaration.reload()
		self.assertEqual(declaration.workflow_state, states.DECIDED)
		self.assertEqual(declaration.control_decision, decision.name)
		self.assertFalse(declaration.on_hold)
		self.assertFalse(hold.is_on_hold(self.declarant.name))

	def test_decide_button_maps_the_declaration_to_a_new_decision(self):
		declaration = self.declared(official=self.superior)  # decided by head, not the default
		frappe.set_user(self.head.user)
		try:
			mapped = control.make_from_declaration(declaration.name)
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(mapped.doctype, "Control Decision")
		self.assertTrue(mapped.is_new())
		self.assertEqual(mapped.declaration, declaration.name)
		self.assertEqual(mapped.official, self.superior.name)
		self.assertEqual(mapped.superior, self.head.name)  # the deciding superior
		self.assertEqual(mapped.superior_name, "Kadis Uji")
		self.assertEqual((mapped.reference_doctype, mapped.reference_name), ("ToDo", self.reference.name))
		self.assertEqual(str(mapped.due_date), str(declaration.due_date))
		self.assertFalse(mapped.workflow_state)

	def test_decide_button_refused_to_outsiders_and_on_closed_declarations(self):
		declaration = self.declared()
		frappe.set_user(self.outsider.user)
		try:
			with self.assertRaises(frappe.PermissionError):
				control.make_from_declaration(declaration.name)
		finally:
			frappe.set_user("Administrator")
		self.decide(declaration)
		with self.assertRaises(frappe.ValidationError):
			control.make_from_declaration(declaration.name)

	def test_decision_straight_from_declared(self):
		declaration = self.declared()
		self.decide(declaration)
		self.assertEqual(
			frappe.db.get_value("Declaration", declaration.name, "workflow_state"), states.DECIDED
		)

	def test_declarant_cannot_decide_their_own_declaration(self):
		declaration = self.declared()
		frappe.get_doc("User", self.declarant.user).add_roles(SUPERIOR)
		with self.assertRaises(decl.DeclarantActionError):
			self.new_decision(declaration, user=self.declarant.user, superior=self.superior.name)

	def test_other_superior_cannot_decide(self):
		declaration = self.declared()
		with self.assertRaises(frappe.PermissionError):
			self.new_decision(declaration, user=self.head.user, superior=self.head.name)

	def test_conflicted_superior_cannot_decide(self):
		self.declared(official=self.superior)  # the superior's own conflict in the same document
		declaration = self.declared()
		self.assertEqual(declaration.deciding_superior, self.head.name)
		with self.assertRaises(decl.NotDecidingSuperiorError):
			self.new_decision(declaration, user=self.superior.user, superior=self.superior.name)
		# the superior's superior decides
		decision = self.decide(declaration, user=self.head.user)
		self.assertEqual(decision.superior, self.head.name)

	def test_conflict_recorded_on_the_declaration_blocks_the_superior(self):
		declaration = self.declared()
		frappe.set_user(self.superior.user)
		decl.escalate_declaration(declaration.name, "ipar saya")
		frappe.set_user("Administrator")
		# even a COI Manager cannot record a decision in the conflicted superior's name
		with self.assertRaises((decl.ConflictedSuperiorError, decl.NotDecidingSuperiorError)):
			self.new_decision(
				frappe.get_doc("Declaration", declaration.name),
				user=self.manager,
				superior=self.superior.name,
			)

	def test_manager_assists_and_submits_for_the_deciding_superior(self):
		declaration = self.declared()
		decision = self.decide(declaration, user=self.manager)
		self.assertEqual(decision.superior, self.superior.name)

	def test_finding_must_fit_the_option(self):
		with self.assertRaises(control.ControlDecisionError):
			self.new_decision(self.declared(), option=TAKEOVER, finding="No Actual Conflict")

	def test_option_of_another_profile_is_refused(self):
		with self.assertRaises(control.ControlDecisionError):
			self.new_decision(self.declared(), option="BJM-2020-D4b", finding="Actual Conflict")

	def test_preventive_never_the_answer_to_a_declaration(self):
		declaration = self.declared()
		for option in (DIVESTMENT, ROTATION):
			with self.assertRaises(control.PreventiveAtDeclarationError):
				self.new_decision(
					declaration, option=option, finding="Actual Conflict", follow_up_due_date="2099-01-01"
				)
		# as a recommendation beside the control it is allowed, with a follow-up date
		with self.assertRaises(frappe.MandatoryError):
			self.new_decision(declaration, preventive_recommendation=DIVESTMENT)
		decision = self.new_decision(
			declaration,
			preventive_recommendation=DIVESTMENT,
			preventive_follow_up_date=frappe.utils.add_days(frappe.utils.today(), 90),
		)
		self.assertEqual(decision.preventive_recommendation, DIVESTMENT)

	def test_reassignment_names_an_official_without_a_conflict(self):
		declaration = self.declared()
		with self.assertRaises(frappe.MandatoryError):
			self.new_decision(declaration, option=REASSIGN, finding="Actual Conflict")
		with self.assertRaises(control.AssigneeConflictError):
			self.new_decision(
				declaration, option=REASSIGN, finding="Actual Conflict", assignee=self.declarant.name
			)
		self.declared(official=self.colleague)  # the colleague is conflicted in the same document
		with self.assertRaises(control.AssigneeConflictError):
			self.new_decision(
				declaration, option=REASSIGN, finding="Actual Conflict", assignee=self.colleague.name
			)
		decision = self.decide(
			declaration, option=REASSIGN, finding="Actual Conflict", assignee=self.outsider.name
		)
		self.assertEqual(decision.authority_holder, self.outsider.name)

	def test_restricted_access_needs_its_scope(self):
		declaration = self.declared()
		with self.assertRaises(frappe.MandatoryError):
			self.new_decision(declaration, option=RESTRICTED, finding="Actual Conflict")
		decision = self.new_decision(
			declaration, option=RESTRICTED, finding="Actual Conflict", restrict_voting=1
		)
		self.assertTrue(decision.restrict_voting)
		self.assertEqual(decision.authority_holder, self.declarant.name)

	def test_scope_and_assignee_cleared_when_not_required(self):
		decision = self.new_decision(self.declared(), restrict_voting=1, assignee=self.outsider.name)
		self.assertFalse(decision.restrict_voting)
		self.assertIsNone(decision.assignee)

	def test_two_decisions_on_one_declaration_exactly_one_wins(self):
		declaration = self.declared()
		first = self.new_decision(declaration, user=self.superior.user)
		second = self.new_decision(declaration, user=self.manager)
		self.act(first, states.SUBMIT, self.superior.user)
		with self.assertRaises(control.DuplicateDecisionError):
			self.act(second, states.SUBMIT, self.manager)
		self.assertEqual(
			frappe.db.count("Control Decision", {"declaration": declaration.name, "docstatus": 1}), 1
		)

	def test_proactive_decision_without_declaration(self):
		# S 23(8): the superior knows of a conflict nobody declared
		decision = self.new_proactive_decision(reference_doctype="ToDo", reference_name=self.reference.name)
		self.assertTrue(decision.is_proactive)
		self.assertEqual(decision.superior, self.superior.name)
		decision = self.act(decision, states.SUBMIT, self.superior.user)
		self.assertEqual(decision.docstatus, 1)
		with self.assertRaises(frappe.MandatoryError):
			self.new_decision(None, official=self.declarant.name, option=ROTATION, finding="Actual Conflict")

	def test_family_source_closed_as_no_conflict_only_by_stating_the_family_member_does_not_face_the_authority(
		self,
	):
		# S Lampiran B.2.a-b: declared whatever its size; an actual conflict whenever the family member
		# faces the official's authority
		declaration = self.declared()
		self.assertTrue(declaration.is_family_source)
		decision = self.new_decision(declaration, family_not_facing=0)
		self.assertTrue(decision.is_family_source)
		with self.assertRaises(control.FamilyFindingError) as ctx:
			self.act(decision, states.SUBMIT, self.superior.user)
		self.assertIn(frappe._("Family Member Is Not Facing the Official's Authority"), str(ctx.exception))
		self.assertEqual(
			frappe.db.get_value("Declaration", declaration.name, "workflow_state"), states.DECLARED
		)
		frappe.db.set_value("Control Decision", decision.name, "family_not_facing", 1)
		self.assertEqual(self.act(decision, states.SUBMIT, self.superior.user).docstatus, 1)

	def test_family_source_with_an_actual_conflict_needs_no_statement(self):
		decision = self.decide(
			self.declared(), option=TAKEOVER, finding="Actual Conflict", family_not_facing=1
		)
		self.assertEqual((decision.docstatus, decision.family_not_facing), (1, 0))

	def test_a_business_source_declaration_needs_no_family_statement(self):
		declaration = self.declared(conflict_source=SOURCE_BUSINESS, conflict_sub_kind=None)
		decision = self.decide(declaration, family_not_facing=0)
		self.assertEqual((decision.docstatus, decision.is_family_source), (1, 0))

	def test_the_decision_faced_is_the_declarations_own(self):
		declaration = self.declared()
		other = frappe.get_doc({"doctype": "ToDo", "description": "Pengadaan lain"}).insert()
		decision = self.new_decision(declaration, reference_doctype="ToDo", reference_name=other.name)
		self.assertEqual((decision.reference_doctype, decision.reference_name), ("ToDo", self.reference.name))

	def test_a_proactive_decision_names_only_a_listed_document_type(self):
		with self.assertRaises(frappe.ValidationError) as ctx:
			self.new_proactive_decision(reference_doctype="User", reference_name="Administrator")
		self.assertIn(frappe._("Reference Document Type"), str(ctx.exception))

	def test_proactive_decision_only_by_a_superior_of_the_official(self):
		with self.assertRaises(control.ControlDecisionError):
			self.new_decision(None, official=self.outsider.name, superior=self.superior.name)

	def test_acknowledged_by_the_declarant_only(self):
		decision = self.decide(self.declared())
		# the deciding superior authored it: self-approval is off
		with self.assertRaises(frappe.ValidationError):
			self.act(decision, states.ACKNOWLEDGE, self.superior.user)
		with self.assertRaises((WorkflowTransitionError, frappe.PermissionError)):
			self.act(decision, states.ACKNOWLEDGE, self.colleague.user)
		decision = self.act(decision, states.ACKNOWLEDGE, self.declarant.user)
		self.assertEqual(decision.workflow_state, states.ACKNOWLEDGED)
		self.assertTrue(decision.acknowledged_on)

	def test_decision_date_checked_against_the_deadline(self):
		frappe.flags.current_date = "2026-11-20"
		declaration = self.declared()
		frappe.flags.current_date = "2026-12-02"
		decision = self.new_decision(declaration)
		self.assertEqual(str(decision.due_date), "2026-12-01")
		self.assertTrue(decision.decided_late)

	def test_banjarmasin_review_by_the_next_superior(self):
		self.set_active_regulation(BANJARMASIN)
		frappe.flags.current_date = "2025-12-29"
		declaration = self.declared(conflict_source="BJM-2020-C3", conflict_sub_kind=None)
		self.assertEqual(str(declaration.due_date), "2026-01-02")
		frappe.flags.current_date = "2025-12-31"
		decision = self.decide(declaration, option="BJM-2020-D4b", finding="Actual Conflict")
		self.assertEqual(decision.reviewer, self.head.name)
		self.assertEqual(str(decision.review_due_date), "2026-01-02")
		frappe.set_user(self.head.user)
		control.submit_review(decision.name, "Pengendalian sudah tepat.")
		frappe.set_user("Administrator")
		self.assertEqual(
			str(frappe.db.get_value("Control Decision", decision.name, "reviewed_on")), "2025-12-31"
		)


class TestConcurrentDecisions(DeclarationTestCase):
	"""Two superiors submit at the same moment on separate connections: exactly one decision."""

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.flags.current_date = None  # the test committed: there is no savepoint to return to

	def test_concurrent_submissions(self):
		from frappe.model.workflow import apply_workflow

		declaration = self.declared()
		first = self.new_decision(declaration, user=self.superior.user)
		second = self.new_decision(declaration, user=self.manager)
		frappe.db.commit()  # nosemgrep: the other connections must see the records; cleaned below
		site = frappe.local.site
		results, barrier = {}, threading.Barrier(2)

		def submit(name, user):
			frappe.init(site=site)
			frappe.connect()
			try:
				frappe.set_user(user)
				barrier.wait(timeout=30)
				apply_workflow(frappe.get_doc("Control Decision", name).as_dict(), states.SUBMIT)
				frappe.db.commit()
				results[name] = "submitted"
			except Exception as exc:
				frappe.db.rollback()
				results[name] = type(exc).__name__
			finally:
				frappe.destroy()

		try:
			threads = [
				threading.Thread(target=submit, args=(first.name, self.superior.user)),
				threading.Thread(target=submit, args=(second.name, self.manager)),
			]
			for thread in threads:
				thread.start()
			for thread in threads:
				thread.join(timeout=120)
			frappe.db.rollback()  # a fresh snapshot: read what the other connections committed
			self.assertEqual(sorted(results.values()), ["DuplicateDecisionError", "submitted"], results)
			self.assertEqual(
				frappe.db.count("Control Decision", {"declaration": declaration.name, "docstatus": 1}), 1
			)
		finally:
			for name in (first.name, second.name):
				frappe.db.delete("Control Decision", {"name": name})
			frappe.db.delete("Declaration Escalation", {"parent": declaration.name})
			frappe.db.delete("Declaration", {"name": declaration.name})
			frappe.db.delete(
				"Notification Log", {"document_name": ("in", [declaration.name, first.name, second.name])}
			)
			frappe.db.delete(
				"Email Queue", {"reference_name": ("in", [declaration.name, first.name, second.name])}
			)
			frappe.db.delete("Version", {"docname": ("in", [declaration.name, first.name, second.name])})
			frappe.db.delete(
				"Comment", {"reference_name": ("in", [declaration.name, first.name, second.name])}
			)
			frappe.db.commit()  # nosemgrep: cleaning what this test committed

	@classmethod
	def tearDownClass(cls):
		"""The commit above also committed the class's officials and users: remove them."""
		frappe.set_user("Administrator")
		frappe.db.rollback()
		officials = [
			cls.top.name,
			cls.head.name,
			cls.superior.name,
			cls.declarant.name,
			cls.colleague.name,
			cls.outsider.name,
		]
		users = [
			o.user for o in (cls.top, cls.head, cls.superior, cls.declarant, cls.colleague, cls.outsider)
		]
		users += [cls.manager, cls.inspector, cls.executive]
		units = list({o.work_unit for o in (cls.top,)})
		frappe.db.delete("Official", {"name": ("in", officials)})
		frappe.db.delete("Has Role", {"parent": ("in", users)})
		frappe.db.delete("Notification Log", {"for_user": ("in", users)})
		frappe.db.delete("User", {"name": ("in", users)})
		frappe.db.delete("ToDo", {"name": cls.reference.name})
		frappe.db.delete("Work Unit", {"name": ("in", units)})
		frappe.db.commit()  # nosemgrep: cleaning what this test committed
		super().tearDownClass()
