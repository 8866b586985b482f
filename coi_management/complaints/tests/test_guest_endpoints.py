"""The public endpoints tried as a hostile Guest over HTTP (issue 9): complaint intake, tracking,
the public register. Malformed input gets a translated 4xx naming the field, never a 5xx or a
traceback; one rate-limit counter per client whatever the path; evidence checked by content."""

import base64
import io
import json
import random
import zipfile
from unittest.mock import patch

import frappe

from coi_management.complaints import intake, tracking
from coi_management.core import guest
from coi_management.tests.factories import COITestCase, GuestHTTPTestCase, committed_count, server_message

SUBMIT = "coi_management.complaints.intake.submit"
GET_STATUS = "coi_management.complaints.tracking.get_status"
POST_REPLY = "coi_management.complaints.tracking.post_reply"
ACCEPT = "frappe.website.doctype.web_form.web_form.accept"
V1, V2 = "/api/method/", "/api/v2/method/"


def image(kind: str) -> bytes:
	from PIL import Image

	buffer = io.BytesIO()
	Image.new("RGB", (4, 4), "red").save(buffer, kind)
	return buffer.getvalue()


PNG, JPEG = image("PNG"), image("JPEG")
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
FUZZ_REQUESTS = 1000


def docx(extra_parts: dict | None = None) -> bytes:
	buffer = io.BytesIO()
	with zipfile.ZipFile(buffer, "w") as archive:
		archive.writestr("[Content_Types].xml", "<Types/>")
		archive.writestr("word/document.xml", "<w:document/>")
		for name, content in (extra_parts or {}).items():
			archive.writestr(name, content)
	return buffer.getvalue()


def upload(name: str, content: bytes, mime: str = "application/octet-stream") -> str:
	return f"{name},data:{mime};base64,{base64.b64encode(content).decode()}"


def form(**values) -> dict:
	return {"subject": "Dugaan konflik kepentingan", "description": "Uraian kejadian.", **values}


# ---------------------------------------------------------------- malformed input, generated

WRONG_TYPES = [None, 0, -1, 1.5, True, [], ["x"], {}, {"a": 1}, 10**30]
BAD_STRINGS = [
	"x" * 6000,
	"\ud800",  # a lone surrogate: not storable as UTF-8
	"a\x00b",
	"' or 1=1 --",
	'"><img src=x onerror=alert(1)>',
	"%s%s%s",
	"{{ frappe.db.sql('select 1') }}",
	"\u202e\u0000",
	"٣",
]
BAD_DATES = [
	"2024-13-45",
	"2024-02-30",
	"0000-00-00",
	"99999-01-01",
	"2024-1-1",
	"2024-01-01T00:00:00",
	"yesterday",
	"31-12-2024",
	"2999-01-01",
	"1900-01-01",
	20240101,
	["2024-01-01"],
	"",
]
BAD_UPLOADS = [
	upload("gambar.png", SVG, "image/png"),  # an SVG named .png
	upload("kosong.pdf", b"", "application/pdf"),  # empty
	upload("bukti.png", PDF, "image/png"),  # a PDF named .png
	upload("arsip.docx", b"PK\x03\x04" + b"\x00" * 40),  # a broken zip
	upload("makro.docx", docx({"word/vbaProject.bin": "x"})),  # a macro document
	upload("virus.exe", b"MZ\x90\x00"),
	upload("rusak.jpg", JPEG[:3] + b"\x00" * 64, "image/jpeg"),  # JPEG magic, no image
	upload("tanpa-ekstensi", PDF),
	"bukti.pdf,data:application/pdf;base64,@@@not-base64@@@",
	"bukti.pdf,http://example.org/bukti.pdf",
	"bukti.pdf",
	"/private/files/bukti-orang-lain.pdf",
	",data:application/pdf;base64," + base64.b64encode(PDF).decode(),
	"x" * 300 + ".pdf,data:application/pdf;base64," + base64.b64encode(PDF).decode(),
	12345,
	{"file": "bukti.pdf"},
]
FORM_FIELDS = [
	"subject",
	"description",
	"incident_date",
	"reported_person",
	"work_unit",
	"reporter_name",
	"reporter_contact",
]


