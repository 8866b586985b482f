"""Complaints keep the examination's finding (``finding``) after they are closed. Fill it for the
complaints examined before the field existed, as the monitoring report used to infer it: Founded or
in follow-up, or closed with a follow-up recorded, was founded; Unfounded, or closed after an
examination without follow-up, was not."""

import frappe

from coi_management.core.states import CLOSED, FOLLOW_UP, FOUNDED, UNFOUNDED


def execute():
	complaint = frappe.qb.DocType("Complaint")
	follow_up = frappe.query_builder.functions.Coalesce(complaint.follow_up, "")
	unset = complaint.finding.isnull() | (complaint.finding == "")
	(
		frappe.qb.update(complaint)
		.set(complaint.finding, FOUNDED)
		.where(unset)
		.where(
			complaint.status.isin((FOUNDED, FOLLOW_UP)) | ((complaint.status == CLOSED) & (follow_up != ""))
		)
		.run()
	)
	(
		frappe.qb.update(complaint)
		.set(complaint.finding, UNFOUNDED)
		.where(unset)
		.where(
			(complaint.status == UNFOUNDED)
			| ((complaint.status == CLOSED) & complaint.examined_on.isnotnull() & (follow_up == ""))
		)
		.run()
	)
