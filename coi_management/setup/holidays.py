"""Indonesian national holidays and collective leave (cuti bersama) shipped as a starting calendar.

From the joint decrees of the Minister of Religious Affairs, the Minister of Manpower and the
Minister for Administrative Reform (SKB 3 Menteri) on national holidays and collective leave for
2025 and 2026. Dates of religious holidays follow the government's determination and can move:
administrators check them against the decree in force and edit the COI Holiday List.
"""

HOLIDAY_LIST_NAME = "Indonesia - Nasional"

# (date, description, type)
HOLIDAYS = [
	# 2025
	("2025-01-01", "Tahun Baru 2025 Masehi", "National Holiday"),
	("2025-01-27", "Isra Mikraj Nabi Muhammad SAW", "National Holiday"),
	("2025-01-28", "Cuti bersama Tahun Baru Imlek", "Collective Leave"),
	("2025-01-29", "Tahun Baru Imlek 2576 Kongzili", "National Holiday"),
	("2025-03-28", "Cuti bersama Hari Suci Nyepi", "Collective Leave"),
	("2025-03-29", "Hari Suci Nyepi Tahun Baru Saka 1947", "National Holiday"),
	("2025-03-31", "Idul Fitri 1446 Hijriah", "National Holiday"),
	("2025-04-01", "Idul Fitri 1446 Hijriah", "National Holiday"),
	("2025-04-02", "Cuti bersama Idul Fitri", "Collective Leave"),
	("2025-04-03", "Cuti bersama Idul Fitri", "Collective Leave"),
	("2025-04-04", "Cuti bersama Idul Fitri", "Collective Leave"),
	("2025-04-07", "Cuti bersama Idul Fitri", "Collective Leave"),
	("2025-04-18", "Wafat Yesus Kristus", "National Holiday"),
	("2025-04-20", "Kebangkitan Yesus Kristus (Paskah)", "National Holiday"),
	("2025-05-01", "Hari Buruh Internasional", "National Holiday"),
	("2025-05-12", "Hari Raya Waisak 2569 BE", "National Holiday"),
	("2025-05-13", "Cuti bersama Hari Raya Waisak", "Collective Leave"),
	("2025-05-29", "Kenaikan Yesus Kristus", "National Holiday"),
	("2025-05-30", "Cuti bersama Kenaikan Yesus Kristus", "Collective Leave"),
	("2025-06-01", "Hari Lahir Pancasila", "National Holiday"),
	("2025-06-06", "Idul Adha 1446 Hijriah", "National Holiday"),
	("2025-06-09", "Cuti bersama Idul Adha", "Collective Leave"),
	("2025-06-27", "Tahun Baru Islam 1447 Hijriah", "National Holiday"),
	("2025-08-17", "Hari Kemerdekaan Republik Indonesia", "National Holiday"),
	("2025-09-05", "Maulid Nabi Muhammad SAW", "National Holiday"),
	("2025-12-25", "Hari Raya Natal", "National Holiday"),
	("2025-12-26", "Cuti bersama Hari Raya Natal", "Collective Leave"),
	# 2026
	("2026-01-01", "Tahun Baru 2026 Masehi", "National Holiday"),
	("2026-01-16", "Isra Mikraj Nabi Muhammad SAW", "National Holiday"),
	("2026-02-16", "Cuti bersama Tahun Baru Imlek", "Collective Leave"),
	("2026-02-17", "Tahun Baru Imlek 2577 Kongzili", "National Holiday"),
	("2026-03-18", "Cuti bersama Hari Suci Nyepi", "Collective Leave"),
	("2026-03-19", "Hari Suci Nyepi Tahun Baru Saka 1948", "National Holiday"),
	("2026-03-20", "Cuti bersama Idul Fitri", "Collective Leave"),
	("2026-03-21", "Idul Fitri 1447 Hijriah", "National Holiday"),
	("2026-03-22", "Idul Fitri 1447 Hijriah", "National Holiday"),
	("2026-03-23", "Cuti bersama Idul Fitri", "Collective Leave"),
	("2026-03-24", "Cuti bersama Idul Fitri", "Collective Leave"),
	("2026-04-03", "Wafat Yesus Kristus", "National Holiday"),
	("2026-04-05", "Kebangkitan Yesus Kristus (Paskah)", "National Holiday"),
	("2026-05-01", "Hari Buruh Internasional", "National Holiday"),
	("2026-05-14", "Kenaikan Yesus Kristus", "National Holiday"),
	("2026-05-15", "Cuti bersama Kenaikan Yesus Kristus", "Collective Leave"),
	("2026-05-27", "Idul Adha 1447 Hijriah", "National Holiday"),
	("2026-05-28", "Cuti bersama Idul Adha", "Collective Leave"),
	("2026-05-31", "Hari Raya Waisak 2570 BE", "National Holiday"),
	("2026-06-01", "Hari Lahir Pancasila", "National Holiday"),
	("2026-06-16", "Tahun Baru Islam 1448 Hijriah", "National Holiday"),
	("2026-08-17", "Hari Kemerdekaan Republik Indonesia", "National Holiday"),
	("2026-08-25", "Maulid Nabi Muhammad SAW", "National Holiday"),
	("2026-12-24", "Cuti bersama Hari Raya Natal", "Collective Leave"),
	("2026-12-25", "Hari Raya Natal", "National Holiday"),
]
