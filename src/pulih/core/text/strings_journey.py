"""Strings for moving around without dead ends (issue 15): start over, back, scrolling hints."""

from __future__ import annotations

JOURNEY: dict[str, tuple[str, str]] = {
    "key.start_over": ("Mulai lagi", "Start over"),
    "start_over.question": ("Mulai lagi dari awal?", "Start over from the beginning?"),
    "start_over.unsaved": (
        "Hasil ini belum disimpan. Bila mulai lagi, jawaban dan hasil ini hilang dari layar "
        "dan tidak tersimpan di mana pun.",
        "This result has not been saved. If you start over, these answers and this result are "
        "gone from the screen and kept nowhere.",
    ),
    "start_over.yes": ("y: ya, mulai lagi", "y: yes, start over"),
    "start_over.no": ("n: tidak, tetap di sini", "n: no, stay here"),
}
JOURNEY.update(
    {
        "step.marked": (
            "✓ Saran {number} ditandai: langkah Anda",
            "✓ Number {number} marked: your step",
        ),
        "step.unmarked": ("Tanda saran {number} dilepas", "Number {number} unmarked"),
        "step.no_such": (
            "Tidak ada saran nomor {number} di sini.",
            "There is no suggestion number {number} here.",
        ),
        # short, so the results' key bar stays four rows at 60x20 (a projector)
        "key.more_below": ("ada lagi", "more below"),
        "key.about": ("Tentang", "About"),
    }
)
# the forms for exactly one (core.text.strings.t_count)
JOURNEY.update(
    {
        "forget.done_one": ("Dihapus: 1 file.", "Deleted: 1 file."),
        "consent.map_one": (
            "nama panggilan di peta dukungan Anda (1 orang)",
            "the nickname in your support map (1 person)",
        ),
    }
)
JOURNEY.update(
    {
        "demo.banner_plain": (
            "DEMO · persona fiktif: {name} · Enter memilih jawabannya · tidak ada yang disimpan",
            "DEMO · fictional persona: {name} · Enter takes their answer · nothing is saved",
        ),
        "plain.notice_dumb": (
            "pulih: terminal ini (TERM=dumb) tidak bisa menampilkan layar penuh, jadi memakai "
            "mode baris (--plain).",
            "pulih: this terminal (TERM=dumb) cannot show the full screen, so using line mode "
            "(--plain).",
        ),
    }
)
