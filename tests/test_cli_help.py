"""`pulih --help` in the person's language, with every option explained, examples, environment
variables and exit codes; LANGUAGE honoured; "1 file", not "1 files" (issue 15)."""

from __future__ import annotations

import argparse

import pytest

from pulih.cli import _help_language, _parser, main
from pulih.core.store.consent import kept_items
from pulih.core.text.i18n import detect_language
from pulih.core.text.strings import t, t_count

COMMANDS = ("reflect", "check", "history", "export", "plan", "forget", "worksheet")


def help_of(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
    *args: str,
) -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as ended:
        main([*args, "--help"])
    assert ended.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({}, "id"),
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "id"}, "id"),
        ({"LANG": "id_ID.UTF-8", "LANGUAGE": "fr:en"}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
    ],
)
def test_help_speaks_the_persons_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
    lang: str,
) -> None:
    text = help_of(monkeypatch, capsys, env)
    assert text.startswith(t("cli.usage_prefix", lang))  # type: ignore[arg-type]
    assert t("cli.where", lang) in text  # type: ignore[arg-type]
    for needed in ("PULIH_DATA_DIR", "PULIH_RESOURCES", "NO_COLOR", "LANGUAGE", "130", "70"):
        assert needed in text
    assert "COMMAND ..." not in text and "PERINTAH ..." not in text


def test_lang_flag_decides_the_help_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "show this help and exit" in help_of(monkeypatch, capsys, {}, "--lang", "en")
    assert "tampilkan bantuan" in help_of(monkeypatch, capsys, {"LANG": "en_US"}, "--lang=id")
    assert _help_language(["--lang", "xx"], {"LANG": "en_US"}) == "en"


def test_languages_list_falls_back_in_order() -> None:
    assert detect_language({"LANGUAGE": "de:id_ID:en", "LANG": "en_US"}) == "id"
    assert detect_language({"LANGUAGE": "", "LANG": "en_US"}) == "en"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_option_of_every_command_is_explained(lang: str) -> None:
    parser = _parser(lang)  # type: ignore[arg-type]
    parsers = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            assert set(COMMANDS) <= set(action.choices)
            parsers += list(action.choices.values())
            assert all(choice.help for choice in action._choices_actions)
    for each in parsers:
        for action in each._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, (each.prog, action.option_strings or action.dest)


def test_a_command_is_optional() -> None:
    assert _parser("en").parse_args([]).command is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_is_singular(lang: str) -> None:
    assert "1 files" not in t_count("forget.done", lang, 1)  # type: ignore[arg-type]
    assert "2" in t_count("forget.done", lang, 2)  # type: ignore[arg-type]
    items = " ".join(kept_items(lang, "result", map_people=1))  # type: ignore[arg-type]
    assert "1 people" not in items and "(1 " in items


def test_the_parsers_own_errors_speak_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse says its errors in English; pulih's parser says them in the person's language."""
    from pulih.cli import main

    for argv in (["--lang", "id", "bogus"], ["--lang", "id", "reflect"]):
        with pytest.raises(SystemExit) as leaving:
            main(argv)
        assert leaving.value.code == 2
        err = capsys.readouterr().err
        assert "error:" not in err and "invalid choice" not in err and "required" not in err
        assert "kesalahan:" in err


def test_an_outcome_may_be_said_in_indonesian() -> None:
    from pulih.core.store.steps import parse_outcome

    assert parse_outcome("sudah") == "done" and parse_outcome("tidak-membantu") == "not_helpful"
    assert parse_outcome("sudah dicoba") == "tried" and parse_outcome("belum") == "not_yet"