def malformed_submissions(rng: random.Random) -> list:
	"""``data`` values for the intake that are all wrong somewhere."""
	cases = ["", "{", "[1, 2]", "null", "42", '"text"', "{'single': 'quotes'}", "[" * 5000 + "]" * 5000]
	cases += [{"subject": "[" * 5000 + "]" * 5000}, "{" + '"a":{' * 3000 + "}" * 3001]
	cases += [json.dumps(form(**{field: value})) for field in FORM_FIELDS for value in WRONG_TYPES[1:]]
	cases += [form(**{field: value}) for field in FORM_FIELDS for value in BAD_STRINGS[:3]]
	cases += [form(incident_date=value) for value in BAD_DATES if value != ""]
	cases += [form(**{f"evidence_{rng.randint(1, 3)}": value}) for value in BAD_UPLOADS]
	cases += [form(subject=""), form(description="   "), form(subject="<b></b>"), {"subject": "x"}, {}]
	cases += [
		form(**{name: "x"})
		for name in ("status", "channel", "findings", "name", "doctype", "owner", "tracking_code_hash")
	]
	cases += [form(work_unit="Unit yang tidak ada"), form(**{"x" * 500: 1})]
	while len(cases) < 640:
		values = form()
		for _i in range(rng.randint(1, 3)):
			field = rng.choice([*FORM_FIELDS, "evidence_1", "unknown_field"])
			values[field] = rng.choice(WRONG_TYPES + BAD_STRINGS + BAD_DATES + BAD_UPLOADS)
		# the one sure fault, so none of them is a valid complaint by chance
		fault = rng.choice([("subject", rng.choice(WRONG_TYPES)), ("evidence_2", rng.choice(BAD_UPLOADS))])
		values[fault[0]] = fault[1] if fault[1] not in (None, "") else 0
		cases.append(values if rng.random() < 0.5 else json.dumps(values))
	return cases


def malformed_lookups(rng: random.Random) -> list[tuple[str, dict]]:
	cases = []
	for value in [*WRONG_TYPES[1:], "x" * 41, "\ud800", "A\x00"]:
		cases.append((GET_STATUS, {"code": value}))
		cases.append((POST_REPLY, {"code": value, "message": "halo"}))
	for value in [*WRONG_TYPES, "", "   ", "<b></b>", "x" * 4001, "\ud800"]:
		cases.append((POST_REPLY, {"code": tracking.new_code(), "message": value}))
	cases += [(GET_STATUS, {"code": "AAAA-BBBB-CCCC-DDDD", "extra": 1}), (POST_REPLY, {"secret": "x"})]
	while len(cases) < 180:
		method = rng.choice([GET_STATUS, POST_REPLY])
		args = {"code": rng.choice([*WRONG_TYPES[1:], "x" * rng.randint(41, 500)])}
		if method == POST_REPLY:
			args["message"] = rng.choice(WRONG_TYPES + BAD_STRINGS)
		cases.append((method, args))
	return cases


def malformed_register_queries(rng: random.Random) -> list[str]:
	bad_numbers = [
		"-1",
		"0",
		"abc",
		"1.5",
		"1e9",
		"99999999999999999999",
		"١",
		"%2B3",
		" ",
		"%00",
		"0x10",
		"-0",
	]
	cases = [f"period={value}" for value in bad_numbers] + [f"page={value}" for value in bad_numbers]
	cases += ["period=1999", "period=3000", "page=10001", "q=" + "x" * 101, "q=%00", "q=" + "%C3%A9" * 101]
	while len(cases) < 150:
		cases.append(
			f"{rng.choice(['period', 'page'])}={rng.choice([*bad_numbers, str(rng.randint(-(10**12), -1))])}"
			f"&q={rng.choice(['', 'Dinas', 'x' * rng.randint(101, 400)])}"
		)
	return cases


