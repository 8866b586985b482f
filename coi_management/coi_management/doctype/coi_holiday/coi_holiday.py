# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document


class COIHoliday(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		description: DF.Data
		holiday_date: DF.Date
		holiday_type: DF.Literal["National Holiday", "Collective Leave", "Regional Holiday"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
	# end: auto-generated types
	pass
