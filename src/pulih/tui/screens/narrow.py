"""Narrowing suggestions by region, way of contact, cost and interests. Kept in memory only."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from pulih.core.directory.narrowing import COSTS, MODES, toggled
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.taxonomy import taxonomy
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.lists import JumpList
from pulih.tui.widgets import KeyBar


class NarrowScreen(Screen[Preferences | None]):
    """Tick options with Enter or space; "Apply" or b returns the preferences as chosen."""

    BINDINGS = [
        Binding("space", "tick", "Tick", show=False, id="pulih.narrow_toggle"),
        Binding("b", "cancel", "Back", id="pulih.narrow_back"),
    ]

    def __init__(
        self,
        lang: Lang,
        prefs: Preferences,
        interests: list[str],
        audiences: list[str] | None = None,
    ) -> None:
        """``audiences`` are those present in the directory (taxonomy.toml labels them)."""
        super().__init__()
        self.lang = lang
        self.prefs = prefs
        self.interests = interests
        self.audiences = audiences or []

    def compose(self) -> ComposeResult:
        with Vertical(id="narrow-body"):
            yield Static(t("narrow.title", self.lang), classes="title")
            yield Static(t("narrow.lead", self.lang), classes="muted")
            yield JumpList(*self._options(), id="narrow-list")
        # b applies what is ticked (leaving is not undoing), as the list's last item does
        hints = (("Enter", "key.toggle"), ("b", "narrow.key_done"), ("/", "key.jump"))
        yield KeyBar(hints, self.lang)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def _options(self) -> list[Option]:
        lang, prefs = self.lang, self.prefs
        region = prefs.region or t("narrow.region_none", lang)
        options = [Option(Text("▸ " + t("narrow.region", lang, region=region)), id="region")]

        def tick(group: str, value: str, label: str, chosen: tuple[str, ...]) -> Option:
            box = "[x]" if value in chosen else "[ ]"
            return Option(Text(f"  {box} {label}"), id=f"{group}:{value}")

        options.append(Option(Text(t("narrow.modes", lang), style="bold"), disabled=True))
        options += [tick("modes", m, t(f"mode.{m}", lang), prefs.modes) for m in MODES]
        options.append(Option(Text(t("narrow.cost", lang), style="bold"), disabled=True))
        options += [tick("cost", c, t(f"cost.{c}", lang), prefs.cost) for c in COSTS]
        if self.interests:
            options.append(Option(Text(t("narrow.interests", lang), style="bold"), disabled=True))
            said = taxonomy().interest_label
            options += [
                tick("interests", i, said(i, lang), prefs.interests) for i in self.interests
            ]
        if self.audiences:
            label = taxonomy().audience_label
            options.append(Option(Text(t("narrow.audience", lang), style="bold"), disabled=True))
            options += [tick("audience", a, label(a, lang), prefs.audience) for a in self.audiences]
        options.append(Option(Text("✓ " + t("narrow.apply", lang)), id="apply"))
        options.append(Option(Text("✗ " + t("narrow.clear", lang)), id="clear"))
        return options

    def _redraw(self) -> None:
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.set_options(self._options())
        options.highlighted = highlighted

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._act(event.option.id)

    def action_tick(self) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None:
            self._act(option.id)

    def _act(self, option_id: str | None) -> None:
        if option_id == "apply":
            self.dismiss(self.prefs)
        elif option_id == "clear":
            self.prefs = Preferences()
            self._redraw()
        elif option_id == "region":
            from pulih.tui.screens.place import PlaceScreen  # the regions' table: when asked

            self.app.push_screen(PlaceScreen(self.lang, self.prefs.region), self._region)
        elif option_id and ":" in option_id:
            group, value = option_id.split(":", 1)
            self.prefs = toggled(self.prefs, group, value)
            self._redraw()

    def _region(self, region: str | None) -> None:
        if region is not None:
            self.prefs = replace(self.prefs, region=region)
            self._redraw()

    def action_cancel(self) -> None:
        """Back keeps what the person chose: leaving is not undoing."""
        self.dismiss(self.prefs)
