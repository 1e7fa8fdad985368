"""The words pulih says when something goes wrong (a crash, bad input, a closed output), the
command palette's commands and the line mode's quick exit, id and en.

Merged into ``pulih.core.text.strings.STRINGS``; call ``t`` from there."""

FAULTS: dict[str, tuple[str, str]] = {
    "save.no_save_wins": (
        "--save dan --no-save bersamaan: --no-save yang berlaku, tidak ada yang disimpan.",
        "--save and --no-save together: --no-save wins, nothing is saved.",
    ),
    "output.io_failed": (
        "pulih: tidak bisa membaca atau menulis ({reason}). Tidak ada yang berubah.",
        "pulih: could not read or write ({reason}). Nothing was changed.",
    ),
    # --- a crash: one calm line, never a traceback or an answer
    "crash.nothing_saved": (
        "pulih berhenti karena kesalahan tak terduga. Tidak ada yang disimpan dari sesi ini.",
        "pulih stopped because of an unexpected error. Nothing from this session was saved.",
    ),
    "crash.saved": (
        "pulih berhenti karena kesalahan tak terduga. Yang sudah Anda simpan tetap tersimpan.",
        "pulih stopped because of an unexpected error. What you saved is still saved.",
    ),
    "crash.log": (
        " Catatan teknis (tanpa jawaban Anda): {path}",
        " Technical note (without your answers): {path}",
    ),
    # --- input and output
    "output.failed": (
        "pulih: keluaran tidak dapat ditulis ({reason}).",
        "pulih: could not write the output ({reason}).",
    ),
    "output.empty": (
        "pulih: -o butuh nama file (atau - untuk layar).",
        "pulih: -o needs a file name (or - for the screen).",
    ),
    # --- the command palette
    "palette.placeholder": ("Cari perintah…", "Search for commands…"),
    "palette.no_matches": ("Tidak ada yang cocok", "No matches found"),
    "palette.help_now": ("Bantuan sekarang", "Help now"),
    "palette.help_now.help": (
        "Nomor dan layanan krisis, sekarang juga (F9)",
        "Crisis numbers and services, right now (F9)",
    ),
    "palette.quick_exit": ("Keluar cepat", "Quick exit"),
    "palette.quick_exit.help": (
        "Tutup pulih dan bersihkan layar; tidak ada yang disimpan (F10)",
        "Close pulih and clear the screen; nothing is saved (F10)",
    ),
    "palette.help": ("Tombol dan bantuan", "Keys and help"),
    "palette.help.help": ("Apa fungsi setiap tombol (F1)", "What each key does (F1)"),
    "palette.quit": ("Keluar", "Quit"),
    "palette.quit.help": ("Keluar dari pulih (q)", "Leave pulih (q)"),
    "palette.language": ("Bahasa: English", "Language: Bahasa Indonesia"),
    "palette.language.help": (
        "Ganti bahasa di layar pembuka (l)",
        "Switch the language on the welcome screen (l)",
    ),
    "palette.theme": ("Tema: {name}", "Theme: {name}"),
    "palette.theme.help": ("Ganti warna layar", "Change the screen's colours"),
    "theme.pulih-dark": ("gelap", "dark"),
    "theme.pulih-light": ("terang", "light"),
    "theme.pulih-high-contrast": ("kontras tinggi (proyektor)", "high contrast (projectors)"),
    # --- line mode
    "plain.quick_exit": (
        "Keluar cepat: tidak ada yang disimpan.",
        "Quick exit: nothing was saved.",
    ),
    "stopped.line": (
        "pulih ditutup; tidak ada yang disimpan dari sesi ini.",
        "pulih was closed; nothing from this session was saved.",
    ),
    "stopped.line_saved": (
        "pulih ditutup. Yang sudah Anda simpan tetap tersimpan (pulih forget menghapusnya).",
        "pulih was closed. What you saved is still saved (pulih forget deletes it).",
    ),
    "plain.interrupted": (
        "Dihentikan (Ctrl+C); tidak ada yang disimpan dari sesi ini.",
        "Stopped (Ctrl+C); nothing from this session was saved.",
    ),
}
