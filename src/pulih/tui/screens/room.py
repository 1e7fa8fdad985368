"""Room view: the facilitator types the room's counts; the projector shows four bars.

Only counts for the whole room are typed, nothing is saved or written, and a room smaller than
the minimum shows no bars at all (pulih.core.workshop.room)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.questionnaire.problems import DataError
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.core.workshop.room import (
    MAX_PEOPLE,
    RoomSettings,
    RoomTally,
    TypeTally,
    help_kinds,
    load_room_settings,
    question,
    room_bar,
    tally,
    thinnest,
)
from pulih.tui.widgets import KeyBar

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from pulih.core.content import Content

BAR_WIDTH = 16
DIGITS = len(str(MAX_PEOPLE))


class CountField(Static, can_focus=True):
    """A number typed with digits; Backspace deletes one, Delete clears it."""

    DEFAULT_CSS = """
    CountField { width: 7; height: 1; }
    """
    BINDINGS = [
        Binding("down", "app.focus_next", "Next", show=False, id="pulih.room_next"),
        Binding("enter", "app.focus_next", "Next", show=False, id="pulih.room_next_enter"),
        Binding("up", "app.focus_previous", "Previous", show=False, id="pulih.room_previous"),
    ]

    class Changed(Message):
        def __init__(self, field: CountField) -> None:
            super().__init__()
            self.field = field

    def __init__(self, name: str, *, id: str) -> None:
        super().__init__(id=id)
        self.field_name = name
        self.digits = ""
        self.limit: int | None = None
        """A count may not exceed the room; the typed digit is refused (``Refused``)."""
        self.masked = False
        """In a room under the minimum a count is neither shown nor typed."""
        self.hidden_away = False
        """A count that could point at people shows its digits only while being typed."""

    class Refused(Message):
        def __init__(self, limit: int) -> None:
            super().__init__()
            self.limit = limit

    @property
    def value(self) -> int | None:
        return int(self.digits) if self.digits else None

    def render(self) -> Text:
        if self.masked:
            shown = " " * DIGITS
        elif self.hidden_away and not self.has_focus and self.digits:
            shown = "•" * DIGITS
        else:
            shown = self.digits.rjust(DIGITS) if self.digits else "·" * DIGITS
        return Text(f"[ {shown} ]", style="reverse bold" if self.has_focus else "bold")

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character in "0123456789":
            event.stop()
            event.prevent_default()
            typed = (self.digits + event.character).lstrip("0") or "0"
            if len(typed) > DIGITS:
                return
            if self.masked:
                self.app.bell()
                return
            if self.limit is not None and int(typed) > self.limit:
                self.app.bell()
                self.post_message(self.Refused(self.limit))
                return
            self._set(typed)
        elif event.key == "backspace" and not self.masked:
            event.stop()
            self._set(self.digits[:-1])
        elif event.key == "delete" and not self.masked:
            event.stop()
            self._set("")

    def _set(self, digits: str) -> None:
        self.digits = digits
        self.refresh()
        self.post_message(self.Changed(self))


class RoomScreen(Screen[None]):
    """People in the room, then how many feel each type is thin: bars, words, and a question
    for the type the room finds thinnest."""

    BINDINGS = [
        Binding("b", "back", "Back", id="pulih.room_back"),
        Binding("escape", "back", "Back", show=False, id="pulih.room_back_escape"),
    ]

    def __init__(
        self,
        lang: Lang,
        read_content: Callable[[], Awaitable[Content | None]],
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        """``read_content`` gives the loaded content (the App's, waiting for it); ``quit_app``
        is given when started with ``pulih --room``: back asks to quit (nothing is under it)."""
        super().__init__()
        self.lang = lang
        self.read_content = read_content
        self.quit_app = quit_app
        self.settings: RoomSettings | None = None
        self.kinds: dict[str, list[str]] = {}
        self.status = ""

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="room-body"):
            yield Static(t("room.title", lang), id="room-title", classes="title")
            yield Static(t("room.lead", lang), id="room-lead", classes="muted")
            with Horizontal(classes="room-row"):
                yield Static(t("room.people", lang), classes="room-label")
                yield CountField("people", id="room-people")
            for type_id in SUPPORT_TYPES:
                label = t("room.thin_for", lang, type=t(f"type.{type_id}", lang))
                with Horizontal(classes="room-row"):
                    yield Static(label, classes="room-label")
                    yield CountField(type_id, id=f"room-{type_id}")
                yield Static(id=f"room-bar-{type_id}", classes="room-bar")
            yield Static(id="room-status", classes="emphasis")
            yield Static(id="room-detail")
            yield Static(t("room.note", lang), id="room-note", classes="muted")
        yield KeyBar((("0–9", "room.type_count"), ("Tab", "room.move"), ("b", "key.back")), lang)

    def on_mount(self) -> None:
        try:
            self.settings = load_room_settings()
        except DataError as error:
            self.status = str(error.problems[0])
        self.query_one("#room-people", CountField).focus()
        self.run_worker(self._load_kinds(), exclusive=True, group="room")
        self._show()

    async def _load_kinds(self) -> None:
        """The kinds of help in the directory for each type (shown once the directory loads)."""
        content = await self.read_content()
        if content is not None:
            rows = ((row[1], row[2]) for row in content.directory.rows)
            self.kinds = help_kinds(rows)
            self._show()

    def _counts(self) -> tuple[int | None, dict[str, int | None]]:
        people = self.query_one("#room-people", CountField).value
        thin = {tid: self.query_one(f"#room-{tid}", CountField).value for tid in SUPPORT_TYPES}
        return people, thin

    def on_count_field_changed(self, message: CountField.Changed) -> None:
        self.status = ""
        people, _ = self._counts()
        minimum = self.settings.min_people if self.settings else MAX_PEOPLE
        for type_id in SUPPORT_TYPES:
            field = self.query_one(f"#room-{type_id}", CountField)
            field.limit = people
            field.masked = people is not None and people < minimum
            field.refresh()
        self._show()

    def on_count_field_refused(self, message: CountField.Refused) -> None:
        self.status = t("room.refused", self.lang, n=message.limit)
        self._show()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._show()

    def _show(self) -> None:
        if self.settings is None:
            self.query_one("#room-status", Static).update(self.status)
            return
        people, thin = self._counts()
        view = tally(people, thin, self.settings)
        hidden = view.suppressed()
        for type_id in SUPPORT_TYPES:
            field = self.query_one(f"#room-{type_id}", CountField)
            if field.hidden_away != (type_id in hidden):
                field.hidden_away = type_id in hidden
                field.refresh()
        for line in view.types:
            bar = self.query_one(f"#room-bar-{line.type_id}", Static)
            bar.update(self._bar(view, line))
            bar.display = not (view.too_few and people is not None)
        status = self.status
        if view.too_few and people is not None:
            status = t("room.too_few", self.lang, n=self.settings.min_people)
        self.query_one("#room-status", Static).update(status)
        self.query_one("#room-status").display = bool(status)
        detail = self._detail(view)
        self.query_one("#room-detail", Static).update(detail)
        self.query_one("#room-detail").display = bool(detail.plain)

    def _bar(self, view: RoomTally, line: TypeTally) -> Text:
        text = Text("  ")
        if view.too_few:
            return Text("")
        if line.too_many:
            return Text(f"  {t('room.too_many', self.lang)}", style="bold")
        if line.coarse is not None and self.settings is not None:
            words = t(f"room.{line.coarse}", self.lang, n=self.settings.min_cell)
            return Text(f"  {words}", style="bold")
        if line.share is None or line.band is None or view.people is None:
            return Text(f"  {t('room.waiting', self.lang)}", style="dim")
        text.append(room_bar(line.share, BAR_WIDTH))
        text.append(f" {line.band.label(self.lang)}", style="bold")
        count = t("room.of", self.lang, thin=line.thin, people=view.people)
        text.append(f" · {count}")
        return text

    def _detail(self, view: RoomTally) -> Text:
        """The discussion question for the type the room finds thinnest (never the row in
        focus: the room's answer picks it), and the kinds of help that meet it."""
        if self.settings is None or view.too_few:
            return Text("")
        found = thinnest(view)
        if found is None:
            return Text(t("room.ask_waiting", self.lang), style="dim")
        type_id, lang = found.type_id, self.lang
        key = "room.ask_tied" if found.tied else "room.ask"
        text = Text()
        text.append(f"{t(key, lang, type=t(f'type.{type_id}', lang))}: ", "bold")
        text.append(question(self.settings, type_id, lang))
        kinds = self.kinds.get(type_id)
        if kinds:
            text.append(f"\n{t('room.help', lang)}: ", "bold")
            text.append(", ".join(t(f"kind.{kind}", lang) for kind in kinds))
        return text

    def action_back(self) -> None:
        if self.quit_app is not None:
            self.quit_app()
        else:
            self.dismiss(None)
