"""``--plain``: the place question, as numbered provinces or a typed name (issue 13)."""

from __future__ import annotations

from pulih.core.directory.regions import Place, did_you_mean, find_place, places_in, provinces
from pulih.core.text.strings import t
from pulih.plain_io import PlainIO, as_number


def ask_place(session: PlainIO) -> Place | None:
    """Any place by name, or a province by number (``?`` lists the 38 provinces: a review
    found the list, printed every time, pushed the question off a small screen); then, for a
    province, its kabupaten/kota.

    Enter alone skips (None). An unknown name is said plainly with a did-you-mean, and asked
    again.
    """
    lang = session.lang
    session.say("", t("place.title", lang), t("place.lead", lang))
    choices = provinces()
    while True:
        answer = session.ask(t("plain.place_ask", lang))
        if not answer:
            return None
        if answer.strip() in ("?", "daftar", "list"):
            for number, province in enumerate(choices, 1):
                session.say(f"  {number}. {province.name}")
            continue
        picked = as_number(answer)
        if picked is not None and 1 <= picked <= len(choices):
            place: Place | None = choices[picked - 1]
        else:
            place = find_place(answer)
        if place is None:
            _unknown(session, answer)
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
        found = find_place(answer)
        if found is not None and found.province_code == province.code:
            return found
        _unknown(session, answer)


def _unknown(session: PlainIO, answer: str) -> None:
    from pulih.core.text.printable import printable

    names = did_you_mean(answer)
    hint = t("plain.place_hint", session.lang, names=", ".join(names)) if names else ""
    text = printable(answer if len(answer) <= 60 else answer[:60] + "…")
    session.say(t("plain.place_unknown", session.lang, text=text, hint=hint))
