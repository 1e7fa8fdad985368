"""The command line (design.md §3). Textual is imported only when the TUI starts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pulih import __version__
from pulih.core.i18n import LANGS, Lang, detect_language

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pulih",
        description="Refleksi dukungan sosial yang privat · a private reflection on your support.",
    )
    parser.add_argument("--version", action="version", version=f"pulih {__version__}")
    parser.add_argument("--lang", choices=LANGS, help="bahasa / language (default: from LANG)")
    parser.add_argument(
        "--resources", type=Path, metavar="PATH", help="use another resource directory"
    )
    parser.add_argument(
        "--no-save", action="store_true", help="never write anything, not even a cache"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    reflect = commands.add_parser("reflect", help="score a filled-in answers file without the TUI")
    reflect.add_argument("--answers", type=Path, required=True, metavar="FILE")
    reflect.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    reflect.add_argument("--lang", choices=LANGS, dest="reflect_lang", help="bahasa / language")
    reflect.add_argument("--resources", type=Path, metavar="PATH", dest="reflect_resources")
    check = commands.add_parser("check", help="validate questionnaire and resource files")
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run pulih; returns the exit status (0 ok, 2 bad input)."""
    args = _parser().parse_args(argv)
    lang: Lang = args.lang or getattr(args, "reflect_lang", None) or detect_language(os.environ)
    resources: Path | None = getattr(args, "reflect_resources", None) or args.resources
    try:
        if args.command == "check":
            from pulih.commands import check

            return check(args.paths, date.today())
        if args.command == "reflect":
            from pulih.commands import reflect

            return reflect(
                args.answers, args.format, lang, resources, date.today(), not args.no_save
            )
        from pulih.tui.app import run

        return run(lang=lang, resources=resources, save=not args.no_save)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
