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
    # The sentence is said in Indonesian (to a receptionist, a cadre): in English the person
    # sees the Indonesian words to say, and what they mean.
    "suggest.ask_in_id": (
        "Yang bisa Anda katakan: “{text}”",
        "What you could say (in Indonesian): “{text}” — meaning: “{meaning}”",
    ),
    # Puskesmas and other services found everywhere are still listed below: the line says so,
    # so it never reads as if the in-person suggestions under it contradicted it.
    "place.none_near": (
        "Belum ada layanan yang tercatat untuk {place} sendiri (atau provinsinya) yang cocok "
        "dengan saran ini. Di bawah ini: layanan yang ada di setiap daerah (seperti puskesmas) "
        "dan cara menemukannya, serta pilihan yang bisa dihubungi dari rumah bila ada.",
        "Nothing listed for {place} itself (or its province) fits these suggestions yet. Below: "
        "services found in every area (such as the puskesmas) and how to find them, and "
        "options you can reach from home where there are any.",
    ),
    "narrow.audience": ("Untuk siapa", "For whom"),
    "narrow.active": ("Disaring: {items}", "Narrowed: {items}"),
    "resources.ignored": (
        "Diabaikan dari file mitra: {problem}",
        "Ignored from a partner file: {problem}",
    ),
}
