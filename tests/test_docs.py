"""The README stays short, and every page of docs/ is reachable, whole and in both languages.

README.md is what a newcomer reads first: the crisis box, what pulih is, the two set-up commands
(CI runs the test one: .github/workflows/ci.yml), the main keys and links. Everything else lives
in docs/, one Indonesian and one English page per topic. Links are checked as GitHub renders
them: a relative path must name a file in the repository, and a #fragment a heading of that file
(GitHub's slug: lower case, punctuation dropped, each space a hyphen).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
MAX_README_LINES = 150

PAIRS = {
    "id/memakai.md": "en/using.md",
    "id/lokakarya.md": "en/workshop.md",
    "id/format-data.md": "en/data-formats.md",
    "id/privasi.md": "en/privacy.md",
    "id/pengembangan.md": "en/development.md",
}
"""Each Indonesian page and its English counterpart, as paths under docs/."""

COMMANDS = {
    "install and run": "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/pulih",
    "install and run, PowerShell": (
        r"py -m venv .venv; .venv\Scripts\pip install .; .venv\Scripts\pulih"
    ),
    "tests": (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    ),
    "tests, PowerShell": (
        r"py -m venv .venv; .venv\Scripts\pip install -e '.[test]'; .venv\Scripts\python -m pytest"
    ),
}
"""The README's set-up lines, byte for byte: people copy them, and CI runs the test ones."""

FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)  # https:, mailto:


def pages() -> list[Path]:
    return [README, *sorted(DOCS.rglob("*.md"))]


def prose(text: str) -> list[str]:
    """The lines outside fenced code blocks (a `#` in a TOML example is no heading)."""
    lines, fenced = [], False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            lines.append(line)
    return lines


def code_blocks(text: str) -> list[tuple[str, str]]:
    """(info string, body) of every fenced block."""
    blocks: list[tuple[str, str]] = []
    info: str | None = None
    body: list[str] = []
    for line in text.splitlines():
        if FENCE.match(line):
            if info is None:
                info, body = line.strip()[3:].strip(), []
            else:
                blocks.append((info, "\n".join(body)))
                info = None
        elif info is not None:
            body.append(line)
    return blocks


def slug(heading: str) -> str:
    """GitHub's anchor for a heading's text."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link keeps its text
    text = text.replace("`", "").replace("*", "").lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def headings(text: str) -> list[tuple[int, str]]:
    return [(len(m.group(1)), m.group(2)) for line in prose(text) if (m := HEADING.match(line))]


def anchors(text: str) -> set[str]:
    """Every heading's anchor; a repeated one gets -1, -2, ... as on GitHub."""
    seen: Counter[str] = Counter()
    found = set()
    for _, heading in headings(text):
        base = slug(heading)
        found.add(f"{base}-{seen[base]}" if seen[base] else base)
        seen[base] += 1
    return found


def links(text: str) -> list[str]:
    """Link and picture targets outside code (a code span keeps its place as plain text)."""
    return [m.group(1) for line in prose(text) for m in LINK.finditer(CODE_SPAN.sub("code", line))]


def broken(page: Path, text: str | None = None) -> list[str]:
    """Why each relative link or picture of a page does not resolve (empty: all do)."""
    text = page.read_text(encoding="utf-8") if text is None else text
    problems = []
    for target in links(text):
        if SCHEME.match(target):
            continue
        file, _, fragment = target.partition("#")
        if not file:  # an anchor in the page itself
            if unquote(fragment) not in anchors(text):
                problems.append(f"{target}: no such heading in {page.name}")
            continue
        destination = (page.parent / unquote(file)).resolve()
        if not destination.is_relative_to(ROOT):
            problems.append(f"{target}: outside the repository")
        elif not destination.exists():
            problems.append(f"{target}: no such file")
        elif fragment:
            if destination.suffix != ".md":
                problems.append(f"{target}: an anchor into a file with no headings")
            elif unquote(fragment) not in anchors(destination.read_text(encoding="utf-8")):
                problems.append(f"{target}: no such heading in {destination.name}")
    return problems


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_link_and_picture_resolves(page: Path) -> None:
    assert broken(page) == []


