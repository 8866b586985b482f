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

from coi_management.core import notices, states
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
		notices.discard_pending()
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
	# Frappe keeps the outgoing e-mail account it found for the rest of the process
	frappe.local.outgoing_email_account = {}


def commit_notices() -> None:
	"""What a commit does to the notices the test's transaction queued: deliver them (bells, e-mails).

	Tests never commit; without this call no notice is delivered, as on a real site whose
	transaction rolled back."""
	notices.flush()


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
			# the test declarations come from family relations (S Lampiran B.2.a): a superior finding
			# no actual conflict states that the family member does not face the official's authority
			"family_not_facing": int(finding == "No Actual Conflict"),
		}
		values.update(kw)
		try:
			return frappe.get_doc(values).insert()
		finally:
			frappe.set_user("Administrator")

	def decide(self, declaration, user=None, **kw):
		decision = self.new_decision(declaration, user=user, **kw)
		return self.act(decision, states.SUBMIT, user or self.superior.user)

	def make_declaration_scenario(self):
		"""On the class: every kind of declaration a permission test needs — declared to the
		superior (``open``), escalated to the head, a draft, a colleague's, one decided — and a
		submitted and a draft decision; ``declarations`` and ``decisions`` hold their names."""
		from coi_management.declarations import declaration as decl

		cls = type(self)
		cls.open = self.declared()  # declarant → superior
		cls.escalated = self.declared()
		frappe.set_user(self.superior.user)
		decl.escalate_declaration(cls.escalated.name, "konflik")  # → head
		frappe.set_user("Administrator")
		cls.draft = self.new_declaration()
		cls.colleague_decl = self.declared(official=self.colleague)
		cls.decided = self.declared()
		cls.decision = self.decide(cls.decided)
		cls.draft_decision = self.new_decision(cls.open)
		cls.declarations = {
			d.name for d in (cls.open, cls.escalated, cls.draft, cls.colleague_decl, cls.decided)
		}
		cls.decisions = {cls.decision.name, cls.draft_decision.name}


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


class GuestHTTPTestCase(COITestCase):
	"""Requests through ``frappe.app.application`` with werkzeug's test client, each in a thread of
	its own as in Frappe's API tests: routing, session, argument handling, rate limits and error
	responses run as in production. A request commits its own transaction and cannot see this
	test's uncommitted records. Errors are answered as on a site with "allow error traceback" on,
	the harshest setting for what a body may show."""

	REMOTE_ADDR = "192.0.2.10"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		from unittest.mock import patch

		from frappe.app import application
		from werkzeug.test import Client

		cls.client = Client(application, use_cookies=False)
		get_assets_json, get_system_settings = frappe.utils.get_assets_json, frappe.get_system_settings
		cls._patches = [
			# web pages link bundled assets, built only for the e2e run on a fresh bench
			patch("frappe.utils.get_assets_json", lambda: get_assets_json() or {}),
			patch(
				"frappe.get_system_settings",
				lambda key: 1 if key == "allow_error_traceback" else get_system_settings(key),
			),
		]
		for active in cls._patches:
			active.start()

	@classmethod
	def tearDownClass(cls):
		for active in cls._patches:
			active.stop()
		super().tearDownClass()

	def setUp(self):
		super().setUp()
		frappe.cache.delete_keys("rl:")

	def http(self, method: str, path: str, remote_addr: str | None = None, **kwargs):
		"""One request (``kwargs`` as for werkzeug's ``Client.open``: json, data, headers, ...)."""
		from frappe.tests.test_api import make_request

		environ = {"REMOTE_ADDR": remote_addr or self.REMOTE_ADDR, **kwargs.pop("environ_base", {})}
		return make_request(
			target=self.client.open,
			args=(path,),
			kwargs={"method": method.upper(), "environ_base": environ, **kwargs},
			site=frappe.local.site,
		)

	def assertNoServerError(self, response, context=""):
		"""No 5xx, and nothing of the server's inside in the body: no traceback, no database name."""
		body = response.get_data(as_text=True)
		self.assertLess(response.status_code, 500, f"{context}\n{body[:2000]}")
		for leak in ("Traceback", 'File "', frappe.conf.db_name):
			self.assertNotIn(leak, body, f"{context}: {leak!r} in the body\n{body[:2000]}")
		return body


def server_message(response) -> str:
	"""The message of an API error response (v1 ``_server_messages`` or v2 ``errors``)."""
	import json

	payload = response.get_json(silent=True) or {}
	if payload.get("errors"):
		return payload["errors"][0].get("message") or ""
	messages = json.loads(payload.get("_server_messages") or "[]")
	return json.loads(messages[0]).get("message", "") if messages else ""


def committed_count(doctype: str, filters: dict | None = None) -> int:
	"""Rows of ``doctype`` as another connection sees them: what requests committed, outside this
	test's own transaction (which still reads its first snapshot)."""
	from frappe.database import get_db

	conf = frappe.conf
	db = get_db(
		host=conf.db_host,
		port=conf.db_port,
		user=conf.get("db_user") or conf.db_name,
		password=conf.db_password,
		cur_db_name=conf.db_name,
	)
	db.connect()
	try:
		conditions = " and ".join(f"`{column}` = %({column})s" for column in filters or {}) or "1=1"
		return db.sql(f"select count(*) from `tab{doctype}` where {conditions}", filters or {})[0][0]
	finally:
		db.close()
