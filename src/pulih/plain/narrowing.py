"""``--plain``: narrowing the suggestions as the TUI's narrow screen does (region, how, cost,
interests, for whom), with numbers; the same core ticks them (core.directory.narrowing)."""

from __future__ import annotations

from dataclasses import replace

from pulih.core.directory.narrowing import Choice, choices, ticked, toggled
from pulih.core.directory.preferences import Preferences
from pulih.core.text.strings import t
from pulih.plain.io import PlainIO, as_number
from pulih.plain.place import ask_place


def ask_narrowing(session: PlainIO, prefs: Preferences) -> Preferences:
    """Tick or untick by number (1 is the region, 0 clears all); Enter alone applies."""
    lang = session.lang
    directory = session.content.directory
    groups = choices(lang, list(directory.interest_names), list(directory.audience_names))
    numbered: list[Choice] = [c for _, group in groups for c in group]
    session.say("", t("narrow.title", lang).upper(), t("plain.narrow_how", lang))
    while True:
        _show(session, prefs, groups)
        answer = session.ask(t("plain.narrow_ask", lang))
        if not answer:
            return prefs
        words = answer.replace(",", " ").split()
        top = len(numbered) + 1
        picked = [as_number(w) for w in words]
        if not all(n is not None and 0 <= n <= top for n in picked):
            session.say(t("plain.invalid", lang, choices=f"0–{top}"))
            continue
        for chosen in (n for n in picked if n is not None):
            if chosen == 0:
                prefs = Preferences()
            elif chosen == 1:
                prefs = _region(session, prefs)
            else:
                choice = numbered[chosen - 2]
                prefs = toggled(prefs, choice.group, choice.value)


def _show(session: PlainIO, prefs: Preferences, groups: list[tuple[str, list[Choice]]]) -> None:
    lang = session.lang
    region = prefs.region or t("narrow.region_none", lang)
    session.say("", f"  1. {t('narrow.region', lang, region=region)}")
    shown = 1
    for heading, group in groups:
        session.say(heading)
        for choice in group:
            shown += 1
            box = "[x]" if ticked(prefs, choice.group, choice.value) else "[ ]"
            session.say(f"  {shown}. {box} {choice.label}")
    session.say(f"  0. {t('narrow.clear', lang)}")


def _region(session: PlainIO, prefs: Preferences) -> Preferences:
    """The place question again; Enter there keeps the region as it was."""
    place = ask_place(session)
    return prefs if place is None else replace(prefs, region=place.name)
