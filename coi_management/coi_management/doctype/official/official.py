# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils.nestedset import NestedSet

from coi_management.core import org, roles
from coi_management.core.nip import normalize_nip, parse_nip


class DuplicateOfficialUserError(frappe.ValidationError):
	pass


class Official(NestedSet):
	"""An official in the organisation's tree of superiors (``nsm_parent_field`` = superior), so a
	superior's subtree is one ``lft``/``rgt`` range, as ERPNext's Employee on ``reports_to``."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		agency: DF.Link | None
		appointment_month: DF.Data | None
		date_of_birth: DF.Date | None
		exit_date: DF.Date | None
		full_name: DF.Data
		gender: DF.Literal["", "Male", "Female"]
		lft: DF.Int
		nip: DF.Data
		old_parent: DF.Link | None
		position: DF.Link | None
		position_risk: DF.Literal["", "Low", "Medium", "High"]
		retirement_date: DF.Date | None
		rgt: DF.Int
		status: DF.Literal["Active", "Retired", "Resigned", "Transferred", "Dismissed", "Deceased"]
		superior: DF.Link | None
		user: DF.Link | None
		work_unit: DF.Link

	# end: auto-generated types
	def autoname(self):
		self.nip = normalize_nip(self.nip)
		self.name = self.nip

	def validate(self):
		self.validate_nip()
		self.validate_user()
		self.validate_superior()
		self.validate_status()
		self.set_regional_apparatus()

	def on_update(self):
		super().on_update()
		self.grant_roles()

	def validate_nip(self):
		self.nip = normalize_nip(self.nip)
		parsed = parse_nip(self.nip, _(self.meta.get_label("nip")))
		self.date_of_birth = parsed.date_of_birth
		self.appointment_month = parsed.appointment
		self.gender = parsed.gender

	def validate_user(self):
		if not self.user:
			return
		other = frappe.db.get_value("Official", {"user": self.user, "name": ("!=", self.name)}, "full_name")
		if other:
			frappe.throw(
				_("{0} {1} is already linked to the official {2}; one user can be only one official.").format(
					_("User"), frappe.bold(self.user), frappe.bold(other)
				),
				DuplicateOfficialUserError,
			)

	def validate_superior(self):
		org.validate_superior(self.name, self.superior)

	def validate_status(self):
		if self.status != "Active" and not self.exit_date:
			frappe.throw(
				_("{0} is required when the status is {1}.").format(_("Exit Date"), _(self.status)),
				frappe.MandatoryError,
			)
		if (
			self.exit_date
			and self.date_of_birth
			and frappe.utils.getdate(self.exit_date) < self.date_of_birth
		):
			frappe.throw(_("{0} cannot be before the date of birth.").format(_("Exit Date")))

	def set_regional_apparatus(self):
		self.agency = org.regional_apparatus(self.work_unit)

	def grant_roles(self):
		"""A linked user works as a COI Official; the user of their superior as a COI Superior."""
		if self.user and self.status == "Active":
			_add_role(self.user, roles.OFFICIAL)
		if self.superior:
			superior_user = org.user_of(self.superior)
			if superior_user:
				_add_role(superior_user, roles.SUPERIOR)


def _add_role(user: str, role: str) -> None:
	if user in (roles.ADMINISTRATOR_USER, roles.GUEST_USER) or frappe.db.exists(
		"Has Role", {"parent": user, "role": role}
	):
		return
	user_doc = frappe.get_doc("User", user)
	user_doc.flags.ignore_permissions = True
	user_doc.add_roles(role)
