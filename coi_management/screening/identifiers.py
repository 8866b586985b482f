"""Indonesian identifiers, normalised and hashed for matching (issue 14).

- NIK (Nomor Induk Kependudukan): 16 digits.
- NPWP: 15 digits, or since PMK 112/2022 16 digits: the 15-digit form with a leading 0, and for
  a resident person the NIK itself. So NIK and NPWP share one key: 16 digits.
- NIB (Nomor Induk Berusaha, OSS): 13 digits.
Punctuation and spaces are ignored. The index stores only an HMAC of each key with the site's
secret, so whoever screens never reads an identifier they did not type themselves.
"""

import hashlib
import hmac
import re


def digits(value) -> str:
	return re.sub(r"\D+", "", str(value or ""))


def tax_key(value) -> str | None:
	"""NIK or NPWP as the 16 digits they are compared on; None when it is neither."""
	number = digits(value)
	if len(number) == 15:
		number = "0" + number
	return number if len(number) == 16 else None


def nib_key(value) -> str | None:
	number = digits(value)
	return number if len(number) == 13 else None


def is_valid(kind: str, value) -> bool:
	"""Whether ``value`` is a well-formed identifier of ``kind`` ("NIK", "NPWP", "NIB")."""
	if not value:
		return True
	number = digits(value)
	if kind == "NIK":
		return len(number) == 16
	if kind == "NPWP":
		return len(number) in (15, 16)
	return len(number) == 13


def _secret() -> bytes:
	from frappe.utils.password import get_encryption_key

	return get_encryption_key().encode()


def keyed_hash(kind: str, key: str | None, secret: bytes | None = None) -> str | None:
	"""HMAC-SHA256 of ``kind:key`` with the site secret (hex, 32 characters); None for no key."""
	if not key:
		return None
	mac = hmac.new(secret or _secret(), f"{kind}:{key}".encode(), hashlib.sha256)
	return mac.hexdigest()[:32]


def tax_hash(value, secret: bytes | None = None) -> str | None:
	return keyed_hash("tax", tax_key(value), secret)


def nib_hash(value, secret: bytes | None = None) -> str | None:
	return keyed_hash("nib", nib_key(value), secret)
