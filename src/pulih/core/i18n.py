"""Languages: Bahasa Indonesia first, English complete."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


def detect_language(env: Mapping[str, str]) -> Lang:
    """Indonesian when the locale says so (``id_ID.UTF-8``, ``id``), English otherwise.

    POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; the first one set decides.
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "id" if value.split(".")[0].split("_")[0].lower() in ("id", "in") else "en"
    return "en"
