"""The command line (design.md §3). Textual is imported only when the TUI starts."""

from __future__ import annotations

import argparse
import os
import re
import sys
import textwrap
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from pulih import __version__
from pulih.commands import entry
from pulih.core.text.i18n import LANGS, Lang, detect_language
from pulih.core.text.strings import t
from pulih.output import GuardedOutput, OutputFailed, readable_output, say_error, silence_stdout
from pulih.signals import exit_status, stop_calmly, stopped_line

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


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the epilog's lines; says "usage:" in the person's language."""

    usage_prefix = "usage: "

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
        super().add_usage(usage, actions, groups, self.usage_prefix if prefix is None else prefix)


ARGPARSE_ERRORS = (
    (
        r"argument (?P<arg>.+?): invalid choice: (?P<value>'.*?') \(choose from (?P<choices>.*)\)",
        "cli.error.choice",
    ),
    (r"the following arguments are required: (?P<args>.*)", "cli.error.required"),
    (r"unrecognized arguments: (?P<args>.*)", "cli.error.unknown"),
    (r"argument (?P<arg>.+?): expected one argument", "cli.error.one_value"),
    (r"argument (?P<arg>.+?): invalid \w+ value: (?P<value>'.*')", "cli.error.value"),
    (r"argument (?P<arg>.+?): not allowed with argument (?P<other>.*)", "cli.error.not_with"),
)
"""argparse's own messages (English, from the standard library) in the person's language;
anything else it says passes through as it is."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are said in the person's language (subcommands too)."""

    lang: Lang = "en"

    def error(self, message: str) -> NoReturn:
        for pattern, key in ARGPARSE_ERRORS:
            found = re.fullmatch(pattern, message)
            if found:
                message = t(key, self.lang, **found.groupdict())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {t('cli.error', self.lang)}: {message}\n")


def _parser_class(lang: Lang) -> type[_Parser]:
    return type("Parser", (_Parser,), {"lang": lang})


def _formatter(lang: Lang) -> type[_Formatter]:
    return type("Formatter", (_Formatter,), {"usage_prefix": t("cli.usage_prefix", lang)})


def _titled(parser: argparse.ArgumentParser, lang: Lang) -> argparse.ArgumentParser:
    """Section titles and -h in the person's language."""
    parser._optionals.title = t("cli.options", lang)
    parser._positionals.title = t("cli.arguments", lang)
    parser.add_argument("-h", "--help", action="help", help=t("cli.help", lang))
    return parser


def _common(suppress: bool, lang: Lang = "id") -> argparse.ArgumentParser:
    """Options that work before or after a command (``pulih --lang en history`` or
    ``pulih history --lang en``). Under a command they do not override what came before."""
    common = argparse.ArgumentParser(add_help=False)
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    common.add_argument("--lang", choices=LANGS, help=t("cli.lang", lang), **default)
    common.add_argument(
        "--resources",
        type=_path,
        action="append",
        metavar="PATH",
        help=t("cli.resources", lang),
        **default,
    )
    common.add_argument(
        "--resources-only", action="store_true", help=t("cli.resources_only", lang), **default
    )
    common.add_argument("--no-save", action="store_true", help=t("cli.no_save", lang), **default)
    return common


