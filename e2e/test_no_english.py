"""An Indonesian official never meets an English word: the text of the app's desk pages, as each
role sees them, holds no word of the app's English source that its Indonesian translations do not
use too (proper names, NIPs and words shared by both languages pass)."""

import csv
import pathlib
import re

import pytest
from conftest import BASE_URL, wait_for_desk

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")

# Frappe's own words a page may show untranslated around the app's text
FRAPPE_WORDS = {
	"save",
	"submit",
	"cancel",
	"settings",
	"draft",
	"submitted",
	"cancelled",
	"overdue",
	"expired",
}
# words of the app's English source that are also names, abbreviations or Indonesian usage
ALLOWED = {"pemda", "nip", "nik", "npwp", "nib", "pdf", "excel", "asn", "apip", "email", "online", "website"}


def english_words() -> set[str]:
	english, indonesian = set(), set()
	with open(ROOT / "coi_management" / "translations" / "id.csv", newline="") as fh:
		for row in csv.reader(fh):
			if len(row) < 2:
				continue
			english.update(word.lower() for word in WORD.findall(re.sub(r"\{\d\}|<[^>]+>", " ", row[0])))
			indonesian.update(word.lower() for word in WORD.findall(row[1]))
	return (english - indonesian - ALLOWED) | FRAPPE_WORDS


ENGLISH = english_words()

PAGES = {
	"analis.izin": ["coi-status", "interest-register", "declaration", "coi-management"],
	"kadis.ptsp": ["coi-status", "declaration", "control-decision"],
	"inspektur": [
		"coi-management",
		"complaint",
		"cooling-off-record",
		"interest-register",
		"query-report/Kepatuhan Daftar Kepentingan",
	],
	"pengadaan": ["conflict-screening"],
	"Administrator": ["coi-settings", "work-unit/view/tree"],
}


# the text a person sees: text nodes of rendered elements larger than a pixel (screen-reader-only
# labels such as Frappe's "Begin typing for results." and the filters' field names are not seen)
VISIBLE_TEXT = r"""() => {
	const root = (frappe.container.page) || document.body;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const lines = [];
	while (walker.nextNode()) {
		const node = walker.currentNode, el = node.parentElement, text = node.textContent.trim();
		if (!text || !el || ["SCRIPT", "STYLE", "TEMPLATE"].includes(el.tagName)) continue;
		if (el.closest(".visually-hidden, .sr-only")) continue;
		const box = el.getBoundingClientRect(), style = getComputedStyle(el);
		if (box.width <= 1 || box.height <= 1 || style.visibility !== "visible" || style.opacity === "0") continue;
		if (!el.checkVisibility || el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) lines.push(text);
	}
	return lines.join("\n");
}"""


def page_text(page) -> str:
	return page.evaluate(VISIBLE_TEXT)


def english_in(text: str) -> list[str]:
	found = []
	for line in text.splitlines():
		# a label cut short on a chart ("Be ...") is the start of an Indonesian word
		whole = re.sub(r"[A-Za-z]+\s*(\.\.\.|…)", " ", line)
		words = [word for word in WORD.findall(whole) if word.lower() in ENGLISH]
		if words:
			found.append(f"{', '.join(words)}  ←  {line.strip()[:120]}")
	return found


def test_the_word_list_knows_english():
	# the check is only as good as its list: English words of the app's source are in it
	assert {"declaration", "complaint", "superior", "overdue"} <= ENGLISH
	assert not {"deklarasi", "pengaduan", "atasan", "nip"} & ENGLISH


@pytest.mark.parametrize("login", list(PAGES))
def test_no_english_word_on_the_app_pages(open_as, shot, login):
	page = open_as(login, "admin" if login == "Administrator" else "demo")
	problems = []
	for route in PAGES[login]:
		page.goto(f"{BASE_URL}/app/{route}")
		wait_for_desk(page)
		page.wait_for_timeout(1500)  # lists, cards and reports fill in after the page shell
		name = f"words-{login.split('.')[0]}-{route.split('/')[0]}"
		shot(page, name)
		problems += [f"{route}: {line}" for line in english_in(page_text(page))]
	assert not problems, "English on the app's pages:\n" + "\n".join(problems)
