"""The command line (design.md §3). Textual is imported only when the TUI starts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pulih import __version__
from pulih.core.i18n import LANGS, Lang, detect_language

EXIT_BAD_INPUT = 2


def _path(text: str) -> Path:
    """A file named on the command line; an empty name is refused (Path("") would mean ".")."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty file name")
    return Path(text)


def _output(text: str) -> Path | None:
    """``-o FILE``; ``-o -`` means standard output, as without ``-o``."""
    if text.endswith(("/", os.sep)):
        raise argparse.ArgumentTypeError(f"{text!r} names a folder; name a file")
    return None if text == "-" else _path(text)


def _common(suppress: bool) -> argparse.ArgumentParser:
    """Options that work before or after a command (``pulih --lang en history`` or
    ``pulih history --lang en``). Under a command they do not override what came before."""
    common = argparse.ArgumentParser(add_help=False)
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    common.add_argument(
        "--lang", choices=LANGS, help="bahasa / language (default: from LANG)", **default
    )
    common.add_argument(
        "--resources",
        type=_path,
        action="append",
        metavar="PATH",
        help="add a partner directory over the bundled one (repeatable; also PULIH_RESOURCES)",
        **default,
    )
    common.add_argument(
        "--resources-only",
        action="store_true",
        help="use only the partner directories, not the bundled one (needs 3 crisis routes)",
        **default,
    )
    common.add_argument(
        "--no-save",
        action="store_true",
        help="never write anything, not even a cache",
        **default,
    )
    return common


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pulih",
        description="Refleksi dukungan sosial yang privat · a private reflection on your support.",
        parents=[_common(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"pulih {__version__}")
    parser.add_argument("--where", action="store_true", help="show where pulih keeps data")
    parser.add_argument(
        "--plain",
        action="store_true",
        help="line-by-line mode (screen readers, pipes); x or q at any prompt quits at once",
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        const="sari",
        metavar="PERSONA",
        help="a fictional persona for workshops (sari, or krisis); saves and reads nothing",
    )
    parser.add_argument(
        "--room",
        action="store_true",
        help="workshop room view: anonymous counts on a projector; saves and reads nothing",
    )
    parser.add_argument(
        "--theme",
        choices=("pulih-dark", "pulih-light", "pulih-high-contrast"),
        help="colours; pulih-high-contrast is for projectors",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = [_common(suppress=True)]
    reflect = commands.add_parser(
        "reflect", parents=common, help="score a filled-in answers file without the TUI"
    )
    reflect.add_argument("--answers", type=_path, required=True, metavar="FILE")
    reflect.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    reflect.add_argument("--save", action="store_true", help="save the result on this computer")
    check = commands.add_parser(
        "check", parents=common, help="validate questionnaire and resource files"
    )
    check.add_argument("paths", nargs="*", type=_path, metavar="PATH")
    history = commands.add_parser("history", parents=common, help="past reflections: then vs now")
    history.add_argument("--format", choices=("text", "json"), default="text")
    export = commands.add_parser("export", parents=common, help="a one-page note of a result")
    export.add_argument("--format", choices=("markdown", "html"), default="markdown")
    export.add_argument(
        "-o",
        "--output",
        type=_output,
        metavar="FILE",
        help="write to FILE (0600; - for the screen)",
    )
    export.add_argument("--id", type=int, dest="result_id", help="which result (default: latest)")
    export.add_argument(
        "--with-map", action="store_true", help="include the support map saved with the result"
    )
    export.add_argument(
        "--with-steps",
        action="store_true",
        help="include how each chosen step went (needs, what was tried, how it went)",
    )
    plan = commands.add_parser("plan", parents=common, help="your saved safety plan")
    plan.add_argument("--format", choices=("text", "markdown", "html"), default="text")
    plan.add_argument(
        "-o",
        "--output",
        type=_output,
        metavar="FILE",
        help="write to FILE (0600; - for the screen)",
    )
    plan.add_argument(
        "--region", metavar="NAME", help="show this region's crisis line (default: the saved one)"
    )
    forget = commands.add_parser(
        "forget", parents=common, help="delete every result and cache pulih saved"
    )
    forget.add_argument("--yes", action="store_true", help="do not ask first")
    _steps_parser(commands, common)
    sheet = commands.add_parser(
        "worksheet", parents=common, help="a printable workshop handout (no personal data)"
    )
    sheet.add_argument(
        "--format",
        choices=("html", "markdown", "text"),
        help="html (default) or markdown; the guide: text (default), markdown or html",
    )
    sheet.add_argument(
        "-o",
        "--output",
        type=_output,
        metavar="FILE",
        help="write to FILE (0600; - for the screen)",
    )
    sheet.add_argument("--region", metavar="NAME", help="local help for this province or city")
    sheet.add_argument("--guide", action="store_true", help="the facilitator's guide instead")
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _steps_parser(commands: Any, common: list[argparse.ArgumentParser]) -> None:
    """``pulih steps`` and ``pulih steps mark`` (after the next step: issue 16)."""
    steps = commands.add_parser(
        "steps", parents=common, help="your chosen steps: how they went, when to check in"
    )
    steps.add_argument("--id", type=int, dest="result_id", help="which result (default: latest)")
    steps.add_argument("--format", choices=("text", "json"), default="text")
    steps.add_argument(
        "--ics", type=_path, metavar="FILE", help="write a calendar reminder (0600, .ics)"
    )
    steps.add_argument(
        "--check-in", type=_date, metavar="YYYY-MM-DD", help="keep another check-in date"
    )
    actions = steps.add_subparsers(dest="steps_action", metavar="ACTION")
    mark = actions.add_parser("mark", parents=common, help="record how a step went")
    mark.add_argument("step", metavar="STEP_ID")
    mark.add_argument("outcome", choices=("done", "tried", "not-yet", "not-helpful"))
    mark.add_argument("--note", help="a short note in your words")
    mark.add_argument(
        "--id", type=int, dest="result_id", default=argparse.SUPPRESS, help="which result"
    )


def partner_files(given: list[Path] | None, environ: Mapping[str, str]) -> list[Path]:
    """Partner directory files: those in ``PULIH_RESOURCES`` (os.pathsep-separated), then those
    given with ``--resources``, in order."""
    from_env = [Path(p) for p in environ.get("PULIH_RESOURCES", "").split(os.pathsep) if p]
    return [*from_env, *(given or [])]


def main(argv: Sequence[str] | None = None) -> int:
    """Run pulih; returns the exit status: 0 ok, 1 output failed, 2 bad input, 70 a crash
    (one calm line, never a traceback), 130 interrupted."""
    from pulih.output import GuardedOutput, OutputFailed, say_error, silence_stdout

    args = _parser().parse_args(argv)
    lang: Lang = args.lang or detect_language(os.environ)
    if sys.stdout is None:  # started with standard output closed (>&-)
        from pulih.core.strings import t

        say_error(t("output.failed", lang, reason="closed"))
        return 1
    real_stdout = sys.stdout
    sys.stdout = GuardedOutput(real_stdout)  # type: ignore[assignment]
    try:
        status = _run(args, lang, real_stdout)
        sys.stdout.flush()
        return status
    except OutputFailed as error:
        from pulih.core.strings import t

        silence_stdout()
        say_error(t("output.failed", lang, reason=error.reason))
        return 1
    except OSError as error:  # the machine said no (a folder pulih cannot read, ...): exit 1
        from pulih.core.strings import t

        where = f"{error.filename}: " if error.filename else ""
        reason = error.strerror or type(error).__name__
        say_error(t("output.io_failed", lang, reason=f"{where}{reason}"))
        return 1
    except Exception as error:  # the crash handler of the commands and --plain
        from pulih.core.crashlog import EXIT_CRASH, crash_line, log_folder

        saving = not args.no_save and not args.demo
        say_error(crash_line(error, lang, log_folder=log_folder() if saving else None))
        return EXIT_CRASH
    finally:
        sys.stdout = real_stdout


def _run(args: argparse.Namespace, lang: Lang, real_stdout: Any) -> int:
    resources = partner_files(args.resources, os.environ)
    only: bool = args.resources_only
    try:
        if args.where:
            from pulih.commands import where

            return where(lang)
        if args.command == "steps":
            from pulih import commands as run_command

            if args.no_save and (args.steps_action == "mark" or args.check_in):
                from pulih.core.strings import t

                print(f"pulih: {t('steps.no_save', lang)}", file=sys.stderr)
                return EXIT_BAD_INPUT
            if args.steps_action == "mark":
                return run_command.mark_step(
                    args.step,
                    args.outcome,
                    args.note,
                    args.result_id,
                    lang,
                    date.today(),
                    resources,
                    only,
                )
            return run_command.steps(
                args.result_id,
                args.format,
                lang,
                date.today(),
                resources,
                only,
                ics=args.ics,
                check_in=args.check_in,
            )
        if args.command in ("history", "export", "plan", "forget"):
            from pulih import commands as run_command

            today = date.today()
            if args.command == "history":
                return run_command.history(args.format, lang, today, resources, only)
            if args.command == "export":
                return run_command.export(
                    args.format,
                    args.output,
                    args.result_id,
                    lang,
                    today,
                    args.with_map,
                    resources,
                    only,
                    with_steps=args.with_steps,
                )
            if args.command == "plan":
                return run_command.plan(
                    args.format, args.output, lang, today, resources, only, region=args.region
                )
            return run_command.forget(args.yes, lang)
        if args.command == "worksheet":
            from pulih.commands import worksheet

            return worksheet(
                args.format,
                args.output,
                lang,
                resources,
                args.region,
                args.guide,
                date.today(),
                only,
            )
        if args.command == "check":
            from pulih.commands import check

            return check(args.paths, date.today(), resources, only)
        if args.command == "reflect":
            from pulih.commands import reflect

            save = args.save and not args.no_save
            if args.save and args.no_save:
                from pulih.core.strings import t

                print(f"pulih: {t('save.no_save_wins', lang)}", file=sys.stderr)
            return reflect(
                args.answers,
                args.format,
                lang,
                resources,
                date.today(),
                save=save,
                cache=not args.no_save,
                only=only,
            )
        persona = None
        if args.demo:
            from pulih.core.demo import load_personas
            from pulih.core.strings import t

            personas = load_personas()
            persona = personas.get(args.demo)
            if persona is None:
                names = ", ".join(personas)
                print(
                    f"pulih: {t('demo.unknown', lang, name=args.demo, names=names)}",
                    file=sys.stderr,
                )
                return EXIT_BAD_INPUT
        if sys.stdin is None:  # started with standard input closed (<&-): input has ended
            sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
        if args.plain or not sys.stdout.isatty() or not sys.stdin.isatty():
            if args.room:
                from pulih.core.strings import t

                print(f"pulih: {t('room.needs_terminal', lang)}", file=sys.stderr)
                return EXIT_BAD_INPUT
            from pulih.plain import run_plain

            if not args.plain:
                from pulih.core.strings import t

                print(t("plain.notice", lang), file=sys.stderr)
            return run_plain(lang, resources, save=not args.no_save and persona is None, only=only)
        from pulih.tui.app import run

        sys.stdout = real_stdout  # the TUI owns the terminal
        save = not args.no_save and persona is None and not args.room
        return run(
            lang=lang,
            resources=resources,
            save=save,
            theme=args.theme,
            demo=persona,
            resources_only=only,
            room=args.room,
        )
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
