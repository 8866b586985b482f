"""Declaration: the form's rules, the workflow per role, the hold, withdrawal and escalation."""

import frappe
from frappe.model.workflow import WorkflowTransitionError

from coi_management import api
from coi_management.core import notices, states
from coi_management.core.roles import MANAGER, SUPERIOR
from coi_management.declarations import declaration as decl
from coi_management.declarations import hold
from coi_management.tests.factories import (
	BANJARMASIN,
	SOURCE_BUSINESS,
	SOURCE_FAMILY,
	SUBKIND_FORMER_BOSS,
	SUBKIND_SPOUSE,
	DeclarationTestCase,
	commit_notices,
)


class _DeclarationForm:
	def test_superior_defaults_from_the_official(self):
		doc = self.new_declaration()
		self.assertEqual(doc.superior, self.superior.name)
		self.assertEqual(doc.deciding_superior, self.superior.name)
		self.assertEqual(doc.workflow_state, states.DRAFT)
		self.assertEqual(doc.regulation, "Perbup Semarang 28/2025")

	def test_only_a_coi_manager_may_change_the_superior(self):
		# the field is at permission level 1: the declarant's value is not taken
		doc = self.new_declaration(superior=self.head.name)
		self.assertEqual(doc.superior, self.superior.name)
		# and the controller refuses it when permission levels are bypassed
		frappe.set_user(self.declarant.user)
		doc.superior = self.head.name
		doc.flags.ignore_permissions = True
		with self.assertRaises(decl.SuperiorChangeNotAllowedError):
			doc.save()
		frappe.set_user("Administrator")
		doc = self.new_declaration(user=self.manager, superior=self.head.name)
		self.assertEqual(doc.superior, self.head.name)

	def test_an_official_declares_only_their_own_conflict(self):
		with self.assertRaises(frappe.PermissionError):
			self.new_declaration(official=self.colleague, user=self.declarant.user)

	def test_sub_kind_must_belong_to_the_source(self):
		with self.assertRaises(decl.ClassificationError):
			self.new_declaration(conflict_source=SOURCE_FAMILY, conflict_sub_kind=SUBKIND_FORMER_BOSS)

	def test_classification_of_another_profile_is_refused(self):
		with self.assertRaises(decl.ClassificationError):
			self.new_declaration(conflict_source="BJM-2020-C1", conflict_sub_kind=None)

	def test_banjarmasin_forms_types_and_sources(self):
		self.set_active_regulation(BANJARMASIN)
		doc = self.new_declaration(
			conflict_source="BJM-2020-C3",
			conflict_sub_kind=None,
			conflict_form="BJM-2020-A1",
			conflict_type="BJM-2020-B3",
		)
		self.assertEqual(doc.regulation, BANJARMASIN)
		self.assertTrue(doc.is_family_source)
		with self.assertRaises(decl.ClassificationError):
			self.new_declaration(conflict_source=SOURCE_BUSINESS, conflict_sub_kind=None)

	def test_declaration_after_the_decision_needs_a_justification(self):
		with self.assertRaises(decl.JustificationRequiredError):
			self.new_declaration(timing="After the Decision", decision_taken_on=frappe.utils.today())
		doc = self.new_declaration(
			timing="After the Decision",
			decision_taken_on=frappe.utils.today(),
			urgency_justification="Layanan air bersih darurat tidak dapat ditunda.",
		)
		self.assertEqual(doc.timing, "After the Decision")

	def test_before_the_decision_drops_justification(self):
		doc = self.new_declaration(urgency_justification="tidak perlu")
		self.assertIsNone(doc.urgency_justification)

	def test_family_source_is_always_declarable(self):
		# S Lampiran B.2.b: no "negligible" shortcut — the family conflict is declared and held
		doc = self.declared(conflict_source=SOURCE_FAMILY, conflict_sub_kind=SUBKIND_SPOUSE)
		self.assertTrue(doc.is_family_source)
		self.assertEqual(doc.workflow_state, states.DECLARED)
		self.assertTrue(doc.on_hold)
		self.assertNotIn("negligible", {field.fieldname for field in doc.meta.fields})

	def test_statement_required_to_declare(self):
		doc = self.new_declaration(statement_true=0)
		with self.assertRaises(decl.DeclarationError):
			self.act(doc, states.DECLARE, self.declarant.user)


