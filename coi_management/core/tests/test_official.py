import frappe

from coi_management.coi_management.doctype.official.official import DuplicateOfficialUserError
from coi_management.core.org import SuperiorCycleError, subordinates, superior_chain
from coi_management.core.roles import OFFICIAL, SUPERIOR
from coi_management.tests.factories import COITestCase, make_official, make_user, make_work_unit


class TestOfficial(COITestCase):
	def test_self_as_superior_is_refused(self):
		official = make_official(user=None)
		official.superior = official.name
		with self.assertRaises(SuperiorCycleError):
			official.save()

	def test_superior_cycle_is_refused(self):
		head = make_official(user=None)
		middle = make_official(superior=head.name, user=None)
		staff = make_official(superior=middle.name, user=None)
		head.superior = staff.name  # head -> staff -> middle -> head
		with self.assertRaises(SuperiorCycleError):
			head.save()
		self.assertIsNone(frappe.db.get_value("Official", head.name, "superior"))

	def test_chain_and_subordinates(self):
		head = make_official(user=None)
		middle = make_official(superior=head.name, user=None)
		staff = make_official(superior=middle.name, user=None)
		other = make_official(superior=head.name, user=None)
		self.assertEqual(superior_chain(staff.name), [middle.name, head.name])
		self.assertEqual(sorted(subordinates(head.name)), sorted([middle.name, staff.name, other.name]))
		self.assertEqual(subordinates(staff.name), [])

	def test_one_official_per_user(self):
		user = make_user().name
		make_official(user=user)
		with self.assertRaises(DuplicateOfficialUserError):
			make_official(user=user)
		self.assertEqual(frappe.db.count("Official", {"user": user}), 1)

	def test_exit_date_required_when_not_active(self):
		official = make_official(user=None)
		for status in ("Retired", "Resigned", "Transferred", "Dismissed", "Deceased"):
			official.reload()  # a refused save leaves a new `modified` in memory
			official.status = status
			official.exit_date = None
			with self.subTest(status=status), self.assertRaises(frappe.MandatoryError):
				official.save()
		official.reload()
		self.assertEqual(official.status, "Active")
		official.status = "Retired"
		official.exit_date = "2026-06-30"
		official.save()
		self.assertEqual(frappe.db.get_value("Official", official.name, "status"), "Retired")

	def test_roles_follow_the_organisation(self):
		head = make_official()
		staff = make_official(superior=head.name)
		self.assertIn(OFFICIAL, frappe.get_roles(staff.user))
		self.assertIn(SUPERIOR, frappe.get_roles(head.user))
		self.assertNotIn(SUPERIOR, frappe.get_roles(staff.user))

	def test_regional_apparatus_is_derived_from_the_work_unit(self):
		dinas = make_work_unit("Dinas Uji Coba", unit_type="Regional Apparatus")
		bidang = make_work_unit("Bidang Uji", parent=dinas.name, unit_type="Division")
		seksi = make_work_unit("Seksi Uji", parent=bidang.name, unit_type="Section")
		official = make_official(work_unit=seksi.name, user=None)
		self.assertEqual(official.agency, dinas.name)

	def test_same_unit_name_in_two_apparatus(self):
		a = make_work_unit("Dinas A Uji", abbreviation="DA")
		b = make_work_unit("Dinas B Uji", abbreviation="DB")
		first = make_work_unit("Sekretariat Uji", parent=a.name, unit_type="Division")
		second = make_work_unit("Sekretariat Uji", parent=b.name, unit_type="Division")
		self.assertNotEqual(first.name, second.name)
		self.assertEqual(second.name, "Sekretariat Uji - DB")

	def test_position_risk_is_suggested_from_functions(self):
		from coi_management.tests.factories import make_position

		self.assertEqual(make_position(fn_procurement=1).risk_level, "High")
		self.assertEqual(make_position(fn_planning=1).risk_level, "Medium")
		self.assertEqual(make_position().risk_level, "Low")
		self.assertEqual(make_position(fn_licensing=1, risk_level="Medium").risk_level, "Medium")
		official = make_official(position=make_position(fn_licensing=1, user=None).name)
		self.assertEqual(official.position_risk, "High")


class TestWorkUnitTree(COITestCase):
	def test_tree_shows_every_perangkat_daerah_as_a_root(self):
		from coi_management.coi_management.doctype.work_unit.work_unit import get_children

		dinas_a = make_work_unit("Dinas Pohon A")
		dinas_b = make_work_unit("Dinas Pohon B")
		bidang = make_work_unit("Bidang Pohon", parent=dinas_a.name, unit_type="Division")
		roots = {node.value for node in get_children("Work Unit", parent="Semua Unit Kerja", is_root=True)}
		self.assertTrue({dinas_a.name, dinas_b.name} <= roots)
		self.assertNotIn(bidang.name, roots)
		children = get_children("Work Unit", parent=dinas_a.name)
		self.assertEqual([node.value for node in children], [bidang.name])
		self.assertEqual(children[0].title, "Bidang Pohon")
		# the tree's filter: one unit at the top
		only = get_children("Work Unit", parent="Semua Unit Kerja", is_root=True, root_unit=dinas_a.name)
		self.assertEqual([node.value for node in only], [dinas_a.name])