class TestGuestFuzz(GuestHTTPTestCase):
	def test_malformed_requests_get_a_named_4xx_never_a_5xx_or_a_traceback(self):
		rng = random.Random(9)
		complaints = committed_count("Complaint")
		sent = 0
		# the limit is raised so the fuzz reaches the validation (the limit has its own tests)
		with patch.dict(
			guest.LIMITS, {intake.SUBMIT_ACTION: (10**6, 60), tracking.LOOKUP_ACTION: (10**6, 60)}
		):
			for i, data in enumerate(malformed_submissions(rng)):
				prefix = V1 if i % 2 else V2
				response = self.http("POST", prefix + SUBMIT, json={"data": data})
				self.assertNoServerError(response, f"submit {data!r:.200}")
				self.assertIn(response.status_code, (400, 403, 417), f"{data!r:.200}")
				self.assertTrue(server_message(response), f"no message for {data!r:.200}")
				sent += 1
			for i, (method, args) in enumerate(malformed_lookups(rng)):
				response = self.http("POST", (V1 if i % 2 else V2) + method, json=args)
				self.assertNoServerError(response, f"{method} {args!r:.200}")
				self.assertIn(response.status_code, (400, 403, 417), f"{method} {args!r:.200}")
				sent += 1
			for query in malformed_register_queries(rng):
				response = self.http("GET", f"/daftar-kepentingan?{query}")
				self.assertNoServerError(response, query)
				self.assertEqual(response.status_code, 400, query)
				sent += 1
			# bodies that are not what any endpoint takes. (A request body that is not JSON at all, sent
			# as application/json, fails in Frappe's own request parsing before any app code runs:
			# frappe.app.make_form_dict, a 500 on every endpoint of Frappe 15, not tried here.)
			for path, kwargs in (
				(V1 + SUBMIT, {"data": "data=%7B", "content_type": "application/x-www-form-urlencoded"}),
				(
					V1 + SUBMIT,
					{"data": "data=" + "%5B" * 5000, "content_type": "application/x-www-form-urlencoded"},
				),
				(V1 + GET_STATUS, {"data": "[1,2]", "content_type": "application/json"}),
				(V2 + GET_STATUS, {"data": '{"code": {"a": [1]}}', "content_type": "application/json"}),
				(V1 + SUBMIT, {"method": "GET"}),
				(V1 + ACCEPT, {"json": {"web_form": "complaint", "data": "{"}}),
				(V1 + ACCEPT, {"json": {"web_form": "complaint", "data": json.dumps(form())}}),
				("/lacak-pengaduan?code=%00", {"method": "GET"}),
				("/pengaduan?new=1&x=%ED%A0%80", {"method": "GET"}),
			) * 5:
				kwargs = dict(kwargs)
				response = self.http(kwargs.pop("method", "POST"), path, **kwargs)
				self.assertNoServerError(response, f"{path} {kwargs!r:.200}")
				sent += 1
		self.assertGreaterEqual(sent, FUZZ_REQUESTS)
		self.assertEqual(committed_count("Complaint"), complaints, "a malformed request saved a complaint")

	def test_refusals_are_indonesian_and_name_the_field(self):
		cases = [
			(V1 + SUBMIT, {"data": form(incident_date="2024-13-45")}, "Waktu Kejadian"),
			(V1 + SUBMIT, {"data": form(subject=["x"])}, "Perihal"),
			(V2 + SUBMIT, {"data": "{"}, "JSON"),
			(V1 + SUBMIT, {"data": form(evidence_1=upload("gambar.png", SVG))}, "Bukti 1"),
			(V1 + SUBMIT, {"data": form(channel="In Person")}, "channel"),
			(V1 + GET_STATUS, {"code": {"a": 1}}, "Kode Pelacakan"),
		]
		with patch.dict(guest.LIMITS, {intake.SUBMIT_ACTION: (10**6, 60)}):
			for path, args, field in cases:
				with self.subTest(path=path, args=args):
					response = self.http("POST", path, json=args)
					self.assertNoServerError(response)
					self.assertEqual(response.status_code, 417)
					message = server_message(response)
					self.assertIn(field, message)
					for english in ("must", "is not", "only", "Unknown"):
						self.assertNotIn(english, message)
		response = self.http("GET", "/daftar-kepentingan?period=-1")
		body = self.assertNoServerError(response)
		self.assertEqual(response.status_code, 400)
		self.assertIn("Periode (Tahun)", body)


class TestGuestRateLimit(GuestHTTPTestCase):
	def submit_count(self, remote_addr=None, **kwargs):
		return self.http("POST", kwargs.pop("prefix", V1) + SUBMIT, remote_addr, json={"data": "{"}, **kwargs)

	def test_one_counter_across_api_method_and_api_v2_method(self):
		for i in range(intake.SUBMIT_LIMIT):
			response = self.submit_count(prefix=V1 if i % 2 else V2)
			self.assertEqual(response.status_code, 417, response.get_data(as_text=True))
		for prefix in (V1, V2):
			response = self.submit_count(prefix=prefix)
			self.assertEqual(response.status_code, 429)
			self.assertNoServerError(response)
		# another client has its own counter
		self.assertEqual(self.submit_count(remote_addr="192.0.2.99").status_code, 417)

	def test_rotating_x_forwarded_for_does_not_bypass_the_limit(self):
		statuses = [
			self.submit_count(
				headers={"X-Forwarded-For": f"203.0.113.{i}", "Remote-Addr": f"198.51.100.{i}"}
			).status_code
			for i in range(intake.SUBMIT_LIMIT + 10)
		]
		self.assertEqual(statuses, [417] * intake.SUBMIT_LIMIT + [429] * 10)

	def test_frappes_web_form_accept_is_closed_for_complaints(self):
		for _i in range(intake.SUBMIT_LIMIT + 2):
			response = self.http(
				"POST",
				V1 + ACCEPT,
				json={"web_form": "complaint", "data": json.dumps(form(subject="Lewat accept"))},
			)
			self.assertNoServerError(response)
			self.assertEqual(response.status_code, 403)
			self.assertIn("halaman pengaduan", server_message(response))
		self.assertEqual(committed_count("Complaint", {"subject": "Lewat accept"}), 0)

	def test_tracking_lookups_and_replies_share_one_counter(self):
		for i in range(tracking.LOOKUP_LIMIT):
			method = (GET_STATUS, POST_REPLY)[i % 2]
			response = self.http("POST", (V1, V2)[i % 2] + method, json={"code": "AAAA-BBBB-CCCC-DDDD"})
			self.assertIn(response.status_code, (200, 417))
		response = self.http("POST", V1 + GET_STATUS, json={"code": "AAAA-BBBB-CCCC-DDDD"})
		self.assertEqual(response.status_code, 429)


