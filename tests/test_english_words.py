"""A person who reads English (an exchange student with a screen reader, ``--lang en``) meets
no Indonesian apart from what they are meant to say or show: the sentence to say at the desk
(quoted, its meaning beside it) and proper names (one organisation, one hospital, a place)."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.directory.resources import Resource, load_directory
from pulih.core.files.data import bundled_layers, resources_file
from pulih.core.report.export import note_path
from tests.conftest import TODAY
from tests.test_cli import write

STRONG = """[refleksi-dukungan]
E1 = 2
E2 = 2
E3 = 1
I1 = 2
I2 = 1
I3 = 2
N1 = 1
N2 = 2
N3 = 1
A1 = 2
A2 = 1
A3 = 2

[cek-kondisi]
C1 = 3
C2 = 3
D1 = 3
D2 = 2
K1 = 0
K2 = 0
K3 = 0

[preferences]
region = "Kota Yogyakarta"
interests = ["keagamaan", "memasak"]
"""
"""PHQ-4 11: "strong" (a professional this week); with a place, and interests in Indonesian."""

MARKERS = re.compile(
    r"\b(anda|yang|dan|untuk|kelompok|layanan|catatan|langkah|sumber|terbaru|bersama|dengan"
    r"|atau|bila|bisa|relawan|bantuan|komunitas|memasak|keagamaan|lewat|saya|ingin|tidak"
    r"|belum|kader|hobi|gratis)\b",
    re.IGNORECASE,
)
"""Everyday Indonesian words that have no place in an English text."""

QUOTED = re.compile(r"“[^”]*”")


def _entries() -> list[Resource]:
    files = [resources_file(), *bundled_layers()]
    return [r for path in files for r in load_directory(path, TODAY).resources]


SAME_IN_ENGLISH = {"puskesmas", "satusehat-skrining-jiwa", "puspaga", "kpsi"}
"""Generic entries whose name is a word English uses too, an acronym or an app's name."""


def _generic(resource: Resource) -> bool:
    """A kind of place found everywhere (no contact of its own), not one organisation: its name
    describes what it is."""
    return resource.nationwide and not resource.crisis and not resource.has_contact()


def _proper_names() -> list[str]:
    """What may stay as written: the name of one place or organisation, and the addresses and
    regions of entries."""
    names = {r.name for r in _entries() if not _generic(r)}
    names |= {r.address for r in _entries() if r.address}
    names |= {region for r in _entries() for region in r.regions}
    return sorted(names, key=len, reverse=True)


def indonesian_words(text: str) -> list[str]:
    """The Indonesian marker words in ``text``, outside quoted sentences and proper names."""
    text = QUOTED.sub(" ", html.unescape(re.sub(r"<[^>]+>", " ", text)))
    for name in _proper_names():
        text = text.replace(name, " ")
    return [
        f"{match.group(0)!r} in {text[max(0, match.start() - 50) : match.end() + 30]!r}"
        for match in MARKERS.finditer(text)
    ]


def test_generic_entries_have_an_english_name() -> None:
    missing = [
        r.id
        for r in _entries()
        if r.visible and _generic(r) and not r.name_en and r.id not in SAME_IN_ENGLISH
    ]
    assert missing == []
    assert not any(MARKERS.search(r.name_en) for r in _entries())


def test_english_reflect_and_note_have_no_indonesian_outside_quotes_and_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, STRONG)
    outputs: dict[str, str] = {}
    for fmt in ("text", "markdown"):
        assert main(["reflect", "--answers", str(path), "--format", fmt, "--lang", "en"]) == 0
        outputs[f"reflect {fmt}"] = capsys.readouterr().out
    assert main(["reflect", "--answers", str(path), "--lang", "en", "--save"]) == 0
    capsys.readouterr()
    for fmt in ("markdown", "html"):
        assert main(["export", "--format", fmt, "-o", "-", "--lang", "en"]) == 0
        outputs[f"note {fmt}"] = capsys.readouterr().out
    text = outputs["reflect text"]
    assert "professional" in text and "What you could say (in Indonesian): “Saya" in text
    assert "” — meaning: “I would like" in text
    assert "passport and KITAS/KITAP" in text  # the puskesmas: what a foreigner brings
    for name, out in outputs.items():
        assert "What you could say (in Indonesian): “" in out, name
        assert indonesian_words(out) == [], name


def test_in_indonesian_only_the_indonesian_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, STRONG)
    assert main(["reflect", "--answers", str(path), "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert "Yang bisa Anda katakan: “Saya" in out
    assert "meaning" not in out and "I would like" not in out
    assert "Bila Anda bukan WNI: bawa paspor dan KITAS/KITAP." in out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_json_gives_the_sentence_to_say_in_indonesian_beside_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    path = write(tmp_path, STRONG)
    assert main(["reflect", "--answers", str(path), "--format", "json", "--lang", lang]) == 0
    asks = [s for s in json.loads(capsys.readouterr().out)["suggestions"] if "ask" in s]
    assert asks
    for item in asks:
        if lang == "en":
            assert item["ask_id"] != item["ask"] and not MARKERS.search(item["ask"])
            assert MARKERS.search(item["ask_id"])  # the Indonesian words to say
            assert not MARKERS.search(item["name"]) or item["id"].startswith("rs-")
        else:
            assert "ask_id" not in item


def test_the_default_note_file_name_is_in_the_persons_language() -> None:
    created = datetime(2026, 12, 7, 9, 30)
    assert note_path(Path("/x"), created, "en").name == "pulih-note-2026-12-07-0930.html"
    assert note_path(Path("/x"), created, "id").name == "pulih-catatan-2026-12-07-0930.html"
    assert note_path(Path("/x"), created).name.startswith("pulih-catatan-")
