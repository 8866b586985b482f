"""Requests from the public (Guest): who the client is, how often it may ask, what it may send.

- :func:`client_address`: the address of the socket the request came from. ``X-Forwarded-For``
  is believed only from a proxy the administrator trusts (site config ``coi_trusted_proxies``,
  a list of addresses or networks), and then read from the right, skipping trusted hops, so a
  client cannot choose its own address by sending the header.
- :func:`guest_endpoint`: one rate-limit counter per client and *action*, whatever the path the
  method was reached by (``/api/method``, ``/api/v2/method``); Frappe's own ``rate_limit`` keys
  on ``frappe.local.request_ip`` (taken from ``X-Forwarded-For`` as sent) and on the request path.
- input checks that answer a translated 4xx naming the field (:class:`GuestInputError`, HTTP 417)
  and never a traceback, whatever the site's "allow error traceback" setting.
"""

import ipaddress
import json
from collections.abc import Callable
from functools import wraps
from typing import Any

import frappe
from frappe import _
from frappe.utils import escape_html

from coi_management.core.notices import institution_language

TRUSTED_PROXIES_KEY = "coi_trusted_proxies"
# keys Frappe's own clients add to a request's form: never "unknown fields"
FRAMEWORK_KEYS = frozenset({"cmd", "_", "csrf_token"})

# action -> (requests, seconds) per client; read at call time (tests may raise them)
LIMITS: dict[str, tuple[int, int]] = {}


class GuestInputError(frappe.ValidationError):
	pass


def refuse(message: str, exc: type[Exception] = GuestInputError):
	"""Answer the public with ``message`` (translated, naming the field) and no traceback."""
	frappe.local.flags.disable_traceback = True
	frappe.throw(message, exc)


# ---------------------------------------------------------------- the client


def _networks(value) -> list:
	if isinstance(value, str):
		value = value.split(",")
	networks = []
	for item in value or ():
		try:
			networks.append(ipaddress.ip_network(str(item).strip(), strict=False))
		except ValueError:
			continue
	return networks


def _address(value: str):
	try:
		return ipaddress.ip_address(value.strip())
	except ValueError:
		return None


def client_address() -> str:
	"""The client's address: the socket's, or the nearest untrusted hop behind a trusted proxy."""
	request = getattr(frappe.local, "request", None)
	environ = getattr(request, "environ", None) or {}
	remote = environ.get("REMOTE_ADDR") or ""
	if not remote:
		# not a real HTTP request (a test or a script): what Frappe recorded, if anything
		return getattr(frappe.local, "request_ip", None) or "unknown"
	trusted = _networks(frappe.conf.get(TRUSTED_PROXIES_KEY))
	if not trusted:
		return remote

	def is_trusted(address) -> bool:
		return any(address in network for network in trusted)

	current = _address(remote)
	if current is None or not is_trusted(current):
		return remote
	client = str(current)
	for hop in reversed((environ.get("HTTP_X_FORWARDED_FOR") or "").split(",")):
		address = _address(hop)
		if address is None:
			break
		client = str(address)
		if not is_trusted(address):
			break
	return client


# ---------------------------------------------------------------- the rate limit


def cache_key(action: str, client: str | None = None) -> str:
	return frappe.cache.make_key(f"rl:coi:{action}:{client or client_address()}")


def count_request(action: str) -> None:
	"""Count one request of this client for ``action``; refuse it once over the action's limit."""
	limit, seconds = LIMITS[action]
	key = cache_key(action)
	frappe.cache.set(key, 0, ex=seconds, nx=True)
	if frappe.cache.incr(key) > limit:
		refuse(
			_("Too many requests from your address. Please try again later."),
			frappe.RateLimitExceededError,
		)


