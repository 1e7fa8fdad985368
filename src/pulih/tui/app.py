"""The pulih app: owns the flow; screens are views over pulih.core.

The App composes: what it does with the person's data, the map and the plan, and their steps
is in small collaborators it holds (``store_work``, ``data``, ``map_plan``, ``steps``), each
seeing the App only through :class:`pulih.tui.host.Host`. The App keeps the ``action_*``
methods Textual's bindings name ("app.save", "app.my_steps", ...) as one-line delegations.

Imported at the top: only what the first frame needs. A function-level import here is a
module the first frame does not need (a screen shown later, the store, the content and its
pydantic models): it is loaded when first used, and says so in a short comment.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import Worker, WorkerFailed

from pulih import START_TIME
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.signals import signals, stopped_line
from pulih.tui.screens.overlays import MIN_HEIGHT, MIN_WIDTH, BlankScreen, TooSmallScreen
from pulih.tui.screens.welcome import WelcomeScreen
from pulih.tui.themes import DEFAULT_THEME, THEMES
from pulih.tui.widgets import KeyBar

if TYPE_CHECKING:
    from pulih.core.content import Content
    from pulih.core.directory.matching import MatchIndex
    from pulih.core.directory.preferences import Preferences
    from pulih.core.directory.resources import CrisisRoute
    from pulih.core.mapplan.safetyplan import SafetyPlan
    from pulih.core.questionnaire.model import Item
    from pulih.core.questionnaire.scoring import Results
    from pulih.core.report.view import ResultView
    from pulih.core.store.followup import Remembered
    from pulih.core.workshop.demo import Persona
    from pulih.tui.data_actions import DataActions
    from pulih.tui.keeper import Note
    from pulih.tui.map_plan_actions import MapPlanActions
    from pulih.tui.steps_actions import StepsActions
    from pulih.tui.store_work import StoreWork

ContentLoader = Callable[[], "Content"]

CLEAR_TERMINAL = "\x1b[2J\x1b[3J\x1b[H"


class PulihApp(App[None]):
    """Welcome → reflection → (check) → results. Nothing is written to disk."""

    CSS_PATH = "pulih.tcss"
    TITLE = "pulih"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (17, "-short"), (22, "-tall")]
    BINDINGS = [
        Binding("h", "help_now", "Help now", priority=True, id="pulih.help_now"),
        Binding("x", "quick_exit", "Quick exit", priority=True, id="pulih.quick_exit"),
        # While typing (a nickname, the safety plan) letters are text: F9 and F10 still work.
        Binding("f9", "help_now_always", "Help now", priority=True, id="pulih.help_now_f9"),
        Binding("f10", "quick_exit_always", "Quick exit", priority=True, id="pulih.quick_exit_f10"),
        Binding("f1", "help", "Help", id="pulih.help"),
        Binding("q", "request_quit", "Quit", id="pulih.quit"),
        Binding("ctrl+q", "request_quit", "Quit", priority=True, id="pulih.quit_ctrl"),
        # Ctrl+C stops pulih, as in any terminal program: the screen goes, one calm line stays
        Binding("ctrl+c", "stop", "Stop", show=False, priority=True, id="pulih.stop"),
        Binding("z", "blank", "Blank screen", id="pulih.demo_blank"),
        Binding("w", "reset", "Start over", id="pulih.demo_reset"),
    ]

    def __init__(
        self,
        lang: Lang = "id",
        *,
        resources: Path | Sequence[Path] | None = None,
        resources_only: bool = False,
        today: date | None = None,
        load: ContentLoader | None = None,
        theme: str | None = None,
        save: bool = True,
        export_dir: Path | None = None,
        demo: Persona | None = None,
        room: bool = False,
    ) -> None:
        super().__init__()
        for candidate in THEMES:
            self.register_theme(candidate)
        self._first_theme(theme or DEFAULT_THEME)
        self._theme_chosen = theme is not None
        self.lang: Lang = lang
        self.today = today or date.today()
        self._resources = resources
        self._resources_only = resources_only
        self.demo = demo
        self.room = room
        # A demo and the room view never read or write anyone's data.
        self.save = save and demo is None and not room
        self.demo_banner = t("demo.banner", lang, name=demo.name) if demo else None
        self.demo_banner_short = t("demo.banner_short", lang, name=demo.name) if demo else None
        self._load = load
        self._content: Content | None = None
        self._loader: Worker[Content] | None = None
        self.quick_exited = False
        self.endorsed = False
        """A safety panel was shown this run: leaving early still ends with where help is."""
        self.stopped_by: int | None = None
        """The signal (or Ctrl+C, as SIGINT) that stopped pulih: run() says one calm line."""
        self.crashed: BaseException | None = None
        self.startup_seconds: float | None = None
        self.results: Results | None = None
        self.preferences: Preferences | None = None
        self._index: MatchIndex | None = None
        self.saved_id: int | None = None
        self.next_steps: tuple[str, ...] = ()
        # a demo persona may come with a map already drawn
        self.support_map = demo.support_map if demo is not None else SupportMap()
        self.map_base: SupportMap | None = None
        """The saved result's map as last saved here (None: as saved with the result)."""
        self.plan: SafetyPlan | None = None
        self.plan_base: SafetyPlan | None = None
        """The plan as it was read or last saved: a save changes only what changed since."""
        self.export_dir = export_dir
        self.unrecorded_notes: list[Note] = []
        """Notes of the current, unsaved result: recorded in the store if it is saved later."""
        self.remembered: Remembered | None = None
        """What an earlier save kept (read after the first frame, only if something was)."""

    def _first_theme(self, name: str) -> None:
        """Choose the theme before the stylesheet is first read.

        Assigning ``theme`` runs Textual's watcher, which parses the whole stylesheet a second
        time once the app runs (16 ms of a 110 ms start, measured with cProfile). Before the
        first parse there is nothing to redo: set the value, the classes and the stylesheet's
        variables as the watcher would.
        An unknown name takes the usual path, so it is refused as before.
        """
        if name not in self.available_themes:
            self.theme = name
            return
        self.set_reactive(App.theme, name)
        dark = self.current_theme.dark
        self.set_class(True, f"-theme-{name}", update=False)
        self.set_class(dark, "-dark-mode", update=False)
        self.set_class(not dark, "-light-mode", update=False)
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())

    # --- the collaborators, each made on first use (their modules load the store and the
    # screens they ask with: not before the first frame)

    @cached_property
    def store_work(self) -> StoreWork:
        from pulih.tui.store_work import StoreWork  # on first use: not before the first frame

        return StoreWork(self)

    @cached_property
    def data(self) -> DataActions:
        from pulih.tui.data_actions import DataActions  # on first use: not before the first frame

        return DataActions(self, self.store_work)

    @cached_property
    def map_plan(self) -> MapPlanActions:
        from pulih.tui.map_plan_actions import MapPlanActions  # on first use, as above

        return MapPlanActions(self, self.store_work)

    @cached_property
    def steps(self) -> StepsActions:
        from pulih.tui.steps_actions import StepsActions  # on first use, as above

        return StepsActions(self, self.store_work)

    def say(self, key: str, **values: object) -> None:
        """A notice in the person's language, for six seconds."""
        self.notify(t(key, self.lang, **values), timeout=6)

    def get_default_screen(self) -> Screen[None]:
        if self.room:
            from pulih.tui.screens.room import RoomScreen  # the room view only

            return RoomScreen(self.lang, self.content, self.action_request_quit)
        return WelcomeScreen(self.lang, self.demo)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("room", "guide"):
            return self.demo is not None and isinstance(self.screen, WelcomeScreen)
        if action == "blank":
            return self.demo is not None or self.room
        if action == "reset":
            return self.demo is not None
        # A letter typed into a text box, or a list's search after /, is text; F9, F10 and
        # Ctrl+Q still act there.
        from pulih.tui.lists import JumpList  # not before the first frame

        focused = self.focused
        typing = isinstance(focused, Input) or (
            isinstance(focused, JumpList) and focused.typed is not None
        )
        return not (typing and action in ("help_now", "quick_exit"))

    async def action_help_now_always(self) -> None:
        await self.action_help_now()

    def action_quick_exit_always(self) -> None:
        self.action_quick_exit()

    def action_blank(self) -> None:
        if not isinstance(self.screen, BlankScreen):
            self.push_screen(BlankScreen())

    def action_start_over(self) -> None:
        """Back to the welcome screen; asks first when this run's result is not saved."""
        from pulih.tui.screens.confirm import ConfirmScreen  # a screen: loaded when first shown

        if self.demo is not None or self.results is None or self.saved_id is not None:
            self.action_reset()
            return
        question = ConfirmScreen(
            self.lang,
            t("start_over.question", self.lang),
            t("start_over.unsaved", self.lang),
            t("start_over.yes", self.lang),
            t("start_over.no", self.lang),
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.action_reset()

        self.push_screen(question, callback=answered)

    def action_reset(self) -> None:
        """Back to the welcome screen, everything of this run forgotten (demo: ``w``)."""
        self.workers.cancel_group(self, "flow")
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.results, self.preferences = None, None
        self.saved_id, self.next_steps = None, ()
        self.map_base = None
        self.unrecorded_notes = []
        self.support_map = self.demo.support_map if self.demo is not None else SupportMap()

    def on_resize(self, event: events.Resize) -> None:
        """Below 40×12, one clear line instead of a broken layout; the flow waits underneath."""
        small = event.size.width < MIN_WIDTH or event.size.height < MIN_HEIGHT
        showing = isinstance(self.screen, TooSmallScreen)
        if small and not showing:
            self.push_screen(TooSmallScreen(self.lang))
        elif showing and not small:
            self.pop_screen()
        # key bars keep to the rows a short terminal allows (their own width may not change)
        for screen in self.screen_stack:
            for bar in screen.query(KeyBar):
                bar.refresh_hints()

    def on_load(self) -> None:
        """SIGTERM, SIGHUP and SIGINT stop pulih as Ctrl+C does: the app exits, Textual restores
        the terminal (no safety panel left on it), and run() says one calm line. Where the
        event loop cannot take signals (Windows), pulih.signals raises Stopped instead."""
        loop = asyncio.get_running_loop()
        for number in signals():
            try:
                loop.add_signal_handler(number, self.action_stop, number)
            except (NotImplementedError, RuntimeError, ValueError):
                continue

    def action_stop(self, number: int | None = None) -> None:
        """Stop now (Ctrl+C, or a signal): nothing more is saved; what was saved stays."""
        self.stopped_by = int(signal.SIGINT) if number is None else number
        self.exit()

    def on_ready(self) -> None:
        self.startup_seconds = perf_counter() - START_TIME
        # Load and validate content after the first frame, off the event loop (unless a first
        # screen, such as the room view, has already asked for it).
        if self._loader is None:
            self._loader = self.run_worker(self._read_content, thread=True, exit_on_error=False)

    def _read_content(self) -> Content:
        if self.save and self.demo is None:
            self._remembered_from_store()
        if self._load is not None:
            return self._load()
        from pulih.core.content import load_content  # pydantic: in this worker, after the frame
        from pulih.core.directory.matching import freeze_loaded  # ranking: loaded here too
        from pulih.core.files.paths import cache_dir

        content = load_content(
            self.today,
            self._resources,
            cache_dir() if self.save else None,
            only=self._resources_only,
        )
        freeze_loaded()  # the directory lives as long as the app: out of the collector's way
        return content

    def _remembered_from_store(self) -> None:
        """What an earlier save kept, if the person ever saved: the theme, and for the follow-up
        (core/store/followup.py) the steps due (said on the welcome screen only if the person
        said yes to it), the region saved last and what was marked not helpful."""
        # the store: read in the loader's worker, after the first frame
        from pulih.core.files.paths import data_dir
        from pulih.core.store.database import Store, store_exists
        from pulih.core.store.errors import StoreError
        from pulih.core.store.followup import Remembered

        folder = data_dir()
        if not store_exists(folder):
            return
        try:
            with Store.open_to_read(folder) as store:
                theme = store.setting("theme")
                remembered = Remembered.read(store, self.today)
        except StoreError:
            return
        self.remembered = remembered
        if remembered.due_count:
            self.call_from_thread(self.say_due)
        if self._theme_chosen:
            return
        if theme in self.available_themes and theme != self.theme:
            self.call_from_thread(setattr, self, "theme", theme)

    def say_due(self) -> None:
        """The welcome screen says how many steps are due now (none: the line goes)."""
        due = self.remembered.due_count if self.remembered is not None else 0
        for screen in self.screen_stack:
            if isinstance(screen, WelcomeScreen):
                screen.show_due(due)

    async def content(self) -> Content | None:
        """The loaded content, waiting for the loader if needed; None (and a message) on error."""
        if self._content is not None:
            return self._content
        if self._loader is None:
            self._loader = self.run_worker(self._read_content, thread=True, exit_on_error=False)
        if not self._loader.is_finished:
            # A failure is reported below, from the worker's own error.
            with contextlib.suppress(WorkerFailed):
                await self._loader.wait()
        if self._loader.error is not None:
            self._show_error(self._loader.error)
            return None
        content = self._loader.result
        assert content is not None  # finished without an error: the loader returned it
        self._content = content
        for problem in content.directory.warnings:
            message = t("resources.ignored", self.lang, problem=problem)
            self.notify(message, severity="warning", timeout=15)
        return self._content

    def loaded(self) -> Content:
        """The content, once loaded (a result or a plan on screen means it is)."""
        assert self._content is not None
        return self._content

    def _show_error(self, error: BaseException) -> None:
        # only when the content failed to load
        from pulih.core.questionnaire.problems import DataError
        from pulih.tui.screens.crisis import CrisisScreen

        problem = str(error.problems[0]) if isinstance(error, DataError) else repr(error)
        self.notify(t("error.data", self.lang, problem=problem), severity="error", timeout=30)
        self.push_screen(CrisisScreen("help", [], self.lang))

    # --- faults: a crash prints one calm line (in run), never a traceback with locals

    def _handle_exception(self, error: Exception) -> None:
        """Textual's handler, minus the traceback: its report shows local variables, which hold
        the person's answers. Only the first error is kept; ``run`` reports it in one line."""
        from pulih.core.store.crashlog import EXIT_CRASH  # only on a crash

        if self.crashed is None:
            self.crashed = error
        self._return_code = EXIT_CRASH
        if self._exception is None:  # run_test re-raises it for the tests
            self._exception = error
            self._exception_event.set()
        self._close_messages_no_wait()

    def _print_error_renderables(self) -> None:
        """Nothing Textual kept to print at exit reaches the terminal (``run`` says one line)."""
        if self._exit_renderables and self.crashed is None:
            self.crashed = RuntimeError("textual panic")
        self._exit_renderables.clear()

    # --- the command palette: pulih's own commands, in the person's language, none that writes

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        lang = self.lang
        yield SystemCommand(
            t("palette.help_now", lang), t("palette.help_now.help", lang), self.action_help_now
        )
        yield SystemCommand(
            t("palette.quick_exit", lang),
            t("palette.quick_exit.help", lang),
            self.action_quick_exit,
        )
        yield SystemCommand(t("palette.help", lang), t("palette.help.help", lang), self.action_help)
        if isinstance(screen, WelcomeScreen):
            yield SystemCommand(
                t("palette.language", lang),
                t("palette.language.help", lang),
                self.action_switch_language,
            )
        for theme in THEMES:
            if theme.name != self.theme:
                name = t(f"theme.{theme.name}", lang)
                yield SystemCommand(
                    t("palette.theme", lang, name=name),
                    t("palette.theme.help", lang),
                    lambda chosen=theme.name: setattr(self, "theme", chosen),
                )
        yield SystemCommand(
            t("palette.quit", lang), t("palette.quit.help", lang), self.action_request_quit
        )

    def action_command_palette(self) -> None:
        """Open the palette unless one is open anywhere in the stack (Ctrl+P, F9, Ctrl+P)."""
        from pulih.tui.palette import PulihPalette  # a screen: loaded when first shown

        if not self.use_command_palette or self._palette_open():
            return
        self.push_screen(PulihPalette(self.lang))

    def _palette_open(self) -> bool:
        return any(isinstance(screen, CommandPalette) for screen in self.screen_stack)

    def _close_palette(self) -> None:
        """A screen asked for over an open palette (F9, F1) replaces the palette."""
        if isinstance(self.screen, CommandPalette):
            self.pop_screen()

    # --- routes and panels

    def routes(self) -> list[CrisisRoute]:
        from pulih.core.directory.resources import crisis_routes  # with the content, later

        if self._content is None:
            return []
        region = self.preferences.region if self.preferences else None
        return crisis_routes(self._content.directory.crisis, self.today, self.lang, region or None)

    def _safety_interrupt(
        self, item: Item, value: int | None, answers: dict[str, int]
    ) -> Screen[None] | None:
        # during the check: long after the first frame
        from pulih.core.questionnaire.scoring import safety_panel
        from pulih.tui.screens.crisis import CrisisScreen

        assert self._content is not None
        kind = safety_panel(self._content.check, item, value, answers)
        self.endorsed = self.endorsed or kind is not None
        if kind is None:
            return None
        return CrisisScreen(kind, self.routes(), self.lang, skipped=value is None)

    # --- actions available everywhere

    async def action_help_now(self) -> None:
        from pulih.tui.screens.crisis import CrisisScreen  # a screen: loaded when first shown

        if isinstance(self.screen, CrisisScreen):
            return
        self._close_palette()
        self.clear_notifications()  # nothing may cover the crisis routes
        await self.content()
        if not isinstance(self.screen, CrisisScreen):
            self.push_screen(CrisisScreen("help", self.routes(), self.lang))

    def action_quick_exit(self) -> None:
        self.quick_exited = True
        self.exit()

    def action_help(self) -> None:
        # a screen: loaded when first shown
        from pulih.tui.help_keys import help_lines
        from pulih.tui.screens.dialogs import HelpScreen

        self._close_palette()
        if not isinstance(self.screen, HelpScreen):
            lines, notes = help_lines(self.screen, self.lang)
            self.push_screen(HelpScreen(self.lang, lines, notes))

    def action_request_quit(self) -> None:
        # screens: loaded when first shown
        from pulih.tui.screens.dialogs import QuitScreen
        from pulih.tui.screens.results import ResultsScreen

        if isinstance(self.screen, QuitScreen):
            self.exit()
            return
        offer_save = self.save and self.results is not None and self.saved_id is None

        def decided(choice: str | None) -> None:
            if choice == "quit":
                self.exit()
            elif choice == "save":
                self.data.save_results(then_quit=True)

        # A past result opened from the history is saved, whatever this run holds.
        screen = self.screen
        past = isinstance(screen, ResultsScreen) and screen.saved is not None and not offer_save
        saved = self.saved_id is not None or past
        consent = self.store_work.consent() if offer_save else ""
        self.push_screen(QuitScreen(self.lang, offer_save, saved, consent), callback=decided)

    def action_learn(self) -> None:
        # a screen and its pages: loaded when first shown
        from pulih.core.workshop.learn import load_pages
        from pulih.tui.screens.learn import LearnScreen

        if not isinstance(self.screen, LearnScreen):
            self.push_screen(LearnScreen(load_pages(), self.lang))

    def action_room(self) -> None:
        """Demo: the room view, for the whole room's anonymous counts."""
        from pulih.tui.screens.room import RoomScreen  # a demo's screen: loaded when first shown

        self.push_screen(RoomScreen(self.lang, self.content))

    def action_guide(self) -> None:
        """Demo: the facilitator's guide, in the Learn screen."""
        # a screen and its pages: loaded when first shown
        from pulih.core.workshop.learn import GUIDE_FILE, load_pages
        from pulih.tui.screens.learn import LearnScreen

        if not isinstance(self.screen, LearnScreen):
            self.push_screen(LearnScreen(load_pages(GUIDE_FILE), self.lang, "guide.title"))

    def action_switch_language(self) -> None:
        self.lang = "en" if self.lang == "id" else "id"
        if isinstance(self.screen, WelcomeScreen):
            self.screen.set_lang(self.lang)

    def action_start(self) -> None:
        self.flow()

    # --- the flow

    def _demo(self, questionnaire_id: str) -> dict[str, Any]:
        """In a demo, the persona's answers to offer on each question."""
        if self.demo is None:
            return {}
        return {"suggested": self.demo.answers.get(questionnaire_id, {}), "persona": self.demo.name}

    @work(exclusive=True, group="flow")
    async def flow(self) -> None:
        """Reflection, the offer of the check, the check, then results."""
        # the flow's screens and scoring: loaded when the person starts
        from pulih.core.questionnaire.scoring import check_sequence, evaluate
        from pulih.tui.screens.offer import OfferScreen
        from pulih.tui.screens.question import QuestionScreen
        from pulih.tui.screens.results import ResultsScreen

        content = await self.content()
        if content is None:
            return
        reflection, check = content.reflection, content.check
        support: dict[str, int] = {}
        checked: dict[str, int] | None = None
        stage = "reflect"
        back = False
        while stage != "results":
            if stage == "reflect":
                screen = QuestionScreen(
                    reflection, self.lang, support, start_at_end=back, **self._demo(reflection.id)
                )
                answers = await self.push_screen_wait(screen)
                if answers is None:
                    return
                support, stage = answers, "offer"
            elif stage == "offer":
                choice = await self.push_screen_wait(
                    OfferScreen(
                        self.lang, check.asked_count, self._place_label(), self._saved_place()
                    )
                )
                if choice == "place":
                    await self.ask_place()
                    continue
                back = choice == "back"
                stage = {"take": "check", "skip": "results", "back": "reflect"}[choice]
                if choice == "skip":
                    checked = None
            else:
                screen = QuestionScreen(
                    check,
                    self.lang,
                    checked,
                    sequence=lambda answers: check_sequence(check, answers),
                    interrupt=self._safety_interrupt,
                    **self._demo(check.id),
                )
                answers = await self.push_screen_wait(screen)
                if answers is None:
                    stage = "offer"
                else:
                    checked, stage = answers, "results"
                back = False
        all_answers = {reflection.id: support}
        if checked is not None:
            all_answers[check.id] = checked
        self.results = evaluate(reflection, check, all_answers)
        self.saved_id, self.next_steps = None, ()
        self.map_base = None
        self.unrecorded_notes = []
        await self.push_screen(ResultsScreen(self.result_view(), [reflection, check]))

    async def ask_place(self) -> None:
        """Where the person lives (issue 13): kept in the preferences, in memory only."""
        # a screen: loaded when first shown
        from pulih.core.directory.preferences import Preferences
        from pulih.tui.screens.place import PlaceScreen

        current = self.preferences or Preferences()
        last = self.remembered.region if self.remembered is not None else ""
        offered = current.region or last  # the region saved last, offered again
        region = await self.push_screen_wait(
            PlaceScreen(self.lang, offered, saved=not current.region and bool(offered))
        )
        if region is not None:
            self.preferences = replace(current, region=region)

    def _saved_place(self) -> str:
        """The region kept with the last saved result, as shown ("" when none)."""
        region = self.remembered.region if self.remembered is not None else ""
        if not region:
            return ""
        from pulih.core.directory.regions import find_place  # the regions table: on demand

        place = find_place(region)
        return place.label() if place else region

    def _place_label(self) -> str:
        """The chosen region with its province, or "" when none was given."""
        if not self.preferences or not self.preferences.region:
            return ""
        from pulih.core.directory.regions import find_place  # its table: only once a place is given

        place = find_place(self.preferences.region)
        return place.label() if place else self.preferences.region

    def result_view(
        self, results: Results | None = None, prefs: Preferences | None = None
    ) -> ResultView:
        """Results in words (the current ones by default), with suggestions for ``prefs``."""
        # with the results, long after the first frame
        from pulih.core.directory.matching import MatchIndex
        from pulih.core.directory.preferences import Preferences
        from pulih.core.report.present import present

        results = results or self.results
        assert self._content is not None and results is not None
        if self._index is None:
            self._index = MatchIndex(self._content.directory)
        prefs = prefs or self.preferences or Preferences()
        gaps = self.support_map.gaps()
        marks = self.remembered.marks if self.remembered is not None else None
        return present(
            results, self._content, prefs, self.lang, self.today, self._index, gaps, marks
        )

    def action_suggestions(self) -> None:
        # screens: loaded when first shown
        from pulih.tui.screens.results import ResultsScreen
        from pulih.tui.screens.suggestions import SuggestionsScreen

        screen = self.screen
        if isinstance(screen, ResultsScreen) and screen.saved is not None:
            # a saved result from the history: its own suggestions, its own steps (issue 25)
            saved = screen.saved
            self.push_screen(SuggestionsScreen(screen.view, saved.next_steps, saved=saved))
            return
        if self.results is not None and not isinstance(screen, SuggestionsScreen):
            self.push_screen(SuggestionsScreen(self.result_view(), self.next_steps))

    def action_narrow(self) -> None:
        # a screen: loaded when first shown
        from pulih.core.directory.preferences import Preferences
        from pulih.tui.screens.narrow import NarrowScreen
        from pulih.tui.screens.suggestions import SuggestionsScreen

        if self._content is None:
            return
        screen = self.screen
        interests = self._content.directory.interest_names

        async def narrowed(prefs: Preferences | None) -> None:
            if prefs is not None and isinstance(screen, SuggestionsScreen):
                self.preferences = prefs
                await screen.show_view(self.result_view())

        current = self.preferences or Preferences()
        audiences = self._content.directory.audience_names
        screen_ = NarrowScreen(self.lang, current, interests, audiences)
        self.push_screen(screen_, callback=narrowed)

    # --- the collaborators' actions, named by the screens' bindings ("app.save", ...)

    def action_save(self) -> None:
        self.data.save()

    def action_export(self) -> None:
        self.data.export()

    async def action_history(self) -> None:
        await self.data.open_history()

    async def action_data(self) -> None:
        await self.data.open_data()

    async def action_forget(self) -> None:
        await self.data.forget()

    async def action_toggle_step(self, resource_id: str) -> None:
        await self.data.toggle_step(resource_id)

    async def action_my_steps(self, result_id: int | None = None) -> None:
        """Langkah saya, from any screen (the history names a result: all steps still show)."""
        await self.steps.my_steps()

    def action_map(self) -> None:
        self.map_plan.open_map()

    async def action_plan(self) -> None:
        await self.map_plan.open_plan()

    def action_save_plan(self) -> None:
        self.map_plan.save_plan()

    def action_export_plan(self) -> None:
        self.map_plan.export_plan()


def run(
    lang: Lang,
    resources: Path | Sequence[Path] | None = None,
    save: bool = True,
    theme: str | None = None,
    demo: Persona | None = None,
    resources_only: bool = False,
    room: bool = False,
) -> int:
    """Start the TUI; after a quick exit, clear the terminal so nothing is left on screen."""
    if room and theme is None:
        theme = "pulih-high-contrast"  # the room view is for a projector
    app = PulihApp(
        lang,
        resources=resources,
        resources_only=resources_only,
        save=save,
        theme=theme,
        demo=demo,
        room=room,
    )
    app.run()
    if app.crashed is not None:
        from pulih.core.store.crashlog import EXIT_CRASH, crash_line, log_folder  # a crash only

        line = crash_line(
            app.crashed,
            app.lang,
            log_folder=log_folder() if app.save else None,
            saved=app.saved_id is not None,
        )
        print(line, file=sys.stderr)
        return EXIT_CRASH
    if app.quick_exited:
        sys.stdout.write(CLEAR_TERMINAL)
        sys.stdout.flush()
    if app.stopped_by is not None:
        lines = [stopped_line(app.lang)]
        if app.endorsed or (app.results is not None and app.results.safety.crisis):
            lines.append(t("crisis.help.lead", app.lang))
        print("\n".join(lines), file=sys.stderr)
        return 128 + app.stopped_by
    return 0 if app.return_code in (None, 0) else app.return_code
