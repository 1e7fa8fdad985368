"""``pulih completion bash|zsh|fish``: a shell completion script generated from the parser itself
(issue 15), so a new command or option is completed without anyone writing shell code.

shtab is imported here only, and this module only when a script is asked for: the start-up
path (``pulih`` and the first frame) never pays for it (tests/test_import_hygiene.py)."""

from __future__ import annotations

import argparse

import shtab

SHELLS = ("bash", "zsh", "fish")

# Arguments that name a file (or a folder) complete file names; the rest complete their choices.
_FILE_METAVARS = {"FILE", "PATH"}


def _mark_files(parser: argparse.ArgumentParser, files: object) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _mark_files(sub, files)
        elif action.metavar in _FILE_METAVARS:
            action.complete = files  # type: ignore[attr-defined]


def completion_script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script for ``shell`` from ``parser`` (cli.py passes its parser, in the
    person's language, so this module does not import the command line back)."""
    _mark_files(parser, shtab.FILE)
    script: str = shtab.complete(parser, shell=shell)
    return script if script.endswith("\n") else script + "\n"
