"""Languages: Bahasa Indonesia first, English complete."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


def detect_language(env: Mapping[str, str]) -> Lang:
    """Indonesian for an Indonesian locale (``id_ID.UTF-8``) or none at all; English otherwise.

    gettext's precedence: LANGUAGE (a list such as ``id:en``; its first id or en entry decides),
    then LC_ALL, LC_MESSAGES and LANG, the first one set deciding. A machine with no locale
    (unset, ``C`` or ``POSIX``) gets the language Windows or macOS keeps for the person, else
    Bahasa Indonesia, pulih's first language.
    """
    for entry in env.get("LANGUAGE", "").split(":"):
        language = entry.split(".")[0].split("_")[0].lower()
        if language in ("id", "in"):
            return "id"
        if language == "en":
            return "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            language = value.split(".")[0].split("_")[0].lower()
            if language in ("c", "posix"):
                break
            return "id" if language in ("id", "in") else "en"
    system = system_language()
    if system is not None:
        return "id" if system in ("id", "in") else "en"
    return "id"


def system_language() -> str | None:
    """The person's language as the operating system keeps it, where no locale variable says
    it (Windows never sets LANG; a macOS app may not): the two-letter code, or None."""
    try:
        if sys.platform == "win32":
            primary = _windows_ui_language() & 0x3FF  # PRIMARYLANGID of the UI language
            return {0x21: "id", 0x09: "en"}.get(primary, "other")
        if sys.platform == "darwin":
            return _mac_language()
    except (OSError, AttributeError, ValueError, TypeError):
        return None
    return None


def _windows_ui_language() -> int:  # pragma: no cover - Windows only
    import ctypes  # Windows only

    return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]


def _mac_language() -> str | None:
    """The first of AppleLanguages in the person's global preferences (``id-ID`` → ``id``)."""
    import plistlib  # macOS only

    place = Path.home() / "Library" / "Preferences" / ".GlobalPreferences.plist"
    try:
        with place.open("rb") as handle:
            languages = plistlib.load(handle).get("AppleLanguages") or []
    except (OSError, plistlib.InvalidFileException):
        return None
    first = str(languages[0]) if languages else ""
    return first.split("-")[0].split("_")[0].lower() or None


_MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def month_year(day: date, lang: Lang) -> str:
    """ "Okt 2025" / "Oct 2025"."""
    return f"{_MONTHS[lang][day.month - 1]} {day.year}"


def day_month_year(day: date, lang: Lang) -> str:
    """ "30 Nov 2026"."""
    return f"{day.day} {month_year(day, lang)}"
