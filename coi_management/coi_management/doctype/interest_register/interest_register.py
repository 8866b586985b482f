# Copyright (c) 2026, coi_management contributors
# For license information, please see license.txt

from frappe.model.document import Document

from coi_management.core import clock
from coi_management.registers import interest_register as register


class InterestRegister(Document):
	def onload(self):
		register.form_onload(self)

	def validate(self):
		register.validate_filer(self)
		register.validate_period(self)
		register.validate_unique_period(self)
		self.set_dates()
		register.validate_family(self)
		register.validate_holdings(self)
		register.validate_sections(self, final=False)

	def before_submit(self):
		register.validate_sections(self, final=True)
		register.validate_statements(self)
		self.filing_date = clock.today()

	def on_submit(self):
		register.replace_corrected(self)

	def after_insert(self):
		register.mark_superseded(self)

	def set_dates(self):
		self.due_date = register.period_dates(self.period)[1]
		self.post_retirement_required = int(register.post_retirement_required(self.official))
