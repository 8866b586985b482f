"""The one way the app tells its users something: a system notification (the bell) and an e-mail.

Every notice of the app - declaration steps and deadlines, control decisions, complaints, the
register filing cycle, cooling-off - goes through :func:`notify`:

1. **Recipients** are resolved once (enabled users, never Guest or Administrator, one query);
2. **Language**: subject and body are rendered in each recipient's language - the user's own
   (User.language, when it differs from the system language Frappe copies into every new user),
   else the institution's (COI Settings → Institution Language, Indonesian by default) - by
   switching ``frappe.local.lang`` while the caller's ``render()`` runs, so plain ``_()`` inside it
   translates. Scheduled jobs run with the system language (often English): that never leaks in;
3. **Delivery after commit**: the rendered notice waits in a per-transaction outbox. Only when the
   transaction that caused it commits is it handed to a background job (``frappe.enqueue`` from
   ``frappe.db.after_commit``). A rollback drops it (and a job unit rolled back to its savepoint
   drops the notices it added, :func:`outbox_mark` / :func:`discard_since`). So a notice is never
   sent about a change that did not happen, and a delivery failure never undoes the change;
4. **Delivery** (:func:`deliver`): a Notification Log per recipient, then one e-mail per language
   (identical notices of a batch - a job's reminders - merged into one e-mail of up to
   :data:`EMAIL_BATCH` recipients, each still sent under the recipient's own address) through ``frappe.sendmail`` (Email Queue, retried by Frappe) with an explicit sender taken from
   the default outgoing Email Account - never a sender built from the acting user's full name,
   which breaks Frappe's address check for names with academic titles ("Dewi Lestari, S.E.").
   Without an outgoing account (a fresh site) the bell is delivered and the e-mail waits (COI
   Waiting Email) until an administrator enables one, then it is queued
   (:func:`release_waiting_emails`); COI Settings warns the administrator meanwhile
   (:func:`email_setup_missing`). Any other failure
   is logged once per notice with the document it concerns and delivery goes on with the others.
"""

from collections.abc import Callable, Iterable
from email.utils import formataddr

import frappe
from frappe.utils import get_url, get_url_to_form

DEFAULT_LANGUAGE = "id"
SKIPPED_USERS = frozenset(("Guest", "Administrator"))
DELIVERY_ERROR_TITLE = "COI notice not delivered"
# recipients of one queued e-mail: Frappe queues more than 100 as one e-mail each
EMAIL_BATCH = 100
_OUTBOX = "coi_notice_outbox"

Render = Callable[[], tuple[str, str]]


# ---------------------------------------------------------------- language
def institution_language() -> str:
	return frappe.get_cached_value("COI Settings", "COI Settings", "language") or DEFAULT_LANGUAGE


def language_of(user_language: str | None, institution: str, system: str | None) -> str:
	"""The user's own language, else the institution's.

	Frappe copies the system language (System Settings, "en" on a fresh site) into every new user,
	so a user language equal to it is not a choice the user made: the institution's wins then."""
	if user_language and user_language != system:
		return user_language
	return institution


class language:
	"""``with language("id"): _("...")`` translates into ``lang`` (frappe.local.lang switched)."""

	def __init__(self, lang: str):
		self.lang = lang

	def __enter__(self):
		self.previous = getattr(frappe.local, "lang", None)
		frappe.local.lang = self.lang
		return self

	def __exit__(self, *exc):
		frappe.local.lang = self.previous


def render_in(lang: str, render: Render) -> tuple[str, str]:
	with language(lang):
		subject, message = render()
		return str(subject), str(message)


# ---------------------------------------------------------------- recipients
def recipients_by_name(users: Iterable[str | None]) -> dict[str, frappe._dict]:
	""":func:`recipients` keyed by user, for a job that notifies many users one by one
	(``notify(..., known=...)``): one query for all of them instead of one per notice."""
	return {row.name: row for row in recipients(users)}


def recipients(users: Iterable[str | None]) -> list[frappe._dict]:
	"""Enabled users among ``users`` with their e-mail and language (one query)."""
	names = sorted({user for user in users or () if user and user not in SKIPPED_USERS})
	if not names:
		return []
	rows = frappe.get_all(
		"User",
		filters={"name": ("in", names), "enabled": 1},
		fields=["name", "email", "language"],
		order_by="name asc",
	)
	institution = institution_language()
	system = frappe.db.get_default("lang")
	for row in rows:
		row.language = language_of(row.language, institution, system)
	return rows


