"""The offer of the optional wellbeing check."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.widgets import KeyBar

OfferChoice = Literal["take", "skip", "back", "place"]


class OfferScreen(Screen[OfferChoice]):
    """Take the check (Enter), skip it (s), go back to the last statement (b), or say where one
    lives first (p), so the live safety panels show a regional crisis line."""

    BINDINGS = [
        Binding("enter", "choose('take')", "Take", id="pulih.take_check"),
        Binding("s", "choose('skip')", "Skip", id="pulih.skip_check"),
        Binding("0", "choose('skip')", "Skip", show=False, id="pulih.skip_check_0"),
        Binding("b", "choose('back')", "Back", id="pulih.back"),
        Binding("left", "choose('back')", "Back", show=False, id="pulih.back_arrow"),
        Binding("escape", "choose('back')", "Back", show=False, id="pulih.back_escape"),
        Binding("p", "choose('place')", "Region", id="pulih.offer_place"),
    ]

    def __init__(self, lang: Lang, count: int = 9, place: str = "", saved: str = "") -> None:
        """``count``: how many questions everyone is asked (the check's file decides);
        ``saved``: the region kept with the last saved result, offered again (p)."""
        super().__init__()
        self.lang = lang
        self.count = count
        self.place = place
        """The region chosen so far, as shown ("Kabupaten Gunungkidul, DI Yogyakarta")."""
        self.saved = saved

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="offer-body"):
            yield Static(t("offer.title", lang), classes="title")
            yield Static(t("offer.body", lang, n=self.count))
            yield Static(t("offer.take", lang), classes="call-to-action")
            yield Static(t("offer.skip", lang), classes="call-to-action")
            if self.place:
                yield Static(
                    t("offer.place_chosen", lang, place=self.place),
                    id="offer-place",
                    classes="call-to-action",
                )
            elif self.saved:
                yield Static(
                    t("offer.place_saved", lang, place=self.saved),
                    id="offer-place",
                    classes="call-to-action",
                )
            else:
                yield Static(t("offer.place", lang), id="offer-place", classes="call-to-action")
        hints = (
            ("Enter", "key.continue"),
            ("s", "key.skip"),
            ("p", "key.place"),
            ("b", "key.back"),
        )
        yield KeyBar(hints, lang)

    def action_choose(self, choice: OfferChoice) -> None:
        self.dismiss(choice)
