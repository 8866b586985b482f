"""The permission policy, generated: every DocType of the app x every kind of user x every channel.

What each user should get is worked out here from ``core/policy.py`` (which scopes each role has)
and this test's own picture of the organisation (who reports to whom, who declared what), not from
the rules in ``core/permissions.py``; every channel Frappe offers must then give exactly that:
REST v1 and v2 (list, document, count), ``frappe.client`` (get, get_list, get_value, get_count),
report view (get, get_count, export), the list sidebar's group-by counts, link search, global
search, the desk form (getdoc, get_docinfo) and the print view. A DocType of the app without a
policy entry fails the test.

The hostile-write part tries every protected document as every user through ``set_value``,
``save``, ``submit`` and ``delete`` and expects a PermissionError wherever the policy gives no write.
"""

import csv
import io
import json

import frappe

from coi_management.complaints import tracking
from coi_management.complaints.tests.test_complaint import submit_web_form
from coi_management.cooling_off.record import create_record
from coi_management.core import policy, states
from coi_management.core.policy import (
	ADDRESSED,
	ALL,
	BELOW_VERIFIED,
	CREATED,
	OWN,
	OWN_AGENCY,
	PARTY,
	READ,
	SUBMITTED,
	SUBTREE,
	SUBTREE_SUBMITTED,
	UNIT_SUBTREE,
	WRITE,
)
from coi_management.core.roles import (
	ADMINISTRATOR,
	EXECUTIVE,
	INSPECTOR,
	MANAGER,
	SCREENER,
	SYSTEM_MANAGER,
)
from coi_management.programme.tests import scenario
from coi_management.tests.factories import (
	DeclarationTestCase,
	call_whitelisted,
	make_official,
	make_user,
	make_work_unit,
	register_doc,
)

MODULE = "COI Management"
NO_ACCESS = (frappe.PermissionError, frappe.DoesNotExistError)
# what the export channel gives a user whose roles have no export right at all
EXPORT_REFUSED = "export refused"
# write channels that check permission before anything else: only a PermissionError is a refusal
STRICT = ("client.set_value", "client.delete")


def _names(rows) -> set[str]:
	names = set()
	for row in rows or []:
		if isinstance(row, dict):
			names.add(row.get("name") or row.get("value"))
		elif isinstance(row, list | tuple):
			names.add(row[0])
		else:
			names.add(row)
	return names