# ---------------------------------------------------------------- the one entry point
def notify(
	users: Iterable[str | None],
	render: Render,
	doc=None,
	link: str | None = None,
	*,
	reference_doctype: str | None = None,
	reference_name: str | None = None,
	known: dict[str, frappe._dict] | None = None,
	survive_rollback: bool = False,
) -> int:
	"""Tell ``users`` something about ``doc`` (or ``reference_doctype``/``reference_name``).

	``render()`` returns ``(subject, html_message)`` built with ``_()``; it is called once per
	language among the recipients. Returns the number of recipients the notice is queued for;
	it is delivered when the current transaction commits. ``known``: recipients already resolved
	with :func:`recipients_by_name` (users not in it are skipped). ``survive_rollback``: deliver it
	even when the transaction rolls back - for a notice about a refusal ("cannot be escalated
	further, the COI Managers are told") raised right after it.
	"""
	if known is None:
		targets = recipients(users)
	else:
		targets = [known[user] for user in dict.fromkeys(users) if user in known]
	if not targets:
		return 0
	reference_doctype = doc.doctype if doc is not None else reference_doctype
	reference_name = doc.name if doc is not None else reference_name
	by_language: dict[str, list[frappe._dict]] = {}
	for user in targets:
		by_language.setdefault(user.language, []).append(user)
	for lang, users_of_lang in by_language.items():
		subject, message = render_in(lang, render)
		_outbox().append(
			{
				"users": [user.name for user in users_of_lang],
				"emails": [user.email for user in users_of_lang if user.email],
				"subject": subject,
				"message": message,
				"reference_doctype": reference_doctype,
				"reference_name": reference_name,
				"link": link,
				"lang": lang,
				"survive_rollback": survive_rollback,
			}
		)
	return len(targets)


# ---------------------------------------------------------------- the outbox of the transaction
def _outbox() -> list[dict]:
	outbox = getattr(frappe.local, _OUTBOX, None)
	if outbox is None:
		outbox = []
		setattr(frappe.local, _OUTBOX, outbox)
		frappe.db.after_commit.add(flush)
		frappe.db.after_rollback.add(_after_rollback)
	return outbox


def pending() -> list[dict]:
	"""The notices waiting for the current transaction to commit."""
	return list(getattr(frappe.local, _OUTBOX, None) or [])


def outbox_mark() -> int:
	return len(getattr(frappe.local, _OUTBOX, None) or [])


def discard_since(mark: int) -> None:
	"""Drop the notices added after ``mark`` (their unit of work was rolled back to a savepoint)."""
	outbox = getattr(frappe.local, _OUTBOX, None)
	if outbox:
		del outbox[mark:]


def discard_pending() -> None:
	setattr(frappe.local, _OUTBOX, None)


def flush() -> None:
	"""After commit: hand the transaction's notices to a background job (directly under tests,
	which call it in place of the commit they never make)."""
	batch = pending()
	discard_pending()
	_dispatch(batch)


def _after_rollback() -> None:
	batch = [notice for notice in pending() if notice["survive_rollback"]]
	discard_pending()
	_dispatch(batch)


def _dispatch(batch: list[dict]) -> None:
	if not batch:
		return
	if frappe.flags.in_test or frappe.flags.coi_deliver_now:
		deliver(batch)
		return
	try:
		frappe.enqueue(deliver, queue="short", batch=batch)
	except Exception:
		# no queue reachable (Redis down): deliver in this process rather than lose the notices
		deliver(batch)
		frappe.db.commit()


# ---------------------------------------------------------------- delivery
def deliver(batch: list[dict]) -> None:
	"""Bells and e-mails of ``batch``; each notice on its own, a failure logged once with its document."""
	account = outgoing_account()
	sender = sender_of(account)
	disabled = _notifications_disabled({user for notice in batch for user in notice["users"]})
	bells: list[tuple[dict, list[tuple]]] = []
	emails: dict[tuple, dict] = {}
	for notice in batch:
		try:
			bells.append((notice, _bell_rows(notice, disabled)))
		except Exception:
			_log_failure(notice)
			continue
		if notice["emails"]:
			_merge_email(emails, notice)
	belled = _insert_bells(bells)
	for notice in emails.values():
		frappe.db.savepoint("coi_notice")
		try:
			if account:
				_queue_email(notice, sender)
			else:
				_hold_email(notice)
		except Exception:
			frappe.db.rollback(save_point="coi_notice")
			_log_failure(notice)
	_ring(belled)