def guest_endpoint(action: str, limit: int, seconds: int, methods: tuple[str, ...] = ("POST",)) -> Callable:
	"""Decorate a whitelisted method the public calls: only over ``methods`` (checked here rather
	than by ``frappe.whitelist(methods=...)``, whose refusal carries a traceback), counted per
	client under ``action`` (at most ``limit`` requests in ``seconds``), answering in the public
	language and without a traceback."""
	LIMITS[action] = (limit, seconds)

	def decorator(fn):
		@wraps(fn)
		def wrapper(*args, **kwargs):
			request = getattr(frappe.local, "request", None)
			if request:
				frappe.local.flags.disable_traceback = True
				if frappe.session.user == "Guest":
					speak_publicly()
				if (request.method or "POST").upper() not in methods:
					refuse(
						_("This address takes only {0} requests.").format(", ".join(methods)),
						frappe.PermissionError,
					)
				count_request(action)
			return fn(*args, **kwargs)

		return wrapper

	return decorator


# ---------------------------------------------------------------- input


def refuse_unknown(extra: dict, allowed=(), exc: type[Exception] = GuestInputError) -> None:
	"""Refuse a field the endpoint does not take, naming it (Frappe would silently drop it)."""
	unknown = sorted(str(key) for key in extra if key not in FRAMEWORK_KEYS and key not in allowed)
	if unknown:
		refuse(_("Unknown field: {0}.").format(frappe.bold(escape_html(unknown[0][:40]))), exc)


def text(
	value: Any, label: str, limit: int, required: bool = False, exc: type[Exception] = GuestInputError
) -> str:
	"""``value`` as a string of at most ``limit`` characters (None and "" are empty)."""
	if value is None:
		value = ""
	if not isinstance(value, str):
		refuse(_("{0} must be text.").format(label), exc)
	if "\x00" in value or not _encodable(value):
		refuse(_("{0} contains characters that are not allowed.").format(label), exc)
	if len(value) > limit:
		refuse(_("{0} is too long: at most {1} characters.").format(label, limit), exc)
	if required and not value.strip():
		refuse(_("{0} is required.").format(label), exc)
	return value


def _encodable(value: str) -> bool:
	try:
		value.encode("utf-8")
	except UnicodeEncodeError:  # lone surrogates from JSON such as "\ud800"
		return False
	return True


def whole_number(value: Any, label: str, minimum: int, maximum: int, default: int | None = None) -> int:
	"""``value`` (a query-string or JSON value) as an integer in ``minimum..maximum``."""
	if value is None or value == "":
		if default is None:
			refuse(_("{0} is required.").format(label))
		return default
	if isinstance(value, bool) or not isinstance(value, int | str):
		refuse(_("{0} must be a whole number.").format(label))
	if isinstance(value, str):
		value = value.strip()
		if not (value.isascii() and value.isdigit()) or len(value) > 12:
			refuse(_("{0} must be a whole number between {1} and {2}.").format(label, minimum, maximum))
		value = int(value)
	if not minimum <= value <= maximum:
		refuse(_("{0} must be a whole number between {1} and {2}.").format(label, minimum, maximum))
	return value


def json_object(value: Any, label: str, max_length: int) -> dict:
	"""A JSON object sent as a string (or already parsed by Frappe from a JSON body)."""
	if isinstance(value, str):
		if len(value) > max_length:
			refuse(_("{0} is too large.").format(label))
		try:
			value = json.loads(value)
		except (ValueError, RecursionError):
			refuse(_("{0} is not valid JSON.").format(label))
	if value is None:
		refuse(_("{0} is required.").format(label))
	if not isinstance(value, dict):
		refuse(_("{0} must be a JSON object.").format(label))
	return value


def speak_publicly() -> None:
	"""Answer the public in the institution's language (COI Settings, Indonesian by default),
	whatever language the visitor's browser asks for: the complaint form, the tracking page and the
	public register are the institution's own publications."""
	frappe.local.lang = institution_language()


def translate_page_title(context) -> None:
	"""``update_website_context`` hook: Frappe takes a web form's page title and its meta tags
	from the form's English title untranslated; on the app's public complaint form they follow
	the language :func:`speak_publicly` chose."""
	web_form = context.get("web_form_doc") or {}
	if web_form.get("module") != "COI Management" or not context.get("title"):
		return
	context.title = _(context.title)
	for key, value in (context.get("metatags") or {}).items():
		if key.endswith("title") and value:
			context.metatags[key] = _(value)
