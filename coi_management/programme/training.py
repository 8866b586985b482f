"""Training on conflict-of-interest management (S 28-29; S 19(2)c socialisation).

A COI Training is one event: its kind (basic training for candidate civil servants, S 29(1)a;
leadership training, S 29(1)b; socialisation of the commitment, S 19(2)c; other), the organiser
(the perangkat daerah for personnel, education and training, S 29(2)), the dates, the materials of
S 29(3) a-d covered and the trainers. Each participant is a COI Training Attendance of their own,
so an official reads their attendance (and certificate) and a superior their subtree's, never the
whole list; the COI Manager adds participants in bulk from a work unit or a list.
"""

import frappe
from frappe import _
from frappe.utils import cint, getdate

from coi_management.core import clock, roles

DOCTYPE = "COI Training"
ATTENDANCE = "COI Training Attendance"
MATERIALS = (
	"material_kinds_sources",
	"material_risk_analysis",
	"material_management_control",
	"material_situations_examples",
)
HELD = "Held"


class TrainingError(frappe.ValidationError):
	pass


# ---------------------------------------------------------------- the event
def validate(doc) -> None:
	if doc.start_date and doc.end_date and getdate(doc.end_date) < getdate(doc.start_date):
		frappe.throw(
			_("{0} cannot be before {1}.").format(
				_(doc.meta.get_label("end_date")), _(doc.meta.get_label("start_date"))
			),
			TrainingError,
		)
	if doc.status == HELD:
		if getdate(doc.start_date) > clock.today():
			frappe.throw(
				_("A training that starts on {0} cannot be marked as held yet.").format(
					frappe.format(doc.start_date, "Date")
				),
				TrainingError,
			)
		if not any(cint(doc.get(fieldname)) for fieldname in MATERIALS) and not doc.other_materials:
			frappe.throw(
				_("{0}: tick the materials of S 29(3) the training covered.").format(
					_(doc.meta.get_label("section_materials"))
				),
				TrainingError,
			)
	if doc.organiser and frappe.db.get_value("Work Unit", doc.organiser, "unit_type") != "Regional Apparatus":
		frappe.throw(
			_("{0}: {1} is not a perangkat daerah (a work unit of the type Regional Apparatus).").format(
				_(doc.meta.get_label("organiser")), frappe.bold(doc.organiser)
			),
			TrainingError,
		)
	set_counts(doc)


def set_counts(doc) -> None:
	if doc.is_new():
		doc.participant_count = doc.attended_count = 0
		return
	doc.participant_count = frappe.db.count(ATTENDANCE, {"training": doc.name})
	doc.attended_count = frappe.db.count(ATTENDANCE, {"training": doc.name, "attended": 1})


def refresh_counts(training: str) -> None:
	frappe.db.set_value(
		DOCTYPE,
		training,
		{
			"participant_count": frappe.db.count(ATTENDANCE, {"training": training}),
			"attended_count": frappe.db.count(ATTENDANCE, {"training": training, "attended": 1}),
		},
		update_modified=False,
	)


def on_trash(doc) -> None:
	for name in frappe.get_all(ATTENDANCE, {"training": doc.name}, pluck="name"):
		frappe.delete_doc(ATTENDANCE, name)


# ---------------------------------------------------------------- attendance
def validate_attendance(doc) -> None:
	training = frappe.db.get_value(DOCTYPE, doc.training, ["start_date", "status"], as_dict=True)
	if not training:
		return
	duplicate = frappe.db.get_value(
		ATTENDANCE, {"training": doc.training, "official": doc.official, "name": ("!=", doc.name or "")}
	)
	if duplicate:
		frappe.throw(
			_("{0} is already a participant of this training.").format(
				frappe.bold(doc.full_name or doc.official)
			),
			TrainingError,
		)
	if cint(doc.attended) and getdate(training.start_date) > clock.today():
		frappe.throw(
			_("{0} cannot be ticked before the training starts on {1}.").format(
				_(doc.meta.get_label("attended")), frappe.format(training.start_date, "Date")
			),
			TrainingError,
		)
	if doc.certificate and not cint(doc.attended):
		frappe.throw(
			_("{0} is only for a participant who attended.").format(_(doc.meta.get_label("certificate"))),
			TrainingError,
		)


def after_attendance_change(doc) -> None:
	refresh_counts(doc.training)


