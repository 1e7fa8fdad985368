"""pulih's words as files a translator edits (issue 26.3): src/pulih/core/text/catalogue/<lang>.toml.

Every language has every key with the same placeholders (tools/catalogue.py, which a translator
runs too); every key is used by the code, by its literal name or through one of the documented
dynamic forms below; the files parse, with no key twice, in the simple shape pulih reads quickly
(only the language asked for, on first use); and an edited Indonesian sentence is what
``pulih reflect`` prints. (tests/test_catalogue.py is about the directory's catalogue cache.)
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pulih.core.text import strings
from pulih.core.text.i18n import LANGS
from pulih.core.text.strings import CATALOGUE_DIR, catalogue, read_simple, t, t_count

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "pulih"


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogue_tool", ROOT / "tools" / "catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SRC.rglob("*.py")))


def dynamic() -> dict[str, tuple[str, ...]]:
    """Keys the code builds as ``f"prefix.{value}"``: each prefix, with the values it takes,
    read from the code that builds them wherever the code keeps them."""
    from typing import get_args

    from pulih.cli import _parser
    from pulih.core.directory.narrowing import COSTS, MODES
    from pulih.core.directory.resources import Kind
    from pulih.core.mapplan.safetyplan import SECTIONS
    from pulih.core.mapplan.supportmap import CIRCLES
    from pulih.core.questionnaire.model import REFERRAL_ORDER
    from pulih.core.questionnaire.support_types import SUPPORT_TYPES
    from pulih.core.store.errors import StoreUnusable
    from pulih.core.store.steps import OUTCOMES
    from pulih.tui.themes import THEMES

    (commands,) = [a for a in _parser("en")._actions if isinstance(a, argparse._SubParsersAction)]
    return {
        "type.": SUPPORT_TYPES,  # the support types, wherever one is named
        "col.": SUPPORT_TYPES,  # mapplan_text: the map's table columns
        "mark.": SUPPORT_TYPES,  # mapdraw: a type's letter on the drawn map
        "mode.": MODES,  # narrowing, matching, present
        "cost.": COSTS,
        "kind.": get_args(Kind),  # an entry's kind of help
        "circle.": CIRCLES,  # the support map's circles
        "ring.": CIRCLES,  # mapdraw / mapsvg: the rings' titles
        "plan.": SECTIONS,  # the safety plan's parts
        "referral.": REFERRAL_ORDER,  # report/view.py _referral_key
        "history.referral.": REFERRAL_ORDER,  # report/history.py
        "store.unusable.": StoreUnusable.REASONS,  # store/errors.py
        "steps.outcome.": (*OUTCOMES, "none"),  # store/steps.py, tui/screens/mysteps.py
        "theme.": tuple(theme.name for theme in THEMES),  # tui/app.py, the command palette
        "cli.cmd.": tuple(commands.choices),  # cli.py: each command's help
        "welcome.": ("what", "not", "privacy", "start", "language", "keys"),  # LITERAL_IN below
        "room.": ("few", "most"),  # LITERAL_IN below: TypeTally.coarse
    }


LITERAL_IN = {"welcome.": "tui/screens/welcome.py", "room.": "core/workshop/room.py"}
"""Where values with no constant of their own are written, each as a quoted word."""

SUFFIXES = {
    "_one": r't_count\(\s*"{base}"',  # t_count: the form for exactly one
    "_saved": r'"{base}"',  # plain/session.py said_at_end: once this run saved something
}
"""A key ending in one of these is used when its base is used as the pattern says."""


def unused(keys: list[str], code: str) -> list[str]:
    """The keys the code never asks for."""
    made = {prefix + value for prefix, values in dynamic().items() for value in values}
    left = []
    for key in keys:
        if f'"{key}"' in code or f"'{key}'" in code or key in made:
            continue
        suffix = next((s for s in SUFFIXES if key.endswith(s)), None)
        if suffix is not None:
            pattern = SUFFIXES[suffix].format(base=re.escape(key.removesuffix(suffix)))
            if re.search(pattern, code) and f'f"{{key}}{suffix}"' in code:
                continue
        left.append(key)
    return left


# --- every language, every key, the same placeholders


def test_every_language_has_every_key_with_the_same_placeholders() -> None:
    assert tool().problems(CATALOGUE_DIR) == []
    assert sorted(path.stem for path in CATALOGUE_DIR.glob("*.toml")) == sorted(LANGS)
    assert catalogue("id").keys() == catalogue("en").keys()
    assert len(catalogue("id")) > 600


def test_the_check_finds_what_a_translator_gets_wrong(tmp_path: Path) -> None:
    """Each mistake in a translator's folder is named, one line each (the check above can fail)."""
    english = (CATALOGUE_DIR / "en.toml").read_text(encoding="utf-8")
    (tmp_path / "id.toml").write_text(
        (CATALOGUE_DIR / "id.toml")
        .read_text(encoding="utf-8")
        .replace('"Dihapus: {count} file."', '"Dihapus: {jumlah} file."')
        .replace('"app.tagline" = ', '"app.tagline" =  ')  # valid TOML, not the simple shape
        .replace('"welcome.not" = ', '"welcome.nope" = '),
        encoding="utf-8",
    )
    (tmp_path / "jv.toml").write_text(
        english.replace('"Deleted: 1 file."', '"Dibusak: {1 file."') + "x = 1\n",
        encoding="utf-8",
    )
    (tmp_path / "en.toml").write_text(english + '"app.tagline" = "twice"\n', encoding="utf-8")
    line = english.count("\n") + 1
    assert tool().problems(tmp_path) == [
        f"en.toml: not valid TOML: Cannot overwrite a value (at line {line}, column 24)",
        'id.toml: valid, but not one "key" = "text" line per string (or """ for text over '
        "several lines): pulih reads it more slowly at start-up",
        "jv.toml: x: not text (write it between quotation marks)",
        "jv.toml: pulih does not list 'jv' (LANGS in src/pulih/core/text/i18n.py)",
        "jv.toml: welcome.nope: missing",
        "jv.toml: welcome.not: not in id.toml",
        "jv.toml: forget.done: placeholders {count}, but id.toml has {jumlah}",
        "jv.toml: forget.done_one: braces str.format cannot read (expected '}' before end of "
        "string)",
    ]


