"""`pulih completion bash|zsh|fish` (issue 15): each script is generated from the parser and names
every command and option the parser has, so an option added later without completion fails here;
the shells accept the scripts (each check skips when that shell is not installed)."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pulih.cli import _parser, main
from pulih.completion import SHELLS, completion_script


def walk(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], set[str], set[str]]]:
    """(command path, its option strings, its sub-commands) for the parser and every command."""
    options: set[str] = set()
    commands: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
        else:
            options.update(action.option_strings)
    yield path, options, set(commands)
    for name, sub in commands.items():
        yield from walk(sub, (*path, name))


def tree(lang: str) -> list[tuple[tuple[str, ...], set[str], set[str]]]:
    found = list(walk(_parser(lang)))  # type: ignore[arg-type]
    paths = {path for path, _, _ in found}
    assert {("export",), ("completion",), ("steps", "mark")} <= paths
    assert all(options for _, options, _ in found)
    return found


def bash_array(script: str, name: str) -> set[str]:
    match = re.search(rf"^{name}=\((.*)\)$", script, re.MULTILINE)
    assert match, name
    return set(match.group(1).split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bash_script_names_every_command_and_option(lang: str) -> None:
    script = completion_script("bash", _parser(lang))  # type: ignore[arg-type]
    for path, options, commands in tree(lang):
        prefix = "_".join(("_shtab_pulih", *path))
        assert bash_array(script, f"{prefix}_option_strings") == options, path
        if commands:
            assert bash_array(script, f"{prefix}_subparsers") == commands, path
    assert "complete -o bashdefault -F _shtab_pulih pulih" in script


def mentioned(option: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_zsh_script_names_every_command_and_option(lang: str) -> None:
    script = completion_script("zsh", _parser(lang))  # type: ignore[arg-type]
    assert script.startswith("#compdef pulih")
    for path, options, commands in tree(lang):
        prefix = "_".join(("_shtab_pulih", *path))
        block = re.search(rf"^{prefix}_options=\(\n(.*?)\n\)$", script, re.MULTILINE | re.DOTALL)
        assert block, path
        for option in options:
            assert mentioned(option, block.group(1)), (path, option)
        if commands:
            listed = re.search(rf"^{prefix}_commands\(\) {{\n(.*?)\n}}$", script, re.M | re.S)
            assert listed, path
            names = set(re.findall(r"^\s+([\w-]+):", listed.group(1), re.MULTILINE))
            assert names == commands, path


@pytest.mark.parametrize("lang", ["id", "en"])
def test_fish_script_names_every_command_and_option(lang: str) -> None:
    script = completion_script("fish", _parser(lang))  # type: ignore[arg-type]
    for path, options, commands in tree(lang):
        using = "_shtab_pulih_using" + "".join(f" {name}" for name in path)
        lines = [
            line
            for line in script.splitlines()
            if line.startswith("complete -c pulih -n ")
            and re.match(rf"complete -c pulih -n '?{re.escape(using)}(?=[';\s])", line)
        ]
        assert lines, path
        text = "\n".join(lines)
        for option in options:
            flag = f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}"
            assert mentioned(flag, text), (path, option)
        for name in commands:
            assert re.search(rf" -a {re.escape(name)} ", text), (path, name)


@pytest.mark.parametrize("shell", SHELLS)
def test_the_command_prints_the_script(
    shell: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["completion", shell]) == 0
    assert capsys.readouterr().out == completion_script(shell, _parser("en"))


def test_descriptions_speak_the_persons_language() -> None:
    assert "catatan satu halaman" in completion_script("fish", _parser("id"))
    assert "a one-page note" in completion_script("fish", _parser("en"))


def test_an_unknown_shell_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["completion", "tcsh"])
    assert ended.value.code == 2
    assert "tcsh" in capsys.readouterr().err


SYNTAX = {
    "bash": ["bash", "-n"],
    "zsh": ["zsh", "-n"],
    "fish": ["fish", "--no-execute"],
}


@pytest.mark.parametrize("shell", SHELLS)
def test_the_shell_accepts_the_script(shell: str, tmp_path: Path) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    script = tmp_path / f"pulih.{shell}"
    script.write_text(completion_script(shell, _parser("id")), encoding="utf-8")
    done = subprocess.run([*SYNTAX[shell], str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_a_command_and_its_choices(tmp_path: Path) -> None:
    script = tmp_path / "pulih.bash"
    script.write_text(completion_script("bash", _parser("en")), encoding="utf-8")
    probe = (
        f"source {script}\n"
        'COMP_WORDS=(pulih ex); COMP_CWORD=1; _shtab_pulih; echo "${COMPREPLY[*]}"\n'
        'COMP_WORDS=(pulih export --format ""); COMP_CWORD=3; _shtab_pulih; '
        'echo "${COMPREPLY[*]}"\n'
    )
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["export", "markdown html"]