@frappe.whitelist()
def add_participants(
	training: str, work_unit: str | None = None, officials=None, include_subunits: int = 1
) -> int:
	"""Add as participants the active officials of ``work_unit`` (and its sub-units) and/or the
	officials named in ``officials`` (a list or a JSON list); returns how many were added."""
	roles.require(roles.MANAGER, roles.SYSTEM_MANAGER)
	frappe.has_permission(DOCTYPE, "write", doc=training, throw=True)
	frappe.has_permission(ATTENDANCE, "create", throw=True)
	wanted = list(frappe.parse_json(officials) or []) if officials else []
	if work_unit:
		units = [work_unit]
		if cint(include_subunits):
			lft, rgt = frappe.db.get_value("Work Unit", work_unit, ["lft", "rgt"]) or (0, 0)
			units = frappe.get_all("Work Unit", {"lft": (">=", lft), "rgt": ("<=", rgt)}, pluck="name")
		wanted += frappe.get_all(
			"Official",
			{"work_unit": ("in", units or [""]), "status": "Active"},
			pluck="name",
			order_by="full_name asc",
		)
	if not wanted:
		frappe.throw(_("Choose a work unit or officials to add."), TrainingError)
	present = set(frappe.get_all(ATTENDANCE, {"training": training}, pluck="official"))
	added = 0
	for official in dict.fromkeys(wanted):
		if official in present:
			continue
		if not frappe.db.exists("Official", official):
			frappe.throw(_("{0} is not an official.").format(frappe.bold(official)), TrainingError)
		frappe.get_doc({"doctype": ATTENDANCE, "training": training, "official": official}).insert()
		added += 1
	refresh_counts(training)
	return added


@frappe.whitelist()
def mark_attended(training: str, attended: int = 1, officials=None) -> int:
	"""Tick (or untick) the attendance of every participant of ``training``, or of ``officials``."""
	roles.require(roles.MANAGER, roles.SYSTEM_MANAGER)
	frappe.has_permission(DOCTYPE, "write", doc=training, throw=True)
	filters = {"training": training}
	if officials:
		filters["official"] = ("in", list(frappe.parse_json(officials)))
	changed = 0
	for name in frappe.get_all(ATTENDANCE, filters, pluck="name"):
		doc = frappe.get_doc(ATTENDANCE, name)
		if cint(doc.attended) == cint(attended):
			continue
		doc.attended = cint(attended)
		doc.save()
		changed += 1
	return changed


def history(official: str) -> list[dict]:
	"""An official's trainings, newest first (what their Official page lists)."""
	return frappe.get_list(
		ATTENDANCE,
		filters={"official": official},
		fields=["name", "training", "training_title", "training_kind", "start_date", "end_date", "attended"],
		order_by="start_date desc",
	)


def statistics(from_date=None, to_date=None, work_unit: str | None = None) -> dict:
	"""Figures for the monitoring report (S 33(3)f), trainings held (not cancelled) starting between
	``from_date`` and ``to_date``: ``trainings``, ``by_kind`` {kind: trainings}, ``participants`` and
	``attended`` (attendance records; of officials of ``work_unit`` and its sub-units if given),
	``materials`` {material fieldname: trainings covering it}. Reads regardless of record rules."""
	filters = {"status": ("!=", "Cancelled")}
	if from_date and to_date:
		filters["start_date"] = ("between", (getdate(from_date), getdate(to_date)))
	elif from_date:
		filters["start_date"] = (">=", getdate(from_date))
	elif to_date:
		filters["start_date"] = ("<=", getdate(to_date))
	events = frappe.get_all(DOCTYPE, filters=filters, fields=["name", "training_kind", *MATERIALS])
	attendance_filters = {"training": ("in", [e.name for e in events] or [""])}
	if work_unit:
		lft, rgt = frappe.db.get_value("Work Unit", work_unit, ["lft", "rgt"]) or (0, 0)
		units = frappe.get_all("Work Unit", {"lft": (">=", lft), "rgt": ("<=", rgt)}, pluck="name")
		attendance_filters["work_unit"] = ("in", units or [""])
	by_kind: dict[str, int] = {}
	for event in events:
		by_kind[event.training_kind] = by_kind.get(event.training_kind, 0) + 1
	return {
		"trainings": len(events),
		"by_kind": dict(sorted(by_kind.items())),
		"participants": frappe.db.count(ATTENDANCE, attendance_filters),
		"attended": frappe.db.count(ATTENDANCE, {**attendance_filters, "attended": 1}),
		"materials": {m: sum(1 for e in events if cint(e.get(m))) for m in MATERIALS},
	}
