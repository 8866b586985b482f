"""The public register (Perbup Semarang 28/2025 Pasal 22(4)).

The personal-interest register is public information except personal data (UU 27/2022): the page
``/daftar-kepentingan`` lists active officials by work unit with their filing status for a period
and the non-personal content of their latest submitted register — other public offices, outside
work, organisations and the names of companies in which they hold shares or beneficial ownership.

Never read here: family members (section A), amounts and percentages, asset locations, the
"situation" column, post-retirement plans, and any row an administrator marked as personal.
Rows are read with ``frappe.get_all`` on a whitelist of columns because the visitor is a Guest who
has no permission on the records themselves.
"""

from typing import Any

import frappe
from frappe import _
from frappe.query_builder.functions import Count
from frappe.utils import cint

from coi_management.core import guest
from coi_management.core.regulation import get_settings
from coi_management.registers import interest_register as register

PAGE_LENGTH = 20
MAX_PAGE = 10_000
MAX_QUERY = 100
FIRST_PERIOD = 2000
# Forms of ownership whose "company" column is a company name (for assets it is a location)
COMPANY_FORMS = ("Shares", "Beneficial Ownership", "Other Business Investment")
PUBLIC_TABLES = {
	"Interest Register Public Office": ["position_title", "institution"],
	"Interest Register Outside Work": ["kind_of_work", "function", "institution"],
	"Interest Register Affiliation": ["organisation", "function"],
	"Interest Register Holding": ["company"],
}


def is_published() -> bool:
	return bool(cint(get_settings().publish_public_register))


def officials_page(query: str | None = None, page: int = 1) -> tuple[list[dict], int]:
	"""Active officials matching ``query`` (name or work unit), by work unit, and the total."""
	official = frappe.qb.DocType("Official")
	unit = frappe.qb.DocType("Work Unit")
	base = (
		frappe.qb.from_(official)
		.left_join(unit)
		.on(unit.name == official.work_unit)
		.where(official.status == "Active")
	)
	query = (query or "").strip()
	if query:
		pattern = f"%{query}%"
		base = base.where(
			official.full_name.like(pattern)
			| official.work_unit.like(pattern)
			| unit.work_unit_name.like(pattern)
		)
	total = base.select(Count(official.name)).run()[0][0]
	page = max(cint(page), 1)
	rows = (
		base.select(
			official.name,
			official.full_name,
			official.position,
			official.work_unit,
			unit.work_unit_name,
		)
		.orderby(unit.lft)
		.orderby(official.full_name)
		.limit(PAGE_LENGTH)
		.offset((page - 1) * PAGE_LENGTH)
		.run(as_dict=True)
	)
	return rows, total


def latest_submitted(official: str) -> dict | None:
	rows = frappe.get_all(
		register.DOCTYPE,
		filters={"official": official, "docstatus": 1},
		fields=["name", "period", "filing_date"],
		order_by="period desc, creation desc",
		limit=1,
	)
	return rows[0] if rows else None


def public_content(register_name: str) -> dict[str, list[dict]]:
	"""The non-personal rows of a submitted register, with public columns only."""
	content = {}
	for child, columns in PUBLIC_TABLES.items():
		filters = {"parent": register_name, "parenttype": register.DOCTYPE, "is_personal": 0}
		if child == "Interest Register Holding":
			filters["ownership_form"] = ("in", COMPANY_FORMS)
		content[child] = frappe.get_all(child, filters=filters, fields=columns, order_by="idx asc")
	return content


def read_params(args: dict[str, Any]) -> dict:
	"""The page's query-string parameters, checked: a wrong one is refused naming it (HTTP 400)."""
	return {
		"query": guest.text(args.get("q"), _("Search"), MAX_QUERY).strip(),
		"page": guest.whole_number(args.get("page"), _("Page"), 1, MAX_PAGE, default=1),
		"period": guest.whole_number(
			args.get("period"),
			_("Period (Year)"),
			FIRST_PERIOD,
			register.current_period() + 1,
			default=register.current_period(),
		),
	}


def get_register_page(query: str | None = None, page: int = 1, period: int | None = None) -> dict:
	period = cint(period) or register.current_period()
	officials, total = officials_page(query, page)
	units: list[dict] = []
	for row in officials:
		latest = latest_submitted(row.name)
		entry = {
			"full_name": row.full_name,
			"position": row.position,
			"status": register.filing_status(row.name, period),
			"latest": latest,
			"content": public_content(latest.name) if latest else {},
		}
		unit_name = row.work_unit_name or row.work_unit or ""
		if not units or units[-1]["work_unit"] != unit_name:
			units.append({"work_unit": unit_name, "officials": []})
		units[-1]["officials"].append(entry)
	pages = max((total + PAGE_LENGTH - 1) // PAGE_LENGTH, 1)
	return {
		"period": period,
		"query": query or "",
		"current_page": max(cint(page), 1),
		"page_count": pages,
		"total": total,
		"units": units,
	}
