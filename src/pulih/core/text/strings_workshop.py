"""The words of the workshop kit (worksheet, room mode, facilitator's guide), id and en.

Merged into ``pulih.core.text.strings.STRINGS``; call ``t`` from there."""

WORKSHOP: dict[str, tuple[str, str]] = {
    # --- worksheet
    "sheet.title": ("Lembar refleksi dukungan", "Support reflection worksheet"),
    "sheet.no_name": (
        "Tidak perlu menulis nama. Lembar ini milik Anda: simpan atau bawa pulang.",
        "No need to write your name. This sheet is yours to keep or take home.",
    ),
    "sheet.statement": ("Pernyataan", "Statement"),
    "sheet.key_title": ("Hitung sendiri", "Score it yourself"),
    "sheet.key_how": (
        "Untuk tiap jenis dukungan: jumlahkan angka yang Anda centang pada nomor-nomornya, lalu "
        "bagi dengan banyaknya pernyataan yang Anda jawab (paling sedikit {n}). Hasilnya rata-rata "
        "antara 1 dan 5.",
        "For each kind of support: add up the numbers you ticked for its statements, then divide "
        "by how many of them you answered (at least {n}). The result is an average between 1 "
        "and 5.",
    ),
    "sheet.type": ("Jenis dukungan", "Kind of support"),
    "sheet.numbers": ("Nomor", "Numbers"),
    "sheet.your_average": ("Rata-rata Anda", "Your average"),
    "sheet.bands": ("Artinya saat ini", "What it shows right now"),
    "sheet.band_below": ("di bawah {high}", "below {high}"),
    "sheet.band_between": ("{low} sampai di bawah {high}", "{low} to below {high}"),
    "sheet.band_from": ("{low} ke atas", "{low} and above"),
    "sheet.me": ("Saya", "Me"),
    "sheet.map_how": (
        "Tulis nama panggilan atau inisial orang dan kelompok di sekitar Anda: yang paling dekat "
        "di lingkar dalam. Lalu centang dukungan yang mereka berikan.",
        "Write nicknames or initials of the people and groups around you, the closest in the "
        "inner circle. Then tick the support each gives.",
    ),
    "sheet.help_title": ("Kapan mencari bantuan", "When to seek help"),
    "sheet.help_when": (
        "Bicarakan dengan puskesmas, psikolog, atau psikiater bila sedih atau cemas hampir setiap "
        "hari selama dua minggu atau lebih, atau bila hidup sehari-hari terasa sangat sulit. Bila "
        "ada pikiran untuk mengakhiri hidup, atau seseorang dalam bahaya sekarang, hubungi "
        "bantuan ini sekarang, pergi ke IGD terdekat, dan ajak orang yang Anda percaya:",
        "Talk with a health centre (puskesmas), a psychologist or a psychiatrist when sadness or "
        "worry comes nearly every day for two weeks or more, or daily life feels very hard. If "
        "there are thoughts of ending your life, or someone is in danger now, contact this help "
        "now, go to the nearest emergency department (IGD), and bring in someone you trust:",
    ),
    "sheet.local_title": ("Bantuan di sekitar Anda", "Help near you"),
    "sheet.local_for": (
        "Tercatat untuk {region} (atau provinsinya):",
        "Listed for {region} (or its province):",
    ),
    "sheet.local_none": (
        "Belum ada layanan yang tercatat khusus untuk {region} atau provinsinya di direktori "
        "pulih. Yang di bawah ini ada di setiap daerah; tanyakan di mana yang terdekat.",
        "pulih's directory lists nothing for {region} or its province yet. What follows is "
        "found in every area; ask where the nearest one is.",
    ),
    "sheet.everywhere": (
        "Ada di setiap daerah (cara menemukannya):",
        "Found in every area (how to find one):",
    ),
    "sheet.nearest": (
        "yang terdekat yang tercatat, di {province}",
        "the nearest listed, in {province}",
    ),
    "sheet.local_note": (
        "Dari direktori pulih. Tanyakan juga di RT/RW, kelurahan, atau puskesmas.",
        "From pulih's directory. Ask your RT/RW, kelurahan or health centre too.",
    ),
    "sheet.made_by": (
        "Dibuat dengan pulih. Bukan diagnosis. Lembar ini tidak memuat data pribadi siapa pun.",
        "Made with pulih. Not a diagnosis. This sheet holds no one's personal data.",
    ),
    "sheet.unknown_region": (
        "wilayah {name!r} tidak dikenal{hint}",
        "region {name!r} is not known{hint}",
    ),
    "sheet.did_you_mean": ("; maksud Anda: {names}?", "; did you mean: {names}?"),
    "sheet.written": ("Lembar kerja ditulis: {path}", "Worksheet written: {path}"),
    "guide.written": ("Panduan fasilitator ditulis: {path}", "Facilitator's guide written: {path}"),
    # --- room mode
    "room.title": ("Ruang bersama: gambaran ruangan", "Room view: the whole room"),
    "room.lead": (
        "Ketik jumlah dari angkat tangan atau kertas. Tidak ada yang disimpan.",
        "Type counts from a show of hands or paper slips. Nothing is saved.",
    ),
    "room.people": ("Orang di ruangan", "People in the room"),
    "room.thin_for": ("Merasa dukungan {type} tipis", "Feel {type} support is thin"),
    "room.too_few": (
        "Terlalu sedikit untuk ditampilkan tanpa mengenali seseorang (minimal {n} orang).",
        "Too few to show without identifying anyone (at least {n} people).",
    ),
    "room.too_many": (
        "lebih dari jumlah orang di ruangan",
        "more than the people in the room",
    ),
    "room.refused": (
        "Tidak bisa lebih dari {n} (jumlah orang di ruangan).",
        "Cannot be more than {n} (the people in the room).",
    ),
    "room.of": ("{thin} dari {people}", "{thin} of {people}"),
    "room.few": (
        "sedikit orang (kurang dari {n}; angkanya tidak ditampilkan agar tak ada yang dikenali)",
        "a few people (fewer than {n}; the number is not shown so no one can be picked out)",
    ),
    "room.most": (
        "hampir semua (kurang dari {n} yang tidak; angkanya tidak ditampilkan)",
        "almost everyone (fewer than {n} did not; the number is not shown)",
    ),
    "room.waiting": ("belum diisi", "not typed yet"),
    "room.ask": (
        "Pertanyaan diskusi untuk jenis dukungan yang paling tipis di ruangan ini ({type})",
        "Discussion question for the kind of support thinnest in this room ({type})",
    ),
    "room.ask_tied": (
        "Pertanyaan diskusi untuk salah satu jenis dukungan yang paling tipis di ruangan ini "
        "({type})",
        "Discussion question for one of the kinds of support thinnest in this room ({type})",
    ),
    "room.ask_waiting": (
        "Setelah keempat jumlah diisi, di sini muncul pertanyaan diskusi untuk jenis dukungan "
        "yang paling tipis di ruangan ini.",
        "Once all four counts are typed, a discussion question appears here for the kind of "
        "support thinnest in this room.",
    ),
    "room.help": ("Bantuan yang cocok", "Help that fits"),
    "room.note": (
        "Ini gambaran ruangan saat ini, bukan penilaian siapa pun.",
        "This is a picture of the room right now, not a judgement of anyone.",
    ),
    "room.needs_terminal": (
        "ruang bersama (--room) perlu terminal; untuk kertas, pakai: pulih worksheet",
        "the room view (--room) needs a terminal; for paper, use: pulih worksheet",
    ),
    "room.type_count": ("jumlah", "count"),
    "room.move": ("pindah", "move"),
    "key.room": ("Ruang bersama", "Room view"),
    "key.guide": ("Panduan fasilitator", "Facilitator's guide"),
    "welcome.workshop": (
        "Lokakarya: k ruang bersama (hitungan anonim) · g panduan fasilitator",
        "Workshop: k room view (anonymous counts) · g facilitator's guide",
    ),
    # --- the facilitator's guide
    "guide.title": ("Panduan fasilitator", "Facilitator's guide"),
}
