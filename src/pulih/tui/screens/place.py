"""Where the person lives: a province, then (optionally) a kabupaten/kota. Kept in memory only.

Typing jumps in the list ("yo" -> DI Yogyakarta, "gu" -> Kabupaten Gunungkidul); letters go to
a small text box, so h and x are text here and F9/F10 give help now and quick exit.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from pulih.core.directory.regions import (
    Place,
    candidates_text,
    did_you_mean,
    find_place,
    jump_key,
    places_in,
    provinces,
    resolve_place,
    spellings,
)
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.lists import JumpList
from pulih.tui.widgets import KeyBar

_PREFIXES = ("kabupaten", "kota", "administrasi", "di", "dki")


def jump_to(places: list[Place], typed: str) -> int | None:
    """The index of the place that typing ``typed`` jumps to, or None.

    First a place whose name (without Kabupaten/Kota/DI/DKI) starts with it, then one with a
    word or an alias that starts with it, then one whose name contains it.
    """
    key = jump_key(typed)
    if not key:
        return None
    tiers: list[int | None] = [None, None, None]
    for index, place in enumerate(places):
        words = [jump_key(word) for word in place.name.split()]
        while len(words) > 1 and words[0] in _PREFIXES:
            words = words[1:]
        if "".join(words).startswith(key):
            return index
        tails = ["".join(words[i:]) for i in range(len(words))]
        others = [jump_key(s) for s in spellings(place)[1:]]
        if tiers[1] is None and any(s.startswith(key) for s in tails + others):
            tiers[1] = index
        if tiers[2] is None and key in jump_key(place.name):
            tiers[2] = index
    return tiers[1] if tiers[1] is not None else tiers[2]


class PlaceScreen(Screen[str | None]):
    """Returns the chosen place's name, "" for no place, or None when left with Esc."""

    DEFAULT_CSS = """
    #place-body { padding: 1 2; height: 1fr; max-width: 96; }
    #place-type { margin: 1 0 0 0; }
    #place-list { height: 1fr; border: none; }
    PlaceScreen.-short #place-body, PlaceScreen.-tiny #place-body { padding: 0 1; }
    PlaceScreen.-short #place-lead, PlaceScreen.-tiny #place-lead { display: none; }
    """

    BINDINGS = [
        Binding("escape", "back", "Back", id="pulih.place_back"),
        Binding("down", "move(1)", show=False, id="pulih.place_down"),
        Binding("up", "move(-1)", show=False, id="pulih.place_up"),
        Binding("pagedown", "move(10)", show=False, id="pulih.place_page_down"),
        Binding("pageup", "move(-10)", show=False, id="pulih.place_page_up"),
    ]

    def __init__(self, lang: Lang, current: str = "", saved: bool = False) -> None:
        """``saved``: ``current`` is the region kept with the last saved result, offered
        again (the list starts at it and the lead says so)."""
        super().__init__()
        self.lang = lang
        self.current = find_place(current) if current else None
        self.saved = saved and self.current is not None
        self.province: Place | None = None
        self.places: list[Place] = []
        self.asking = False
        """Showing the places a typed name may mean ("Bandung"): the person picks one."""

    def compose(self) -> ComposeResult:
        with Vertical(id="place-body"):
            yield Static(t("place.title", self.lang), classes="title", id="place-title")
            lead = t("place.lead", self.lang)
            if self.saved and self.current is not None:
                lead = t("place.saved", self.lang, place=self.current.label()) + " " + lead
            yield Static(lead, classes="muted", id="place-lead")
            yield Input(placeholder=t("place.type", self.lang), id="place-type")
            yield JumpList(id="place-list")
        hints = (
            ("Enter", "key.choose"),
            ("Esc", "key.back"),
            ("F9", "key.help_now"),
            ("F10", "key.quick_exit"),
            ("F1", "key.help"),
        )
        yield KeyBar(hints, self.lang, always=False)

    def on_mount(self) -> None:
        self._show(None)
        self.query_one(Input).focus()

    def _show(self, province: Place | None) -> None:
        """The province list (``None``) or the kabupaten/kota of ``province``."""
        lang = self.lang
        self.province = province
        self.asking = False
        options = self.query_one(OptionList)
        self.query_one(Input).value = ""
        if province is None:
            self.places = provinces()
            first = Option(Text(t("place.none", lang)), id="")
            title = t("place.title", lang)
        else:
            self.places = places_in(province)
            first = Option(Text(t("place.whole", lang, province=province.name)), id=province.code)
            title = t("place.in", lang, province=province.name)
        self.query_one("#place-title", Static).update(title)
        options.set_options([first, *(Option(Text(p.name), id=p.code) for p in self.places)])
        options.highlighted = self._start()

    def _start(self) -> int:
        """Where the list starts: the place chosen before, else the first option."""
        current = self.current
        if current is None:
            return 0
        if self.province is None:
            codes = [p.code for p in self.places]
            return codes.index(current.province_code) + 1
        if current.province_code == self.province.code and not current.is_province:
            return [p.code for p in self.places].index(current.code) + 1
        return 0

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        found = jump_to(self.places, event.value)
        options = self.query_one(OptionList)
        if found is not None:
            options.highlighted = found + 1
        elif event.value.strip():
            options.highlighted = None  # nothing in this list: never keep an earlier guess

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """A whole name typed counts before where typing jumped: a kabupaten/kota typed on the
        province list ("Denpasar") is taken, a name several places share ("Bandung", "Sumba")
        lists them to choose from (typing "sumba" had jumped to Sumatera Barat, by its short
        form Sumbar); only a name that is no place takes the place typing jumped to."""
        options = self.query_one(OptionList)
        typed = event.value.strip()
        if typed and not self.asking:
            within = f"{typed}, {self.province.name}" if self.province is not None else typed
            found = resolve_place(within)
            if found.place is not None:
                if found.place.is_province and self.province is None:
                    self._show(found.place)  # its kabupaten/kota next, as when chosen
                    self.query_one(Input).focus()
                else:
                    self.dismiss(found.place.name)
                return
            if found.ambiguous:
                self._ask(typed, found.candidates)
                return
            if options.highlighted is None:  # no place, and typing found none in the list
                close = [p for p in (find_place(n) for n in did_you_mean(typed)) if p]
                if close:
                    self._ask(typed, tuple(close), unknown=True)
                else:
                    title = t("place.unknown", self.lang, text=typed)
                    self.query_one("#place-title", Static).update(title)
                    self.query_one(Input).value = ""  # "type another name": a fresh field
                return
        if options.highlighted is not None:
            self._choose(options.highlighted)

    def _ask(self, typed: str, candidates: tuple[Place, ...], unknown: bool = False) -> None:
        """The places ``typed`` may mean (or, when it is no place, the names close to it), to
        choose one (never a guess)."""
        lang = self.lang
        self.asking = True
        self.places = list(candidates)
        places = candidates_text(candidates, t("place.or", lang))
        if unknown:
            title = t("place.unknown_close", lang, text=typed)
        else:
            title = t("place.ambiguous", lang, text=typed, places=places)
        self.query_one("#place-title", Static).update(title)
        options = self.query_one(OptionList)
        back = Option(Text(t("key.back", lang)), id="back")
        options.set_options([back, *(Option(Text(p.label()), id=p.code) for p in candidates)])
        options.highlighted = 1
        self.query_one(Input).value = ""

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int) -> None:
        if self.asking:
            if index == 0:
                self._show(self.province)
            else:
                self.dismiss(self.places[index - 1].name)
            return
        if self.province is None:
            if index == 0:
                self.dismiss("")
            else:
                self._show(self.places[index - 1])
                self.query_one(Input).focus()
        elif index == 0:
            self.dismiss(self.province.name)
        else:
            self.dismiss(self.places[index - 1].name)

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        last = options.option_count - 1
        options.highlighted = min(max((options.highlighted or 0) + step, 0), last)

    def action_back(self) -> None:
        if self.asking:
            self._show(self.province)
            return
        if self.province is None:
            self.dismiss(None)
            return
        province = self.province
        self._show(None)
        self.query_one(OptionList).highlighted = self.places.index(province) + 1