class TestClientAddress(COITestCase):
	def address(self, remote, forwarded=None, trusted=None):
		environ = {"REMOTE_ADDR": remote}
		if forwarded:
			environ["HTTP_X_FORWARDED_FOR"] = forwarded
		saved = frappe.local.request if hasattr(frappe.local, "request") else None
		frappe.local.request = frappe._dict(environ=environ)
		try:
			with patch.dict(frappe.local.conf, {guest.TRUSTED_PROXIES_KEY: trusted}):
				return guest.client_address()
		finally:
			frappe.local.request = saved

	def test_the_socket_address_unless_a_proxy_is_trusted(self):
		self.assertEqual(self.address("192.0.2.1", "203.0.113.5"), "192.0.2.1")
		# an untrusted peer cannot choose its address with the header
		self.assertEqual(self.address("192.0.2.1", "203.0.113.5", ["127.0.0.1"]), "192.0.2.1")

	def test_behind_a_trusted_proxy_the_nearest_untrusted_hop(self):
		trusted = ["127.0.0.1", "10.0.0.0/8"]
		self.assertEqual(self.address("127.0.0.1", "203.0.113.5", trusted), "203.0.113.5")
		# what the client wrote to the left of the real hop is ignored
		self.assertEqual(self.address("127.0.0.1", "1.2.3.4, 203.0.113.5, 10.1.2.3", trusted), "203.0.113.5")
		self.assertEqual(self.address("127.0.0.1", "garbage, 203.0.113.5", trusted), "203.0.113.5")
		self.assertEqual(self.address("127.0.0.1", None, "127.0.0.1"), "127.0.0.1")


class TestEvidenceContent(COITestCase):
	def submit(self, evidence):
		frappe.set_user("Guest")
		guest.speak_publicly()
		try:
			return intake.submit(json.dumps(form(evidence_1=evidence)))
		finally:
			frappe.local.lang = "en"
			frappe.set_user("Administrator")

	def test_allowed_kinds_are_attached(self):
		for name, content in (
			("a.png", PNG),
			("b.jpg", JPEG),
			("c.jpeg", JPEG),
			("d.pdf", PDF),
			("e.docx", docx()),
		):
			with self.subTest(name=name):
				complaint = self.submit(upload(name, content))["name"]
				url = frappe.db.get_value("Complaint", complaint, "evidence_1")
				self.assertTrue(url.startswith("/private/files/"))

	def test_content_decides_not_the_name(self):
		count = frappe.db.count("File")
		for name, content, reason in (
			("gambar.png", SVG, "bukan"),
			("kosong.pdf", b"", "kosong"),
			("bukti.png", PDF, "bukan"),
			("foto.jpg", PNG, "bukan"),
			("rusak.jpg", JPEG[:3] + b"\x00" * 64, "bukan"),
			("arsip.docx", b"PK\x03\x04" + b"\x00" * 40, "bukan"),
			("makro.docx", docx({"word/vbaProject.bin": "x"}), "bukan"),
		):
			with self.subTest(name=name), self.assertRaises(intake.EvidenceRefusedError) as refused:
				self.submit(upload(name, content))
			self.assertIn("Bukti 1", str(refused.exception))
			self.assertIn(name, str(refused.exception))
			self.assertIn(reason, str(refused.exception))
		self.assertEqual(frappe.db.count("File"), count)

	def test_a_file_attached_another_way_is_checked_by_content_too(self):
		complaint = self.submit(upload("a.png", PNG))["name"]
		# (an empty file Frappe refuses itself, before any hook)
		for name, content in (("gambar.png", SVG), ("bukti.pdf", PNG)):
			with self.subTest(name=name), self.assertRaises(intake.EvidenceRefusedError):
				frappe.get_doc(
					{
						"doctype": "File",
						"file_name": name,
						"attached_to_doctype": "Complaint",
						"attached_to_name": complaint,
						"attached_to_field": "evidence_2",
						"is_private": 1,
						"content": content,
					}
				).insert()
