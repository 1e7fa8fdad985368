"""Strings for lists and keys (issue 15): the crisis line on suggestions, marking a step,
finding in a list, and F1 listing the keys of the screen it is opened on."""

from __future__ import annotations

LISTS: dict[str, tuple[str, str]] = {
    "crisis.one_line": (
        "Krisis: {contacts} · IGD terdekat · h: semua nomor",
        "Crisis: {contacts} · ER (IGD) · h: all numbers",
    ),
    "crisis.one_line_none": (
        "Krisis: IGD terdekat · h: bantuan sekarang",
        "Crisis: ER (IGD) · h: help now",
    ),
    "suggest.unmark": ("tekan {number} lagi untuk melepas", "press {number} again to unmark"),
    "key.step_toggle": ("Pilih/lepas langkah", "Mark/unmark step"),
    "key.jump": ("Cari", "Find"),
    "key.jump_typing": ("Enter pilih · Esc selesai", "Enter choose · Esc done"),
    "key.jump_none": ("tidak ada · Esc", "none · Esc"),
    "help.lead": (
        "Tombol yang berfungsi di layar ini:",
        "The keys that work on this screen:",
    ),
    "help.typing": (
        "Bantuan sekarang / keluar cepat, juga saat sedang mengetik",
        "Help now / quick exit, also while typing",
    ),
    "help.back": ("Kembali ke layar sebelumnya", "Back to the previous screen"),
    "help.demo_blank": (
        "Demo: layar kosong sebentar; z lagi (atau Enter, Esc) untuk kembali",
        "Demo: blank the screen; z again (or Enter, Esc) to bring it back",
    ),
    "help.demo_reset": ("Demo: mulai lagi dari awal", "Demo: start over from the beginning"),
    "help.jump": (
        "Cari di daftar: ketik beberapa huruf, sorotan (›) pindah ke pilihan pertama yang "
        "cocok; Enter memilih, Esc selesai. h dan x tetap bantuan sekarang dan keluar cepat.",
        "Find in the list: type a few letters and the highlight (›) moves to the first option "
        "that matches; Enter chooses, Esc is done. h and x stay help now and quick exit.",
    ),
    "help.place_typing": (
        "Ketik nama wilayah: sorotan (›) pindah ke yang cocok. Huruf di sini adalah teks, "
        "jadi pakai F9 / F10 untuk bantuan sekarang / keluar cepat.",
        "Type a region's name: the highlight (›) moves to the match. Letters here are text, "
        "so use F9 / F10 for help now / quick exit.",
    ),
    "help.privacy": (
        "pulih tidak memakai internet dan tidak menyimpan apa pun tanpa izin Anda.",
        "pulih does not use the internet and saves nothing unless you say so.",
    ),
    "help.palette": ("Perintah dan tema (kontras tinggi)", "Commands and themes (high contrast)"),
}
