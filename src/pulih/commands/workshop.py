"""``pulih worksheet``: the printable handout and the facilitator's guide."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pulih.commands.common import EXIT_BAD_INPUT, emit, report_problems
from pulih.core.content import load_content
from pulih.core.directory.regions import region_problem, resolve_place
from pulih.core.directory.resources import crisis_routes
from pulih.core.questionnaire.problems import DataError
from pulih.core.text.i18n import Lang
from pulih.core.workshop import worksheet as sheet
from pulih.core.workshop.learn import GUIDE_FILE, load_pages


def worksheet(
    fmt: str | None,
    output: Path | None,
    lang: Lang,
    resources: Sequence[Path],
    region: str | None,
    guide: bool,
    today: date,
    only: bool = False,
) -> int:
    """The printable workshop handout (html by default), or the facilitator's guide (text by
    default); to stdout, or to ``output`` as a private (0600) file. Reads and writes nothing
    of the person's: no store, no cache."""
    place = None
    if region is not None and region.strip():
        place = resolve_place(region).place
        if place is None:  # unknown, or several places: named, never guessed
            print(f"pulih: --region: {region_problem(region, lang)}", file=sys.stderr)
            return EXIT_BAD_INPUT
    try:
        content = load_content(today, resources, None, only=only)
    except DataError as error:
        report_problems(error.problems)
        return EXIT_BAD_INPUT
    if guide:
        pages = load_pages(GUIDE_FILE)
        routes = crisis_routes(content.directory.crisis, today, lang, place.name if place else None)
        render = {"html": sheet.guide_html, "markdown": sheet.guide_markdown}.get(
            fmt or "text", sheet.guide_text
        )
        return emit(render(pages, routes, lang), output, lang, record=False, said="guide.written")
    built = sheet.build_worksheet(content.reflection, content.directory, today, lang, place)
    markdown = fmt in ("markdown", "text")
    text = sheet.worksheet_markdown(built) if markdown else sheet.worksheet_html(built)
    return emit(text, output, lang, record=False, said="sheet.written")
