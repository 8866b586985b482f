"""Shared set-up for the declaration and control decision tests: a chain of officials.

top ← head ← superior ← declarant        (colleague also reports to superior)
"""

import frappe
from frappe.model.workflow import apply_workflow

from coi_management.tests.utils import COITestCase, make_official, make_user, make_work_unit

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
		cls.manager = make_user(roles=("COI Manager",)).name
		cls.inspector = make_user(roles=("COI Inspector",)).name
		cls.executive = make_user(roles=("COI Executive",)).name
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
		return self.act(doc, "Declare", official.user)

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
		return self.act(decision, "Submit", user or self.superior.user)
