"""Demo Interest Registers (idempotent): ``bench --site X execute coi_management.setup.demo_register.setup_demo``.

kasi.jalan filed last year (so this year's draft is pre-filled from it) and analis.izin filed this
year with a holding, outside work and an organisation, so the public register has content.
"""

import frappe

from coi_management.core import clock
from coi_management.registers.interest_register import family_relationships

DOMAIN = "coi.localhost"
STATEMENTS = {"statement_true": 1, "statement_manage": 1, "statement_update": 1}


def setup_demo():
	year = clock.today().year
	_register(
		"kasi.jalan",
		year - 1,
		{
			"no_family": 0,
			"family": [
				{
					"full_name": "Rina Prasetyo",
					"relationship": family_relationships()[2] if len(family_relationships()) > 2 else None,
					"occupation": "Direktur CV Karya Beton",
					"situation": "CV Karya Beton dapat mengikuti tender jalan",
				}
			],
			"no_business": 1,
			"no_outside_work": 1,
			"no_public_office": 0,
			"public_offices": [
				{"position_title": "Anggota Dewan Pengawas", "institution": "PDAM Kabupaten Semarang"}
			],
			"affiliation_civil_society": "No",
			"affiliation_professional": "Yes",
			"affiliation_other": "No",
			"affiliations": [
				{"question": "2", "organisation": "Persatuan Insinyur Indonesia", "function": "Anggota"}
			],
		},
	)
	_register(
		"analis.izin",
		year,
		{
			"no_family": 1,
			"no_business": 0,
			"business": [
				{"ownership_form": "Shares", "percentage": 2, "company": "PT Ungaran Sejahtera"},
				{
					"ownership_form": "Asset",
					"amount": 650000000,
					"company": "Ruko di Ambarawa",
					"is_personal": 1,
				},
			],
			"no_outside_work": 0,
			"outside_work": [
				{
					"kind_of_work": "Dosen tidak tetap",
					"function": "Pengajar",
					"institution": "Universitas Ngudi Waluyo",
				}
			],
			"no_public_office": 1,
			"affiliation_civil_society": "Yes",
			"affiliation_professional": "No",
			"affiliation_other": "No",
			"affiliations": [
				{"question": "1", "organisation": "Yayasan Peduli Ungaran", "function": "Bendahara"}
			],
		},
	)
	frappe.db.commit()  # nosemgrep: a CLI set-up step


def _register(login: str, period: int, values: dict) -> None:
	official = frappe.db.get_value("Official", {"user": f"{login}@{DOMAIN}"}, "name")
	if not official or frappe.db.exists(
		"Interest Register", {"official": official, "period": period, "docstatus": 1}
	):
		return
	doc = frappe.get_doc(
		{"doctype": "Interest Register", "official": official, "period": period, **values, **STATEMENTS}
	)
	doc.insert(ignore_permissions=True)
	doc.submit()