# ---------------------------------------------------------------- e-mails waiting for an account
WAITING = "COI Waiting Email"


def _hold_email(notice: dict) -> None:
	"""No outgoing e-mail account yet (a fresh site): the e-mail waits in COI Waiting Email, and
	:func:`release_waiting_emails` queues it as soon as an administrator enables one."""
	frappe.get_doc(
		{
			"doctype": WAITING,
			"subject": notice["subject"],
			"message": notice["message"],
			"language": notice["lang"],
			"recipients": "\n".join(notice["emails"]),
			"link": notice["link"],
			"reference_doctype": notice["reference_doctype"],
			"reference_name": notice["reference_name"],
		}
	).db_insert()


def waiting_email_count() -> int:
	return frappe.db.count(WAITING)


def release_waiting_emails() -> int:
	"""Queue the e-mails that waited for an outgoing account (each on its own; one that fails is
	logged and stays waiting). Runs when an Email Account is saved and daily. Returns the count."""
	account = outgoing_account()
	if not account:
		return 0
	sender = sender_of(account)
	released = 0
	for row in frappe.get_all(WAITING, fields=["*"], order_by="creation asc"):
		notice = {
			"subject": row.subject,
			"message": row.message,
			"lang": row.language,
			"emails": [email for email in (row.recipients or "").split("\n") if email],
			"users": [],
			"link": row.link,
			"reference_doctype": row.reference_doctype,
			"reference_name": row.reference_name,
		}
		frappe.db.savepoint("coi_notice")
		try:
			_queue_email(notice, sender)
			frappe.db.delete(WAITING, {"name": row.name})
			released += 1
		except Exception:
			frappe.db.rollback(save_point="coi_notice")
			_log_failure(notice)
	return released


def on_email_account_update(doc, method=None) -> None:
	"""doc_event of Email Account: an enabled default outgoing account releases what waited."""
	if doc.enable_outgoing and doc.default_outgoing and frappe.db.count(WAITING):
		frappe.enqueue(
			release_waiting_emails, queue="short", enqueue_after_commit=True, now=frappe.flags.in_test
		)


def _merge_email(emails: dict[tuple, dict], notice: dict) -> None:
	"""Identical notices (same text, language, link and document: a job's reminders to many
	officials) become one e-mail with many recipients, at most :data:`EMAIL_BATCH` each: Frappe
	queues it once and still sends it to each recipient separately, under their own address only.
	Building and queueing an e-mail costs far more than one recipient row."""
	key = tuple(
		notice[field]
		for field in ("subject", "message", "lang", "link", "reference_doctype", "reference_name")
	)
	batch = emails.get((*key, 0))
	index = 0
	while batch is not None and len(batch["emails"]) + len(notice["emails"]) > EMAIL_BATCH:
		index += 1
		batch = emails.get((*key, index))
	if batch is None:
		emails[(*key, index)] = {**notice, "emails": list(notice["emails"]), "users": list(notice["users"])}
		return
	batch["emails"].extend(email for email in notice["emails"] if email not in batch["emails"])
	batch["users"].extend(notice["users"])


def _notifications_disabled(users: set[str]) -> set[str]:
	"""Users who switched system notifications off (Notification Settings), one query."""
	if not users:
		return set()
	return set(
		frappe.get_all(
			"Notification Settings", filters={"name": ("in", list(users)), "enabled": 0}, pluck="name"
		)
	)


BELL_FIELDS = (
	"name",
	"for_user",
	"from_user",
	"type",
	"subject",
	"email_content",
	"document_type",
	"document_name",
	"link",
	"read",
	"creation",
	"modified",
	"owner",
	"modified_by",
)


