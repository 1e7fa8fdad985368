"""What the App's collaborators may use of the App: its part of the person's session and the few
Textual calls they make (ask with a screen, work in a thread, say a line).

:class:`pulih.tui.app.PulihApp` satisfies :class:`Host` structurally (nothing here imports it,
so no import circle); a test hands a collaborator a small fake instead of a running App.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from textual.screen import Screen, ScreenResultCallbackType
    from textual.worker import Worker, WorkType

    from pulih.core.content import Content
    from pulih.core.directory.preferences import Preferences
    from pulih.core.directory.resources import CrisisRoute
    from pulih.core.mapplan.safetyplan import SafetyPlan
    from pulih.core.mapplan.supportmap import SupportMap
    from pulih.core.questionnaire.scoring import Results
    from pulih.core.report.view import ResultView
    from pulih.core.store.followup import Remembered
    from pulih.core.text.i18n import Lang
    from pulih.core.workshop.demo import Persona
    from pulih.tui.keeper import Note

R = TypeVar("R")


class Host(Protocol):
    """The App, as its collaborators (tui/data_actions.py, map_plan_actions.py,
    steps_actions.py, store_work.py) see it."""

    # --- the run's settings
    lang: Lang
    today: date
    save: bool
    """False with --no-save, in a demo and in the room view: nothing is read or written."""
    demo: Persona | None
    export_dir: Path | None

    # --- the person's session, in memory
    results: Results | None
    preferences: Preferences | None
    saved_id: int | None
    next_steps: tuple[str, ...]
    support_map: SupportMap
    map_base: SupportMap | None
    """The saved result's map as last saved here (None: as saved with the result)."""
    plan: SafetyPlan | None
    plan_base: SafetyPlan | None
    """The plan as it was read or last saved: a save changes only what changed since."""
    remembered: Remembered | None
    unrecorded_notes: list[Note]
    """Notes of the current, unsaved result: recorded in the store if it is saved later."""

    @property
    def theme(self) -> str: ...

    @property
    def screen(self) -> Screen[object]: ...

    @property
    def screen_stack(self) -> list[Screen[Any]]: ...

    # --- what the App knows

    async def content(self) -> Content | None:
        """The loaded content, waiting for it; None (and a message) when it failed."""
        ...

    def loaded(self) -> Content:
        """The content, once loaded (a result or a plan on screen means it is)."""
        ...

    def routes(self) -> list[CrisisRoute]: ...

    def result_view(
        self, results: Results | None = None, prefs: Preferences | None = None
    ) -> ResultView: ...

    # --- what the App does

    def say_due(self) -> None:
        """The welcome screen says how many steps are due (remembered.due_count)."""
        ...

    def say(self, key: str, **values: object) -> None:
        """A notice in the person's language, for six seconds."""
        ...

    def notify(self, message: str, *, timeout: float | None = None) -> None: ...

    def clear_notifications(self) -> None: ...

    def push_screen(
        self, screen: Screen[R], callback: ScreenResultCallbackType[R] | None = None
    ) -> object: ...

    def pop_screen(self) -> object: ...

    def run_worker(
        self,
        work: WorkType[R],
        name: str | None = "",
        group: str = "default",
        description: str = "",
        exit_on_error: bool = True,
        start: bool = True,
        exclusive: bool = False,
        thread: bool = False,
    ) -> Worker[R]: ...

    def call_from_thread(
        self, callback: Callable[..., R | Awaitable[R]], *args: Any, **kwargs: Any
    ) -> R: ...

    def action_reset(self) -> None:
        """Back to the welcome screen, everything of this run forgotten."""
        ...

    def exit(self) -> None: ...
