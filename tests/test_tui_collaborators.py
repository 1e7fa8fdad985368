"""The App's collaborators (tui/store_work.py, data_actions.py, map_plan_actions.py,
steps_actions.py) without a running App: a small host stands in for it (tui/host.py), runs
each worker at once and keeps what would have been said or shown."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from pulih.core.content import Content
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.resources import CrisisRoute
from pulih.core.files.paths import data_dir
from pulih.core.mapplan.safetyplan import SafetyPlan
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.questionnaire.scoring import Results, evaluate
from pulih.core.report.view import ResultView
from pulih.core.store.database import Store, store_exists
from pulih.core.store.followup import Remembered
from pulih.core.store.forget import known_notes
from pulih.core.text.i18n import Lang
from pulih.core.workshop.demo import Persona
from pulih.tui.data_actions import DataActions
from pulih.tui.host import Host
from pulih.tui.keeper import Note
from pulih.tui.map_plan_actions import MapPlanActions
from pulih.tui.steps_actions import StepsActions
from pulih.tui.store_work import StoreWork
from tests.conftest import TODAY
from tests.helpers import SUPPORT_KEYS


class Done:
    """A worker that already ran (the host runs each one at once)."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        try:
            self.result = work()
        except Exception as error:
            self.error = error

    async def wait(self) -> Any:
        return self.result


@dataclass
class FakeHost:
    """The App as its collaborators see it, with nothing on a screen."""

    loaded_content: Content | None = None
    lang: Lang = "id"
    today: date = TODAY
    save: bool = True
    demo: Persona | None = None
    export_dir: Path | None = None
    results: Results | None = None
    preferences: Preferences | None = None
    saved_id: int | None = None
    next_steps: tuple[str, ...] = ()
    support_map: SupportMap = field(default_factory=SupportMap)
    map_base: SupportMap | None = None
    plan: SafetyPlan | None = None
    plan_base: SafetyPlan | None = None
    remembered: Remembered | None = None
    unrecorded_notes: list[Note] = field(default_factory=list)
    theme: str = "pulih-dark"
    screen: Any = None
    screen_stack: list[Any] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    shown: list[tuple[Any, Any]] = field(default_factory=list)
    exited: bool = False

    async def content(self) -> Content | None:
        return self.loaded_content

    def loaded(self) -> Content:
        assert self.loaded_content is not None
        return self.loaded_content

    def routes(self) -> list[CrisisRoute]:
        return []

    def result_view(
        self, results: Results | None = None, prefs: Preferences | None = None
    ) -> ResultView:
        raise AssertionError("not asked for here")

    def say(self, key: str, **values: object) -> None:
        self.said.append(key)

    def say_due(self) -> None:
        self.said.append(f"due:{self.remembered.due_count if self.remembered else 0}")

    def notify(self, message: str, *, timeout: float | None = None) -> None:
        self.notices.append(message)

    def clear_notifications(self) -> None:
        self.notices.clear()

    def push_screen(self, screen: Any, callback: Any = None) -> object:
        self.shown.append((screen, callback))
        return None

    def pop_screen(self) -> object:
        return None

    def run_worker(self, work: Callable[[], Any], **_options: Any) -> Done:
        return Done(work)

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return callback(*args, **kwargs)

    def action_reset(self) -> None:
        self.results, self.saved_id, self.next_steps = None, None, ()

    def exit(self) -> None:
        self.exited = True


def as_host(host: FakeHost) -> Host:
    """The fake, as the Host it stands in for (mypy checks the two agree)."""
    return host  # type: ignore[return-value]  # Done is not a textual Worker


def results(content: Content) -> Results:
    items = [item.id for item in content.reflection.items]
    answers = {"refleksi-dukungan": dict(zip(items, map(int, SUPPORT_KEYS), strict=True))}
    return evaluate(content.reflection, content.check, answers)


def answer(host: FakeHost, yes: bool) -> None:
    """The person answers the question shown last."""
    _screen, callback = host.shown[-1]
    callback(yes)