def _bell_rows(notice: dict, disabled: set[str]) -> list[tuple]:
	"""The Notification Log rows of one notice (:data:`BELL_FIELDS`), one per recipient who has
	system notifications on."""
	now = frappe.utils.now()
	return [
		(
			frappe.generate_hash(length=10),
			user,
			"Administrator",
			"Alert",
			notice["subject"],
			notice["message"],
			notice["reference_doctype"],
			notice["reference_name"],
			notice["link"],
			0,
			now,
			now,
			"Administrator",
			"Administrator",
		)
		for user in notice["users"]
		if user not in disabled
	]


def _insert_bells(bells: list[tuple[dict, list[tuple]]]) -> set[str]:
	"""Every bell of the batch in a few statements; should that fail, notice by notice, each failure
	logged with its document. Returns the users who got a bell.

	What Frappe's NotificationLog.after_insert does per row - mark the user's notifications unseen
	and ring the bell over realtime - :func:`_ring` does once per user for the whole batch: per row,
	Frappe's after-commit realtime queue makes a large batch quadratic."""
	rows = [row for _notice, notice_rows in bells for row in notice_rows]
	if not rows:
		return set()
	frappe.db.savepoint("coi_notice")
	try:
		frappe.db.bulk_insert("Notification Log", BELL_FIELDS, rows, chunk_size=1000)
		return {row[1] for row in rows}
	except Exception:
		frappe.db.rollback(save_point="coi_notice")
	belled: set[str] = set()
	for notice, notice_rows in bells:
		frappe.db.savepoint("coi_notice")
		try:
			frappe.db.bulk_insert("Notification Log", BELL_FIELDS, notice_rows)
			belled.update(row[1] for row in notice_rows)
		except Exception:
			frappe.db.rollback(save_point="coi_notice")
			_log_failure(notice)
	return belled


def _ring(users: set[str]) -> None:
	if not users:
		return
	frappe.db.set_value(
		"Notification Settings", {"name": ("in", sorted(users))}, "seen", 0, update_modified=False
	)
	recipients = sorted(users)

	def ring_after_commit():
		for user in recipients:
			frappe.publish_realtime("notification", user=user)

	# one after-commit callback for all of them: Frappe's own after_commit=True checks each new
	# message against every queued one, quadratic in a job's thousands of reminders
	frappe.db.after_commit.add(ring_after_commit)


def _queue_email(notice: dict, sender: str) -> None:
	url = _url(notice)
	message = notice["message"]
	if url:
		message += f'<p><a href="{url}">{url}</a></p>'
	frappe.sendmail(
		recipients=notice["emails"],
		sender=sender,
		subject=frappe.utils.strip_html(notice["subject"]),
		message=message,
		reference_doctype=notice["reference_doctype"],
		reference_name=notice["reference_name"],
		now=False,
	)


def _url(notice: dict) -> str | None:
	if notice["link"]:
		return get_url(notice["link"])
	if notice["reference_doctype"] and notice["reference_name"]:
		return get_url_to_form(notice["reference_doctype"], notice["reference_name"])
	return None


def _log_failure(notice: dict) -> None:
	frappe.log_error(
		title=DELIVERY_ERROR_TITLE,
		message=frappe.get_traceback(with_context=True)
		+ f"\n\nSubject: {notice['subject']}\nRecipients: {', '.join(notice['users'])}",
		reference_doctype=notice["reference_doctype"],
		reference_name=notice["reference_name"],
	)


# ---------------------------------------------------------------- the outgoing e-mail account
def outgoing_account():
	"""The site's default outgoing Email Account (or one from site config), else None.

	Unlike ``EmailAccount.find_outgoing`` this never returns the dummy account Frappe uses when
	e-mails are muted, so a site without an account is seen as one."""
	from frappe.email.doctype.email_account.email_account import EmailAccount

	return (
		EmailAccount.find_one_by_filters(enable_outgoing=1, default_outgoing=1)
		or EmailAccount.find_from_config()
	)


def sender_of(account) -> str | None:
	"""``Name <address>`` of the account, without commas in the name: Frappe splits addresses on
	commas, so a display name such as "Inspektorat, Kab. Semarang" would break every e-mail."""
	if not account or not account.get("email_id"):
		return None
	name = " ".join((account.get("email_account_name") or account.name or "").replace(",", " ").split())
	return formataddr((name, account.email_id)) if name else account.email_id


def email_setup_missing() -> bool:
	return not outgoing_account()