def _parser(lang: Lang = "id") -> argparse.ArgumentParser:
    """The parser, its help in ``lang``."""
    formatter = _formatter(lang)
    parser = _titled(
        _parser_class(lang)(
            prog="pulih",
            usage=t("cli.usage", lang),
            description=textwrap.fill(t("cli.description", lang), 78),
            epilog=t("cli.epilog", lang).format(sep=os.pathsep),
            parents=[_common(suppress=False, lang=lang)],
            formatter_class=formatter,
            add_help=False,
        ),
        lang,
    )
    parser.add_argument(
        "--version", action="version", version=f"pulih {__version__}", help=t("cli.version", lang)
    )
    parser.add_argument("--where", action="store_true", help=t("cli.where", lang))
    parser.add_argument("--plain", action="store_true", help=t("cli.plain", lang))
    parser.add_argument(
        "--demo", nargs="?", const="sari", metavar="PERSONA", help=t("cli.demo", lang)
    )
    parser.add_argument("--room", action="store_true", help=t("cli.room", lang))
    parser.add_argument(
        "--theme",
        choices=("pulih-dark", "pulih-light", "pulih-high-contrast"),
        help=t("cli.theme", lang),
    )
    parser.set_defaults(run=entry.interactive)  # no command: the TUI or the line mode
    commands = parser.add_subparsers(
        dest="command",
        metavar=t("cli.command", lang),
        title=t("cli.commands", lang),
        prog="pulih",
    )
    common = [_common(suppress=True, lang=lang)]

    def command(name: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            parents=common,
            help=t(f"cli.cmd.{name}", lang),
            description=t(f"cli.cmd.{name}", lang),
            formatter_class=formatter,
            add_help=False,
        )
        sub.set_defaults(run=getattr(entry, name))  # what argparse hands the command to
        return _titled(sub, lang)

    def formats(sub: argparse.ArgumentParser, choices: tuple[str, ...]) -> None:
        sub.add_argument(
            "--format",
            choices=choices,
            default=choices[0],
            help=t("cli.format", lang, default=choices[0]),
        )

    def output(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("-o", "--output", type=_output, metavar="FILE", help=t("cli.output", lang))

    reflect = command("reflect")
    reflect.add_argument(
        "--answers", type=_path, required=True, metavar="FILE", help=t("cli.answers", lang)
    )
    formats(reflect, ("text", "json", "markdown"))
    reflect.add_argument("--save", action="store_true", help=t("cli.save", lang))
    check = command("check")
    check.add_argument(
        "paths", nargs="*", type=_path, metavar="PATH", help=t("cli.check_paths", lang)
    )
    check.add_argument("--coverage", action="store_true", help=t("cli.check_coverage", lang))
    formats(command("history"), ("text", "json"))
    export = command("export")
    formats(export, ("markdown", "html"))
    output(export)
    export.add_argument("--id", type=int, dest="result_id", metavar="N", help=t("cli.id", lang))
    export.add_argument("--with-map", action="store_true", help=t("cli.with_map", lang))
    export.add_argument("--with-steps", action="store_true", help=t("cli.with_steps", lang))
    export.add_argument(
        "--for-clinician",
        action="store_true",
        dest="for_clinician",
        help=t("cli.for_clinician", lang),
    )
    plan = command("plan")
    formats(plan, ("text", "markdown", "html"))
    output(plan)
    plan.add_argument("--region", metavar="NAME", help=t("cli.plan_region", lang))
    command("forget").add_argument("--yes", action="store_true", help=t("cli.yes", lang))
    steps = command("steps")
    steps.add_argument("--id", type=int, dest="result_id", metavar="N", help=t("cli.id", lang))
    formats(steps, ("text", "json"))
    steps.add_argument("--ics", type=_path, metavar="FILE", help=t("cli.steps_ics", lang))
    steps.add_argument(
        "--check-in", type=_date, metavar="YYYY-MM-DD", help=t("cli.steps_check_in", lang)
    )
    steps.add_argument("--remind", choices=("on", "off"), help=t("cli.steps_remind", lang))
    actions = steps.add_subparsers(dest="steps_action", metavar="ACTION")

    def action(name: str, run: entry.Run, about: str, step_help: str) -> argparse.ArgumentParser:
        """``pulih steps mark|take``: a step (or suggestion) and, as under steps, ``--id N``."""
        sub = _titled(
            actions.add_parser(
                name,
                parents=common,
                help=t(about, lang),
                description=t(about, lang),
                formatter_class=formatter,
                add_help=False,
            ),
            lang,
        )
        sub.set_defaults(run=run)
        metavar = "STEP_ID" if name == "mark" else "ID"
        sub.add_argument("step", metavar=metavar, help=t(step_help, lang))
        sub.add_argument(
            "--id",
            type=int,
            dest="result_id",
            metavar="N",
            default=argparse.SUPPRESS,
            help=t("cli.id", lang),
        )
        return sub

    mark = action("mark", entry.steps_mark, "cli.steps_mark", "cli.steps_step")
    mark.add_argument(
        "outcome",
        metavar="OUTCOME",  # the words are checked by core.store.steps.parse_outcome (id and en)
        help=t("cli.steps_outcome", lang),
    )
    mark.add_argument("--note", help=t("cli.steps_note", lang))
    action("take", entry.steps_take, "cli.steps_take", "cli.steps_take_id")
    sheet = command("worksheet")
    sheet.add_argument(
        "--format", choices=("html", "markdown", "text"), help=t("cli.sheet_format", lang)
    )
    sheet.add_argument(
        "-o", "--output", type=_output, metavar="FILE", help=t("cli.sheet_output", lang)
    )
    sheet.add_argument("--region", metavar="NAME", help=t("cli.sheet_region", lang))
    sheet.add_argument("--guide", action="store_true", help=t("cli.guide", lang))
    command("completion").add_argument(
        "shell", choices=("bash", "zsh", "fish"), help=t("cli.completion_shell", lang)
    )
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _help_language(argv: Sequence[str], environ: Mapping[str, str]) -> Lang:
    """The language of the help and of parse errors: ``--lang`` if given, else the locale."""
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGS:
            return value
    return detect_language(environ)


def partner_files(given: list[Path] | None, environ: Mapping[str, str]) -> list[Path]:
    """Partner directory files: those in ``PULIH_RESOURCES`` (os.pathsep-separated), then those
    given with ``--resources``, in order."""
    from_env = [Path(p) for p in environ.get("PULIH_RESOURCES", "").split(os.pathsep) if p]
    return [*from_env, *(given or [])]


def main(argv: Sequence[str] | None = None) -> int:
    """Run pulih; returns the exit status: 0 ok, 1 output failed, 2 bad input, 70 a crash
    (one calm line, never a traceback), 130 interrupted."""
    readable_output(sys.stdout, sys.stderr)
    stop_calmly()  # SIGTERM, SIGHUP: as Ctrl+C, one calm line (the TUI takes them itself)
    given = list(sys.argv[1:] if argv is None else argv)
    args = _parser(_help_language(given, os.environ)).parse_args(given)
    lang: Lang = args.lang or detect_language(os.environ)
    if sys.stdout is None:  # started with standard output closed (>&-)
        say_error(t("output.failed", lang, reason="closed"))
        return 1
    real_stdout = sys.stdout
    sys.stdout = GuardedOutput(real_stdout)
    try:
        status = _run(args, lang, real_stdout)
        sys.stdout.flush()
        return status
    except KeyboardInterrupt as error:  # Ctrl+C, SIGTERM, SIGHUP: what was writing rolled back
        say_error(stopped_line(lang))
        return exit_status(error)
    except OutputFailed as error:
        silence_stdout()
        if not error.reader_left:
            say_error(t("output.failed", lang, reason=error.reason))
        return 1
    except OSError as error:  # the machine said no (a folder pulih cannot read, ...): exit 1
        from pulih.core.text.oserror import os_reason  # an OSError only: off the start-up path

        where = f"{error.filename}: " if error.filename else ""
        reason = os_reason(error, lang)
        say_error(t("output.io_failed", lang, reason=f"{where}{reason}"))
        return 1
    except Exception as error:  # the crash handler of the commands and --plain
        from pulih.core.store.crashlog import EXIT_CRASH, crash_line, log_folder  # a crash only

        saving = not args.no_save and not args.demo
        saved = False
        if "pulih.core.store.database" in sys.modules:  # only a process that opened the store saved
            from pulih.core.store.database import wrote_in_this_process  # loaded already, so free

            saved = wrote_in_this_process()
        folder = log_folder() if saving else None
        say_error(crash_line(error, lang, log_folder=folder, saved=saved))
        return EXIT_CRASH
    finally:
        sys.stdout = real_stdout


def _run(args: argparse.Namespace, lang: Lang, real_stdout: Any) -> int:
    """Hand the parsed command line to what runs it (``pulih.commands.entry``)."""
    resources = partner_files(args.resources, os.environ)
    if args.where:
        from pulih.commands.saved import where  # --where only: off the start-up path

        return where(lang)
    run = entry.Invocation(lang, resources, args.resources_only, real_stdout, _parser)
    status: int = args.run(args, run)
    return status


if __name__ == "__main__":
    sys.exit(main())
