"""What the desk scripts of the app receive at login (``boot_session`` in hooks.py)."""

import frappe

from coi_management.core import references, states
from coi_management.declarations import hold


def boot_session(bootinfo) -> None:
	if frappe.session.user == "Guest":
		return
	bootinfo.coi = {
		# DocTypes with a document on hold (S 23(3)): the banner script looks at those only
		"hold_doctypes": hold.hold_doctypes(),
		"states": states.for_desk(),
		# the decisions a declaration, a control decision or a screening may name (COI Settings)
		"reference_doctypes": references.allowed_doctypes(),
		"screening_reference_doctypes": references.allowed_doctypes(include_screening_rules=True),
	}