class _DeclarationWorkflow:
	def test_declare_sets_date_deadline_and_hold(self):
		frappe.flags.current_date = "2026-11-20"
		doc = self.declared()
		self.assertEqual(doc.docstatus, 1)
		self.assertEqual(str(doc.declared_on), "2026-11-20")
		self.assertEqual(str(doc.due_date), "2026-12-01")
		self.assertTrue(doc.on_hold)
		self.assertTrue(hold.is_on_hold(self.declarant.name))
		self.assertTrue(hold.is_on_hold(self.declarant.name, "ToDo", self.reference.name))

	def test_declarant_cannot_review_their_own_declaration(self):
		doc = self.declared()
		# as a plain official the action is not even offered
		with self.assertRaises(WorkflowTransitionError):
			self.act(doc, states.START_REVIEW, self.declarant.user)
		# a declarant who is also a superior (of someone else): the superior's transitions are offered
		# only to the deciding superior (workflow condition), so not to them ...
		frappe.get_doc("User", self.declarant.user).add_roles(SUPERIOR)
		with self.assertRaises(WorkflowTransitionError):
			self.act(doc, states.START_REVIEW, self.declarant.user)
		# ... also when a COI Manager filed it for them; and the controller refuses the declarant
		# whatever the workflow offers
		filed = self.new_declaration(user=self.manager)
		filed = self.act(filed, states.DECLARE, self.manager)
		for action in (states.START_REVIEW, states.ESCALATE):
			with self.assertRaises(WorkflowTransitionError):
				self.act(filed, action, self.declarant.user)
		frappe.set_user(self.declarant.user)
		try:
			with self.assertRaises(decl.DeclarantActionError):
				decl.escalate_declaration(filed.name, "x")
		finally:
			frappe.set_user("Administrator")

	def test_only_the_deciding_superior_or_manager_reviews(self):
		doc = self.declared()
		# the superior's superior is not addressed: cannot even read it
		with self.assertRaises(frappe.PermissionError):
			self.act(doc, states.START_REVIEW, self.head.user)
		with self.assertRaises(WorkflowTransitionError):
			self.act(doc, states.START_REVIEW, self.inspector)
		doc = self.act(doc, states.START_REVIEW, self.superior.user)
		self.assertEqual(doc.workflow_state, states.UNDER_REVIEW)
		self.assertTrue(doc.on_hold)

	def test_manager_may_start_the_review(self):
		doc = self.act(self.declared(), states.START_REVIEW, self.manager)
		self.assertEqual(doc.workflow_state, states.UNDER_REVIEW)

	def test_decided_is_not_a_menu_action(self):
		doc = self.declared()
		frappe.set_user(self.superior.user)
		actions = {
			t.action for t in frappe.model.workflow.get_transitions(frappe.get_doc("Declaration", doc.name))
		}
		self.assertNotIn(states.DECIDE, actions)
		self.assertIn(states.START_REVIEW, actions)

	def test_withdraw_only_with_a_reason_and_before_review(self):
		doc = self.declared()
		with self.assertRaises(decl.WithdrawalError):
			self.act(doc, states.WITHDRAW, self.declarant.user)
		frappe.set_user(self.declarant.user)
		with self.assertRaises(decl.WithdrawalError):
			decl.withdraw(doc.name, "  ")
		withdrawn = decl.withdraw(doc.name, "Saya keliru: tidak ada hubungan keluarga.")
		frappe.set_user("Administrator")
		self.assertEqual(withdrawn.workflow_state, states.WITHDRAWN)
		self.assertEqual(withdrawn.docstatus, 2)
		self.assertFalse(hold.is_on_hold(self.declarant.name))

	def test_no_withdrawal_after_review_started(self):
		doc = self.act(self.declared(), states.START_REVIEW, self.superior.user)
		frappe.set_user(self.declarant.user)
		with self.assertRaises(decl.WithdrawalError):
			decl.withdraw(doc.name, "terlambat")

	def test_superior_cannot_withdraw(self):
		doc = self.declared()
		frappe.db.set_value("Declaration", doc.name, "withdrawal_reason", "x")
		# the superior is an official too, but Withdraw is offered only to the declarant (workflow
		# condition), and the controller refuses anyone else (check_transition)
		with self.assertRaises(WorkflowTransitionError):
			self.act(doc, states.WITHDRAW, self.superior.user)
		frappe.set_user(self.superior.user)
		try:
			with self.assertRaises((frappe.PermissionError, WorkflowTransitionError)):
				decl.withdraw(doc.name, "bukan milik saya")
		finally:
			frappe.set_user("Administrator")

	def test_self_approval_off_on_every_transition_not_made_by_the_author(self):
		authors_own = {
			("Declaration", states.DECLARE),
			("Declaration", states.WITHDRAW),
			("Control Decision", states.SUBMIT),
		}
		for workflow in ("Declaration", "Control Decision"):
			for row in frappe.get_doc("Workflow", workflow).transitions:
				with self.subTest(workflow=workflow, action=row.action, role=row.allowed):
					expected = 1 if (workflow, row.action) in authors_own else 0
					self.assertEqual(row.allow_self_approval, expected)


