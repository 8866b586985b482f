"""Running a scheduled job one document (or one step) at a time.

Each unit of work runs in its own savepoint: a failure rolls back that unit only - the notices it
queued included (:mod:`coi_management.core.notices` delivers only after commit) - is logged with
the document's name, and the job goes on with the others. Under tests a failure is raised, so a
job that breaks fails its test instead of passing silently.
"""

import frappe

from coi_management.core import notices

SAVEPOINT = "coi_job_unit"


def run_isolated(work, *args, title: str, reference_doctype: str | None = None, reference_name=None):
	"""``work(*args)`` in a savepoint; on error roll it back and log it (raise under tests)."""
	frappe.db.savepoint(SAVEPOINT)
	mark = notices.outbox_mark()
	try:
		return work(*args)
	except Exception:
		frappe.db.rollback(save_point=SAVEPOINT)
		notices.discard_since(mark)
		if frappe.flags.in_test:
			raise
		frappe.log_error(title=title, reference_doctype=reference_doctype, reference_name=reference_name)
		return None


def for_each(doctype: str, names, work, *args, title: str) -> dict:
	"""``work(name, *args)`` for each document name, isolated; returns {name: result}."""
	return {
		name: run_isolated(
			work, name, *args, title=f"{title}: {name}", reference_doctype=doctype, reference_name=name
		)
		for name in names
	}