def test_nothing_is_read_or_written_when_the_run_keeps_nothing(content: Content) -> None:
    host = FakeHost(content, save=False, results=results(content))
    work = StoreWork(as_host(host))
    assert work.refuse_when_not_saving() and host.said == ["save.disabled"]
    steps = StepsActions(as_host(host), work)
    asyncio.run(steps.my_steps())
    asyncio.run(DataActions(as_host(host), work).open_history())
    assert host.said == ["save.disabled"] * 3 and host.shown == []
    assert not data_dir().exists()


def test_a_demo_rehearses_the_save_and_writes_nothing(content: Content) -> None:
    persona = Persona("sari", "Sari", 30, {"id": "", "en": ""}, {})
    host = FakeHost(content, save=False, demo=persona, results=results(content))
    DataActions(as_host(host), StoreWork(as_host(host))).save()
    question, _callback = host.shown[-1]
    assert question.badge  # "a rehearsal: nothing is written"
    answer(host, True)
    assert host.said == ["demo.rehearsal_done"] and not data_dir().exists()


def test_a_save_keeps_the_result_its_notes_and_then_its_steps(
    content: Content, tmp_path: Path
) -> None:
    host = FakeHost(content, results=results(content))
    work = StoreWork(as_host(host))
    data = DataActions(as_host(host), work)
    note = tmp_path / "note.html"
    work.write_note(note, "<p>note</p>", tracked=False)  # before saving: kept in memory
    assert [n[0] for n in host.unrecorded_notes] == [note] and host.said == ["export.written"]
    data.save()
    answer(host, True)
    assert host.saved_id is not None and host.unrecorded_notes == []
    assert host.said[-1] == "save.done"
    assert [n.path for n in known_notes(data_dir())] == [note]  # recorded with the save
    asyncio.run(data.toggle_step("sejiwa"))  # a step chosen after the save follows it
    with Store.open_to_read(data_dir()) as store:
        assert [r.next_steps for r in store.results()] == [("sejiwa",)]
    data.save()
    assert host.said[-1] == "save.done" and len(host.shown) == 1  # already saved: not asked


def test_a_change_that_fails_is_said_and_the_app_goes_on(content: Content) -> None:
    host = FakeHost(content)
    work = StoreWork(as_host(host))

    def broken(store: Store) -> None:
        raise RuntimeError("a bug, not the disk")

    work.in_store(broken, "steps.remind_on")
    assert host.said == ["save.not_saved"]
    work.in_store(lambda store: store.set_setting("theme", "pulih-light"), "steps.remind_on")
    assert host.said == ["save.not_saved", "steps.remind_on"]


def test_the_plan_is_saved_and_a_part_changed_elsewhere_is_asked_about(
    content: Content,
) -> None:
    host = FakeHost(content)
    work = StoreWork(as_host(host))
    plans = MapPlanActions(as_host(host), work)
    host.plan = SafetyPlan(signs="susah tidur")
    plans.save_plan()
    answer(host, True)
    assert host.said == ["plan.saved"] and host.plan_base == host.plan
    with Store.open(data_dir()) as store:  # another window saves the same part differently
        store.save_safety_plan(SafetyPlan(signs="gelisah"), datetime.now(UTC), host.plan_base)
    host.plan = SafetyPlan(signs="susah tidur, tidak makan")
    plans.save_plan()
    answer(host, True)
    choice, callback = host.shown[-1]
    assert (choice.mine, choice.theirs) == ("susah tidur, tidak makan", "gelisah")
    callback("both")
    assert host.said[-1] == "plan.saved"
    assert host.plan is not None and host.plan.signs == "gelisah / susah tidur, tidak makan"


def test_my_steps_wait_for_a_saved_result(content: Content) -> None:
    host = FakeHost(content)
    asyncio.run(StepsActions(as_host(host), StoreWork(as_host(host))).my_steps())
    assert host.said == ["steps.save_first"] and not store_exists(data_dir())


@pytest.mark.parametrize("what", ["result", "plan"])
def test_the_consent_names_the_data_folder(content: Content, what: str) -> None:
    host = FakeHost(content, next_steps=("sejiwa",))
    words = StoreWork(as_host(host)).consent(what)
    assert str(data_dir().name) in words
