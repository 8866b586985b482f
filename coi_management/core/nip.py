"""NIP (Nomor Induk Pegawai) of an Indonesian civil servant.

18 digits: birth date YYYYMMDD, appointment (TMT CPNS) YYYYMM, sex 1 (male) or 2 (female),
and a 3-digit sequence number.
"""

import datetime
from dataclasses import dataclass

import frappe
from frappe import _


class InvalidNIPError(frappe.ValidationError):
	pass


@dataclass(frozen=True)
class NIP:
	date_of_birth: datetime.date
	appointment_year: int
	appointment_month: int
	gender: str  # "Male" or "Female"
	sequence: int

	@property
	def appointment(self) -> str:
		return f"{self.appointment_year:04d}-{self.appointment_month:02d}"


def normalize_nip(value: str | None) -> str:
	"""NIPs are often written with spaces (``19850312 201001 1 003``): keep the digits only."""
	return "".join((value or "").split())


def parse_nip(value: str | None, label: str | None = None) -> NIP:
	"""Parse and validate a NIP, raising :class:`InvalidNIPError` with a message naming the field."""
	label = label or _("NIP")
	nip = normalize_nip(value)

	def fail(message):
		frappe.throw(message, InvalidNIPError, title=_("Invalid NIP"))

	if len(nip) != 18 or not nip.isdigit():
		fail(
			_("{0} must be exactly 18 digits; {1} has {2}.").format(label, frappe.bold(value or ""), len(nip))
		)

	try:
		date_of_birth = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
	except ValueError:
		fail(
			_("{0}: digits 1 to 8 must be a valid date of birth (YYYYMMDD); {1} is not a date.").format(
				label, nip[0:8]
			)
		)

	year, month = int(nip[8:12]), int(nip[12:14])
	if not 1 <= month <= 12:
		fail(
			_(
				"{0}: digits 9 to 14 must be the appointment year and month (YYYYMM); month {1} does not exist."
			).format(label, nip[12:14])
		)
	if (year, month) < (date_of_birth.year, date_of_birth.month):
		fail(
			_("{0}: the appointment ({1}) cannot be before the date of birth ({2}).").format(
				label, f"{year:04d}-{month:02d}", date_of_birth.isoformat()
			)
		)

	sex_digit = nip[14]
	if sex_digit not in ("1", "2"):
		fail(_("{0}: digit 15 must be 1 (male) or 2 (female), not {1}.").format(label, sex_digit))

	sequence = int(nip[15:18])
	if sequence == 0:
		fail(_("{0}: the last 3 digits are a sequence number and cannot be 000.").format(label))

	return NIP(
		date_of_birth=date_of_birth,
		appointment_year=year,
		appointment_month=month,
		gender="Male" if sex_digit == "1" else "Female",
		sequence=sequence,
	)