class _Hold:
	def test_hold_from_declared_until_decided(self):
		doc = self.new_declaration()
		self.assertFalse(hold.is_on_hold(self.declarant.name))  # a draft holds nothing
		doc = self.act(doc, states.DECLARE, self.declarant.user)
		self.assertTrue(hold.is_on_hold(self.declarant.name, "ToDo", self.reference.name))
		self.act(doc, states.START_REVIEW, self.superior.user)
		self.assertTrue(hold.is_on_hold(reference_doctype="ToDo", reference_name=self.reference.name))
		self.decide(doc)
		self.assertFalse(hold.is_on_hold(self.declarant.name, "ToDo", self.reference.name))
		doc.reload()
		self.assertEqual(doc.workflow_state, states.DECIDED)
		self.assertFalse(doc.on_hold)

	def test_hold_of_another_document_is_separate(self):
		self.declared()
		other = frappe.get_doc({"doctype": "ToDo", "description": "lain"}).insert()
		self.assertFalse(hold.is_on_hold(self.declarant.name, "ToDo", other.name))
		self.assertFalse(hold.is_on_hold(self.colleague.name))

	def test_api_checks_permissions(self):
		self.declared()
		frappe.set_user(self.superior.user)
		self.assertTrue(api.is_on_hold(official=self.declarant.name))
		frappe.set_user(self.outsider.user)
		with self.assertRaises(frappe.PermissionError):
			api.is_on_hold(official=self.declarant.name)
		with self.assertRaises(frappe.PermissionError):
			api.is_on_hold(reference_doctype="ToDo", reference_name=self.reference.name)
		frappe.set_user("Administrator")
		self.assertTrue(api.is_on_hold(reference_doctype="ToDo", reference_name=self.reference.name))
		with self.assertRaises(frappe.ValidationError):
			api.is_on_hold()

	def test_banner_status_and_boot(self):
		doc = self.declared()
		status = api.hold_status("ToDo", self.reference.name)
		self.assertEqual(status, {"on_hold": True, "declarations": [doc.name]})
		self.assertIn("ToDo", hold.hold_doctypes())
		self.assertEqual(api.official_hold_status(self.declarant.name)["declarations"], [doc.name])

	def test_boot_tells_the_desk_what_is_on_hold(self):
		from coi_management.boot import boot_session

		bootinfo = frappe._dict()
		boot_session(bootinfo)
		self.assertNotIn("ToDo", bootinfo.coi["hold_doctypes"])
		self.declared()
		boot_session(bootinfo)
		self.assertIn("ToDo", bootinfo.coi["hold_doctypes"])
		self.assertEqual(bootinfo.coi["states"]["hold"], list(states.HOLD_STATES))


class _Escalation:
	def test_conflicted_superior_is_skipped_at_declaration(self):
		# the superior has an open declaration of their own on the same document
		self.declared(official=self.superior)
		doc = self.declared()
		self.assertEqual(doc.deciding_superior, self.head.name)
		self.assertEqual(doc.escalations[0].from_superior, self.superior.name)
		self.assertEqual(doc.escalations[0].reason, decl.REASON_CONFLICT)

	def test_superior_reports_own_conflict_and_cannot_decide(self):
		doc = self.declared()
		frappe.set_user(self.superior.user)
		nxt = decl.escalate_declaration(doc.name, "Pemenang tender adalah ipar saya.")
		self.assertEqual(nxt, self.head.name)
		doc.reload()
		self.assertEqual(doc.workflow_state, states.ESCALATED)
		self.assertEqual(doc.deciding_superior_user, self.head.user)
		# the conflicted superior is no longer offered the review, nor can decide
		with self.assertRaises(WorkflowTransitionError):
			self.act(doc, states.START_REVIEW, self.superior.user)
		with self.assertRaises((decl.ConflictedSuperiorError, decl.NotDecidingSuperiorError)):
			self.new_decision(doc, superior=self.superior.name)
		# the next superior decides
		doc = self.act(doc, states.START_REVIEW, self.head.user)
		self.assertEqual(doc.workflow_state, states.UNDER_REVIEW)

	def test_conflicted_superior_cannot_start_review(self):
		doc = self.declared()
		frappe.db.set_value("Declaration", doc.name, "deciding_superior", self.superior.name)
		doc.reload()
		doc.append(
			"escalations",
			{
				"from_superior": self.superior.name,
				"to_superior": self.head.name,
				"reason": decl.REASON_CONFLICT,
			},
		)
		doc.escalations[-1].db_insert()
		with self.assertRaises(decl.ConflictedSuperiorError):
			self.act(doc, states.START_REVIEW, self.superior.user)

	def test_escalate_action_moves_up_the_chain(self):
		doc = self.act(self.declared(), states.ESCALATE, self.superior.user)
		self.assertEqual(doc.workflow_state, states.ESCALATED)
		self.assertEqual(doc.deciding_superior, self.head.name)

	def test_top_of_chain_stops_with_a_message_to_managers(self):
		doc = self.declared(official=self.head)  # decided by top, who has no superior
		self.assertEqual(doc.deciding_superior, self.top.name)
		frappe.set_user(self.top.user)
		with self.assertRaises(decl.TopOfChainError):
			decl.escalate_declaration(doc.name, "konflik")
		frappe.set_user("Administrator")
		commit_notices()
		notes = frappe.get_all(
			"Notification Log", filters={"for_user": self.manager, "document_name": doc.name}, pluck="subject"
		)
		self.assertTrue(any("tidak dapat dialihkan" in note for note in notes), notes)


