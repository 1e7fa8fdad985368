"""The command line's own words (``pulih --help``), id and en. Merged into
``pulih.core.text.strings.STRINGS``; the parser is built in the person's language (cli.py)."""

from __future__ import annotations

CLI: dict[str, tuple[str, str]] = {
    "cli.description": (
        "Refleksi singkat yang privat tentang dukungan di sekitar Anda. Tanpa perintah, pulih "
        "membuka layar penuh (atau mode baris bila bukan di terminal).",
        "A short, private reflection on the support around you. With no command, pulih opens "
        "the full screen (or line mode when not on a terminal).",
    ),
    "cli.usage": (
        "%(prog)s [PILIHAN ...] [PERINTAH [PILIHAN ...]]",
        "%(prog)s [OPTION ...] [COMMAND [OPTION ...]]",
    ),
    "cli.usage_prefix": ("cara pakai: ", "usage: "),
    "cli.options": ("pilihan", "options"),
    "cli.arguments": ("argumen", "arguments"),
    "cli.command": ("PERINTAH", "COMMAND"),
    "cli.commands": ("perintah (boleh tidak ada)", "commands (optional)"),
    "cli.help": ("tampilkan bantuan ini lalu keluar", "show this help and exit"),
    "cli.version": ("tampilkan versi pulih lalu keluar", "show pulih's version and exit"),
    "cli.lang": (
        "bahasa: id (Bahasa Indonesia) atau en (English); bawaan: dari LANGUAGE/LC_ALL/"
        "LC_MESSAGES/LANG",
        "language: id (Bahasa Indonesia) or en (English); default: from LANGUAGE/LC_ALL/"
        "LC_MESSAGES/LANG",
    ),
    "cli.resources": (
        "tambahkan direktori mitra di atas direktori bawaan (boleh diulang; juga PULIH_RESOURCES)",
        "add a partner directory over the bundled one (repeatable; also PULIH_RESOURCES)",
    ),
    "cli.resources_only": (
        "pakai hanya direktori mitra, tanpa yang bawaan (perlu 3 jalur krisis)",
        "use only the partner directories, not the bundled one (needs 3 crisis routes)",
    ),
    "cli.no_save": (
        "jangan menulis apa pun, bahkan cache",
        "never write anything, not even a cache",
    ),
    "cli.where": ("tunjukkan di mana pulih menyimpan data", "show where pulih keeps data"),
    "cli.plain": (
        "mode baris demi baris (pembaca layar, pipa); x atau q di pertanyaan mana pun langsung "
        "keluar",
        "line-by-line mode (screen readers, pipes); x or q at any prompt quits at once",
    ),
    "cli.demo": (
        "persona rekaan untuk lokakarya (sari atau krisis; bawaan: sari); tidak menyimpan atau "
        "membaca apa pun",
        "a fictional persona for workshops (sari or krisis; default: sari); saves and reads "
        "nothing",
    ),
    "cli.room": (
        "tampilan ruangan lokakarya: hitungan anonim di proyektor; tidak menyimpan atau membaca "
        "apa pun",
        "workshop room view: anonymous counts on a projector; saves and reads nothing",
    ),
    "cli.theme": (
        "warna layar; pulih-high-contrast untuk proyektor",
        "screen colours; pulih-high-contrast is for projectors",
    ),
    "cli.cmd.reflect": (
        "nilai berkas jawaban yang sudah diisi, tanpa layar penuh",
        "score a filled-in answers file without the full screen",
    ),
    "cli.cmd.check": (
        "periksa berkas kuesioner dan direktori layanan",
        "validate questionnaire and resource files",
    ),
    "cli.cmd.history": (
        "refleksi yang tersimpan: dulu dan sekarang",
        "past reflections: then vs now",
    ),
    "cli.cmd.export": ("catatan satu halaman dari sebuah hasil", "a one-page note of a result"),
    "cli.cmd.plan": ("rencana aman Anda yang tersimpan", "your saved safety plan"),
    "cli.cmd.forget": (
        "hapus semua hasil dan cache yang disimpan pulih",
        "delete every result and cache pulih saved",
    ),
    "cli.cmd.worksheet": (
        "lembar kerja lokakarya untuk dicetak (tanpa data pribadi)",
        "a printable workshop handout (no personal data)",
    ),
    "cli.answers": (
        "berkas jawaban yang sudah diisi (TOML; contoh di docs/id/format-data.md)",
        "the filled-in answers file (TOML; an example is in docs/en/data-formats.md)",
    ),
    "cli.format": ("bentuk keluaran (bawaan: {default})", "output format (default: {default})"),
    "cli.save": ("simpan hasilnya di komputer ini", "save the result on this computer"),
    "cli.check_coverage": (
        "tabel per provinsi: layanan spesialis, terfokus, dan komunitas yang disebut namanya, "
        "dan sumber terlama",
        "a table per province: the named specialised, focused and community entries, and the "
        "oldest source among them",
    ),
    "cli.check_paths": (
        "berkas yang diperiksa (bawaan: semua berkas bawaan pulih)",
        "files to validate (default: all of pulih's own files)",
    ),
    "cli.output": (
        "tulis ke FILE (hanya bisa dibuka akun Anda; - untuk layar)",
        "write to FILE (only your account can open it; - for the screen)",
    ),
    "cli.id": (
        "hasil yang mana (nomor dari pulih history; bawaan: yang terbaru)",
        "which result (the number from pulih history; default: the latest)",
    ),
    "cli.with_map": (
        "sertakan peta dukungan yang disimpan bersama hasil",
        "include the support map saved with the result",
    ),
    "cli.plan_region": (
        "tampilkan jalur krisis wilayah ini (bawaan: yang tersimpan)",
        "show this region's crisis line (default: the saved one)",
    ),
    "cli.yes": ("jangan bertanya dulu", "do not ask first"),
    "cli.with_steps": (
        "sertakan bagaimana tiap langkah yang dipilih berjalan",
        "include how each chosen step went",
    ),
    "cli.cmd.steps": (
        "langkah yang Anda pilih: bagaimana hasilnya, kapan cek lagi",
        "your chosen steps: how they went, when to check in",
    ),
    "cli.steps_ics": (
        "tulis pengingat kalender (.ics, 0600) untuk tanggal cek",
        "write a calendar reminder (.ics, 0600) for the check-in date",
    ),
    "cli.steps_check_in": ("pakai tanggal cek yang lain", "keep another check-in date"),
    "cli.steps_remind": (
        "sebut (on) atau jangan sebut (off) langkah yang menunggu dicek di layar pembuka",
        "say (on) or do not say (off) on the opening screen when steps are due",
    ),
    "cli.steps_take": (
        'ambil saran "Coba juga" sebagai langkah',
        'take a "Something else to try" suggestion as a step',
    ),
    "cli.steps_take_id": (
        'id saran (lihat pulih steps, di bawah "Coba juga")',
        'the suggestion\'s id (see pulih steps, under "Something else to try")',
    ),
    "cli.for_clinician": (
        "tambahkan satu baris untuk tenaga kesehatan: pertanyaan keselamatan dijawab ya, dan "
        "kapan (hanya bila memang begitu)",
        "add one line for a clinician: the safety questions were answered yes, and when (only "
        "when they were)",
    ),
    "cli.steps_mark": ("catat bagaimana sebuah langkah berjalan", "record how a step went"),
    "cli.steps_step": (
        "nomor atau id langkah (lihat pulih steps)",
        "the step's number or id (see pulih steps)",
    ),
    "cli.steps_outcome": (
        "sudah (done), sudah-dicoba (tried), belum (not-yet), tidak-membantu (not-helpful)",
        "done, tried, not-yet or not-helpful",
    ),
    "cli.steps_note": ("catatan singkat dengan kata-kata Anda", "a short note in your words"),
    "cli.sheet_format": (
        "html (bawaan) atau markdown; panduan: text (bawaan), markdown atau html",
        "html (default) or markdown; the guide: text (default), markdown or html",
    ),
    "cli.sheet_output": ("tulis ke FILE", "write to FILE"),
    "cli.sheet_region": (
        "bantuan setempat untuk provinsi atau kota ini",
        "local help for this province or city",
    ),
    "cli.guide": ("panduan fasilitator sebagai gantinya", "the facilitator's guide instead"),
    "cli.cmd.completion": (
        "cetak skrip pelengkapan (Tab) untuk shell Anda; cara memasang ada di docs/id/memakai.md",
        "print a Tab-completion script for your shell; docs/en/using.md says how to install it",
    ),
    "cli.completion_shell": ("bash, zsh atau fish", "bash, zsh or fish"),
    "cli.epilog": (
        "contoh:\n"
        "  pulih                            mulai refleksi di layar penuh\n"
        "  pulih --plain                    baris demi baris (pembaca layar)\n"
        "  pulih --lang en                  dalam bahasa Inggris\n"
        "  pulih --demo sari --theme pulih-high-contrast\n"
        "                                   demo untuk lokakarya, tanpa menyimpan\n"
        "  pulih history                    hasil tersimpan, dulu dan sekarang\n"
        "  pulih export --format html -o catatan.html\n"
        "                                   catatan satu halaman dari hasil terakhir\n"
        "  pulih reflect --answers jawaban.toml --format json\n"
        "  pulih check mitra.toml           periksa direktori mitra\n"
        "  pulih forget                     hapus semua yang disimpan pulih\n"
        "\n"
        "variabel lingkungan:\n"
        "  PULIH_DATA_DIR    folder hasil yang disimpan (lihat pulih --where)\n"
        "  PULIH_CACHE_DIR   folder cache direktori layanan\n"
        "  PULIH_RESOURCES   berkas direktori mitra, dipisah '{sep}'\n"
        "  NO_COLOR          tanpa warna\n"
        "  LANGUAGE, LC_ALL, LC_MESSAGES, LANG\n"
        "                    bahasa, yang pertama terisi menentukan: id → Bahasa Indonesia,\n"
        "                    lainnya → English, tanpa locale → Bahasa Indonesia\n"
        "\n"
        "kode keluar:\n"
        "  0    selesai\n"
        "  1    keluaran tidak bisa ditulis\n"
        "  2    masukan atau berkas salah (satu baris FILE:BARIS: kolom: pesan)\n"
        "  70   galat di dalam pulih (satu baris, tanpa jawaban Anda di layar)\n"
        "  130  dihentikan (Ctrl+C)",
        "examples:\n"
        "  pulih                            start the reflection on the full screen\n"
        "  pulih --plain                    line by line (screen readers)\n"
        "  pulih --lang en                  in English\n"
        "  pulih --demo sari --theme pulih-high-contrast\n"
        "                                   a workshop demo that saves nothing\n"
        "  pulih history                    saved results, then and now\n"
        "  pulih export --format html -o note.html\n"
        "                                   a one-page note of the latest result\n"
        "  pulih reflect --answers answers.toml --format json\n"
        "  pulih check partner.toml         validate a partner directory\n"
        "  pulih forget                     delete everything pulih saved\n"
        "\n"
        "environment variables:\n"
        "  PULIH_DATA_DIR    folder of saved results (see pulih --where)\n"
        "  PULIH_CACHE_DIR   folder of the directory cache\n"
        "  PULIH_RESOURCES   partner directory files, separated by '{sep}'\n"
        "  NO_COLOR          no colours\n"
        "  LANGUAGE, LC_ALL, LC_MESSAGES, LANG\n"
        "                    language, the first one set decides: id → Bahasa Indonesia,\n"
        "                    others → English, no locale → Bahasa Indonesia\n"
        "\n"
        "exit codes:\n"
        "  0    done\n"
        "  1    output could not be written\n"
        "  2    bad input or file (one line FILE:LINE: field: message)\n"
        "  70   a fault inside pulih (one line, none of your answers on screen)\n"
        "  130  interrupted (Ctrl+C)",
    ),
    "cli.error": ("kesalahan", "error"),
    "cli.error.choice": (
        "{arg}: pilihan tidak dikenal: {value} (pilih salah satu: {choices})",
        "{arg}: unknown choice: {value} (choose from {choices})",
    ),
    "cli.error.required": ("wajib diisi: {args}", "required: {args}"),
    "cli.error.unknown": ("tidak dikenal: {args}", "not recognised: {args}"),
    "cli.error.one_value": ("{arg}: perlu satu nilai", "{arg}: needs one value"),
    "cli.error.value": ("{arg}: nilai tidak sah: {value}", "{arg}: not a valid value: {value}"),
    "cli.error.not_with": (
        "{arg}: tidak bisa dipakai bersama {other}",
        "{arg}: cannot be used with {other}",
    ),
    "cli.forget_needs_yes": (
        "pulih forget: tambahkan --yes untuk menghapus tanpa terminal",
        "pulih forget: add --yes to delete without a terminal",
    ),
}
