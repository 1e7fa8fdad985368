"""The command palette in the person's language: Textual's palette with pulih's words.

The commands themselves come from ``PulihApp.get_system_commands``; this only translates what
the palette says by itself (the search prompt and "no matches")."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t


class PulihPalette(CommandPalette):
    def __init__(self, lang: Lang) -> None:
        super().__init__(id="--command-palette", placeholder=t("palette.placeholder", lang))
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Textual's countdown to "no matches", with the words in the person's language."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t("palette.no_matches", self.lang), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