def test_a_language_listed_without_its_file_is_named() -> None:
    assert tool().problems(CATALOGUE_DIR, ("id", "en", "jv")) == [
        "jv.toml: missing (LANGS lists 'jv')"
    ]


# --- every key is used


def test_every_key_is_used_by_the_code() -> None:
    assert unused(list(catalogue("id")), source()) == []


def test_the_dynamic_keys_are_built_by_the_code_and_exist_in_every_language() -> None:
    code = source()
    for prefix, values in dynamic().items():
        assert re.search(rf"""f["']{re.escape(prefix)}\{{""", code), f"no f-string builds {prefix}"
        assert values, prefix
        for lang in LANGS:
            assert [v for v in values if prefix + v not in catalogue(lang)] == [], (prefix, lang)
    for prefix, where in LITERAL_IN.items():
        text = (SRC / where).read_text(encoding="utf-8")
        assert [v for v in dynamic()[prefix] if f'"{v}"' not in text] == [], where
    for suffix in SUFFIXES:
        assert f'f"{{key}}{suffix}"' in code, suffix


def test_the_usage_check_can_fail() -> None:
    """A key nobody asks for, a dynamic one with a value the code never has, an ``_one`` form
    of a key only ever given to ``t``: each is named; a used one of each kind is not."""
    keys = ["type.emotional", "type.nonsense", "forget.done_one", "app.tagline_one", "no.such"]
    assert unused(keys, source()) == ["type.nonsense", "app.tagline_one", "no.such"]


# --- the files themselves


@pytest.mark.parametrize("lang", LANGS)
def test_the_file_parses_in_its_simple_shape_with_no_key_twice(lang: str) -> None:
    text = (CATALOGUE_DIR / f"{lang}.toml").read_text(encoding="utf-8")
    table = tomllib.loads(text)  # raises on a key given twice
    assert all(isinstance(value, str) for value in table.values())
    assert read_simple(text) == table  # start-up reads it without tomllib
    keys = re.findall(r'^"([^"]+)" = ', text, flags=re.M)
    assert len(keys) == len(set(keys)) == len(table)
    assert read_simple(text + '"app.tagline" = "twice"\n') is None  # tomllib explains it


def emitted(entries: list[tuple[str, str, bool]]) -> str:
    """Entries written the way the catalogue writes them."""
    lines = []
    for key, value, long in entries:
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'"{key}" = """\n{escaped}"""' if long else f'"{key}" = "{escaped}"')
    return "# words\n\n" + "\n".join(lines) + "\n"


