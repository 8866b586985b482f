"""Writes a hostile user tried over REST (issue: the hold and the decision tampered with, messages
forged, evidence re-attached, roles combined): each must be refused, and the record unchanged."""

import base64
import json

import frappe
from frappe.model.workflow import WorkflowTransitionError

from coi_management.complaints import tracking
from coi_management.complaints.messages import MessageTamperingError
from coi_management.complaints.tests.test_complaint import submit_web_form
from coi_management.core import org, states
from coi_management.core.immutable import ProtectedFieldError
from coi_management.core.roles import ADMINISTRATOR, EXECUTIVE, INSPECTOR, MANAGER
from coi_management.tests.factories import (
	DeclarationTestCase,
	call_whitelisted,
	make_official,
	make_user,
	register_doc,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class TestHostileWrites(DeclarationTestCase):
	def as_user(self, user, cmd, **form):
		frappe.set_user(user)
		try:
			return call_whitelisted(cmd, **form)
		finally:
			frappe.set_user("Administrator")

	def set_value(self, user, doc, values):
		return self.as_user(
			user,
			"frappe.client.set_value",
			doctype=doc.doctype,
			name=doc.name,
			fieldname=json.dumps(values, default=str),
		)

	# ------------------------------------------------------------ declaration after submit
	def test_declarant_cannot_choose_who_decides_or_move_the_deadline(self):
		declaration = self.declared()
		draft_decision = self.new_decision(declaration)
		for values in (
			{"deciding_superior": self.head.name},
			{"due_date": "2099-12-31"},
			{"on_hold": 0},
			{"control_decision": draft_decision.name},
			{"decided_on": "2026-01-01"},
			{"overdue_escalated": 1},
		):
			for user in (self.declarant.user, self.superior.user):
				with self.subTest(values=values, user=user), self.assertRaises(frappe.PermissionError):
					self.set_value(user, declaration, values)
		stored = frappe.get_doc("Declaration", declaration.name)
		self.assertEqual(
			(stored.deciding_superior, str(stored.due_date), stored.on_hold, stored.control_decision),
			(declaration.deciding_superior, str(declaration.due_date), 1, None),
		)

	def test_escalation_rows_are_not_sent_by_users(self):
		declaration = frappe.get_doc("Declaration", self.declared().name)
		payload = declaration.as_dict()
		payload["escalations"] = [
			{"from_superior": self.superior.name, "to_superior": self.outsider.name, "reason": "Conflict"}
		]
		with self.assertRaises(ProtectedFieldError):
			self.as_user(self.superior.user, "frappe.client.save", doc=json.dumps(payload, default=str))
		self.assertEqual(frappe.get_doc("Declaration", declaration.name).escalations, [])

	def test_decided_only_by_submitting_a_decision(self):
		declaration = self.declared()
		draft = self.new_decision(declaration)
		with self.assertRaises(frappe.PermissionError):
			self.set_value(self.superior.user, declaration, {"control_decision": draft.name})
		# the workflow's condition or the controller: either way, not without a submitted decision
		with self.assertRaises((frappe.PermissionError, WorkflowTransitionError)):
			self.act(declaration, states.DECIDE, self.superior.user)
		stored = frappe.get_doc("Declaration", declaration.name)
		self.assertEqual((stored.workflow_state, stored.on_hold), (states.DECLARED, 1))

	# ------------------------------------------------------------ control decision
	def test_rules_of_a_decision_run_on_submit_as_on_save(self):
		declaration = self.declared()
		draft = self.new_decision(declaration)
		for values, refused in (
			({"decision_date": "2099-12-31"}, frappe.ValidationError),  # in the future
			({"control_option": "SMG-2025-24.2a"}, frappe.ValidationError),  # preventive, not a control
			({"superior": self.outsider.name}, (frappe.ValidationError, frappe.PermissionError)),
		):
			payload = {**frappe.get_doc("Control Decision", draft.name).as_dict(), **values}
			with self.subTest(values=values), self.assertRaises(refused):
				self.as_user(self.superior.user, "frappe.client.submit", doc=json.dumps(payload, default=str))
		self.assertFalse(
			frappe.db.exists("Control Decision", {"declaration": declaration.name, "docstatus": 1})
		)

	def test_official_cannot_stamp_acknowledgement_or_review(self):
		decision = self.decide(self.declared())
		for values in ({"acknowledged_on": "2026-01-01 10:00:00"}, {"reviewed_on": "2026-01-01"}):
			with self.subTest(values=values), self.assertRaises(frappe.PermissionError):
				self.set_value(self.declarant.user, decision, values)
		stored = frappe.get_doc("Control Decision", decision.name)
		self.assertEqual((stored.acknowledged_on, stored.reviewed_on), (None, None))

	# ------------------------------------------------------------ roles combined
	def test_organisation_wide_roles_never_write_another_persons_filing(self):
		for role in (EXECUTIVE, INSPECTOR, ADMINISTRATOR, MANAGER):
			official = make_official(f"Gabungan {role}")
			frappe.get_doc("User", official.user).add_roles(role)
			frappe.set_user(official.user)
			try:
				with self.subTest(role=role), self.assertRaises(frappe.PermissionError):
					register_doc(self.colleague.name).insert()
				draft = None
				frappe.set_user("Administrator")
				draft = self.new_declaration()
				frappe.set_user(official.user)
				with self.subTest(role=role, doctype="Declaration"):
					self.assertEqual(
						frappe.has_permission("Declaration", "write", doc=draft.name),
						role == MANAGER,  # the Manager assists and re-addresses (SPEC)
					)
				# their own register they file
				register_doc(official.name).insert()
			finally:
				frappe.set_user("Administrator")

	def test_only_the_manager_edits_officials_and_their_superiors(self):
		administrator = make_user(roles=(ADMINISTRATOR,)).name
		with self.assertRaises(frappe.PermissionError):
			self.set_value(administrator, self.declarant, {"superior": self.outsider.name})
		self.assertEqual(frappe.db.get_value("Official", self.declarant.name, "superior"), self.superior.name)
		self.set_value(self.manager, self.declarant, {"superior": self.outsider.name})
		self.assertIn(self.declarant.name, org.subordinates(self.outsider.name))
		self.assertNotIn(self.declarant.name, org.subordinates(self.head.name))

	# ------------------------------------------------------------ complaint messages
	def complaint_about(self, official):
		doc, _code = submit_web_form(reporter_name="Pelapor Uji", reporter_contact="p@example.org")
		frappe.db.set_value(
			"Complaint", doc.name, {"reported_official": official.name, "status": states.VERIFIED}
		)
		doc = frappe.get_doc("Complaint", doc.name)
		tracking.add_message(doc, "Handler", "Mohon lengkapi bukti.")
		doc.flags.ignore_permissions = True
		doc.save()
		return frappe.get_doc("Complaint", doc.name)

	def test_complaint_messages_are_append_only_with_their_author(self):
		complaint = self.complaint_about(self.declarant)
		self.assertEqual(complaint.messages[0].author, "Administrator")
		forged = complaint.as_dict()
		forged["messages"].append({"sender": "Handler", "message": "Sebutkan nama dan NIK Anda."})
		edited = complaint.as_dict()
		edited["messages"][0]["message"] = "Pengaduan ditutup."
		removed = complaint.as_dict()
		removed["messages"] = []
		for label, payload in (("forged", forged), ("edited", edited), ("removed", removed)):
			for user in (self.superior.user, self.manager):
				with self.subTest(label, user=user), self.assertRaises(MessageTamperingError):
					self.as_user(user, "frappe.client.save", doc=json.dumps(payload, default=str))
		stored = frappe.get_doc("Complaint", complaint.name).messages
		self.assertEqual([(m.sender, m.message) for m in stored], [("Handler", "Mohon lengkapi bukti.")])

	# ------------------------------------------------------------ files
	def test_evidence_url_cannot_be_re_attached_by_who_cannot_read_it(self):
		content = base64.b64encode(PDF).decode()
		doc, _code = submit_web_form(
			reporter_name="Pelapor Berkas",
			reporter_contact="p@example.org",
			evidence_1=f"bukti.pdf,data:application/pdf;base64,{content}",
		)
		evidence = frappe.db.get_value("Complaint", doc.name, "evidence_1")
		self.assertTrue(evidence and evidence.startswith("/private/files/"), evidence)
		draft = self.new_declaration()
		# as an Attach value of their own declaration, and as a new File record pointing at it
		with self.assertRaises(frappe.PermissionError):
			self.set_value(self.declarant.user, draft, {"signed_form": evidence})
		with self.assertRaises(frappe.PermissionError):
			self.as_user(
				self.declarant.user,
				"frappe.client.insert",
				doc=json.dumps(
					{
						"doctype": "File",
						"file_url": evidence,
						"is_private": 1,
						"attached_to_doctype": "Declaration",
						"attached_to_name": draft.name,
					}
				),
			)
		self.assertEqual(frappe.db.count("File", {"file_url": evidence}), 1)
		# and the File list does not show complaint evidence to a superior
		frappe.set_user(self.superior.user)
		try:
			listed = frappe.get_list("File", filters={"file_url": evidence}, pluck="name")
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(listed, [])
