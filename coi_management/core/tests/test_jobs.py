"""A scheduled job isolates each document: one failure rolls back only that document, is logged
with its name, and the others go on; under tests the failure is raised."""

import frappe

from coi_management.core import jobs
from coi_management.tests.factories import COITestCase


class TestJobs(COITestCase):
	def setUp(self):
		super().setUp()
		self.token = frappe.generate_hash(length=8)

	def work(self, name, fail_on):
		frappe.get_doc({"doctype": "ToDo", "description": f"job unit {self.token} {name}"}).insert()
		if name == fail_on:
			raise ValueError(name)
		return name.upper()

	def test_a_failure_is_isolated_and_logged_with_the_document_name(self):
		title = f"Unit test job {frappe.generate_hash(length=8)}"
		frappe.flags.in_test = False
		try:
			results = jobs.for_each("ToDo", ["a", "b", "c"], self.work, "b", title=title)
		finally:
			frappe.flags.in_test = True
		self.assertEqual(results, {"a": "A", "b": None, "c": "C"})
		made = frappe.get_all(
			"ToDo", filters={"description": ("like", f"job unit {self.token} %")}, pluck="description"
		)
		self.assertEqual(
			sorted(made), [f"job unit {self.token} a", f"job unit {self.token} c"]
		)  # b rolled back
		log = frappe.get_all(
			"Error Log",
			filters={"method": f"{title}: b"},
			fields=["reference_doctype", "reference_name"],
		)
		self.assertEqual(log, [{"reference_doctype": "ToDo", "reference_name": "b"}])

	def test_under_tests_a_failure_fails_the_test(self):
		with self.assertRaises(ValueError):
			jobs.for_each("ToDo", ["a", "b"], self.work, "b", title="Unit test job")
