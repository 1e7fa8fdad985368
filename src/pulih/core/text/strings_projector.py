"""Strings for the projector and the demo (issue 15): the short key bar, the rehearsals."""

from __future__ import annotations

PROJECTOR: dict[str, tuple[str, str]] = {
    # F1's label when the key bar has no room for every key (a projector at 60x20)
    "key.help_all": ("Semua tombol", "All keys"),
    "key.more_short": ("lagi", "more"),
    # shorter still, below 17 rows (one row of keys)
    "key.help_all_short": ("Tombol", "Keys"),
    "key.help_now_short": ("Bantuan", "Help"),
    "demo.banner_short": ("DEMO · {name}", "DEMO · {name}"),
    # in the question's top border, so the question itself keeps its rows at 60x20
    "demo.rehearsal": (
        "LATIHAN DEMO · tidak ada yang ditulis",
        "DEMO REHEARSAL · nothing is written",
    ),
    "demo.rehearsal_done": (
        "Latihan selesai: tidak ada yang disimpan, ditulis, atau dihapus.",
        "Rehearsal over: nothing was saved, written or deleted.",
    ),
    "demo.nothing_kept": (
        "Demo tidak menyimpan apa pun, jadi tidak ada riwayat atau data di sini.",
        "A demo keeps nothing, so there is no history or data here.",
    ),
    "demo.forget_data": (
        "folder data pulih: hasil, peta, rencana, langkah",
        "pulih's data folder: results, map, plan, steps",
    ),
    "demo.forget_cache": ("folder cache pulih", "pulih's cache folder"),
    "demo.forget_notes": (
        "setiap catatan yang diekspor dan dicatat pulih",
        "every exported note pulih recorded",
    ),
    "dialog.help_now": ("h: bantuan sekarang", "h: help now"),
    "key.typing_done": ("Selesai menulis", "Done typing"),
    "key.typing_cancel": ("Batal", "Cancel"),
    "narrow.key_done": ("Selesai, terapkan", "Done, apply"),
    "export.exists": (
        "Sudah ada file dengan nama itu: {path}. Tidak ada yang ditimpa; tekan e lagi dan "
        "pilih nama lain dengan c.",
        "A file of that name already exists: {path}. Nothing was replaced; press e again and "
        "choose another name with c.",
    ),
}
