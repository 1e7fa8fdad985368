"""What each subcommand runs, handed over by argparse: ``cli.py`` sets ``run`` on every parser
with ``set_defaults(run=…)`` and calls ``args.run(args, invocation)``, so the command line only
parses and this module only hands the parsed values to the front ends.

Kept light (it is imported while the command line is parsed, on the TUI's start-up path):
every front end (the TUI, ``--plain`` and the strings too) is imported inside the function
that needs it. This note gives the reason for all of those imports; they carry no comment each.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pulih.core.text.i18n import Lang

EXIT_BAD_INPUT = 2


@dataclass(frozen=True)
class Invocation:
    """What every command gets besides its own arguments."""

    lang: Lang
    resources: Sequence[Path]
    only: bool
    real_stdout: Any
    """The terminal's own stdout (the TUI draws on it, not on the guarded one)."""
    parser: Callable[[Lang], argparse.ArgumentParser]
    """The parser again, for ``completion`` (the script is generated from it)."""

    @property
    def today(self) -> date:
        return date.today()


Run = Callable[[argparse.Namespace, Invocation], int]


def _say(key: str, lang: Lang, **values: object) -> None:
    from pulih.core.text.strings import t

    print(f"pulih: {t(key, lang, **values)}", file=sys.stderr)


def reflect(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.reflect import reflect as reflect_file

    save = args.save and not args.no_save
    if args.save and args.no_save:
        _say("save.no_save_wins", run.lang)
    return reflect_file(
        args.answers,
        args.format,
        run.lang,
        run.resources,
        run.today,
        save=save,
        cache=not args.no_save,
        only=run.only,
    )


def check(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.check import check as check_files
    from pulih.commands.check import coverage

    if args.coverage:
        return coverage(run.today, run.resources, run.only)
    return check_files(args.paths, run.today, run.resources, run.only)


def history(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.saved import history as show_history

    return show_history(args.format, run.lang, run.today, run.resources, run.only)


def export(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.saved import export as export_note

    return export_note(
        args.format,
        args.output,
        args.result_id,
        run.lang,
        run.today,
        args.with_map,
        run.resources,
        run.only,
        with_steps=args.with_steps,
        clinician=args.for_clinician,
    )


def plan(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.saved import plan as show_plan

    return show_plan(
        args.format, args.output, run.lang, run.today, run.resources, run.only, region=args.region
    )


def forget(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.saved import forget as forget_all

    return forget_all(args.yes, run.lang)


def _steps_refused(args: argparse.Namespace, lang: Lang) -> bool:
    """With --no-save, nothing that writes: one line, exit 2."""
    writes = args.steps_action in ("mark", "take") or args.check_in or args.remind
    if args.no_save and writes:
        _say("steps.no_save", lang)
        return True
    return False


def steps(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.steps import steps as show_steps

    if _steps_refused(args, run.lang):
        return EXIT_BAD_INPUT
    return show_steps(
        args.result_id,
        args.format,
        run.lang,
        run.today,
        run.resources,
        run.only,
        ics=args.ics,
        check_in=args.check_in,
        remind=args.remind,
    )


def steps_mark(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.steps import mark_step

    if _steps_refused(args, run.lang):
        return EXIT_BAD_INPUT
    return mark_step(
        args.step,
        args.outcome,
        args.note,
        args.result_id,
        run.lang,
        run.today,
        run.resources,
        run.only,
    )


def steps_take(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.steps import take_step

    if _steps_refused(args, run.lang):
        return EXIT_BAD_INPUT
    return take_step(args.step, args.result_id, run.lang, run.today, run.resources, run.only)


def worksheet(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.commands.workshop import worksheet as write_sheet

    return write_sheet(
        args.format,
        args.output,
        run.lang,
        run.resources,
        args.region,
        args.guide,
        run.today,
        run.only,
    )


def completion(args: argparse.Namespace, run: Invocation) -> int:
    from pulih.completion import completion_script

    sys.stdout.write(completion_script(args.shell, run.parser(run.lang)))
    return 0


def interactive(args: argparse.Namespace, run: Invocation) -> int:
    """No subcommand: the TUI, or the line mode (--plain, or no terminal to draw on)."""
    lang = run.lang
    persona = None
    if args.demo:
        from pulih.core.workshop.demo import load_personas

        personas = load_personas()
        persona = personas.get(args.demo)
        if persona is None:
            _say("demo.unknown", lang, name=args.demo, names=", ".join(personas))
            return EXIT_BAD_INPUT
    if sys.stdin is None:  # started with standard input closed (<&-): input has ended
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
    not_a_terminal = not sys.stdout.isatty() or not sys.stdin.isatty()
    dumb = os.environ.get("TERM", "") == "dumb"  # no cursor movement: the TUI cannot draw
    if args.plain or not_a_terminal or dumb:
        if args.room:
            _say("room.needs_terminal", lang)
            return EXIT_BAD_INPUT
        from pulih.plain.session import run_plain

        if not args.plain:
            from pulih.core.text.strings import t

            notice = "plain.notice" if not_a_terminal else "plain.notice_dumb"
            print(t(notice, lang), file=sys.stderr)
        save = not args.no_save and persona is None
        return run_plain(lang, run.resources, save=save, only=run.only, demo=persona)
    from pulih.tui.app import run as run_tui

    sys.stdout = run.real_stdout  # the TUI owns the terminal
    save = not args.no_save and persona is None and not args.room
    return run_tui(
        lang=lang,
        resources=run.resources,
        save=save,
        theme=args.theme,
        demo=persona,
        resources_only=run.only,
        room=args.room,
    )
