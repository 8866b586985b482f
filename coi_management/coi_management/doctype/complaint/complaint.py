# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from coi_management.complaints import confidentiality, handling, intake, messages, notify, queue, tracking


class Complaint(Document):
	def onload(self):
		confidentiality.load_identity(self)

	def before_insert(self):
		if intake.is_public_submission(self):
			intake.restrict_public_submission(self)
		handling.set_profile(self)
		tracking.assign_code(self)

	def validate(self):
		self.validate_input()
		self.protect_identity()
		messages.protect(self)
		self.apply_status_change()

	def after_insert(self):
		confidentiality.store_identity(self.name, self.flags.reporter_identity or {})
		notify.on_status_change(self, None)
		if not intake.is_public_submission(self):
			# filed from the desk for a reporter (telephone, letter, counter): hand the code over now
			frappe.msgprint(
				_("Tracking code for the reporter, shown only once: {0}").format(
					frappe.bold(self.get_onload().get("tracking_code"))
				),
				title=_("Tracking Code"),
				indicator="blue",
			)

	def on_update(self):
		if self.flags.identity_edited and self.flags.reporter_identity:
			confidentiality.store_identity(self.name, self.flags.reporter_identity)
		before = self.get_doc_before_save()
		if before:
			notify.on_status_change(self, before.status)
		queue.on_change(self)

	def validate_input(self):
		intake.clean_text_fields(self)
		if self.is_new():
			intake.validate_channel(self)
		intake.validate_evidence_urls(self)

	def protect_identity(self):
		"""The reporter's identity leaves this document before anything is written (S 32(3))."""
		edited = self.is_new() or confidentiality.can_see_identity()
		self.flags.identity_edited = edited and not self.is_new()
		self.flags.reporter_identity = confidentiality.take_identity(self) if edited else None
		if not edited:
			confidentiality.take_identity(self)

	def apply_status_change(self):
		before = self.get_doc_before_save()
		handling.validate_actor(self, before)
		# the finding follows the examination's action only, never a value sent with the document
		self.finding = before.finding if before else None
		if before:
			handling.on_status_change(self, before.status)
