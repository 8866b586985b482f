"""Existence oracles (issue 9): the app's whitelisted methods answer "does not exist" and "not
permitted" alike, and Frappe's link validation does not confirm names the user may not read."""

import frappe

from coi_management.tests.factories import DeclarationTestCase, call_whitelisted

IS_ON_HOLD = "coi_management.api.is_on_hold"
HOLD_STATUS = "coi_management.api.hold_status"
OFFICIAL_HOLD_STATUS = "coi_management.api.official_hold_status"
VALIDATE_LINK = ("frappe.client.validate_link", "frappe.desk.form.utils.validate_link")


class TestExistenceOracles(DeclarationTestCase):
	def answer(self, user, cmd, **args):
		"""What ``user`` gets over ``/api/method/<cmd>``: the result, or the error's type and text."""
		frappe.set_user(user)
		frappe.local.message_log = []
		try:
			return ("ok", call_whitelisted(cmd, **args))
		except Exception as error:
			return (type(error).__name__, str(error))
		finally:
			frappe.local.message_log = []
			frappe.set_user("Administrator")

	def test_missing_and_forbidden_answer_alike(self):
		user = self.declarant.user
		hidden_todo = self.reference.name  # Administrator's ToDo: the declarant may not read it
		self.assertFalse(frappe.has_permission("ToDo", "read", hidden_todo, user=user))
		self.assertFalse(frappe.has_permission("Official", "read", self.outsider.name, user=user))
		cases = {
			IS_ON_HOLD: [
				{"official": self.outsider.name},
				{"official": "199001012015011999"},
				{"reference_doctype": "ToDo", "reference_name": hidden_todo},
				{"reference_doctype": "ToDo", "reference_name": "no-such-todo"},
				{"reference_doctype": "No Such DocType", "reference_name": "x"},
				{"reference_doctype": "ToDo`; drop", "reference_name": "x"},
			],
			HOLD_STATUS: [
				{"reference_doctype": "ToDo", "reference_name": hidden_todo},
				{"reference_doctype": "ToDo", "reference_name": "no-such-todo"},
			],
			OFFICIAL_HOLD_STATUS: [{"official": self.outsider.name}, {"official": "no-such-official"}],
		}
		for cmd, variants in cases.items():
			answers = {self.answer(user, cmd, **args) for args in variants}
			with self.subTest(cmd=cmd):
				self.assertEqual(len(answers), 1, answers)
				self.assertEqual(next(iter(answers))[0], "PermissionError")

	def test_readable_documents_are_answered(self):
		declared = self.declared()
		on_hold = self.answer(self.superior.user, IS_ON_HOLD, official=self.declarant.name)
		self.assertEqual(on_hold, ("ok", True))
		status = self.answer(self.superior.user, OFFICIAL_HOLD_STATUS, official=self.declarant.name)
		self.assertEqual(status[0], "ok")
		self.assertEqual(status[1]["declarations"], [declared.name])

	def test_an_empty_official_never_reports_the_whole_organisation(self):
		self.declared()
		for value in ("", None):
			with self.subTest(official=value):
				args = {} if value is None else {"official": value}
				kind, answer = self.answer("Administrator", OFFICIAL_HOLD_STATUS, **args)
				self.assertNotEqual(kind, "ok", answer)
				self.assertIn(kind, ("ValidationError", "FrappeTypeError", "TypeError"))

	def test_link_validation_confirms_only_readable_names(self):
		user = self.declarant.user
		for cmd in VALIDATE_LINK:
			with self.subTest(cmd=cmd):
				own = self.answer(user, cmd, doctype="Official", docname=self.declarant.name)
				self.assertEqual(own, ("ok", {"name": self.declarant.name}))
				hidden = self.answer(user, cmd, doctype="Official", docname=self.outsider.name)
				missing = self.answer(user, cmd, doctype="Official", docname="no-such-official")
				self.assertEqual(hidden, missing)
				self.assertEqual(hidden, ("ok", {"name": None}))
				# fetched values too
				hidden = self.answer(
					user, cmd, doctype="Official", docname=self.outsider.name, fields='["full_name"]'
				)
				self.assertEqual(hidden, ("ok", {"name": None}))
		# the COI Manager still validates every official
		manager = self.answer(self.manager, VALIDATE_LINK[0], doctype="Official", docname=self.outsider.name)
		self.assertEqual(manager, ("ok", {"name": self.outsider.name}))
