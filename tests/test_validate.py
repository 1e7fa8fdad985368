"""Strict values in data files: phone numbers, web addresses, numbers and booleans without quotes,
finite band limits, min_answered, control characters; and text made safe for a terminal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pulih.core.answers import load_answers
from pulih.core.content import Content
from pulih.core.directory.resources import load_directory
from pulih.core.files.data import questionnaire_dir, resources_file
from pulih.core.questionnaire.model import load_questionnaire
from pulih.core.questionnaire.problems import DataError, Problem
from pulih.core.questionnaire.validate import phone_problem, url_problem
from pulih.core.text.printable import printable

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "number",
    [
        "119",
        "112",
        "129",
        "110",
        "14045",
        "1500-567",
        "0800-1500-119",
        "0811-1129-129",
        "0811-979-10000",
        "(021) 7884-2580",
        "0218514389",
        "0361 123456",
        "+62 811-3815-472",
        "+6281290801700",
        "0062 21 7884 2580",
        "6281290801700",
    ],
)
def test_indonesian_numbers_and_short_codes_pass(number: str) -> None:
    assert phone_problem(number) is None


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("call-me-maybe", "is not a phone number"),
        ("119; rm -rf", "is not a phone number"),
        ("+60 3-7627 2929", "not an Indonesian number"),
        ("+1 800 273 8255", "not an Indonesian number"),
        ("0811", "not an Indonesian number or short code"),
        ("08112345678901234", "not an Indonesian number or short code"),
        ("911", "not an Indonesian number or short code"),
        ("0011 2233", "not an Indonesian number"),
        ("12", "not an Indonesian number or short code"),
        ("119\x1b[2J", "is not a phone number"),
    ],
)
def test_other_numbers_are_refused(number: str, why: str) -> None:
    problem = phone_problem(number)
    assert problem is not None and why in problem
    assert "\x1b" not in problem


@pytest.mark.parametrize(
    "url", ["https://healing119.id", "http://example.org/a?b=c#d", "https://news.x.com:443/p"]
)
def test_web_addresses_pass(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org",
        "https://",
        "https://exa mple.org",
        "data:text/html,hi",
        "https://user@evil.example",
        "//example.org",
    ],
)
def test_other_addresses_are_refused(url: str) -> None:
    assert url_problem(url) is not None


def edited(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / source.name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def problems_of(load: object, path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(path)  # type: ignore[operator]
    return [str(p) for p in caught.value.problems]


CHECK = questionnaire_dir() / "cek-kondisi.toml"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("min_answered = 2", 'min_answered = "2"', "whole number, written without quotes"),
        ("min_answered = 4", "min_answered = 40", "is 40, but the total has"),
        ("min_answered = 2", "min_answered = 3", "is 3, but the subscale has 2 item(s)"),
        ("from = 3, to = 6", "from = nan, to = 6", "finite number"),
        ("from = 3, to = 6", "from = 3, to = inf", "finite number"),
        ("from = 3, to = 6", 'from = "3", to = 6', "a number, written without quotes"),
        ("validated = ", "validated = 1 #", "true or false, written without quotes"),
        ('en = "Minimal"', 'en = "Mini\\u001b[2Jmal"', "control character (U+001B"),
        ('en = "Minimal"', 'en = "Mini\\u202emal"', "control character (U+202E"),
    ],
)
def test_questionnaire_values_are_strict(tmp_path: Path, old: str, new: str, message: str) -> None:
    found = problems_of(load_questionnaire, edited(tmp_path, CHECK, old, new))
    assert any(message in p for p in found), found
    assert all("\x1b" not in p and "\u202e" not in p for p in found)


def load_resources(path: Path) -> object:
    return load_directory(path, TODAY)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('number = "119"', 'number = "call-me-maybe"', "is not a phone number"),
        ('url = "https://www.healing119.id"', 'url = "javascript:alert(1)"', "https://"),
        ("crisis = true", 'crisis = "true"', "true or false, written without quotes"),
        ('name = "PSC 119"', 'name = "PSC\\u0007 119"', "control character (U+0007"),
        ('name = "PSC 119"', 'name = "PSC\\u009b 119"', "control character (U+009B"),
    ],
)
def test_directory_values_are_strict(tmp_path: Path, old: str, new: str, message: str) -> None:
    found = problems_of(load_resources, edited(tmp_path, resources_file(), old, new))
    assert any(message in p for p in found), found


def test_answers_preferences_refuse_control_characters(tmp_path: Path, content: Content) -> None:
    path = tmp_path / "answers.toml"
    path.write_text('[preferences]\nregion = "Bali\\u001b[2J"\n', encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_answers(path, content.questionnaires)
    assert "control character" in str(caught.value.problems[0])


def test_printable_shows_controls_as_escapes() -> None:
    assert printable("a\x1b[31mb\x07\u202ec\td\ne") == "a\\x1b[31mb\\x07\\u202ec\td\ne"
    assert printable("Kabupaten Sleman · ok") == "Kabupaten Sleman · ok"
    problem = Problem("bad\x1b].toml", 3, "name\x9b", "x\x00")
    assert str(problem) == "bad\\x1b].toml:3: name\\x9b: x\\x00"


def test_a_problem_is_one_line_whatever_the_file_is_called() -> None:
    from pulih.core.questionnaire.problems import Problem

    line = str(Problem("/tmp/e\nline2\r.toml", 3, "field", "message"))
    assert "\n" not in line and "\r" not in line
    assert line == "/tmp/e\\nline2\\r.toml:3: field: message"


def test_a_huge_value_quoted_in_a_problem_is_cut_short() -> None:
    from pulih.core.questionnaire.problems import MESSAGE_MAX, Problem

    line = str(Problem("a.toml", 1, "preferences.region", "unknown region " + "x" * 5_000_000))
    assert len(line) < MESSAGE_MAX + 100 and line.endswith("more characters)")


def test_a_toml_error_at_the_end_of_the_file_names_its_last_line(tmp_path: Path) -> None:
    from pulih.core.questionnaire.loading import read_toml
    from pulih.core.questionnaire.problems import DataError

    path = tmp_path / "cut.toml"
    path.write_text("a = 1\nb = [1,\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        read_toml(path)
    assert str(error.value.problems[0]) == f"{path}:2: toml: Invalid value at the end of the file"


# --- every text field of a directory entry as documented (issue 22, item 7)

ENTRY = """
[[resource]]
id = "contoh"
name = {name}
description = {{ id = "Kelompok.", en = "A group." }}
{extra}
assured_date = {assured}
kind = "support_group"
modes = ["offline"]
regions = ["nasional"]
cost = "free"
provider = "community"
confidence = "medium"
how_to_find = {{ id = "Tanya puskesmas.", en = "Ask the puskesmas." }}
ask = {{ id = "Kapan bertemu?", en = "When do you meet?" }}
sources = [{{ url = "https://example.org/a", date = "2026-11-01" }}]
"""


def entry_problems(tmp_path: Path, **fields: str) -> str:
    values = {"name": '"Kelompok contoh"', "extra": "", "assured": "2026-11-01"} | fields
    path = tmp_path / "mitra.toml"
    path.write_text(ENTRY.format(**values), encoding="utf-8")
    try:
        load_directory(path, TODAY)
    except DataError as error:
        return "\n".join(str(p) for p in error.problems)
    return ""


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"name": '"Kelompok\\ncontoh"'}, "must be one line"),
        ({"name": '"""Kelompok\ncontoh"""'}, "must be one line"),
        ({"name": '"' + "x" * 100_000 + '"'}, "longer than 200 characters (100000)"),
        ({"assured": '"2026-11-01"'}, "assured_date"),
        ({"extra": 'email = "a@b.c<script>"'}, "must be an e-mail address"),
        ({"extra": 'url = "https://example.org/\\"onmouseover=x"'}, "must be a web address"),
        ({"extra": 'note = "' + "y" * 2001 + '"'}, "longer than 2000 characters"),
        (
            {"extra": 'schedule = { id = "Senin\\nSelasa", en = "Monday" }'},
            "must be one line",
        ),
    ],
    ids=["newline", "multi-line", "100k name", "date as text", "email", "url", "note", "text"],
)
def test_a_directory_field_outside_its_documented_form_is_refused_with_its_line(
    tmp_path: Path, fields: dict[str, str], why: str
) -> None:
    said = entry_problems(tmp_path, **fields)
    assert why in said, said
    assert said.startswith(f"{tmp_path / 'mitra.toml'}:"), said
    assert said.split(":", 2)[1].isdigit()  # FILE:LINE
    assert len(said) < 1000  # the 100,000-character name is not echoed back whole


def test_a_well_formed_entry_still_passes(tmp_path: Path) -> None:
    assert entry_problems(tmp_path, extra='email = "info@contoh.or.id"') == ""
