"""Test base class and factories shared by the app's tests."""

import itertools

import frappe

try:  # v16
	from frappe.tests import IntegrationTestCase as _Base
except ImportError:  # v15
	from frappe.tests.utils import FrappeTestCase as _Base

_seq = itertools.count(1)


class COITestCase(_Base):
	"""Every test runs as Administrator on today's real date and is rolled back afterwards.

	Records made in ``setUpClass`` stay for all tests of the class (rolled back when the class
	ends); each test rolls back to a savepoint, undoing only its own changes.
	"""

	def setUp(self):
		super().setUp()
		frappe.set_user("Administrator")
		frappe.flags.current_date = None
		frappe.db.savepoint("coi_test")

	def tearDown(self):
		frappe.db.rollback(save_point="coi_test")
		clear_app_caches()
		frappe.set_user("Administrator")
		frappe.flags.current_date = None
		super().tearDown()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		frappe.db.rollback()
		clear_app_caches()
		super().tearDownClass()

	def set_active_regulation(self, regulation: str):
		frappe.db.set_single_value("COI Settings", "active_regulation", regulation)
		frappe.clear_document_cache("COI Settings", "COI Settings")


def clear_app_caches():
	"""A rollback does not reach Frappe's document cache: a profile or setting changed by a test
	would otherwise live on, cached, into the next tests."""
	frappe.clear_document_cache("COI Settings", "COI Settings")
	for name in frappe.get_all("COI Regulation", pluck="name"):
		frappe.clear_document_cache("COI Regulation", name)
	for name in frappe.get_all("COI Holiday List", pluck="name"):
		frappe.clear_document_cache("COI Holiday List", name)
	frappe.cache.delete_keys("coi_working_calendar::")


def make_nip(
	birth: str = "19850312", appointment: str = "201001", sex: str = "1", sequence: int | None = None
) -> str:
	return f"{birth}{appointment}{sex}{(sequence or next(_seq) % 999 or 1):03d}"


def make_work_unit(
	name: str | None = None, parent: str | None = None, unit_type: str = "Regional Apparatus", **kw
):
	name = name or f"Unit {frappe.generate_hash(length=6)}"
	return frappe.get_doc(
		{
			"doctype": "Work Unit",
			"work_unit_name": name,
			"unit_type": unit_type,
			"parent_work_unit": parent,
			"is_group": 1,
			**kw,
		}
	).insert()


def make_position(name: str | None = None, **kw):
	return frappe.get_doc(
		{"doctype": "Position", "position_name": name or f"Jabatan {frappe.generate_hash(length=6)}", **kw}
	).insert()


def make_user(email: str | None = None, roles: tuple[str, ...] = ()):
	email = email or f"asn-{frappe.generate_hash(length=8)}@example.com"
	user = frappe.get_doc(
		{"doctype": "User", "email": email, "first_name": email.split("@")[0], "send_welcome_email": 0}
	).insert(ignore_permissions=True)
	if roles:
		user.add_roles(*roles)
	return user


def make_official(full_name: str | None = None, work_unit: str | None = None, user=True, **kw):
	"""An Active official with a valid NIP; ``user=True`` creates and links a desk user."""
	if user is True:
		user = make_user().name
	doc = frappe.get_doc(
		{
			"doctype": "Official",
			"full_name": full_name or f"ASN {frappe.generate_hash(length=6)}",
			"nip": kw.pop("nip", None) or make_nip(),
			"work_unit": work_unit or make_work_unit().name,
			"user": user or None,
			**kw,
		}
	)
	return doc.insert()
