"""End-to-end checks in Chromium against a served site with the demo data (``scripts/dev e2e``).

Fixtures:
- ``browser``: Debian's Chromium driven by Playwright (no browser download).
- ``open_as(user, password="demo")``: a new page logged in as ``user`` (``None`` for a guest),
  in Indonesian, 1400x900.
- ``shot(page, name)``: a full-page screenshot in ``artifacts/e2e/<name>.png`` to look at.
Helpers: ``BASE_URL``, ``call(page, method, **kwargs)`` for a whitelisted method as that user.
"""

import json
import os
import pathlib

import pytest
from playwright.sync_api import sync_playwright

BASE_URL = os.environ.get("COI_E2E_URL", "http://127.0.0.1:8011").rstrip("/")
ARTIFACTS = pathlib.Path(os.environ.get("COI_E2E_ARTIFACTS", "artifacts/e2e"))
CHROMIUM = os.environ.get("COI_CHROMIUM", "/usr/bin/chromium")
DOMAIN = "coi.localhost"


def user(login: str) -> str:
	"""Demo user e-mail from its login, e.g. user("kasi.jalan")."""
	return login if "@" in login or login == "Administrator" else f"{login}@{DOMAIN}"


@pytest.fixture(scope="session")
def browser():
	with sync_playwright() as p:
		browser = p.chromium.launch(
			executable_path=CHROMIUM,
			args=[
				"--no-sandbox",
				"--disable-gpu",
				"--disable-quic",
				"--no-first-run",
				"--disable-background-networking",
				"--disable-component-update",
				"--disable-sync",
			],
		)
		yield browser
		browser.close()


@pytest.fixture
def open_as(browser):
	contexts = []

	def _open(login: str | None, password: str = "demo"):
		context = browser.new_context(locale="id-ID", viewport={"width": 1400, "height": 900})
		context.set_default_timeout(30_000)
		contexts.append(context)
		page = context.new_page()
		if login:
			response = page.request.post(
				f"{BASE_URL}/api/method/login", form={"usr": user(login), "pwd": password}
			)
			assert response.ok, f"login as {login} failed: {response.status} {response.text()[:200]}"
		return page

	yield _open
	for context in contexts:
		context.close()


@pytest.fixture
def shot():
	ARTIFACTS.mkdir(parents=True, exist_ok=True)

	def _shot(page, name: str):
		path = ARTIFACTS / f"{name}.png"
		page.screenshot(path=str(path), full_page=True)
		return path

	return _shot


def call(page, method: str, **kwargs):
	"""POST a whitelisted method as the page's user; returns ``message``."""
	response = page.request.post(
		f"{BASE_URL}/api/method/{method}",
		data=json.dumps(kwargs),
		headers={"Content-Type": "application/json", "X-Frappe-CSRF-Token": csrf_token(page)},
	)
	assert response.ok, f"{method}: {response.status} {response.text()[:500]}"
	return response.json().get("message")


def csrf_token(page) -> str:
	try:
		return page.evaluate("() => (window.frappe && frappe.csrf_token) || ''") or ""
	except Exception:
		return ""


def wait_for_desk(page):
	"""Wait until the desk has rendered the current route."""
	page.wait_for_function("() => window.frappe && frappe.container && frappe.container.page")
	page.wait_for_load_state("networkidle")
