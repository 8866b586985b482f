"""Demo conflict screening (idempotent): ``bench --site X execute coi_management.setup.demo_screening.setup_demo``.

A procurement officer (``pengadaan``, COI Screener) screens "Rina Prasetyo, S.E.", director of the
bidder CV Karya Beton, before a road tender: the screening finds her in section A (family) of
kasi.jalan's Interest Register (setup/demo_register.py).
"""

import frappe

from coi_management.core.policy import SCREENER
from coi_management.screening import index

SCREENER_LOGIN = "pengadaan"
COUNTERPARTY = "Rina Prasetyo, S.E."


def setup_demo():
	from coi_management.setup.demo import make_user

	user = make_user(SCREENER_LOGIN, "Pejabat Pengadaan", (SCREENER,))
	index.rebuild()
	if frappe.db.exists("Conflict Screening", {"counterparty_name": COUNTERPARTY}):
		return
	frappe.set_user(user)
	try:
		frappe.get_doc(
			{
				"doctype": "Conflict Screening",
				"party_type": "Person",
				"counterparty_name": COUNTERPARTY,
				"address": "Jl. Diponegoro 12, Ungaran",
				"npwp": None,
			}
		).insert()
	finally:
		frappe.set_user("Administrator")
	frappe.db.commit()  # nosemgrep: a CLI set-up step