class _DeclarationNotifications:
	"""Every step notice, through the one notice path (coi_management.core.notices)."""

	def bells(self, user, name) -> list[str]:
		commit_notices()
		return frappe.get_all(
			"Notification Log", filters={"for_user": user, "document_name": name}, pluck="subject"
		)

	def test_each_step_reaches_the_right_people_in_indonesian(self):
		frappe.local.lang = "en"  # the acting user's language must not leak into the notices
		doc = self.declared()
		self.assertEqual(len(self.bells(self.superior.user, doc.name)), 1)
		self.assertEqual(len(self.bells(self.declarant.user, doc.name)), 1)
		self.assertIn("Deklarasi Konflik Kepentingan baru", self.bells(self.manager, doc.name)[0])
		self.assertEqual(self.bells(self.colleague.user, doc.name), [])
		self.act(doc, states.START_REVIEW, self.superior.user)
		self.assertTrue(any("sedang diperiksa" in s for s in self.bells(self.declarant.user, doc.name)))
		self.act(doc, states.ESCALATE, self.superior.user)
		self.assertEqual(len(self.bells(self.head.user, doc.name)), 1)
		decision = self.decide(frappe.get_doc("Declaration", doc.name), user=self.head.user)
		subjects = self.bells(self.declarant.user, decision.name)
		self.assertEqual(len(subjects), 1)
		self.assertIn("Penetapan pengendalian", subjects[0])
		self.act(decision, states.ACKNOWLEDGE, self.declarant.user)
		acknowledged = self.bells(self.head.user, decision.name)
		self.assertTrue(any("diterima" in s for s in acknowledged), (acknowledged, decision.superior_user))

	def test_nothing_is_delivered_when_the_transaction_rolls_back(self):
		mark = notices.outbox_mark()
		doc = self.declared()
		self.assertGreater(len(notices.pending()), mark)
		frappe.db.after_rollback.run()  # what a rollback of the transaction runs (the test keeps its data)
		self.assertEqual(notices.pending(), [])
		self.assertEqual(self.bells(self.superior.user, doc.name), [])


class _PrintFormat:
	def test_user_values_are_escaped_in_the_print(self):
		from frappe.www.printview import get_html_and_style

		payload = '<img src=x onerror="alert(1)">'
		doc = self.declared(place=payload)  # a Data field: Frappe sanitises only text fields
		html = get_html_and_style(
			"Declaration", doc.name, print_format="Formulir Deklarasi Konflik Kepentingan"
		)["html"]
		self.assertNotIn("<img", html)
		self.assertIn("&lt;img", html)

	def test_print_format_follows_the_regulation_form(self):
		from frappe.www.printview import get_html_and_style

		doc = self.declared()
		html = get_html_and_style(
			"Declaration", doc.name, print_format="Formulir Deklarasi Konflik Kepentingan"
		)["html"]
		for text in (
			"FORMULIR DEKLARASI KONFLIK KEPENTINGAN",
			"Saya yang bertandatangan dibawah ini",
			"melakukan deklarasi Konflik Kepentingan kepada",
			"Nama Atasan",
			"Penjelasan dan uraian mengenai sumber Konflik Kepentingan yang dimiliki",
			"Pengendalian Konflik Kepentingan yang dapat disarankan kepada Atasan Pejabat (opsional)",
			"Yang Melakukan Deklarasi",
			"Staf Uji",
			"Kasi Uji",
			"Suami saya adalah direktur",
		):
			self.assertIn(text, html)


class TestDeclaration(
	_DeclarationForm,
	_DeclarationWorkflow,
	_Hold,
	_Escalation,
	_DeclarationNotifications,
	_PrintFormat,
	DeclarationTestCase,
):
	"""One class: the chain of officials is built once."""
