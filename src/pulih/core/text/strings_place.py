"""The words of the place question (TUI, --plain), id and en.

Merged into ``pulih.core.text.strings.STRINGS``; call ``t`` from there."""

PLACE: dict[str, tuple[str, str]] = {
    "place.title": ("Di mana Anda tinggal?", "Where do you live?"),
    "place.saved": (
        "Wilayah yang Anda simpan terakhir: {place}; daftar dimulai di sana.",
        "The region you saved last: {place}; the list starts there.",
    ),
    "place.lead": (
        "Pilihan, boleh dilewati. Dengan wilayah Anda, bantuan yang tercatat untuk daerah Anda "
        "(bila direktori punya) muncul lebih dulu. Tidak disimpan kecuali Anda menyimpan hasil.",
        "Optional, you may skip it. With your region, help listed for your area (where the "
        "directory has any) comes first. Not saved unless you save your result.",
    ),
    "place.type": ("Ketik huruf untuk melompat, mis. yo", "Type letters to jump, e.g. yo"),
    "place.none": ("Lewati (tidak disebut)", "Skip (not given)"),
    "place.in": (
        "Kabupaten/kota di {province} (pilihan)",
        "Regency or city (kabupaten/kota) in {province} (optional)",
    ),
    "place.whole": ("Seluruh {province}", "All of {province}"),
    "key.choose": ("Pilih", "Choose"),
    "key.place": ("Wilayah", "Region"),
    "offer.place": (
        "p: pilih wilayah Anda (pilihan), agar bantuan di daerah Anda muncul lebih dulu",
        "p: choose your region (optional), so help in your area comes first",
    ),
    "offer.place_chosen": ("Wilayah Anda: {place} (p: ubah)", "Your region: {place} (p: change)"),
    # --- --plain
    "plain.place_ask": (
        "Di mana Anda tinggal? (pilihan) Ketik nama daerah, mis. Gunungkidul, atau ? untuk "
        "daftar provinsi bernomor. Enter saja = lewati",
        "Where do you live? (optional) Type a place name, e.g. Gunungkidul, or ? for a "
        "numbered list of provinces. Just Enter = skip",
    ),
    "plain.place_in": (
        "Kabupaten/kota di {province}? Ketik nomor atau nama. Enter saja = seluruh provinsi",
        "Regency or city (kabupaten/kota) in {province}? Type a number or a name. Just Enter = "
        "the whole province",
    ),
    "plain.place_unknown": (
        "Wilayah '{text}' tidak dikenal.{hint} Coba lagi, atau Enter saja untuk lewati.",
        "Region '{text}' is not known.{hint} Try again, or just Enter to skip.",
    ),
    "plain.place_hint": (" Maksud Anda: {names}?", " Did you mean: {names}?"),
    "place.ambiguous": (
        "'{text}' bisa berarti {places}. Yang mana?",
        "'{text}' may mean {places}. Which one?",
    ),
    "place.ambiguous_cli": (
        "'{text}' bisa berarti {places}; tulis yang Anda maksud (mis. --region \"{first}\").",
        "'{text}' may mean {places}; write the one you mean (e.g. --region \"{first}\").",
    ),
    "place.or": ("atau", "or"),
    "place.unknown_close": (
        "Wilayah '{text}' tidak dikenal. Maksud Anda salah satu ini?",
        "Region '{text}' is not known. Did you mean one of these?",
    ),
    "place.unknown": (
        "Wilayah '{text}' tidak dikenal. Ketik nama lain, atau pilih dari daftar.",
        "Region '{text}' is not known. Type another name, or choose from the list.",
    ),
    "plain.place_which": (
        "Ketik nomornya (Enter saja = kembali)",
        "Type its number (just Enter = back)",
    ),
    "plain.place_kept": (
        "Wilayah: {place}. Tidak disimpan kecuali Anda menyimpan hasil.",
        "Region: {place}. Not saved unless you save your result.",
    ),
}