TRICKY = st.text(st.sampled_from('ab é“"\\\n\r\t#={}\x00\x7f\x85'), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    entries=st.lists(
        st.tuples(st.from_regex(r"[a-z][a-z_.]{0,8}", fullmatch=True), TRICKY, st.booleans()),
        max_size=5,
    ),
    cut=st.integers(0, 200),
    insert=st.sampled_from(['"', "\\", "\n", "\r", " ", "#", "'", "x", "\x01", '"""']),
)
def test_the_quick_reader_reads_what_tomllib_reads_or_leaves_it(
    entries: list[tuple[str, str, bool]], cut: int, insert: str
) -> None:
    """Whatever the text, the reader at start-up gives tomllib's answer or none (then tomllib
    reads the file): never a different string, never a file tomllib refuses."""
    text = emitted(entries)
    for candidate in (text, text[:cut] + insert + text[cut:]):
        quick = read_simple(candidate)
        try:
            expected = tomllib.loads(candidate)
        except tomllib.TOMLDecodeError:
            assert quick is None
            continue
        assert quick is None or quick == expected
    clean = all(
        not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", value) and (long or "\n" not in value)
        for _, value, long in entries
    )
    if clean and len({key for key, _, _ in entries}) == len(entries):
        assert read_simple(text) is not None  # the catalogue's own shape is read quickly


# --- t and t_count, as before


def test_t_and_t_count_keep_their_behaviour() -> None:
    assert t("results.next_step", "en", step="x") == "A small step: x"
    assert t("question.progress", "id") == "{n} / {total}"  # no values: the text as it is
    assert t_count("forget.done", "en", 1) == "Deleted: 1 file."
    assert t_count("forget.done", "en", 2) == "Deleted: 2 files."
    assert t_count("forget.done", "id", 1) == "Dihapus: 1 file."
    assert t_count("where.data", "en", 1, path="p") == "Saved results: p"  # no _one form
    assert t("app.tagline", "xx") == t("app.tagline", "en")  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        t("no.such.key", "id")


def test_only_the_language_asked_for_is_read_and_without_tomllib() -> None:
    code = (
        "import sys\n"
        "from pulih.core.text.strings import catalogue, t\n"
        "assert catalogue.cache_info().currsize == 0\n"
        "t('app.tagline', 'id'); t('key.quit', 'id')\n"
        "print(catalogue.cache_info().currsize, catalogue.cache_info().misses, "
        "'tomllib' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "1", "False"]


# --- a translator's edit is what pulih says


@pytest.fixture
def translation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of pulih's Indonesian catalogue, read instead of pulih's own while the test runs."""
    folder = tmp_path / "catalogue"
    folder.mkdir()
    shutil.copy(CATALOGUE_DIR / "id.toml", folder / "id.toml")
    monkeypatch.setenv(strings.CATALOGUE_ENV, str(folder))
    catalogue.cache_clear()
    yield folder
    catalogue.cache_clear()


def test_an_edited_indonesian_sentence_is_what_reflect_prints(
    translation: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pulih.cli import main

    said = "Ini bukan diagnosis. Hanya tenaga profesional yang dapat menilai kondisi Anda."
    edited = "Ini bukan diagnosis, kata penerjemah."
    path = translation / "id.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(f'"{said}"') == 1
    path.write_text(text.replace(f'"{said}"', f'"{edited}"'), encoding="utf-8")
    answers = tmp_path / "answers.toml"
    answers.write_text(
        "[refleksi-dukungan]\n" + "".join(f"{k}{n} = 3\n" for k in "EINA" for n in (1, 2, 3)),
        encoding="utf-8",
    )
    assert main(["reflect", "--answers", str(answers), "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert edited in out and said not in out
    assert t("results.not_diagnosis", "en").startswith("This is not a diagnosis.")  # pulih's own


def test_a_translation_in_the_slow_shape_is_still_read(translation: Path) -> None:
    path = translation / "id.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"app.tagline" = ', "'app.tagline' = "),
        encoding="utf-8",
    )
    assert t("app.tagline", "id") == "Refleksi singkat tentang dukungan di sekitar Anda"
    path.write_text('"app.tagline" = "unclosed\n', encoding="utf-8")
    catalogue.cache_clear()
    with pytest.raises(tomllib.TOMLDecodeError) as raised:
        t("app.tagline", "id")
    assert str(path) in "".join(raised.value.__notes__)
