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
    "steps.check_in_proposed": (
        "Cek langkah (usulan, bisa diubah): {date}",
        "Check in on your steps (proposed, you can change it): {date}",
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
        "Usulan cek langkah: {date}. Tekan l untuk Langkah saya (ubah tanggal: pulih steps "
        "--check-in).",
        "Proposed check-in on your steps: {date}. Press l for My steps (change the date: pulih "
        "steps --check-in).",
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
