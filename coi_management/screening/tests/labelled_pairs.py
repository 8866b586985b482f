"""Labelled Indonesian name pairs for the matcher's quality test (issue 14).

One pair per line: kind (P person, C company) | left | right | 1 same party, 0 different party.
True variants: titles, the forms of Muhammad, old spelling, Balinese prefixes, word order,
spacing, typing slips, legal forms. Hard negatives: one significant name differs, or a company
name is longer by a distinguishing word.
"""

PAIRS_TEXT = """
P|Drs. H. Moch. Soeharto, M.Si.|Muhammad Suharto|1
P|Ir. Bambang Sutrisno, M.T.|Bambang Sutrisno|1
P|Hj. Siti Aminah, S.Pd.|Siti Aminah|1
P|Dr. dr. Andi Wijaya, Sp.PD|Andi Wijaya|1
P|Prof. Dr. Ir. Soedjono Djojohadikoesoemo|Sujono Joyohadikusumo|1
P|Soekarno|Sukarno|1
P|Tjipto Mangoenkoesoemo|Cipto Mangunkusumo|1
P|Sjahrir|Syahrir|1
P|Njoman Soedjana|Nyoman Sujana|1
P|Achmad Choirul Anam|Ahmad Khoirul Anam|1
P|Moh. Hatta|Mohammad Hatta|1
P|Muh. Yamin|Muhammad Yamin|1
P|M. Nasir|Muhammad Nasir|1
P|Mochammad Ridwan|Muhammad Ridwan|1
P|Mochamad Ridwan Kamil|Muhammad Ridwan Kamil|1
P|I Gede Made Wirawan|Made Wirawan|1
P|Ni Luh Putu Ayu Sukmawati|Luh Ayu Sukmawati|1
P|I Wayan Sudirta|Wayan Sudirta|1
P|Ni Ketut Sriani|Ketut Sriani|1
P|I Nyoman Suarna|Nyoman Suarna|1
P|Gede Pasek Suardika|I Gede Pasek Suardika|1
P|Nur Hayati|Nurhayati|1
P|Sri Mulyani Indrawati|Indrawati Sri Mulyani|1
P|Budi Santoso|Santoso Budi|1
P|Hariyanto|Haryanto|1
P|Eko Hariyanto|Eko Haryanto|1
P|Rachmat Hidajat|Rahmat Hidayat|1
P|Khairul Anwar|Chairul Anwar|1
P|Dwi Ratnasari|Dwi Ratna Sari|1
P|Ramadhan Pohan|Ramadan Pohan|1
P|Fathurrahman|Faturrahman|1
P|Abdurrahman Wahid|Abdurahman Wahid|1
P|Hasanuddin|Hasanudin|1
P|Effendie Simbolon|Effendi Simbolon|1
P|Soesilo Bambang Joedhojono|Susilo Bambang Yudhoyono|1
P|Joko Widodo, S.H.|Joko Widodo|1
P|Drs. Joko Widodo|Ir. H. Joko Widodo|1
P|Taufiq Kiemas|Taufik Kiemas|1
P|Rizky Pratama|Rizki Pratama|1
P|Yulianti|Yuliyanti|1
P|Dewi Kusumawardhani|Dewi Kusumawardani|1
P|Agus Salim, S.E., M.M.|H. Agus Salim|1
P|Wahyu Hidayat, S.Kom.|Wahyu Hidayat|1
P|Dra. Endang Sulistyowati, M.Pd.|Endang Sulistyowati|1
P|Rina Prasetyo|Rina Prasetyo, S.E.|1
P|Tri Rismaharini|Tri Risma Harini|1
P|Ahmad Dahlan|Achmad Dahlan|1
P|Ahmad Dahlan|Akhmad Dahlan|1
P|Soetomo|Sutomo|1
P|Soedirman|Sudirman|1
P|Djuanda Kartawidjaja|Juanda Kartawijaya|1
P|Oemar Said Tjokroaminoto|Umar Said Cokroaminoto|1
P|Roestam Effendi|Rustam Effendi|1
P|Sjafruddin Prawiranegara|Syafruddin Prawiranegara|1
P|Chaerul Saleh|Khaerul Saleh|1
P|Hendra Gunawan|Hendra Gunawan, S.T., M.T.|1
P|Yohanes Sutanto|Johanes Sutanto|1
P|Lukman Hakim Saifuddin|Lukman Hakim Saifudin|1
P|Bambang Soesatyo|Bambang Susatyo|1
P|Ni Made Sumiati|Made Sumiati|1
P|Komang Ayu Lestari|Ayu Lestari|1
P|Putu Eka Wijaya|I Putu Eka Wijaya|1
P|Kadek Dwi Saputra|I Kadek Dwi Saputra|1
P|Anak Agung Ngurah Oka|Anak Agung Ngurah Oka|1
P|Siti Nurbaya|Siti Nurbaja|1
P|Imam Syafii|Imam Syafi'i|1
P|Ma'ruf Amin|Maruf Amin|1
P|Muhammad Ali Fikri|Moch. Ali Fikri|1
P|Mohd. Syafiq|Muhammad Syafiq|1
P|Setya Novanto|Setya Novanto|1
P|Susi Pudjiastuti|Susi Pujiastuti|1
P|Ignasius Jonan|Ignatius Jonan|1
P|Basuki Tjahaja Purnama|Basuki Cahaya Purnama|1
P|Irawati Soetopo|Irawati Sutopo|1
P|Wiranto|Wiranto, S.H.|1
P|Prabowo Subianto|Subianto Prabowo|1
P|Ganjar Pranowo|Ganjar Pranowo, S.H., M.I.P.|1
P|Anies Rasyid Baswedan|Anies Rasyid Baswedan, Ph.D.|1
P|Kurniawati|Kurniyawati|1
P|Sulistyaningsih|Sulistianingsih|1
P|Purwaningsih|Purwaningsi|1
P|Suryadharma Ali|Surya Dharma Ali|1
P|Abdul Rahman|Abd. Rahman|1
P|Zulkifli Hasan|Zulkifli Hassan|1
P|Teuku Umar|T. Umar|1
P|Dedi Yusuf|Dadi Yusuf|0
P|Sutrisno Bachir|Sutrisno Bakhir|1
P|Bambang Sutrisno|Bambang Sukirno|0
P|Siti Aminah|Siti Aisyah|0
P|Siti Aminah|Siti Amirah|0
P|Budi Santoso|Budi Susanto|0
P|Agus Salim|Agus Setiawan|0
P|Sri Wahyuni|Sri Rahayu|0
P|Muhammad Yusuf|Muhammad Yunus|0
P|Dewi Lestari|Dewi Lestiani|0
P|Eko Prasetyo|Eko Prasetya|1
P|Joko Susilo|Joko Susanto|0
P|Hendra Gunawan|Hendra Kurniawan|0
P|Rina Prasetyo|Rina Prasetyani|0
P|Andi Wijaya|Andi Wibowo|0
P|Ahmad Fauzi|Ahmad Fauzan|0
P|Nur Hidayah|Nur Hidayat|0
P|Wahyu Hidayat|Wahyu Hidayah|0
P|Bambang Sutrisno|Bambang Sutrisno Wibowo|0
P|Siti Aminah|Siti Aminah Nasution|0
P|Rudi Hartono|Rudy Hartanto|0
P|Rudi Hartono|Rudy Hartono|1
P|Rudi Hartono|Rudi Hartanto|0
P|Slamet Riyadi|Slamet Rahardjo|0
P|Heru Susanto|Heru Santoso|0
P|I Wayan Sudirta|I Wayan Sudarta|0
P|Ni Luh Sukmawati|Ni Luh Kusumawati|0
P|Made Wirawan|Made Wiratama|0
P|Ketut Suarna|Ketut Suardana|0
P|Muhammad Ridwan|Muhammad Rizwan|0
P|Muhammad Hatta|Muhammad Hatami|0
P|Sri Mulyani|Sri Mulyati|0
P|Sri Mulyani|Sri Murniati|0
P|Dwi Ratnasari|Dwi Ratnaningsih|0
P|Tri Wahyuni|Tri Wahyudi|0
P|Agus Salim|Agus Halim|0
P|Yusuf Kalla|Yusuf Mansur|0
P|Joko Widodo|Joko Widagdo|0
P|Soeharto|Suhartono|0
P|Sukarno|Sukarmo|0
P|Sutomo|Sutoyo|0
P|Sudirman|Sudarman|0
P|Hasanuddin|Hasanul Huda|0
P|Abdul Rahman|Abdul Rahim|0
P|Abdul Rahman|Abdul Rahmat|0
P|Ahmad Dahlan|Ahmad Dani|0
P|Rizki Pratama|Rizki Pratiwi|0
P|Dewi Kusumawardani|Dewi Kusumawati|0
P|Fitri Handayani|Fitri Haryani|0
P|Indah Permatasari|Indah Permata|0
P|Siti Nurhaliza|Siti Nurhasanah|0
P|Nurul Hidayah|Nurul Hikmah|0
P|Yuliani|Yuliana|0
P|Kurniawan|Kurniawati|0
P|Purwanto|Purwadi|0
P|Suryadi|Suryani|0
P|Budi Setiawan|Budi Setiadi|0
P|Hendra Saputra|Hendri Saputra|0
P|Ari Wibowo|Ari Wibisono|0
P|Teguh Santoso|Teguh Santosa|1
P|Lukman Hakim|Lukman Hakiki|0
P|Taufik Hidayat|Taufik Rahman|0
P|Imam Nahrawi|Imam Nahrowi|1
P|Bambang Sutrisno|Bambang Sutresno|1
P|Bambang Sutrisno|Bambang Soetrisno|1
C|PT Sumber Makmur|PT Sumber Makmur Jaya|0
C|PT Sumber Makmur|Sumber Makmur, PT|1
C|PT. Sumber Makmur Tbk|PT Sumber Makmur|1
C|PT Sumber Makmur (Persero)|Sumber Makmur|1
C|CV Karya Beton|CV. Karya Beton|1
C|CV Karya Beton|Karya Beton CV|1
C|CV Karya Beton|CV Karya Beton Abadi|0
C|CV Karya Beton|CV Karya Bangun|0
C|PT Ungaran Sejahtera|PT. Ungaran Sejahtera|1
C|PT Ungaran Sejahtera|PT Ungaran Sejahtera Abadi|0
C|PT Ungaran Sejahtera|PT Ambarawa Sejahtera|0
C|Koperasi Simpan Pinjam Maju Bersama|KSP Maju Bersama|1
C|KSP Maju Bersama|Koperasi Maju Bersama|1
C|Yayasan Pendidikan Harapan Bangsa|Yay. Pendidikan Harapan Bangsa|1
C|Yayasan Pendidikan Harapan Bangsa|Yayasan Pendidikan Harapan Nusa|0
C|Perum Perumnas|Perumnas|1
C|PT Pembangunan Perumahan (Persero) Tbk|PT Pembangunan Perumahan|1
C|PT Wijaya Karya (Persero) Tbk|Wijaya Karya|1
C|PT Wijaya Karya|PT Wijaya Kusuma|0
C|PT Adhi Karya|PT Adi Karya|1
C|PT Adhi Karya|PT Adhi Karya Utama|0
C|UD Sinar Jaya|U.D. Sinar Jaya|1
C|UD Sinar Jaya|UD Sinar Baru|0
C|UD Sinar Jaya|UD Sinar Jaya Abadi|0
C|CV Tjahaja Baroe|CV Cahaya Baru|1
C|PT Djaja Makmoer|PT Jaya Makmur|1
C|PT Jaya Makmur|PT Jaya Makmur Sentosa|0
C|PT Jaya Makmur|PT Maju Makmur|0
C|PT Bangun Cipta Kontraktor|PT Bangun Tjipta Kontraktor|1
C|PT Bangun Cipta Kontraktor|PT Bangun Cipta Konsultan|0
C|CV Mitra Konstruksi|CV Mitra Konsultan|0
C|CV Mitra Konstruksi|CV. Mitra Konstruksi|1
C|PT Semen Gresik (Persero) Tbk|Semen Gresik|1
C|PT Semen Gresik|PT Semen Padang|0
C|PT Bank Rakyat Indonesia (Persero) Tbk|Bank Rakyat Indonesia|1
C|PT Bank Rakyat Indonesia|PT Bank Negara Indonesia|0
C|PT Telekomunikasi Indonesia Tbk|Telekomunikasi Indonesia|1
C|PT Indah Kiat Pulp & Paper|PT Indah Kiat Pulp dan Paper|1
C|CV Karya Mandiri|CV Karya Mandiri Abadi|0
C|CV Karya Mandiri|CV Karya Mandiri|1
C|PT Sarana Multi Infrastruktur|PT Sarana Multi Infrastruktur (Persero)|1
C|PT Sarana Multi Infrastruktur|PT Sarana Multigriya Finansial|0
C|PDAM Kabupaten Semarang|PDAM Kab. Semarang|1
C|PDAM Tirta Moedal|PDAM Tirta Mudal|1
C|Koperasi Unit Desa Sido Makmur|KUD Sido Makmur|1
C|KUD Sido Makmur|Kud Sido Makmur|1
C|KUD Sido Makmur|KUD Sido Mulyo|0
C|PT Sido Muncul|PT Sido Muncul Tbk|1
C|PT Sido Muncul|PT Sido Mukti|0
C|CV Anugerah|CV Anugrah|1
C|CV Anugerah|CV Anugerah Jaya|0
C|PT Global Mandiri|PT Global Mandiri Prima|0
C|PT Global Mandiri|PT. Global Mandiri|1
C|Persatuan Insinyur Indonesia|Persatuan Insinyur Indonesia|1
C|Persatuan Insinyur Indonesia|Persatuan Guru Indonesia|0
C|Lembaga Swadaya Masyarakat Peduli Desa|LSM Peduli Desa|1
C|PT Tjiwi Kimia|PT Ciwi Kimia|1
C|PT Gudang Garam Tbk|PT Gudang Garam|1
C|PT Gudang Garam|PT Gudang Baru|0
C|PT Mitra Karya Sejahtera|PT Karya Mitra Sejahtera|1
C|PT Mitra Karya Sejahtera|PT Mitra Karya Sentosa|0
C|CV Sumber Rejeki|CV Sumber Rezeki|1
C|CV Sumber Rejeki|CV Sumber Rejeki Abadi|0
C|PT Pertamina (Persero)|Pertamina|1
C|PT Pertamina|PT Pertamina Hulu Energi|0
C|PT Nusantara Konstruksi|PT Nusantara Konsultan|0
C|CV Bintang Timur|CV Bintang Timoer|1
C|CV Bintang Timur|CV Bintang Utara|0
C|PT Aneka Tambang Tbk|PT Aneka Tambang|1
C|PT Aneka Tambang|PT Aneka Gas|0
C|Yayasan Al-Hikmah|Yayasan Al Hikmah|1
C|Yayasan Al-Hikmah|Yayasan Al-Hidayah|0
C|PT Karya Beton Sudhira|PT Karya Beton Sudira|1
C|PT Ungaran Sari Garments|PT Ungaran Sari Garment|1
"""


def pairs() -> list[tuple[str, str, str, int]]:
	rows = []
	for line in PAIRS_TEXT.strip().splitlines():
		kind, left, right, same = line.split("|")
		rows.append(("Person" if kind == "P" else "Company", left, right, int(same)))
	return rows
