"""Strict checks for values in pulih's data files, shared by the questionnaire and directory models,
and the sanitising of text on its way to a terminal.

pydantic's lax mode would quietly turn ``"2"`` into 2 and ``"true"`` into True; a questionnaire or
a directory is written by people, and a quoted number is more often a mistake than a wish, so the
types below refuse them with a message that says how to write the value. Phone numbers are checked
by pattern, not with the ``phonenumbers`` library: the patterns Indonesia uses are few (below),
the check must run on every start that validates a directory, and a pattern costs no import.
"""

from __future__ import annotations

import math
import re
from typing import Annotated

from pydantic import BeforeValidator

from pulih.core.text.printable import control_problem, printable

# --- numbers and booleans, written without quotes


def strict_bool(value: object) -> object:
    if not isinstance(value, bool):
        raise ValueError("must be true or false, written without quotes")
    return value


def strict_int(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be a whole number, written without quotes")
    return value


def finite_number(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("must be a number, written without quotes")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("must be a finite number (not nan or inf)")
    return value


StrictBool = Annotated[bool, BeforeValidator(strict_bool)]
StrictInt = Annotated[int, BeforeValidator(strict_int)]
FiniteNumber = Annotated[float, BeforeValidator(finite_number)]

# --- text: no control characters


def no_control(value: object) -> object:
    """A field validator: every text (or text in a list) free of control characters."""
    texts = value if isinstance(value, list) else [value]
    for text in texts:
        if isinstance(text, str):
            problem = control_problem(text)
            if problem:
                raise ValueError(problem)
    return value


TEXT_MAX = 2000
"""The longest text in a directory entry (a description, a note): a few sentences."""
NAME_MAX = 200
"""The longest name of a service, organisation or region."""


def one_line_text(value: object, limit: int = TEXT_MAX) -> object:
    """A field validator for directory files: every text (in a list, or both languages of a
    bilingual text) is one line, free of control characters and at most ``limit`` long."""
    if isinstance(value, list):
        texts = value
    elif hasattr(value, "id") and hasattr(value, "en") and not isinstance(value, str):
        texts = [value.id, value.en]
    else:
        texts = [value]
    for text in texts:
        if not isinstance(text, str):
            continue
        if "\n" in text or "\r" in text:
            raise ValueError("must be one line (a line break was found)")
        problem = control_problem(text)
        if problem:
            raise ValueError(problem)
        if len(text) > limit:
            raise ValueError(f"longer than {limit} characters ({len(text)})")
    return value


# --- addresses


_URL = re.compile(
    r"^https?://[^\s/?#@<>\"'`]+\.[^\s/?#@<>\"'`]+(?::\d+)?(?:[/?#][^\s<>\"'`]*)?$", re.IGNORECASE
)
"""http(s), a host with a dot, then a path; no spaces, quotes or angle brackets anywhere (they
have no place in an address a person copies, and would break out of an HTML attribute)."""
URL_MAX = 2000


def url_problem(url: str) -> str | None:
    """Why ``url`` is not a web address pulih may show (only http and https), or None."""
    if len(url) > URL_MAX:
        return f"longer than {URL_MAX} characters"
    if not _URL.match(url):
        return "must be a web address starting with https:// (or http://)"
    return None


def check_url(value: object) -> object:
    if isinstance(value, str):
        problem = url_problem(value)
        if problem:
            raise ValueError(problem)
    return value


_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&*+/=?^_{|}~-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}$"
)
"""An address as people write it: letters, digits and the usual punctuation before the @, a
host name after it; never angle brackets, quotes or spaces (``a@b.c<script>`` is refused)."""


def check_email(value: object) -> object:
    if isinstance(value, str) and (len(value) > 254 or not _EMAIL.match(value)):
        raise ValueError("must be an e-mail address (name@example.org)")
    return value


# --- Indonesian phone numbers

_PHONE_CHARS = re.compile(r"^\+?\(?[0-9][0-9 ()./\-]*$")
_INDONESIAN = (
    re.compile(r"^1\d{2,6}$"),  # short codes: 110, 112, 119, 129; 14xxx; 1500-xxx
    re.compile(r"^080[0-9]\d{6,8}$"),  # 0800 free-call and 0804/0809 numbers
    re.compile(r"^08[1-9]\d{7,10}$"),  # mobile (also WhatsApp): 08xx, 10 to 13 digits
    re.compile(r"^0[2-79]\d{6,10}$"),  # landline: area code (21, 361, ...) and subscriber
)


def phone_problem(number: str) -> str | None:
    """Why ``number`` is not an Indonesian phone number or short code, or None.

    Written as people write them: ``0811-1129-129``, ``(021) 7884-2580``, ``+62 811 3815 472``,
    ``119``. ``+62``, ``62`` and ``0062`` are read as the leading 0.
    """
    text = number.strip()
    if not _PHONE_CHARS.match(text):
        return f"{printable(number)!r} is not a phone number (digits, spaces, -, ( ) and + only)"
    digits = re.sub(r"\D", "", text)
    international = text.startswith(("+", "00"))
    if international:
        digits = digits[2:] if digits.startswith("00") else digits
        if not digits.startswith("62"):
            return f"number {number} is not an Indonesian number (+62)"
        digits = "0" + digits[2:]
    elif digits.startswith("62") and len(digits) >= 10:
        digits = "0" + digits[2:]
    if any(pattern.match(digits) for pattern in _INDONESIAN):
        return None
    return (
        f"number {number} is not an Indonesian number or short code "
        "(e.g. 119, 0800-1500-119, 0811-1129-129, (021) 7884-2580, +62 811-3815-472)"
    )


def check_phone(value: object) -> object:
    if isinstance(value, str):
        problem = phone_problem(value)
        if problem:
            raise ValueError(problem)
    return value