def test_the_link_check_finds_what_is_broken() -> None:
    """The check above can fail: a missing file, heading or picture, and a path out of the repo;
    links inside code are not links, and web addresses are not fetched."""
    probe = DOCS / "id" / "_probe.md"  # never written: the text is checked as if it were there
    text = (
        "# Judul\n\n"
        "[ada](memakai.md#tombol) [sini](#judul) [web](https://example.org/x) [tak](#tak)"
        " [`kode` di tautan](../../.ci/run)\n"
        "[tiada](tidak-ada.md) [jangkar](memakai.md#tidak-ada) [luar](../../../x.md)"
        " ![gambar](../../tests/__snapshots__/none.svg) [csv](../../regions-id.csv#a)\n"
        "```toml\n[contoh](juga-tidak-ada.md)\n```\n"
        "`[kode](bukan-tautan.md)`\n"
    )
    assert broken(probe, text) == [
        "#tak: no such heading in _probe.md",
        "tidak-ada.md: no such file",
        "memakai.md#tidak-ada: no such heading in memakai.md",
        "../../../x.md: outside the repository",
        "../../tests/__snapshots__/none.svg: no such file",
        "../../regions-id.csv#a: an anchor into a file with no headings",
    ]


def test_slugs_are_githubs() -> None:
    assert slug("Apa itu pulih?") == "apa-itu-pulih"
    assert slug("Mode baris (`--plain`)") == "mode-baris---plain"
    assert slug("Memasang dan menjalankan / Install and run") == (
        "memasang-dan-menjalankan--install-and-run"
    )
    assert slug("Kuesioner (`questionnaires/*.toml`)") == "kuesioner-questionnairestoml"
    assert anchors("# A\n## A\n```\n# not a heading\n```\n## A\n") == {"a", "a-1", "a-2"}


def test_the_readme_is_short() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_README_LINES, f"README.md has {len(lines)} lines"


def test_the_readme_has_its_set_up_lines_byte_for_byte() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    for name, command in COMMANDS.items():
        assert command in lines, name


def test_ci_runs_the_readmes_test_lines() -> None:
    workflow = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    runs = [line.strip().removeprefix("run:").strip() for line in workflow.splitlines()]
    assert COMMANDS["tests"] in runs
    assert COMMANDS["tests, PowerShell"] in runs


def test_the_crisis_box_comes_first() -> None:
    """Before the pictures and anything else: 119, the IGD and healing119.id, in both languages."""
    text = README.read_text(encoding="utf-8")
    first_section = text.index("\n## ")
    box = [line for line in text[:first_section].splitlines() if line.startswith(">")]
    box_text = "\n".join(box)
    assert "**Butuh bantuan sekarang?**" in box_text and "**Need help now?**" in box_text
    assert box_text.count("**119**") == 2 and box_text.count("**IGD**") == 2
    assert box_text.count("[healing119.id](https://www.healing119.id)") == 2


def test_every_docs_page_has_its_counterpart() -> None:
    found = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    expected = set(PAIRS) | set(PAIRS.values())
    assert found == expected, "a page without a counterpart, or a pair not in PAIRS"
    for indonesian, english in PAIRS.items():
        assert indonesian.startswith("id/") and english.startswith("en/")


@pytest.mark.parametrize("indonesian", sorted(PAIRS))
def test_counterparts_link_each_other_and_keep_step(indonesian: str) -> None:
    """Each page links its translation; both have the same sections and the same examples."""
    english = PAIRS[indonesian]
    id_text = (DOCS / indonesian).read_text(encoding="utf-8")
    en_text = (DOCS / english).read_text(encoding="utf-8")
    assert f"../{english}" in links(id_text) and f"../{indonesian}" in links(en_text)
    assert [level for level, _ in headings(id_text)] == [level for level, _ in headings(en_text)]
    id_blocks, en_blocks = code_blocks(id_text), code_blocks(en_text)
    assert [info for info, _ in id_blocks] == [info for info, _ in en_blocks]
    for (info, id_body), (_, en_body) in zip(id_blocks, en_blocks, strict=True):
        if info in ("toml", "json"):  # data examples are the same file in both languages
            assert id_body == en_body


def test_the_readme_links_every_docs_page() -> None:
    linked = {
        (README.parent / unquote(target.partition("#")[0])).resolve()
        for target in links(README.read_text(encoding="utf-8"))
        if not SCHEME.match(target)
    }
    for page in [*PAIRS, *PAIRS.values()]:
        assert (DOCS / page).resolve() in linked, page
