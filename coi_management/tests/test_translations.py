"""An Indonesian official must never meet an English word: every message of the app is translated."""

import glob
import json
import os
import re

import frappe
from frappe.translate import get_all_translations, get_messages_for_app

from coi_management.tests.utils import COITestCase


def app_messages() -> set[str]:
	messages = {message[1] for message in get_messages_for_app("coi_management")}
	# Frappe's extractor does not read workspaces: their labels are shown through __() too
	pattern = os.path.join(frappe.get_app_path("coi_management"), "*", "workspace", "*", "*.json")
	for file in glob.glob(pattern):
		with open(file) as fh:
			workspace = json.load(fh)
		messages.add(workspace["label"])
		messages.update(link["label"] for link in workspace["links"])
		messages.update(shortcut["label"] for shortcut in workspace["shortcuts"])
	messages.update(_notification_and_fixture_messages())
	return {message for message in messages if message and message.strip()}


def _notification_and_fixture_messages() -> set[str]:
	"""Notification subjects/messages (``{{ _("...") }}``) and the names of workflow states and
	actions shipped as fixtures, which the desk shows through __()."""
	app = frappe.get_app_path("coi_management")
	found = set()
	pattern = re.compile(r'_\("((?:[^"\\]|\\.)*)"\)')
	for file in glob.glob(os.path.join(app, "*", "notification", "*", "*.json")):
		with open(file) as fh:
			notification = json.load(fh)
		for key in ("subject", "message"):
			found.update(pattern.findall(notification.get(key) or ""))
	for file in glob.glob(os.path.join(app, "*", "notification", "*", "*.html")):
		with open(file) as fh:
			found.update(pattern.findall(fh.read()))
	for name, key in (
		("workflow_state.json", "workflow_state_name"),
		("workflow_action_master.json", "workflow_action_name"),
	):
		path = os.path.join(app, "fixtures", name)
		if os.path.exists(path):
			with open(path) as fh:
				found.update(row[key] for row in json.load(fh))
	return found


class TestIndonesianTranslations(COITestCase):
	def test_every_message_has_an_indonesian_translation(self):
		frappe.translate.clear_cache()
		translations = get_all_translations("id")
		missing = sorted(message for message in app_messages() if not translations.get(message))
		self.assertEqual(missing, [], f"{len(missing)} messages without an Indonesian translation")

	def test_placeholders_survive_translation(self):
		translations = get_all_translations("id")
		for message in app_messages():
			translated = translations.get(message) or ""
			with self.subTest(message=message):
				self.assertEqual(
					sorted(re.findall(r"\{\d\}", message)), sorted(re.findall(r"\{\d\}", translated))
				)

	def test_a_message_is_shown_in_indonesian(self):
		frappe.local.lang = "id"
		try:
			self.assertEqual(frappe._("Work Unit"), "Unit Kerja")
			self.assertEqual(frappe._("{0} cannot be negative.").format("X"), "X tidak boleh negatif.")
		finally:
			frappe.local.lang = "en"


def report_missing():
	"""Developer aid: ``scripts/dev shell --site <site> execute coi_management.tests.test_translations.report_missing``
	prints the app's messages that have no Indonesian translation yet, as JSON."""
	frappe.translate.clear_cache()
	translations = get_all_translations("id")
	missing = sorted(message for message in app_messages() if not translations.get(message))
	print(json.dumps(missing, indent=1, ensure_ascii=False))
