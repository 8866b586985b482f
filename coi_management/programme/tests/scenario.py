"""Programme records for permission tests (the generated matrix and this package's own tests)."""

import frappe

from coi_management.core import clock
from coi_management.tests.factories import make_position


def risk_assessment(work_unit: str, period: int = 2026, submit: bool = False, rows=None, **kw):
	"""A Risk Assessment of ``work_unit`` (as the session user): ``rows`` are (position, likelihood,
	impact) tuples; by default one new procurement position, likelihood 4, impact 4."""
	if rows is None:
		rows = [(make_position(fn_procurement=1, work_unit=work_unit).name, 4, 4)]
	doc = frappe.get_doc(
		{
			"doctype": "Risk Assessment",
			"work_unit": work_unit,
			"period": period,
			"assessment_date": clock.today(),
			"positions": [
				{"position": position, "likelihood": likelihood, "impact": impact}
				for position, likelihood, impact in rows
			],
			**kw,
		}
	).insert()
	if submit:
		doc.submit()
	return doc


def training(participants=(), start_date="2026-01-20", **kw):
	"""A held COI Training (materials a and c) with an attendance per official in ``participants``."""
	doc = frappe.get_doc(
		{
			"doctype": "COI Training",
			"training_title": kw.pop("training_title", "Sosialisasi Konflik Kepentingan"),
			"training_kind": kw.pop("training_kind", "Commitment Socialisation"),
			"start_date": start_date,
			"end_date": kw.pop("end_date", start_date),
			"status": kw.pop("status", "Held"),
			"material_kinds_sources": 1,
			"material_management_control": 1,
			**kw,
		}
	).insert()
	attendance = {}
	for official in participants:
		attendance[official] = (
			frappe.get_doc(
				{
					"doctype": "COI Training Attendance",
					"training": doc.name,
					"official": official,
					"attended": 1,
				}
			)
			.insert()
			.name
		)
	return doc, attendance


def consultation(user: str, about_official: str | None = None, topic="Declaration", **kw):
	"""A consultation asked by ``user`` (their own Official asks)."""
	current = frappe.session.user
	frappe.set_user(user)
	try:
		return frappe.get_doc(
			{
				"doctype": "COI Consultation",
				"topic": topic,
				"subject": kw.pop("subject", "Hadiah dari rekanan"),
				"question": kw.pop("question", "Apakah saya harus mendeklarasikan hubungan ini?"),
				"about_official": about_official,
				**kw,
			}
		).insert()
	finally:
		frappe.set_user(current)


def appreciation(official: str, approver: str | None = None, **kw):
	"""An appreciation proposed by the session user; approved (submitted) by ``approver`` if given."""
	doc = frappe.get_doc(
		{
			"doctype": "COI Appreciation",
			"official": official,
			"appreciation_kind": kw.pop("appreciation_kind", "Timely Declaration"),
			"appreciation_date": kw.pop("appreciation_date", clock.today()),
			"reason": kw.pop("reason", "Mendeklarasikan konflik kepentingan tepat waktu."),
			**kw,
		}
	).insert()
	if approver:
		current = frappe.session.user
		frappe.set_user(approver)
		try:
			doc.reload()
			doc.submit()
		finally:
			frappe.set_user(current)
	return doc