class TestPermissionMatrix(DeclarationTestCase):
	maxDiff = None

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		self = cls("run")
		self.setUp()
		frappe.flags.current_date = "2026-02-10"
		self.other_unit = make_work_unit().name
		# officials who also hold an organisation-wide role (SPEC: never write others' filings)
		cls.combos = {
			role: make_official(f"Gabungan {role}", work_unit=self.other_unit)
			for role in (EXECUTIVE, INSPECTOR, ADMINISTRATOR)
		}
		for role, official in cls.combos.items():
			frappe.get_doc("User", official.user).add_roles(role)
		cls.officials = [
			self.top,
			self.head,
			self.superior,
			self.declarant,
			self.colleague,
			self.outsider,
			*cls.combos.values(),
		]
		cls.parent_of = {o.name: frappe.db.get_value("Official", o.name, "superior") for o in cls.officials}

		# registers: every official's submitted one, family rows on two, and one draft
		cls.registers = {}
		for official in cls.officials:
			doc = register_doc(
				official.name, no_family=0 if official in (self.declarant, self.colleague) else 1
			)
			if not doc.no_family:
				doc.append(
					"family", {"full_name": f"Keluarga {official.full_name}", "relationship": _relationship()}
				)
			frappe.set_user(official.user)
			doc.insert()
			doc.submit()
			frappe.set_user("Administrator")
			cls.registers[doc.name] = official.name
		frappe.set_user(self.declarant.user)
		cls.draft_register = register_doc(self.declarant.name, period=2025).insert().name
		frappe.set_user("Administrator")

		# declarations and decisions (the chain of DeclarationTestCase)
		self.make_declaration_scenario()

		# complaints: about the declarant (verified and not yet), about their superior
		cls.complaints = []
		for reported, status in (
			(self.declarant, states.VERIFIED),
			(self.declarant, states.RECEIVED),
			(self.superior, states.VERIFIED),
		):
			doc, _code = submit_web_form(reporter_name="Pelapor Matriks", reporter_contact="p@example.org")
			frappe.db.set_value("Complaint", doc.name, {"reported_official": reported.name, "status": status})
			cls.complaints.append(doc.name)
		complaint = frappe.get_doc("Complaint", cls.complaints[0])
		tracking.add_message(complaint, "Handler", "Mohon lengkapi bukti.")
		complaint.flags.ignore_permissions = True
		complaint.save()

		# cooling-off: a retired official of the chain's unit and one of another unit
		unit = frappe.db.get_value("Official", self.superior.name, "work_unit")
		cls.cooling = []
		for work_unit in (unit, self.other_unit):
			retired = make_official(
				"Pensiunan Uji", work_unit=work_unit, user=False, status="Retired", exit_date="2026-01-31"
			)
			cls.cooling.append(create_record(retired.name, "2026-01-31").name)

		# the programme: risk assessments of the chain's perangkat daerah (approved) and of another
		# (draft); a training attended by some; consultations (own, and a superior's about the
		# declarant); appreciations (a draft and an approved one)
		frappe.flags.current_date = "2026-02-10"
		cls.assessments = {
			scenario.risk_assessment(unit, submit=True).name,
			scenario.risk_assessment(self.other_unit).name,
		}
		training, attendance = scenario.training(
			[self.declarant.name, self.colleague.name, self.superior.name, cls.combos[EXECUTIVE].name]
		)
		cls.trainings = {training.name}
		cls.attendance = set(attendance.values())
		cls.consultations = {
			scenario.consultation(self.declarant.user).name,
			scenario.consultation(self.superior.user, about_official=self.declarant.name).name,
			scenario.consultation(cls.combos[INSPECTOR].user).name,
		}
		cls.appreciations = {
			scenario.appreciation(self.declarant.name).name,
			scenario.appreciation(self.colleague.name, approver=self.executive).name,
			scenario.appreciation(cls.combos[ADMINISTRATOR].name).name,
		}

		# conflict screenings: one by each of two screeners and one by the COI Manager
		cls.screener = make_user(roles=(SCREENER,)).name
		cls.screenings = set()
		for user in (cls.screener, make_user(roles=(SCREENER,)).name, self.manager):
			frappe.set_user(user)
			doc = frappe.get_doc(
				{"doctype": "Conflict Screening", "party_type": "Company", "counterparty_name": "PT Matriks Uji"}
			).insert()
			cls.screenings.add(doc.name)
		frappe.set_user("Administrator")

		# users without an Official
		cls.role_users = {
			MANAGER: self.manager,
			INSPECTOR: self.inspector,
			EXECUTIVE: self.executive,
			ADMINISTRATOR: make_user(roles=(ADMINISTRATOR,)).name,
			SYSTEM_MANAGER: make_user(roles=(SYSTEM_MANAGER,)).name,
		}
		website_user = make_user()
		website_user.db_set("user_type", "Website User")
		cls.users = {
			"official (declarant)": self.declarant.user,
			"official (colleague)": self.colleague.user,
			"superior (direct)": self.superior.user,
			"superior (head)": self.head.user,
			"superior (top)": self.top.user,
			"official (outsider)": self.outsider.user,
			**{f"{role} only": user for role, user in cls.role_users.items()},
			"screener only": cls.screener,
			**{f"{role} + official": official.user for role, official in cls.combos.items()},
			"website user": website_user.name,
			"guest": "Guest",
		}
		frappe.flags.current_date = None
		frappe.clear_cache()

	# ------------------------------------------------------------ the test's own picture
	def official_of(self, user):
		return frappe.db.get_value("Official", {"user": user}, "name")

	def subtree(self, me) -> set[str]:
		"""me and everyone whose chain of superiors (as this test built it) reaches me."""
		found = {me}
		for name in self.parent_of:
			current = self.parent_of.get(name)
			while current:
				if current == me:
					found.add(name)
					break
				current = self.parent_of.get(current)
		return found

	def facts(self, doctype, name) -> frappe._dict:
		doc = frappe.get_doc(doctype, name)
		facts = frappe._dict(docstatus=doc.docstatus, official=doc.get("official"), owner=doc.owner)
		if doctype == "Official":
			facts.official = name
		if doctype == "Declaration":
			facts.addressed = {doc.superior, doc.deciding_superior} | {
				s for row in doc.escalations for s in (row.from_superior, row.to_superior)
			}
		if doctype == "Control Decision":
			facts.update(superior=doc.superior, reviewer=doc.reviewer, assignee=doc.assignee)
		if doctype == "Complaint":
			facts.update(
				official=doc.reported_official, verified=doc.status not in states.COMPLAINT_UNVERIFIED_STATES
			)
		if doctype in ("Cooling-off Record", "Risk Assessment"):
			facts.unit = doc.work_unit
		return facts

	def in_scope(self, scope, facts, me, my_unit, user=None) -> bool:
		if scope == ALL:
			return True
		if scope == CREATED:
			return facts.owner == user
		if scope == SUBMITTED:
			return facts.docstatus > 0 or (me is not None and facts.official == me)
		if me is None:
			return False
		mine = facts.official == me
		if scope == OWN:
			return mine
		if scope == SUBTREE:
			return facts.official in self.subtree(me)
		if scope == SUBTREE_SUBMITTED:
			return mine or (facts.docstatus > 0 and facts.official in self.subtree(me))
		if scope == ADDRESSED and "addressed" in facts:
			return facts.docstatus > 0 and me in facts.addressed
		if scope == ADDRESSED:
			return facts.superior == me or (facts.docstatus > 0 and facts.reviewer == me)
		if scope == PARTY:
			return facts.docstatus > 0 and me in (facts.official, facts.assignee)
		if scope == BELOW_VERIFIED:
			return facts.verified and facts.official in self.subtree(me) - {me}
		if scope == UNIT_SUBTREE:
			return (
				my_unit is not None
				and frappe.db.get_value("Work Unit", facts.unit, "lft")
				>= frappe.db.get_value("Work Unit", my_unit, "lft")
				and frappe.db.get_value("Work Unit", facts.unit, "rgt")
				<= frappe.db.get_value("Work Unit", my_unit, "rgt")
			)
		if scope == OWN_AGENCY:
			return facts.unit == frappe.db.get_value("Official", me, "agency")
		raise AssertionError(f"unknown scope {scope}")

	def expected(self, user, doctype, names, access=READ) -> set[str]:
		if user == "Guest":
			return set()
		scopes = policy.scopes(doctype, frappe.get_roles(user), access)
		me = self.official_of(user)
		my_unit = frappe.db.get_value("Official", me, "work_unit") if me else None
		return {
			name
			for name in names
			if any(self.in_scope(scope, self.facts(doctype, name), me, my_unit, user) for scope in scopes)
		}

	def records(self) -> dict[str, set[str]]:
		"""The records of this test (and some reference data) per DocType."""
		return {
			"Official": {o.name for o in self.officials},
			"Interest Register": {*self.registers, self.draft_register},
			"Declaration": self.declarations,
			"Control Decision": self.decisions,
			"Complaint": set(self.complaints),
			"Complaint Reporter": set(
				frappe.get_all("Complaint Reporter", {"complaint": ("in", self.complaints)}, pluck="name")
			),
			"Cooling-off Record": set(self.cooling),
			"Conflict Screening": self.screenings,
			"Risk Assessment": self.assessments,
			"COI Training": self.trainings,
			"COI Training Attendance": self.attendance,
			"COI Consultation": self.consultations,
			"COI Appreciation": self.appreciations,
			**{
				doctype: set(frappe.get_all(doctype, pluck="name", limit=3))
				for doctype, grants in policy.POLICY.items()
				if doctype not in policy.RECORD_RULES
				and doctype != "Complaint Reporter"
				and not frappe.get_meta(doctype).issingle
			},
		}

	# ------------------------------------------------------------ channels
	def as_user(self, user, fn):
		frappe.set_user(user)
		frappe.local.form_dict = frappe._dict()
		frappe.local.response = frappe._dict(docs=[])
		try:
			return fn()
		finally:
			frappe.set_user("Administrator")
			frappe.local.form_dict = frappe._dict()

	def list_channels(self, doctype, names, parent=None):
		name_filter = json.dumps([[doctype, "name", "in", sorted(names)]])
		fields = json.dumps(["name"])
		extra = {"parent": parent} if parent else {}

		def form(**values):
			frappe.local.form_dict = frappe._dict(values)

		def v1():
			form(fields=fields, filters=name_filter, limit_page_length=0, **extra)
			from frappe.api import v1 as api

			return _names(api.document_list(doctype))

		def v2():
			form(fields=fields, filters=name_filter, limit=1000, **extra)
			from frappe.api import v2 as api

			return _names(api.document_list(doctype))

		def report():
			result = call_whitelisted(
				"frappe.desk.reportview.get",
				doctype=doctype,
				fields=json.dumps([f"`tab{doctype}`.`name`"]),
				filters=name_filter,
				page_length=0,
				**({"parent_doctype": parent} if parent else {}),
			)
			return _names(result.get("values") if result else [])

		def export():
			if not frappe.permissions.can_export(doctype):
				return EXPORT_REFUSED
			call_whitelisted(
				"frappe.desk.reportview.export_query",
				doctype=doctype,
				file_format_type="CSV",
				fields=json.dumps([f"`tab{doctype}`.`name`"]),
				filters=name_filter,
				**({"parent_doctype": parent} if parent else {}),
			)
			content = frappe.local.response.get("filecontent") or b""
			rows = list(csv.reader(io.StringIO(content.decode() if isinstance(content, bytes) else content)))
			return {row[1] for row in rows[1:] if len(row) > 1}

		channels = {
			"client.get_list": lambda: _names(
				call_whitelisted(
					"frappe.client.get_list",
					doctype=doctype,
					fields=fields,
					filters=name_filter,
					limit_page_length=0,
					**extra,
				)
			),
			"api/v1 list": v1,
			"api/v2 list": v2,
			"reportview.get": report,
			"reportview.export_query": export,
		}
		if not parent:
			channels["search_link"] = lambda: (
				_names(
					call_whitelisted(
						"frappe.desk.search.search_link", doctype=doctype, txt="", page_length=1000
					)
				)
				& names
			)
		return channels

	def count_channels(self, doctype, names, parent=None):
		name_filter = json.dumps([[doctype, "name", "in", sorted(names)]])
		extra = {"parent": parent} if parent else {}

		def v2():
			frappe.local.form_dict = frappe._dict(filters=name_filter)
			from frappe.api import v2 as api

			return api.count(doctype)

		channels = {
			"client.get_count": lambda: call_whitelisted(
				"frappe.client.get_count", doctype=doctype, filters=name_filter, **extra
			),
			"reportview.get_count": lambda: call_whitelisted(
				"frappe.desk.reportview.get_count",
				doctype=doctype,
				filters=name_filter,
				**({"parent_doctype": parent} if parent else {}),
			),
		}
		if not parent:
			channels["api/v2 count"] = v2
			channels["listview.get_group_by_count"] = lambda: sum(
				row["count"]
				for row in call_whitelisted(
					"frappe.desk.listview.get_group_by_count",
					doctype=doctype,
					current_filters=name_filter,
					field="owner",
				)
			)
		return channels

	def document_channels(self, doctype, name, parent=None):
		def v1():
			from frappe.api import v1 as api

			return api.read_doc(doctype, name).name

		def v2():
			from frappe.api import v2 as api

			return api.read_doc(doctype, name).name

		if parent:
			return {
				"client.get": lambda: call_whitelisted(
					"frappe.client.get", doctype=doctype, name=name, parent=parent
				)["name"],
			}
		return {
			"client.get": lambda: call_whitelisted("frappe.client.get", doctype=doctype, name=name)["name"],
			"client.get_value": lambda: (
				call_whitelisted(
					"frappe.client.get_value",
					doctype=doctype,
					fieldname="name",
					filters=json.dumps({"name": name}),
				)
				or {}
			).get("name"),
			"api/v1 document": v1,
			"api/v2 document": v2,
			"form.load.getdoc": lambda: (
				call_whitelisted("frappe.desk.form.load.getdoc", doctype=doctype, name=name),
				frappe.local.response.docs[0].name,
			)[1],
			"form.load.get_docinfo": lambda: (
				call_whitelisted("frappe.desk.form.load.get_docinfo", doctype=doctype, name=name),
				name,
			)[1],
			"print view": lambda: (
				call_whitelisted("frappe.www.printview.get_html_and_style", doc=doctype, name=name),
				name,
			)[1],
		}

	def attempt(self, user, fn, refusals=NO_ACCESS):
		"""What a channel gives ``user``; None when it refuses with one of ``refusals``."""
		frappe.db.savepoint("matrix")
		try:
			return self.as_user(user, fn)
		except refusals:
			return None
		finally:
			frappe.db.rollback(save_point="matrix")
			frappe.local.message_log = []

	# ------------------------------------------------------------ the tests
	def test_every_doctype_of_the_app_has_a_policy_entry(self):
		doctypes = frappe.get_all("DocType", {"module": MODULE}, ["name", "istable"])
		missing = [
			d.name for d in doctypes if d.name not in (policy.CHILD_TABLES if d.istable else policy.POLICY)
		]
		self.assertEqual(missing, [], "DocTypes without an entry in core/policy.py")

	def test_role_rows_agree_with_the_policy(self):
		"""The DocType JSON grants reading exactly where the policy gives a read scope, and changing
		(write, create, submit, cancel, amend, delete) exactly where it gives a write scope."""
		disagreements = []
		write_flags = ("write", "create", "submit", "cancel", "amend", "delete")
		for doctype, grants in policy.POLICY.items():
			rows = [p for p in frappe.get_meta(doctype).permissions if not p.permlevel]
			roles = {p.role for p in rows} | set(grants)
			for role in roles:
				flags = {
					flag for p in rows if p.role == role for flag in ("read", *write_flags) if p.get(flag)
				}
				grant = grants.get(role, {})
				if ("read" in flags) != (READ in grant):
					disagreements.append(f"{doctype} / {role}: read")
				if bool(flags & set(write_flags)) != (WRITE in grant):
					disagreements.append(f"{doctype} / {role}: write")
				if (
					role != SYSTEM_MANAGER
					and doctype in policy.RECORD_RULES
					and any(p.share for p in rows if p.role == role)
				):
					disagreements.append(f"{doctype} / {role}: share would bypass the record rule")
		self.assertEqual(disagreements, [])

	def test_every_user_reads_exactly_the_policy_on_every_channel(self):
		leaks, cases = [], 0
		records = self.records()
		for label, user in self.users.items():
			for doctype, names in records.items():
				if not names:
					continue
				expected = self.expected(user, doctype, names)
				for channel, fn in self.list_channels(doctype, names).items():
					cases += 1
					got = self.attempt(user, fn) or set()
					if got == EXPORT_REFUSED:
						continue
					if got != expected:
						leaks.append(
							(label, doctype, channel, sorted(got - expected), sorted(expected - got))
						)
				for channel, fn in self.count_channels(doctype, names).items():
					cases += 1
					got = self.attempt(user, fn) or 0
					if got != len(expected):
						leaks.append((label, doctype, channel, got, len(expected)))
				for name in names:
					for channel, fn in self.document_channels(doctype, name).items():
						cases += 1
						got = self.attempt(user, fn) == name
						if got != (name in expected):
							leaks.append((label, doctype, channel, name, "read" if got else "refused"))
		print(
			f"\nread matrix: {len(self.users)} users x {len(records)} DocTypes, {cases} cases, {len(leaks)} wrong"
		)
		self.assertEqual(leaks, [], "(user, DocType, channel, got but must not, must but did not)")

	def test_child_tables_follow_their_parent_on_every_channel(self):
		leaks, cases = [], 0
		for child, parent in policy.CHILD_TABLES.items():
			rows = frappe.get_all(child, {"parenttype": parent}, ["name", "parent"], limit=50)
			if parent in policy.RECORD_RULES:
				ours = self.records()[parent]
				rows = [row for row in rows if row.parent in ours]
			if not rows:
				continue
			names = {row.name for row in rows}
			for label, user in self.users.items():
				readable_parents = self.expected(user, parent, {row.parent for row in rows})
				expected = {row.name for row in rows if row.parent in readable_parents}
				for channel, fn in self.list_channels(child, names, parent=parent).items():
					cases += 1
					got = self.attempt(user, fn) or set()
					if got == EXPORT_REFUSED:
						continue
					if got != expected:
						leaks.append((label, child, channel, sorted(got - expected), sorted(expected - got)))
				for channel, fn in self.count_channels(child, names, parent=parent).items():
					cases += 1
					got = self.attempt(user, fn) or 0
					if got != len(expected):
						leaks.append((label, child, channel, got, len(expected)))
				# parent-less listing is refused outright by Frappe for child tables
				cases += 1
				if self.attempt(user, lambda c=child: call_whitelisted("frappe.client.get_list", doctype=c)):
					leaks.append((label, child, "get_list without parent", "rows", "refused"))
		print(f"\nchild tables: {cases} cases, {len(leaks)} wrong")
		self.assertTrue(cases)
		self.assertEqual(leaks, [])

	def test_global_search_shows_no_record_the_user_cannot_read(self):
		from frappe.utils.global_search import search

		records = self.records()
		leaks = []
		for label, user in self.users.items():
			for text in ("Uji", "Gabungan", "konflik", "Pelapor"):
				results = self.attempt(user, lambda t=text: search(t, limit=200)) or []
				for row in results:
					doctype, name = row.get("doctype"), row.get("name")
					if doctype in records and name not in self.expected(user, doctype, {name}):
						leaks.append((label, doctype, name))
		self.assertEqual(leaks, [])

	def test_no_user_changes_what_the_policy_does_not_give_them(self):
		"""Hostile writes: set_value, save, submit and delete over ``frappe.client``, as every user,
		on every protected document; each must be refused with a PermissionError."""
		forbidden_writes, cases, refused = [], 0, 0
		records = self.records()
		for label, user in self.users.items():
			for doctype in policy.RECORD_RULES:
				names = records[doctype]
				writable = self.expected(user, doctype, names, WRITE)
				for name in names:
					allowed = (
						frappe.has_permission(doctype, "write", doc=name, user=user)
						if user != "Guest"
						else False
					)
					cases += 1
					if allowed and name not in writable:
						forbidden_writes.append((label, doctype, name, "has_permission(write)"))
					if name in writable:
						continue
					for attempt, fn in self.write_attempts(doctype, name).items():
						cases += 1
						# a save or submit may also be stopped by a validation first: still refused
						refusals = NO_ACCESS if attempt in STRICT else (*NO_ACCESS, frappe.ValidationError)
						if self.attempt(user, fn, refusals) is None:
							refused += 1
						else:
							forbidden_writes.append((label, doctype, name, attempt))
		print(f"\nhostile writes: {cases} cases, {refused} refused, {len(forbidden_writes)} went through")
		self.assertEqual(forbidden_writes, [])

	def write_attempts(self, doctype, name):
		field = "modified"  # harmless, but any accepted save is a forbidden write
		return {
			"client.set_value": lambda: (
				call_whitelisted(
					"frappe.client.set_value",
					doctype=doctype,
					name=name,
					fieldname=json.dumps({field: frappe.utils.now()}),
				)
				or True
			),
			"client.save": lambda: (
				call_whitelisted(
					"frappe.client.save", doc=json.dumps(frappe.get_doc(doctype, name).as_dict(), default=str)
				)
				or True
			),
			"client.submit": lambda: (
				call_whitelisted(
					"frappe.client.submit",
					doc=json.dumps(frappe.get_doc(doctype, name).as_dict(), default=str),
				)
				or True
			),
			"client.delete": lambda: (
				call_whitelisted("frappe.client.delete", doctype=doctype, name=name) or True
			),
		}


def _relationship():
	from coi_management.registers.interest_register import family_relationships

	return family_relationships()[0]
