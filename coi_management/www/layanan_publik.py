"""The site's home for the public: the three public pages of the app, under the institution's name
and in the wording of the regulation profile in force (Perbup Semarang speaks of *konflik
kepentingan*, Perwali Banjarmasin of *benturan kepentingan*). ``get_website_user_home_page``
(hooks) makes it the home page of Guests; logged-in users keep their own home (the desk)."""

import frappe
from frappe import _

from coi_management.core import guest, regulation
from coi_management.registers import public_register

no_cache = 1
ROUTE = "layanan-publik"


def home_page(user: str | None = None) -> str | None:
	"""``get_website_user_home_page`` hook: this page for Guests, Frappe's default for everyone else."""
	return ROUTE if (user or frappe.session.user) == "Guest" else None


def term(profile) -> str:
	"""The profile's own word for the subject: "benturan" (B 2020) or "konflik" kepentingan."""
	text = " ".join(str(profile.get(field) or "") for field in ("regulation_name", "legal_basis"))
	return (
		_("Conflict of Interest (Benturan Kepentingan)") if "Benturan" in text else _("Conflict of Interest")
	)


def get_context(context):
	guest.speak_publicly()
	settings = frappe.get_cached_doc("COI Settings")
	profile = regulation.get_active_regulation() if settings.active_regulation else frappe._dict()
	context.institution = settings.institution_name or ""
	context.subject = term(profile)
	context.regulation_name = profile.get("regulation_name") or ""
	context.register_published = public_register.is_published()
	context.title = _("Public Services: {0}").format(context.subject)
	context.show_sidebar = False
	context.no_breadcrumbs = True
	return context
