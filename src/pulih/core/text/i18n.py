"""Languages: Bahasa Indonesia first, English complete."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


def detect_language(env: Mapping[str, str]) -> Lang:
    """Indonesian for an Indonesian locale (``id_ID.UTF-8``) or none at all; English otherwise.

    gettext's precedence: LANGUAGE (a list such as ``id:en``; its first id or en entry decides),
    then LC_ALL, LC_MESSAGES and LANG, the first one set deciding. A machine with no locale
    (unset, ``C`` or ``POSIX``) gets Bahasa Indonesia, pulih's first language.
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
                return "id"
            return "id" if language in ("id", "in") else "en"
    return "id"


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
