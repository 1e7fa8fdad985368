"""pulih's words after the next step (issue 16): outcomes, the check-in date, adjusting."""

from __future__ import annotations

STEPS: dict[str, tuple[str, str]] = {
    "steps.title": ("Langkah saya", "My steps"),
    "steps.of_result": ("Hasil #{id}, {date}", "Result #{id}, {date}"),
    "steps.none_chosen": (
        "Belum ada langkah yang dipilih untuk hasil ini.",
        "No steps were chosen for this result.",
    ),
    "steps.check_in": ("Cek langkah: {date}", "Check in on your steps: {date}"),
    "steps.check_in_within": (
        "Cek langkah: dalam {count} hari, paling lambat {date}",
        "Check in on your steps: within {count} days, by {date}",
    ),
    "steps.check_in_within_one": (
        "Cek langkah: besok, {date}",
        "Check in on your steps: tomorrow, {date}",
    ),
    "steps.proposed": ("(usulan, bisa diubah)", "(proposed, you can change it)"),
    "steps.overdue": ("sudah waktunya dicek", "time to check in"),
    "steps.all_title": (
        "Langkah yang masih terbuka, dari semua hasil tersimpan (terbaru dulu):",
        "Open steps from every saved result (newest first):",
    ),
    "steps.none_open": (
        "Tidak ada langkah yang masih terbuka. Semua langkah sudah dicatat hasilnya.",
        "No open steps: every step has been marked.",
    ),
    "steps.from_result": ("dari hasil #{id} ({date})", "from result #{id} ({date})"),
    "steps.results_line": ("Hasil tersimpan: {items}", "Saved results: {items}"),
    "steps.result_item": ("#{id} {date} ({count} langkah)", "#{id} {date} ({count} steps)"),
    "steps.result_item_one": ("#{id} {date} (1 langkah)", "#{id} {date} (1 step)"),
    "steps.see_one": (
        "Satu hasil saja, dengan semua langkahnya: pulih steps --id N",
        "One result with all its steps: pulih steps --id N",
    ),
    "steps.due": (
        "{count} langkah menunggu dicek.",
        "{count} steps are waiting for a check-in.",
    ),
    "steps.due_one": ("1 langkah menunggu dicek.", "1 step is waiting for a check-in."),
    "steps.due_key": ("Tekan c untuk Langkah saya.", "Press c for My steps."),
    "steps.due_plain": (
        "Lihat dan catat dengan: pulih steps",
        "See and mark them with: pulih steps",
    ),
    "steps.remind_question": (
        "Boleh pulih menyebut di layar pembuka bila ada langkah yang sudah waktunya dicek? "
        "Siapa pun yang membuka pulih di akun ini juga akan melihat kalimat itu (tanpa isi "
        "jawaban).",
        "May pulih say on its opening screen when steps are due for a check-in? Anyone who "
        "opens pulih on this account will see that line too (never your answers).",
    ),
    "steps.remind_title": (
        "Sebut langkah yang menunggu di layar pembuka?",
        "Say on the opening screen when steps are due?",
    ),
    "steps.remind_yes": ("Ya, sebut", "Yes, say it"),
    "steps.remind_no": ("Tidak", "No"),
    "steps.remind_on": (
        "Pengingat di layar pembuka: nyala. Matikan kapan saja: pulih steps --remind off",
        "Reminder on the opening screen: on. Turn it off any time: pulih steps --remind off",
    ),
    "steps.remind_off": (
        "Pengingat di layar pembuka: mati.",
        "Reminder on the opening screen: off.",
    ),
    "steps.key.remind": ("Pengingat", "Reminder"),
    "steps.key.take": ("Ambil langkah", "Take as a step"),
    "steps.taken": (
        "Ditambahkan ke langkah hasil #{id}: {name}",
        "Added to the steps of result #{id}: {name}",
    ),
    "steps.take_how": (
        "pilih dengan panah lalu Enter untuk mengambilnya sebagai langkah",
        "highlight one and press Enter to take it as a step",
    ),
    "steps.mark_which": (
        "Angka 1-4 mencatat hasil sebuah langkah: pilih langkahnya dulu (bukan saran).",
        "Keys 1-4 record how a step went: highlight a step first (not a suggestion).",
    ),
    "steps.take_which": (
        'Pilih saran di bawah "Coba juga" dulu, lalu Enter.',
        'Highlight a suggestion under "Something else to try" first, then Enter.',
    ),
    "steps.not_offered_id": (
        '{id} bukan saran "Coba juga" saat ini. Yang bisa diambil: {choices}',
        '{id} is not a current "Something else to try" suggestion. You can take: {choices}',
    ),
    "steps.marked_before": (
        "Anda menandai ini tidak membantu pada {date}",
        "you marked this not helpful on {date}",
    ),
    "steps.not_offered": (
        "{name} tidak disarankan lagi: Anda menandainya tidak membantu pada {date}.",
        "{name} is not suggested again: you marked it not helpful on {date}.",
    ),
    "steps.outcome.none": ("belum dicatat", "not recorded yet"),
    "steps.outcome.done": ("sudah", "done"),
    "steps.outcome.tried": ("sudah dicoba", "tried"),
    "steps.outcome.not_yet": ("belum", "not yet"),
    "steps.outcome.not_helpful": ("tidak membantu", "did not help"),
    "steps.updated": ("dicatat {date}", "recorded {date}"),
    "steps.another": ("Coba juga", "Something else to try"),
    "steps.adjust.not_helpful": (
        "karena langkah {name} belum membantu",
        "because {name} did not help yet",
    ),
    "steps.adjust.referral": (
        "minta rujukan ke {name} di puskesmas (dengan BPJS perlu rujukan, kecuali darurat)",
        "ask the puskesmas for a referral to {name} (BPJS needs one, except in an emergency)",
    ),
    "steps.adjust.not_yet": (
        "karena langkah {name} belum bisa dilakukan sampai tanggal cek",
        "because {name} was not possible by the check-in date",
    ),
    "steps.bad_outcome": (
        "{text!r} bukan hasil langkah; pakai salah satu: done (sudah), tried (sudah-dicoba), "
        "not-yet (belum), not-helpful (tidak-membantu).",
        "{text!r} is not an outcome; use one of done, tried, not-yet, not-helpful.",
    ),
    "steps.note_control": (
        "catatan: ada karakter kendali di dalamnya; tulis dengan huruf biasa.",
        "note: it contains a control character; write it in plain letters.",
    ),
    "steps.note_long": (
        "catatan: paling banyak {max} karakter (ada {count}).",
        "note: at most {max} characters (this one has {count}).",
    ),
    "steps.marked": (
        "Tercatat: {name} — {outcome}.",
        "Recorded: {name} — {outcome}.",
    ),
    "steps.not_chosen": (
        "Langkah {step} tidak dipilih untuk hasil #{id}. Pilihan: {choices}",
        "Step {step} was not chosen for result #{id}. Chosen: {choices}",
    ),
    "steps.no_result": (
        "Belum ada hasil tersimpan, jadi belum ada langkah. Simpan hasil dulu (dengan izin Anda).",
        "No saved results, so no steps yet. Save a result first (with your consent).",
    ),
    "steps.how_to_mark": (
        "Catat hasilnya: pulih steps mark LANGKAH done|tried|not-yet|not-helpful [--note TEKS]",
        "Record how it went: pulih steps mark STEP done|tried|not-yet|not-helpful [--note TEXT]",
    ),
    "steps.no_save": (
        "Dengan --no-save, pulih tidak mencatat apa pun.",
        "With --no-save, pulih records nothing.",
    ),
    "steps.save_first": (
        "Langkah saya ada setelah hasil disimpan (dengan izin Anda) dan langkah dipilih.",
        "My steps are there once a result is saved (with your consent) and steps are chosen.",
    ),
    "steps.note_placeholder": (
        "Catatan singkat (opsional), lalu Enter dan 1-4",
        "A short note (optional), then Enter and 1-4",
    ),
    "steps.key.note": ("Catatan", "Note"),
    "steps.key.open": ("Langkah saya", "My steps"),
    "steps.saved_check_in": (
        "{words}. Tekan l untuk Langkah saya (ubah tanggal: pulih steps --check-in).",
        "{words}. Press l for My steps (change the date: pulih steps --check-in).",
    ),
    "steps.history": ("Langkah yang diambil di antara hasil", "Steps taken between results"),
    "steps.history_of": ("Sejak #{id} ({date}):", "Since #{id} ({date}):"),
    "steps.ics.summary": ("pulih: cek langkah Anda", "pulih: check your steps"),
    "steps.ics.description": (
        "Buka pulih dan catat bagaimana langkah Anda berjalan.",
        "Open pulih and record how your steps went.",
    ),
    "steps.ics.written": (
        "File kalender ditulis (hanya bisa dibaca Anda): {path}",
        "Calendar file written (readable only by you): {path}",
    ),
}
