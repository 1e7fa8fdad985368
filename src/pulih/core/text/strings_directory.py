"""The app's words about the directory: the referral level's shape, place, narrowing and
generic entries (Bahasa Indonesia first, English complete)."""

from __future__ import annotations

DIRECTORY: dict[str, tuple[str, str]] = {
    "suggest.later": (
        "Setelah itu, bila Anda mau:",
        "After that, if you wish:",
    ),
    "suggest.how_to_find": ("Cara menemukannya: {text}", "How to find one: {text}"),
    "suggest.ask": ("Yang bisa Anda katakan: “{text}”", "What you could say: “{text}”"),
    "place.none_near": (
        "Belum ada layanan tatap muka di direktori untuk {place}. Di bawah ini: pilihan yang "
        "bisa dihubungi dari rumah bila ada, dan cara mencari bantuan di dekat Anda.",
        "The directory has no in-person service for {place} yet. Below: options you can reach "
        "from home where there are any, and how to find help near you.",
    ),
    "narrow.audience": ("Untuk siapa", "For whom"),
    "narrow.active": ("Disaring: {items}", "Narrowed: {items}"),
    "resources.ignored": (
        "Diabaikan dari file mitra: {problem}",
        "Ignored from a partner file: {problem}",
    ),
}
