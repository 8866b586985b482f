"""An Indonesian official must never meet an English word: every message of the app is translated."""

import glob
import json
import os
import re

import frappe
from frappe.translate import get_all_translations, get_messages_for_app

from coi_management.tests.factories import COITestCase


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
	messages.update(web_form_messages())
	messages.update(workflow_messages())
	messages.update(notification_messages())
	messages.update(onboarding_messages())
	return {message for message in messages if message and message.strip()}


def web_form_messages() -> set[str]:
	"""Texts of the app's web forms, shown to the public through _() / __() (not extracted by Frappe)."""
	messages = set()
	pattern = os.path.join(frappe.get_app_path("coi_management"), "*", "web_form", "*", "*.json")
	for file in glob.glob(pattern):
		with open(file) as fh:
			form = json.load(fh)
		messages.update(
			form.get(key) for key in ("title", "button_label", "success_title", "success_message")
		)
		for field in form["web_form_fields"]:
			messages.update((field.get("label"), field.get("description")))
			if field.get("fieldtype") == "Select":
				messages.update((field.get("options") or "").split("\n"))
	return {message for message in messages if message}


def workflow_messages() -> set[str]:
	"""Workflow states and actions shipped as fixtures: the desk shows them through __()."""
	messages = set()
	fixtures = os.path.join(frappe.get_app_path("coi_management"), "fixtures")
	for kind, key in (
		("workflow_state.json", "workflow_state_name"),
		("workflow_action_master.json", "workflow_action_name"),
	):
		path = os.path.join(fixtures, kind)
		if os.path.exists(path):
			with open(path) as fh:
				messages.update(record[key] for record in json.load(fh))
	return messages


def onboarding_messages() -> set[str]:
	"""The admin's setup onboarding: Frappe shows titles, buttons and (coi_management.api.
	get_desktop_page) descriptions through _() / __()."""
	app = frappe.get_app_path("coi_management")
	messages = set()
	for file in glob.glob(os.path.join(app, "*", "module_onboarding", "*", "*.json")):
		with open(file) as fh:
			onboarding = json.load(fh)
		messages.update(onboarding.get(key) for key in ("title", "subtitle", "success_message"))
	for file in glob.glob(os.path.join(app, "*", "onboarding_step", "*", "*.json")):
		with open(file) as fh:
			step = json.load(fh)
		messages.update(step.get(key) for key in ("title", "description", "action_label"))
	return {message for message in messages if message}


def notification_messages() -> set[str]:
	"""Notification subjects and messages (``{{ _("...") }}``), which Frappe does not extract."""
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


class TestTranslationFile(COITestCase):
	def test_file_is_well_formed(self):
		"""No empty translation, no source twice (a union merge can duplicate rows)."""
		import csv

		path = frappe.get_app_path("coi_management", "translations", "id.csv")
		with open(path, newline="", encoding="utf-8") as fh:
			rows = [row for row in csv.reader(fh) if row]
		self.assertEqual([row for row in rows if len(row) < 2 or not row[1].strip()], [])
		sources = [row[0] for row in rows]
		self.assertEqual(sorted({s for s in sources if sources.count(s) > 1}), [])
