"""Test base classes and factories shared by the app's tests (one module for every package).

- :class:`COITestCase`: rolled back after each test, clock and caches reset;
- ``make_*``: work units, positions, users, officials with valid NIPs;
- :func:`register_doc`: a complete Interest Register;
- :class:`DeclarationTestCase`: a chain of officials for the declaration loop

      top ← head ← superior ← declarant        (colleague also reports to superior)
"""

import itertools

import frappe
from frappe.model.workflow import apply_workflow

from coi_management.core import states
from coi_management.core.roles import EXECUTIVE, INSPECTOR, MANAGER

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


def register_doc(official, period=2026, **kw):
	"""A complete register: nil return everywhere except what ``kw`` sets."""
	values = {
		"doctype": "Interest Register",
		"official": official,
		"period": period,
		"no_family": 1,
		"no_business": 1,
		"no_outside_work": 1,
		"no_public_office": 1,
		"affiliation_civil_society": "No",
		"affiliation_professional": "No",
		"affiliation_other": "No",
		"statement_true": 1,
		"statement_manage": 1,
		"statement_update": 1,
	}
	values.update(kw)
	return frappe.get_doc(values)


def tolerate_unbuilt_assets():
	"""Web pages and e-mails link bundled assets; a fresh bench builds them only for the e2e run."""
	if not frappe.read_file(frappe.get_site_path("..", "assets", "assets.json")):
		frappe.local.assets_json = {}


SOURCE_BUSINESS = "SMG-2025-6a"
SOURCE_FAMILY = "SMG-2025-6b"
SUBKIND_SPOUSE = "SMG-2025-8.2c"
SUBKIND_FORMER_BOSS = "SMG-2025-9.2a"
CONTINUE = "SMG-2025-24.1a"
TAKEOVER = "SMG-2025-24.1b1"
REASSIGN = "SMG-2025-24.1b2"
RESTRICTED = "SMG-2025-24.1c"
DIVESTMENT = "SMG-2025-24.2a"
ROTATION = "SMG-2025-24.2b"
SEMARANG = "Perbup Semarang 28/2025"
BANJARMASIN = "Perwali Banjarmasin 92/2020"


class DeclarationTestCase(COITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.db.set_single_value("COI Settings", "active_regulation", SEMARANG)
		unit = make_work_unit().name
		cls.top = make_official("Sekda Uji", work_unit=unit)
		cls.head = make_official("Kadis Uji", work_unit=unit, superior=cls.top.name)
		cls.superior = make_official("Kasi Uji", work_unit=unit, superior=cls.head.name)
		cls.declarant = make_official("Staf Uji", work_unit=unit, superior=cls.superior.name)
		cls.colleague = make_official("Rekan Uji", work_unit=unit, superior=cls.superior.name)
		cls.outsider = make_official("Orang Lain Uji", work_unit=unit)
		cls.manager = make_user(roles=(MANAGER,)).name
		cls.inspector = make_user(roles=(INSPECTOR,)).name
		cls.executive = make_user(roles=(EXECUTIVE,)).name
		# a document the decision is taken in (any DocType works: a ToDo here)
		cls.reference = frappe.get_doc({"doctype": "ToDo", "description": "Pengadaan jalan desa"}).insert()

	def setUp(self):
		super().setUp()
		self.set_active_regulation(SEMARANG)

	def new_declaration(self, official=None, user=None, **kw):
		official = official or self.declarant
		frappe.set_user(user or official.user)
		values = {
			"doctype": "Declaration",
			"official": official.name,
			"task_authority": "Pejabat Pengadaan pada Seksi Pembangunan Jalan",
			"decision_faced": "Menetapkan pemenang pengadaan pembangunan jalan desa",
			"conflict_source": SOURCE_FAMILY,
			"conflict_sub_kind": SUBKIND_SPOUSE,
			"source_explanation": "Suami saya adalah direktur salah satu peserta tender.",
			"source_decision_link": "Peserta tender tersebut akan dinilai oleh saya.",
			"statement_true": 1,
			"reference_doctype": "ToDo",
			"reference_name": self.reference.name,
		}
		values.update(kw)
		doc = frappe.get_doc(values).insert()
		frappe.set_user("Administrator")
		return doc

	def act(self, doc, action, user):
		frappe.set_user(user)
		try:
			return apply_workflow(frappe.get_doc(doc.doctype, doc.name).as_dict(), action)
		finally:
			frappe.set_user("Administrator")

	def declared(self, official=None, **kw):
		doc = self.new_declaration(official, **kw)
		official = official or self.declarant
		return self.act(doc, states.DECLARE, official.user)

	def new_decision(self, declaration=None, user=None, option=CONTINUE, finding="No Actual Conflict", **kw):
		frappe.set_user(user or self.superior.user)
		values = {
			"doctype": "Control Decision",
			"declaration": declaration.name if declaration else None,
			"official": kw.pop("official", None)
			or (declaration.official if declaration else self.declarant.name),
			"finding": finding,
			"control_option": option,
			"analysis": "Diperiksa berdasarkan deklarasi dan daftar kepentingan pribadi.",
		}
		values.update(kw)
		try:
			return frappe.get_doc(values).insert()
		finally:
			frappe.set_user("Administrator")

	def decide(self, declaration, user=None, **kw):
		decision = self.new_decision(declaration, user=user, **kw)
		return self.act(decision, states.SUBMIT, user or self.superior.user)


def call_whitelisted(cmd: str, http_method: str = "POST", **form):
	"""Call a whitelisted method the way an HTTP request does (``/api/method/<cmd>``): through
	``override_whitelisted_methods`` and the method's whitelist, with ``form`` as the request form."""
	from frappe.handler import execute_cmd

	saved_form, saved_request = frappe.local.form_dict, getattr(frappe.local, "request", None)
	frappe.local.form_dict = frappe._dict(form)
	frappe.local.request = frappe._dict(method=http_method, path=f"/api/method/{cmd}", headers={})
	try:
		return execute_cmd(cmd)
	finally:
		frappe.local.form_dict = saved_form
		frappe.local.request = saved_request
