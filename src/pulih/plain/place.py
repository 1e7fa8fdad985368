"""``--plain``: the place question, as numbered provinces or a typed name (issue 13)."""

from __future__ import annotations

from pulih.core.directory.regions import (
    Place,
    candidates_text,
    did_you_mean,
    places_in,
    provinces,
    resolve_place,
)
from pulih.core.text.printable import printable
from pulih.core.text.strings import t
from pulih.plain.io import PlainIO, as_number


def ask_place(session: PlainIO, saved: str = "") -> Place | None:
    """Any place by name, or a province by number (``?`` lists the 38 provinces: a review
    found the list, printed every time, pushed the question off a small screen); then, for a
    province, its kabupaten/kota.

    Enter alone skips (None). An unknown name is said plainly with a did-you-mean, and asked
    again. ``saved``: the region kept with the last saved result, offered again as 0.
    """
    lang = session.lang
    session.say("", t("place.title", lang), t("place.lead", lang))
    last = resolve_place(saved).place if saved else None
    if last is not None:
        session.say(t("plain.place_saved", lang, place=last.label()))
    choices = provinces()
    while True:
        answer = session.ask(t("plain.place_ask", lang))
        if not answer:
            return None
        if last is not None and answer.strip() == "0":
            return last
        if answer.strip() in ("?", "daftar", "list"):
            for number, province in enumerate(choices, 1):
                session.say(f"  {number}. {province.name}")
            continue
        picked = as_number(answer)
        if picked is not None and 1 <= picked <= len(choices):
            place: Place | None = choices[picked - 1]
        else:
            place = _named(session, answer)
        if place is None:
            continue
        if not place.is_province:
            return place
        within = _within(session, place)
        if within is not None:
            return within


def _within(session: PlainIO, province: Place) -> Place | None:
    """A kabupaten/kota of ``province``; Enter keeps the province; b goes back (None)."""
    lang = session.lang
    places = places_in(province)
    session.say("")
    for number, place in enumerate(places, 1):
        session.say(f"  {number}. {place.name}")
    while True:
        answer = session.ask(t("plain.place_in", lang, province=province.name))
        if not answer:
            return province
        if answer in ("b", "kembali", "back"):
            return None
        picked = as_number(answer)
        if picked is not None and 1 <= picked <= len(places):
            return places[picked - 1]
        found = _named(session, f"{answer}, {province.name}", shown=answer)
        if found is not None:
            return found


def _named(session: PlainIO, answer: str, shown: str | None = None) -> Place | None:
    """The place a typed name means; when it may mean several ("Bandung", "Sumba"), they are
    listed and the person picks one by number (pulih never guesses); None when unknown (said)
    or when the person goes back."""
    found = resolve_place(answer)
    if found.place is not None:
        return found.place
    if not found.ambiguous:
        _unknown(session, shown or answer)
        return None
    lang = session.lang
    places = candidates_text(found.candidates, t("place.or", lang))
    session.say(t("place.ambiguous", lang, text=shown or answer, places=places))
    for number, place in enumerate(found.candidates, 1):
        session.say(f"  {number}. {place.label()}")
    while True:
        reply = session.ask(t("plain.place_which", lang))
        if not reply:
            return None
        picked = as_number(reply)
        if picked is not None and 1 <= picked <= len(found.candidates):
            return found.candidates[picked - 1]
        session.say(t("plain.invalid", lang, choices=f"1–{len(found.candidates)}"))


def _unknown(session: PlainIO, answer: str) -> None:
    names = did_you_mean(answer)
    hint = t("plain.place_hint", session.lang, names=", ".join(names)) if names else ""
    text = printable(answer if len(answer) <= 60 else answer[:60] + "…")
    session.say(t("plain.place_unknown", session.lang, text=text, hint=hint))
