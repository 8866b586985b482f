"""The administrator's setup onboarding on the workspace, in Indonesian, for administrators only."""

import json

import frappe

from coi_management import api
from coi_management.core.roles import ADMINISTRATOR, OFFICIAL
from coi_management.tests.factories import COITestCase, make_user

PAGE = json.dumps({"name": "COI Management", "title": "COI Management", "public": 1})


def onboarding_steps(user: str) -> list[dict] | None:
	frappe.set_user(user)
	frappe.local.lang = "id"
	try:
		items = (api.get_desktop_page(PAGE).get("onboardings") or {}).get("items") or []
	finally:
		frappe.local.lang = "en"
		frappe.set_user("Administrator")
	steps = [step for item in items for step in item["items"] if step["name"].startswith("COI ")]
	return steps or None


class TestSetupOnboarding(COITestCase):
	def setUp(self):
		super().setUp()
		frappe.db.set_single_value("System Settings", "enable_onboarding", 1)

	def test_an_administrator_is_walked_through_the_setup_in_indonesian(self):
		steps = onboarding_steps(make_user(roles=(ADMINISTRATOR,)).name)
		self.assertEqual(
			[step["name"] for step in steps],
			[
				"COI Institution and Profile",
				"COI Holiday Calendar",
				"COI Work Units",
				"COI Positions",
				"COI Officials",
				"COI Email Account",
				"COI Roles",
			],
		)
		officials = next(step for step in steps if step["name"] == "COI Officials")
		self.assertIn("Unduh templat", officials["description"])  # the data-import template
		self.assertIn("reference_doctype=Official", officials["path"])
		self.assertEqual(officials["label"], "Impor pejabat dan atasannya")
		for step in steps:  # Frappe itself would show the English description
			with self.subTest(step=step["name"]):
				self.assertNotIn(" the ", f" {step['description']} ")
				self.assertNotIn(" the ", f" {step['label']} ")

	def test_an_official_sees_no_setup(self):
		self.assertIsNone(onboarding_steps(make_user(roles=(OFFICIAL,)).name))
