"""Seed data for the regulation profiles shipped with coi_management.

Transcribed from:
- Peraturan Bupati Semarang Nomor 28 Tahun 2025 (profile SMG-2025);
- Peraturan Walikota Banjarmasin Nomor 92 Tahun 2020 (profile BJM-2020).

Titles keep the regulations' own wording, shortened to a label where needed; "article" cites the
provision. Codes are stable and unique within a profile: do not renumber them. A Control
Option's flags (is_preventive, requires_assignee, requires_follow_up_date,
requires_restriction_scope) are listed only where they are set: unset means 0.
"""

PROFILES: list[dict] = [
	{
		"regulation_name": "Perbup Semarang 28/2025",
		"abbr": "SMG-2025",
		"legal_basis": (
			"Peraturan Bupati Semarang Nomor 28 Tahun 2025 tentang Pedoman Pengelolaan Konflik Kepentingan"
		),
		"decision_deadline_days": 7,
		"review_deadline_days": 0,
		"review_in_working_days": 1,
		# Semarang sets no complaint deadlines: the app's defaults (acknowledge 3, respond 5)
		"complaint_acknowledge_days": 3,
		"complaint_response_days": 5,
		"complaint_examination_days": 0,
		"share_threshold_percent": 1.0,
		"asset_threshold_amount": 500000000,
		"cooling_off_years": 2,
		"retirement_notice_days": 60,
		"classifications": [
			{
				"classification_type": "Conflict Source",
				"code": "6a",
				"title": "Kepentingan bisnis atau finansial",
				"article": "Pasal 6 huruf a",
				"description": (
					"Konflik Kepentingan yang bersumber dari adanya kepentingan bisnis atau finansial dapat "
					"terjadi ketika Pejabat Pemerintah Daerah dalam melaksanakan kewenangannya dipengaruhi "
					"oleh kepentingan bisnis atau finansial yang dimilikinya (Pasal 7 ayat (1))."
				),
			},
			{
				"classification_type": "Conflict Source",
				"code": "6b",
				"title": "Hubungan keluarga dan kerabat",
				"article": "Pasal 6 huruf b",
				"description": (
					"Konflik Kepentingan yang bersumber dari adanya hubungan keluarga dan kerabat dapat "
					"terjadi ketika Pejabat Pemerintahan Daerah dalam melaksanakan kewenangannya menghadapi "
					"pihak yang memiliki hubungan keluarga dan kerabat (Pasal 8 ayat (1))."
				),
				"is_family": 1,
			},
			{
				"classification_type": "Conflict Source",
				"code": "6c",
				"title": "Hubungan afiliasi",
				"article": "Pasal 6 huruf c",
				"description": (
					"Konflik Kepentingan yang bersumber dari adanya hubungan afiliasi dapat terjadi ketika "
					"Pejabat Pemerintah Daerah dalam melaksanakan kewenangannya menghadapi pihak yang "
					"memiliki hubungan afiliasi (Pasal 9 ayat (1))."
				),
			},
			{
				"classification_type": "Conflict Source",
				"code": "6d",
				"title": "Pekerjaan di luar pekerjaan pokok",
				"article": "Pasal 6 huruf d",
				"description": (
					"Konflik Kepentingan yang bersumber dari adanya pekerjaan di luar pekerjaan pokok dapat "
					"terjadi ketika Pejabat Pemerintah Daerah dalam melaksanakan kewenangannya berhubungan "
					"dan/atau berbenturan dengan kepentingan pekerjaan di luar pekerjaan pokok yang dimiliki "
					"Pejabat Pemerintah Daerah (Pasal 10 ayat (1))."
				),
			},
			{
				"classification_type": "Conflict Source",
				"code": "6e",
				"title": "Hubungan dengan rangkap jabatan",
				"article": "Pasal 6 huruf e",
				"description": (
					"Konflik Kepentingan yang bersumber dari adanya hubungan dengan rangkap jabatan dapat "
					"terjadi ketika Pejabat Pemerintah Daerah dalam melaksanakan kewenangannya, berhubungan "
					"dan/atau berbenturan dengan kepentingannya sebagai pejabat pada jabatan publik lain "
					"yang didudukinya (Pasal 11 ayat (1))."
				),
			},
			{
				"classification_type": "Conflict Source",
				"code": "6f",
				"title": "Penggunaan pengaruh dan/atau relasi dari jabatan lama di tempat baru",
				"article": "Pasal 6 huruf f",
				"description": (
					"Konflik Kepentingan yang bersumber dari adanya penggunaan pengaruh dan/atau relasi dari "
					"jabatan lama di tempat baru dapat terjadi ketika Pejabat Pemerintah Daerah dalam "
					"pengambilan Keputusan dan/atau Tindakan terpengaruh oleh relasinya dengan mantan "
					"pejabat pemerintahan (Pasal 12 ayat (1))."
				),
			},
			{
				"classification_type": "Conflict Source",
				"code": "6g",
				"title": "Penerimaan hadiah/gratifikasi",
				"article": "Pasal 6 huruf g",
				"description": (
					"Konflik Kepentingan yang bersumber dari penerimaan hadiah/gratifikasi dapat terjadi "
					"ketika Pejabat Pemerintah Daerah atau keluarga/kerabatnya mendapatkan "
					"hadiah/gratifikasi yang telah dikecualikan sebagai suap oleh peraturan "
					"perundang-undangan dan dapat mempengaruhi pengambilan Keputusan dan/atau Tindakan "
					"(Pasal 13 ayat (1))."
				),
			},
			{
				"classification_type": "Conflict Source",
				"code": "6h",
				"title": "Sumber Konflik Kepentingan lainnya",
				"article": "Pasal 6 huruf h",
				"description": "",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2a",
				"title": "Orang tua kandung/tiri/angkat",
				"article": "Pasal 8 ayat (2) huruf a",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2b",
				"title": "Saudara kandung/tiri/angkat",
				"article": "Pasal 8 ayat (2) huruf b",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2c",
				"title": "Suami/istri",
				"article": "Pasal 8 ayat (2) huruf c",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2d",
				"title": "Anak kandung/tiri/angkat",
				"article": "Pasal 8 ayat (2) huruf d",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2e",
				"title": "Suami/istri dari anak kandung/tiri/angkat",
				"article": "Pasal 8 ayat (2) huruf e",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2f",
				"title": "Kakek/nenek kandung/tiri/angkat",
				"article": "Pasal 8 ayat (2) huruf f",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2g",
				"title": "Cucu kandung/tiri/angkat",
				"article": "Pasal 8 ayat (2) huruf g",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2h",
				"title": "Saudara kandung/tiri/angkat dari suami/istri",
				"article": "Pasal 8 ayat (2) huruf h",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2i",
				"title": "Suami/istri dari saudara kandung/tiri/angkat",
				"article": "Pasal 8 ayat (2) huruf i",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2j",
				"title": "Saudara kandung/tiri/angkat dari orang tua",
				"article": "Pasal 8 ayat (2) huruf j",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "8.2k",
				"title": "Mertua",
				"article": "Pasal 8 ayat (2) huruf k",
				"description": "",
				"parent_code": "6b",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "9.2a",
				"title": "Mantan atasan",
				"article": "Pasal 9 ayat (2) huruf a",
				"description": "Mantan atasan pada kantor atau pekerjaan sebelumnya.",
				"parent_code": "6c",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "9.2b",
				"title": "Mantan bawahan",
				"article": "Pasal 9 ayat (2) huruf b",
				"description": "Mantan bawahan pada kantor atau pekerjaan sebelumnya.",
				"parent_code": "6c",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "9.2c",
				"title": "Teman sejawat dan/atau kantor sebelumnya",
				"article": "Pasal 9 ayat (2) huruf c",
				"description": (
					"Teman sejawat dan/atau kantor sebelumnya, termasuk di dalamnya teman di dunia "
					"pendidikan, atau teman permainan/hobi/komunitas."
				),
				"parent_code": "6c",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "9.2d",
				"title": "Seseorang yang memiliki hubungan istimewa",
				"article": "Pasal 9 ayat (2) huruf d",
				"description": (
					"Seseorang yang memiliki hubungan istimewa, termasuk, antara lain, hubungan romantis "
					"atau seksual, atau hubungan yang lahir karena hutang budi."
				),
				"parent_code": "6c",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "9.2e",
				"title": "Teman pada organisasi/yayasan/lembaga nirlaba yang sama",
				"article": "Pasal 9 ayat (2) huruf e",
				"description": "Teman pada organisasi/yayasan/lembaga nirlaba yang sama.",
				"parent_code": "6c",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "14a",
				"title": "Menetapkan kebijakan yang menguntungkan dirinya sendiri",
				"article": "Pasal 14 huruf a",
				"description": (
					"Pejabat Pemerintah Daerah menetapkan kebijakan yang menguntungkan dirinya sendiri."
				),
				"parent_code": "6h",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "14b",
				"title": (
					"Di luar prosedur, dengan sengaja berhubungan dengan pihak ketiga yang sedang memiliki "
					"kepentingan dengan jabatan dan/atau kewenangannya"
				),
				"article": "Pasal 14 huruf b",
				"description": (
					"Pejabat pemerintahan, di luar prosedur yang sudah ditentukan, dengan sengaja "
					"berhubungan, baik langsung atau tidak langsung dengan pihak ketiga yang sedang memiliki "
					"kepentingan dengan jabatan dan/atau kewenangannya."
				),
				"parent_code": "6h",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "14c",
				"title": (
					"Memanfaatkan jabatan dan/atau kewenangan untuk mempengaruhi orang lain guna mendapatkan "
					"manfaat yang tidak semestinya"
				),
				"article": "Pasal 14 huruf c",
				"description": (
					"Pejabat Pemerintah Daerah memanfaatkan jabatan dan/atau kewenangan yang dimiliki untuk "
					"mempengaruhi orang lain guna mendapatkan manfaat yang tidak semestinya."
				),
				"parent_code": "6h",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "14d",
				"title": (
					"Menggunakan aset jabatan atau instansi di luar penggunaan untuk tugas dan kewenangannya"
				),
				"article": "Pasal 14 huruf d",
				"description": (
					"Pejabat Pemerintah Daerah menggunakan aset jabatan atau instansi di luar penggunaan "
					"untuk tugas dan kewenangannya."
				),
				"parent_code": "6h",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "14e",
				"title": (
					"Memanfaatkan dan/atau memperjualbelikan informasi berkaitan dengan jabatan atau "
					"instansi demi kepentingan pribadi"
				),
				"article": "Pasal 14 huruf e",
				"description": (
					"Pejabat Pemerintah Daerah memanfaatkan dan/atau memperjualbelikan informasi berkaitan "
					"dengan jabatan atau instansi yang diketahui demi kepentingan pribadi, di luar "
					"penggunaan untuk tugas dan kewenangannya."
				),
				"parent_code": "6h",
			},
			{
				"classification_type": "Conflict Sub-kind",
				"code": "14f",
				"title": (
					"Melakukan hubungan dengan pihak lain yang dilarang oleh ketentuan peraturan "
					"perundang-undangan"
				),
				"article": "Pasal 14 huruf f",
				"description": (
					"Pejabat Pemerintah Daerah melakukan hubungan dengan pihak lain yang dilarang oleh "
					"ketentuan peraturan perundang-undangan."
				),
				"parent_code": "6h",
			},
			{
				"classification_type": "Control Option",
				"code": "24.1a",
				"title": "Melanjutkan pengambilan Keputusan dan/atau Tindakan sesuai tugas dan kewenangannya",
				"article": "Pasal 24 ayat (1) huruf a",
				"description": (
					"Dalam hal tidak terdapat Konflik Kepentingan Aktual atau situasi Konflik Kepentingan "
					"tidak berdampak besar sehingga tidak akan mempengaruhi netralitas dan kualitas "
					"pengambilan Keputusan dan/atau Tindakan, Atasan Pejabat memerintahkan Pejabat "
					"Pemerintah Daerah untuk melanjutkan Pengambilan Keputusan dan/atau Tindakan sesuai "
					"tugas dan kewenangannya."
				),
				"finding": "No Actual Conflict",
				"outcome": "Continue",
			},
			{
				"classification_type": "Control Option",
				"code": "24.1b1",
				"title": "Atasan Pejabat mengambil alih kewenangan pengambilan Keputusan dan/atau Tindakan",
				"article": "Pasal 24 ayat (1) huruf b",
				"description": (
					"Dalam hal terdapat Konflik Kepentingan Aktual, Atasan Pejabat mengambil alih kewenangan "
					"pengambilan Keputusan dan/atau Tindakan dari Pejabat Pemerintah Daerah yang "
					"bersangkutan sepanjang Atasan Pejabat tersebut tidak berada pada situasi Konflik "
					"Kepentingan. Dalam hal Atasan Pejabat juga memiliki Konflik Kepentingan, pengambilan "
					"Keputusan dialihkan kepada atasan dari Atasan Pejabat tersebut (Lampiran huruf D angka "
					"2 huruf a)."
				),
				"finding": "Actual Conflict",
				"outcome": "Superior Takes Over",
			},
			{
				"classification_type": "Control Option",
				"code": "24.1b2",
				"title": (
					"Penggantian kepada Pejabat Pemerintahan lain yang tidak memiliki situasi Konflik "
					"Kepentingan"
				),
				"article": "Pasal 24 ayat (1) huruf b jo. Lampiran huruf D angka 2 huruf a",
				"description": (
					"Penggantian atau Atasan Pejabat mengambil alih kewenangan: pengendalian Konflik "
					"Kepentingan ini dilakukan dengan cara Atasan Pejabat mengambil alih kewenangan "
					"pengambilan Keputusan dan/atau Tindakan dari Pejabat Pemerintahan sepanjang tidak "
					"terdapat Konflik Kepentingan atau kepada Pejabat Pemerintahan lain yang tidak memiliki "
					"situasi Konflik Kepentingan selama dimungkinkan oleh peraturan perundang-undangan."
				),
				"finding": "Actual Conflict",
				"outcome": "Reassign",
				"requires_assignee": 1,
			},
			{
				"classification_type": "Control Option",
				"code": "24.1c",
				"title": (
					"Melanjutkan pengambilan Keputusan dan/atau Tindakan dengan membatasi sebagian akses"
				),
				"article": "Pasal 24 ayat (1) huruf c",
				"description": (
					"Dalam hal terdapat Konflik Kepentingan Aktual namun dinilai tidak berdampak besar dan "
					"Keputusan dan/atau Tindakan yang akan diambil oleh Pejabat Pemerintah Daerah tersebut "
					"dilakukan secara kolegal, Atasan Pejabat dapat memerintahkan Pejabat Pemerintah Daerah "
					"untuk melanjutkan pengambilan Keputusan dan/atau Tindakan sesuai tugas dan "
					"kewenangannya dengan membatasi sebagian akses Pejabat Pemerintah Daerah dalam membahas, "
					"mempertimbangkan hingga mengambil Keputusan dan/atau Tindakan. Pembatasan akses yang "
					"dapat dilakukan termasuk diantaranya dapat berupa pembatasan terhadap akses informasi "
					"dan dokumen tertentu serta pembatasan untuk menyatakan pendapat dan/atau voting "
					"(Lampiran huruf D angka 2 huruf b angka 3))."
				),
				"finding": "Actual Conflict",
				"outcome": "Restricted Access",
				"requires_restriction_scope": 1,
			},
			{
				"classification_type": "Control Option",
				"code": "24.2a",
				"title": "Saran pelepasan kepentingan pribadi",
				"article": "Pasal 24 ayat (2) jo. Lampiran huruf D angka 3 huruf a",
				"description": (
					"Atasan Pejabat dapat menyarankan pengendalian berupa pelepasan kepentingan pribadi atau "
					"pergeseran jabatan kepada Pejabat Pemerintah Daerah untuk mencegah terjadinya Konflik "
					"Kepentingan Aktual secara berulang di masa yang akan datang. Pengendalian melalui "
					"pelepasan kepentingan pribadi dapat dilakukan, misalnya dalam hal Konflik Kepentingan "
					"yang sumbernya berupa kepentingan bisnis/finansial, pekerjaan lain di luar pekerjaan "
					"pokok, dan adanya rangkap jabatan."
				),
				"finding": "Any",
				"outcome": "Divestment",
				"is_preventive": 1,
				"requires_follow_up_date": 1,
			},
			{
				"classification_type": "Control Option",
				"code": "24.2b",
				"title": "Saran pergeseran jabatan (rotasi) ke unit kerja atau instansi lain",
				"article": "Pasal 24 ayat (2) jo. Lampiran huruf D angka 3 huruf b",
				"description": (
					"Atasan Pejabat dapat menyarankan agar Pejabat Pemerintah yang bersangkutan dilakukan "
					"rotasi atau pergeseran ke unit kerja atau instansi lain dimana tugas dan/atau "
					"kewenangannya tidak berkaitan atau memiliki tingkat risiko Konflik Kepentingan yang "
					"lebih rendah dengan kepentingan pribadi yang dimilikinya. Bentuk pengendalian berupa "
					"pergeseran (rotation) tidak dapat diterapkan saat pejabat pemerintahan mendeklarasikan "
					"adanya Konflik Kepentingan Aktual, namun sebagai upaya prevensi sebelum terjadi kembali "
					"Konflik Kepentingan Aktual di kemudian hari."
				),
				"finding": "Any",
				"outcome": "Rotation",
				"is_preventive": 1,
				"requires_follow_up_date": 1,
			},
		],
	},
	{
		"regulation_name": "Perwali Banjarmasin 92/2020",
		"abbr": "BJM-2020",
		"legal_basis": (
			"Peraturan Walikota Banjarmasin Nomor 92 Tahun 2020 tentang Pedoman Penanganan Benturan "
			"Kepentingan di Lingkungan Pemerintah Kota Banjarmasin"
		),
		"decision_deadline_days": 3,
		"review_deadline_days": 2,
		# B BAB II G.5 says "2 (dua) hari" where G.3 says "hari kerja": calendar days, read literally.
		"review_in_working_days": 0,
		# B BAB II G.3: the reported official's superior examines within 3 working days
		"complaint_acknowledge_days": 3,
		"complaint_response_days": 5,
		"complaint_examination_days": 3,
		"share_threshold_percent": 1.0,
		"asset_threshold_amount": 500000000,
		"cooling_off_years": 2,
		"retirement_notice_days": 60,
		"classifications": [
			{
				"classification_type": "Conflict Form",
				"code": "A1",
				"title": (
					"Situasi yang menyebabkan ASN menerima gratifikasi atau pemberian/penerimaan hadiah atas "
					"suatu Keputusan/Jabatannya"
				),
				"article": "Lampiran BAB II huruf A angka 1",
				"description": "",
			},
			{
				"classification_type": "Conflict Form",
				"code": "A2",
				"title": (
					"Situasi yang menyebabkan ASN menggunakan aset jabatan/instansi untuk kepentingan "
					"pribadi/golongan"
				),
				"article": "Lampiran BAB II huruf A angka 2",
				"description": "",
			},
			{
				"classification_type": "Conflict Form",
				"code": "A3",
				"title": (
					"Situasi yang menyebabkan ASN menggunakan informasi rahasia jabatan/instansi "
					"dipergunakan untuk kepentingan pribadi/golongan"
				),
				"article": "Lampiran BAB II huruf A angka 3",
				"description": "",
			},
			{
				"classification_type": "Conflict Form",
				"code": "A4",
				"title": (
					"Situasi dimana seorang ASN memberikan akses khusus kepada pihak tertentu tanpa "
					"mengikuti prosedur yang seharusnya"
				),
				"article": "Lampiran BAB II huruf A angka 4",
				"description": "",
			},
			{
				"classification_type": "Conflict Form",
				"code": "A5",
				"title": (
					"Situasi yang menyebabkan proses pengawasan tidak mengikuti prosedur karena adanya "
					"pengaruh dan harapan dari pihak yang diawasi"
				),
				"article": "Lampiran BAB II huruf A angka 5",
				"description": "",
			},
			{
				"classification_type": "Conflict Form",
				"code": "A6",
				"title": (
					"Situasi dimana kewenangan penilaian suatu obyek kualifikasi dan obyek tersebut "
					"merupakan hasil dari si penilai"
				),
				"article": "Lampiran BAB II huruf A angka 6",
				"description": "",
			},
			{
				"classification_type": "Conflict Form",
				"code": "A7",
				"title": "Situasi yang menyebabkan ASN menyalahgunakan jabatan",
				"article": "Lampiran BAB II huruf A angka 7",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B1",
				"title": (
					"Kebijakan dari Pegawai yang berpihak akibat pengaruh/hubungan "
					"dekat/ketergantungan/pemberian gratifikasi"
				),
				"article": "Lampiran BAB II huruf B angka 1",
				"description": (
					"Kebijakan dari Pegawai di Lingkungan Pemerintah Kota Banjarmasin yang berpihak akibat "
					"pengaruh/hubungan dekat/ketergantungan/pemberian gratifikasi."
				),
			},
			{
				"classification_type": "Conflict Type",
				"code": "B2",
				"title": "Pemberian izin yang diskriminatif",
				"article": "Lampiran BAB II huruf B angka 2",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B3",
				"title": "Pemilihan partner/rekanan kerja berdasarkan keputusan yang tidak profesional",
				"article": "Lampiran BAB II huruf B angka 3",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B4",
				"title": "Melakukan komersialisasi pelayanan publik",
				"article": "Lampiran BAB II huruf B angka 4",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B5",
				"title": "Penggunaan aset dan informasi rahasia untuk kepentingan pribadi",
				"article": "Lampiran BAB II huruf B angka 5",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B6",
				"title": "Menjadi bagian dari pihak yang diawasi",
				"article": "Lampiran BAB II huruf B angka 6",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B7",
				"title": "Melakukan pengawasan tidak sesuai dengan norma, standar, dan prosedur",
				"article": "Lampiran BAB II huruf B angka 7",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B8",
				"title": "Menjadi bawahan pihak yang dinilai",
				"article": "Lampiran BAB II huruf B angka 8",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B9",
				"title": "Melakukan pengawasan atas pengaruh pihak lain",
				"article": "Lampiran BAB II huruf B angka 9",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B10",
				"title": "Melakukan penilaian atas pengaruh pihak lain",
				"article": "Lampiran BAB II huruf B angka 10",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B11",
				"title": "Melakukan penilaian tidak sesuai norma, standar, dan prosedur",
				"article": "Lampiran BAB II huruf B angka 11",
				"description": "",
			},
			{
				"classification_type": "Conflict Type",
				"code": "B12",
				"title": "Menjadi bagian dari pihak yang memiliki kepentingan atas sesuatu yang dinilai",
				"article": "Lampiran BAB II huruf B angka 12",
				"description": "",
			},
			{
				"classification_type": "Conflict Source",
				"code": "C1",
				"title": "Penyalahgunaan wewenang",
				"article": "Lampiran BAB II huruf C angka 1",
				"description": (
					"Penyalahgunaan wewenang, yaitu ASN membuat keputusan atau tindakan yang tidak sesuai "
					"dengan tujuan atau melampaui batas-batas pemberian wewenang yang diberikan oleh "
					"peraturan perundang-undangan."
				),
			},
			{
				"classification_type": "Conflict Source",
				"code": "C2",
				"title": "Perangkapan jabatan",
				"article": "Lampiran BAB II huruf C angka 2",
				"description": (
					"Perangkapan jabatan, yaitu seorang ASN menduduki dua atau lebih jabatan publik sehingga "
					"tidak bisa menjalankan jabatannya secara profesional, independen dan akuntabel."
				),
			},
			{
				"classification_type": "Conflict Source",
				"code": "C3",
				"title": "Hubungan afiliasi (pribadi, golongan)",
				"article": "Lampiran BAB II huruf C angka 3",
				"description": (
					"Hubungan afiliasi (pribadi, golongan) yaitu hubungan yang dimiliki oleh seorang ASN "
					"dengan pihak tertentu baik karena hubungan darah, hubungan perkawinan maupun hubungan "
					"pertemanan yang dapat mempengaruhi keputusannya."
				),
				"is_family": 1,
			},
			{
				"classification_type": "Conflict Source",
				"code": "C4",
				"title": "Gratifikasi",
				"article": "Lampiran BAB II huruf C angka 4",
				"description": (
					"Gratifikasi, yaitu pemberian dalam arti luas meliputi pemberian uang, barang, rabat, "
					"komisi, pinjaman tanpa bunga, tiket perjalanan fasilitas penginapan, perjalanan wisata, "
					"pengobatan cuma-cuma dan fasilitas lainnya."
				),
			},
			{
				"classification_type": "Control Option",
				"code": "G4",
				"title": "Keputusan dan/atau tindakan pejabat yang dilaporkan tetap berlaku",
				"article": "Lampiran BAB II huruf G angka 4",
				"description": (
					"Apabila hasil dari pemeriksaan tersebut tidak benar maka keputusan dan/atau tindakan "
					"pejabat yang dilaporkan tetap berlaku."
				),
				"finding": "No Actual Conflict",
				"outcome": "Continue",
			},
			{
				"classification_type": "Control Option",
				"code": "D4a",
				"title": "Pengurangan (divestasi) kepentingan pribadi ASN dalam jabatannya",
				"article": (
					"Lampiran BAB II huruf D (Tahapan Dalam Penanganan Benturan Kepentingan) angka 4 huruf a"
				),
				"description": "",
				"finding": "Actual Conflict",
				"outcome": "Divestment",
				"requires_follow_up_date": 1,
			},
			{
				"classification_type": "Control Option",
				"code": "D4b",
				"title": (
					"Penarikan diri (recusal) dari proses pengambilan keputusan dimana seorang ASN memiliki "
					"kepentingan"
				),
				"article": (
					"Lampiran BAB II huruf D (Tahapan Dalam Penanganan Benturan Kepentingan) angka 4 huruf b"
				),
				"description": "",
				"finding": "Actual Conflict",
				"outcome": "Recusal",
			},
			{
				"classification_type": "Control Option",
				"code": "D4c",
				"title": (
					"Membatasi akses ASN atas informasi tertentu apabila yang bersangkutan memiliki "
					"kepentingan"
				),
				"article": (
					"Lampiran BAB II huruf D (Tahapan Dalam Penanganan Benturan Kepentingan) angka 4 huruf c"
				),
				"description": "",
				"finding": "Actual Conflict",
				"outcome": "Restricted Access",
				"requires_restriction_scope": 1,
			},
			{
				"classification_type": "Control Option",
				"code": "D4d",
				"title": "Mengalih-tugaskan tugas dan tanggung-jawab ASN yang bersangkutan",
				"article": (
					"Lampiran BAB II huruf D (Tahapan Dalam Penanganan Benturan Kepentingan) angka 4 huruf d"
				),
				"description": "",
				"finding": "Actual Conflict",
				"outcome": "Reassign",
				"requires_assignee": 1,
			},
			{
				"classification_type": "Control Option",
				"code": "D4e",
				"title": "Pengunduran diri ASN dari jabatan yang menyebabkan benturan kepentingan",
				"article": (
					"Lampiran BAB II huruf D (Tahapan Dalam Penanganan Benturan Kepentingan) angka 4 huruf e"
				),
				"description": "",
				"finding": "Actual Conflict",
				"outcome": "Resignation",
				"requires_follow_up_date": 1,
			},
			{
				"classification_type": "Control Option",
				"code": "D4f",
				"title": "Pemberian sanksi bagi yang melanggarnya sesuai dengan peraturan perundang-undangan",
				"article": (
					"Lampiran BAB II huruf D (Tahapan Dalam Penanganan Benturan Kepentingan) angka 4 huruf f"
				),
				"description": "",
				"finding": "Actual Conflict",
				"outcome": "Sanction",
				"requires_follow_up_date": 1,
			},
		],
	},
]
