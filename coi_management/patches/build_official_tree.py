"""Official became a tree on ``superior`` (a NestedSet): number ``lft``/``rgt`` of existing officials."""

import frappe
from frappe.utils.nestedset import rebuild_tree


def execute():
	frappe.reload_doc("coi_management", "doctype", "official")
	rebuild_tree("Official")
