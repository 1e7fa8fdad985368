"""What the person is told before anything is saved: where, who else can open it, what is kept.

One text for the TUI's save question, ``--plain`` and anywhere else consent is asked, so every
front end tells the same truth (a shared account shares the file too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t, t_count


def kept_items(
    lang: Lang,
    what: Literal["result", "plan"] = "result",
    *,
    map_people: int = 0,
    steps: int = 0,
    region: str = "",
    theme: bool = True,
) -> list[str]:
    """Everything a save keeps, in the person's words: the region when one was chosen (it
    is kept with the result), the theme only where it is kept (the TUI, not line mode)."""
    if what == "plan":
        return [t("consent.plan", lang)]
    items = [t("consent.answers", lang)]
    if region:
        items.append(t("consent.region", lang, region=region))
    if map_people:
        items.append(t_count("consent.map", lang, map_people))
    if steps:
        items.append(t("consent.steps", lang))
    if theme:
        items.append(t("consent.theme", lang))
    return items


def listing(items: list[str], lang: Lang) -> str:
    """``a, b and c`` (``a, b, dan c``)."""
    if len(items) < 2:
        return "".join(items)
    comma = "," if lang == "id" and len(items) > 2 else ""
    return f"{', '.join(items[:-1])}{comma} {t('consent.and', lang)} {items[-1]}"


def consent_text(
    lang: Lang,
    folder: Path | str,
    what: Literal["result", "plan"] = "result",
    *,
    map_people: int = 0,
    steps: int = 0,
    region: str = "",
    line_mode: bool = False,
) -> str:
    """The lines shown with every question that asks to save (``line_mode``: no keys named
    and no theme, for ``--plain``)."""
    items = kept_items(
        lang, what, map_people=map_people, steps=steps, region=region, theme=not line_mode
    )
    return "\n".join(
        [
            t("consent.kept", lang, items=listing(items, lang)),
            t("consent.where_line" if line_mode else "consent.where", lang, path=folder),
            t("consent.shared", lang),
        ]
    )
