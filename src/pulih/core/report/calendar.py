"""A calendar reminder to check in on chosen steps: one RFC 5545 event, nothing else.

It names no distress band, score or crisis detail: only "pulih: cek langkah Anda" on the
check-in date. Lines end in CRLF and are folded at 75 octets (RFC 5545 §3.1).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

PRODID = "-//pulih//langkah saya//ID"


def escape_text(text: str) -> str:
    """TEXT values (§3.3.11): backslash, semicolon, comma and newlines escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """One content line folded into CRLF + space continuations of at most ``limit`` octets,
    never splitting a UTF-8 character."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        allowed = limit if not parts else limit - 1  # a continuation starts with a space
        if size + width > allowed:
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def check_in_event(when: date, key: str, lang: Lang, now: datetime, words: str = "") -> str:
    """The .ics text of one all-day reminder on ``when``. ``key`` makes the UID stable (the
    same result exported twice replaces, not doubles, the reminder) and says nothing itself;
    ``words`` is the check-in sentence the results, My steps and the note show."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"pulih:check-in:{key}")
    description = " ".join(filter(None, [words, t("steps.ics.description", lang)]))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}@pulih.invalid",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{when:%Y%m%d}",
        f"DTEND;VALUE=DATE:{when + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(t('steps.ics.summary', lang))}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) for line in lines)


def unfold(text: str) -> list[str]:
    """The content lines of an .ics text (for reading one back)."""
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")[:-1]
