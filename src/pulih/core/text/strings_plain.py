"""Strings for ``--plain`` at parity with the TUI (issue 15): defaults, narrowing, export,
input that ends early."""

from __future__ import annotations

PLAIN: dict[str, tuple[str, str]] = {
    "plain.yes": ("ya", "yes"),
    "plain.no": ("tidak", "no"),
    "plain.yes_no": ("y/n", "y/n"),
    "plain.ended_early": (
        "Masukan selesai sebelum akhir. Ini hasil dari jawaban yang ada:",
        "Input ended before the end. Here are the results of the answers given:",
    ),
    "plain.next": (
        "n = saring saran (wilayah, cara, biaya), nomor saran = tandai sebagai langkah Anda, "
        "Enter = lanjut",
        "n = narrow the suggestions (region, how, cost), a suggestion's number = mark it as "
        "your step, Enter = go on",
    ),
    "plain.next_invalid": (
        "Ketik n, nomor saran, atau Enter saja.",
        "Type n, a suggestion's number, or just Enter.",
    ),
    "plain.place_saved": (
        "Wilayah yang Anda simpan terakhir: {place}. Ketik 0 untuk memakainya lagi.",
        "The region you saved last: {place}. Type 0 to use it again.",
    ),
    "plain.check_in": (
        "{words}. Lihat langkah Anda lagi dengan: pulih steps",
        "{words}. See your steps again with: pulih steps",
    ),
    "plain.narrow_how": (
        "Ketik satu nomor atau beberapa (mis. 2 6) untuk mencentang atau melepas centang. "
        "Enter saja = terapkan. Pilihan hanya disimpan selama pulih terbuka.",
        "Type one number or several (e.g. 2 6) to tick or untick. Just Enter = apply. "
        "Choices last only while pulih is open.",
    ),
    "plain.narrow_ask": ("Nomor (Enter = terapkan)", "Number (Enter = apply)"),
    "plain.narrow_none": ("Tanpa saringan: semua saran.", "Not narrowed: every suggestion."),
    "plain.export_ask": ("y/n, atau c", "y/n, or c"),
    "plain.export_skipped": ("Catatan tidak ditulis.", "No note was written."),
    "plain.ended_saved": (
        "Masukan selesai. Yang sudah Anda simpan tetap tersimpan (pulih forget menghapusnya).",
        "Input ended. What you saved is still saved (pulih forget deletes it).",
    ),
    "plain.interrupted_saved": (
        "Dihentikan (Ctrl+C). Yang sudah Anda simpan tetap tersimpan (pulih forget menghapusnya).",
        "Stopped (Ctrl+C). What you saved is still saved (pulih forget deletes it).",
    ),
    "plain.quick_exit_saved": (
        "Keluar cepat. Yang sudah Anda simpan tetap tersimpan (pulih forget menghapusnya).",
        "Quick exit. What you saved is still saved (pulih forget deletes it).",
    ),
    "plain.file_exists": (
        "File itu sudah ada dan tidak akan ditimpa: {path}. Pilih nama atau tempat lain.",
        "That file already exists and will not be replaced: {path}. Choose another name or place.",
    ),
}
