"""Pilot tests of saving with consent, history, export, next steps and deleting everything."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.store.database import Store, store_exists
from pulih.tui.screens.confirm import ConfirmScreen
from pulih.tui.screens.data import DataScreen
from pulih.tui.screens.history import HistoryScreen
from pulih.tui.screens.results import ResultsScreen
from pulih.tui.screens.suggestions import SuggestionsScreen
from tests.helpers import CALM_CHECK_KEYS, SUPPORT_KEYS, make_app, press

DATA = lambda: Path(os.environ["PULIH_DATA_DIR"])  # noqa: E731


async def finish(pilot: object, app: object) -> None:
    await app.workers.wait_for_complete()  # type: ignore[attr-defined]
    await press(pilot)  # type: ignore[arg-type]


async def test_first_save_asks_and_enter_means_no(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s")
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen) and dialog.default is False
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)
    assert app.saved_id is None and not store_exists(DATA())


async def test_save_quit_and_see_it_again_in_history(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "enter", *CALM_CHECK_KEYS, "enter", "2", "b")
        await press(pilot, "s", "y")
        await finish(pilot, app)
        await press(pilot, "n")  # the reminder question after a save with steps: no
        await finish(pilot, app)
        assert app.saved_id == 1
        first = app.screen
        assert isinstance(first, ResultsScreen)
        shown_then = first.view
        await press(pilot, "q")
        await press(pilot, "y")
    with Store.open(DATA()) as store:
        (saved,) = store.results()
        assert saved.next_steps and saved.results.check_taken
    again = make_app(content)
    async with again.run_test() as pilot:
        await press(pilot, "r")
        history = again.screen
        assert isinstance(history, HistoryScreen) and len(history.saved) == 1
        await press(pilot, "enter")
        past = again.screen
        assert isinstance(past, ResultsScreen) and past.saved_on
        assert past.view.strengths == shown_then.strengths
        assert past.view.to_strengthen == shown_then.to_strengthen
        assert past.view.distress == shown_then.distress
        await press(pilot, "b", "b")
        assert type(again.screen).__name__ == "WelcomeScreen"


async def test_later_saves_default_to_yes_and_quit_can_save(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s", "y")
        await finish(pilot, app)
    second = make_app(content)
    async with second.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s")
        assert isinstance(second.screen, ConfirmScreen) and second.screen.default is True
        await press(pilot, "n", "q", "s")  # quit offers to save first
        await finish(pilot, second)
    with Store.open(DATA()) as store:
        assert store.count() == 2


async def test_export_writes_a_private_note(content: Content, tmp_path: Path) -> None:
    app = make_app(content, lang="en")
    app.export_dir = tmp_path
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "e", "enter")
        await finish(pilot, app)
    (note,) = tmp_path.glob("pulih-note-*.html")
    assert stat.S_IMODE(note.stat().st_mode) == 0o600
    text = note.read_text(encoding="utf-8")
    assert "This is not a diagnosis." in text and "Informational support" in text
    assert "Newest source: " in text


async def test_choosing_next_steps_marks_them(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter", "1", "3")
        screen = app.screen
        assert isinstance(screen, SuggestionsScreen)
        ids = [s.resource.id for s in screen.view.suggestions]
        assert app.next_steps == (ids[0], ids[2]) and screen.steps == app.next_steps
        await press(pilot, "1")
        assert app.next_steps == (ids[2],)


async def test_delete_everything_from_the_data_screen(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s", "y")
        await finish(pilot, app)
    assert store_exists(DATA())
    again = make_app(content)
    async with again.run_test() as pilot:
        await press(pilot, "d")
        assert isinstance(again.screen, DataScreen)
        await press(pilot, "d")
        assert isinstance(again.screen, ConfirmScreen)
        await press(pilot, "enter")  # the default is no
        assert store_exists(DATA())
        await press(pilot, "d", "y")
        assert isinstance(again.screen, DataScreen)
    assert not store_exists(DATA()) and not DATA().exists()


async def test_a_second_note_keeps_the_first_and_an_existing_file_is_never_replaced(
    content: Content, tmp_path: Path
) -> None:
    from pulih.tui.screens.confirm import ExportQuestion

    app = make_app(content, lang="en")
    app.export_dir = tmp_path
    async with app.run_test(notifications=True) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "e", "enter")
        await finish(pilot, app)
        await press(pilot, "e", "enter")  # the same minute: the default name moves to -2
        await finish(pilot, app)
        notes = sorted(tmp_path.glob("pulih-note-*.html"), key=lambda p: len(p.name))
        assert len(notes) == 2 and notes[1].stem.endswith("-2"), notes
        first = notes[0].read_bytes()
        await press(pilot, "e")
        question = app.screen
        assert isinstance(question, ExportQuestion)
        assert not question.path.exists()  # offered: a free name, -3
        question.path = notes[0]  # as if the person chose the first note's name with c
        await press(pilot, "y")
        await finish(pilot, app)
        said = [n.message for n in app._notifications]
    assert notes[0].read_bytes() == first
    assert len(list(tmp_path.glob("pulih-note-*.html"))) == 2
    assert any(message.startswith("A file of that name already exists") for message in said)


async def test_the_save_question_names_the_region_when_one_was_chosen(content: Content) -> None:
    from pulih.core.directory.preferences import Preferences

    app = make_app(content, lang="en")
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s")
        app.preferences = Preferences(region="DI Yogyakarta")
        await press(pilot, "s")
        question = app.screen
        assert isinstance(question, ConfirmScreen)
        assert "DI Yogyakarta" in question.details


async def test_an_unexpected_error_while_saving_keeps_the_result_and_s_tries_again(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An attack review: a bug in the save (not the disk) closed the whole app with exit 70,
    and the result the person had agreed to save was gone. Now the result stays on screen,
    the message names only the error's type, and s saves it once the fault is gone."""
    from pulih.core.store.database import Store as RealStore
    from pulih.core.text.strings import t

    real_save = RealStore.save

    def failing(self: RealStore, saved: object) -> int:
        raise RuntimeError(f"forced, with private answers {saved!r}")

    monkeypatch.setattr(RealStore, "save", failing)
    app = make_app(content, lang="en")
    async with app.run_test(notifications=True) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s", "y")
        await finish(pilot, app)
        assert isinstance(app.screen, ResultsScreen) and app.saved_id is None
        said = " ".join(n.message for n in app._notifications)
        assert "(RuntimeError)" in said and "private answers" not in said
        assert t("store.unexpected", "en", reason="RuntimeError") in said
        log = DATA() / "crash.log"
        assert log.is_file() and "private answers" not in log.read_text(encoding="utf-8")
        monkeypatch.setattr(RealStore, "save", real_save)
        await press(pilot, "s", "y")
        await finish(pilot, app)
        assert app.saved_id is not None
    with Store.open(DATA()) as store:
        assert store.count() == 1


async def test_after_forget_nothing_of_the_session_stays_on_screen(content: Content) -> None:
    """A review on a shared computer: after forget said 'Deleted: 1 file', the suggestions
    still showed the region and the marked step, and b went back to the full results."""
    from pulih.tui.screens.welcome import WelcomeScreen

    app = make_app(content, lang="en")
    async with app.run_test(notifications=True) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter", "1", "s", "y")
        await finish(pilot, app)
        await press(pilot, "n")  # the reminder question after a save with steps: no
        await finish(pilot, app)
        assert app.saved_id is not None and app.next_steps
        await press(pilot, "d", "d", "y")
        await finish(pilot, app)
        assert isinstance(app.screen, WelcomeScreen) and len(app.screen_stack) == 1
        assert app.results is None and app.next_steps == () and app.preferences is None
        said = " ".join(n.message for n in app._notifications)
        assert "gone from the screen too" in said
    assert not store_exists(DATA())


async def test_a_file_forget_could_not_delete_is_still_said_after_the_screen_clears(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pulih.core.store import forget as forget_module

    real = forget_module.forget_everything

    def partly(*args: object, **kwargs: object) -> forget_module.Forgotten:
        done = real(*args, **kwargs)  # type: ignore[arg-type]
        done.failed.append((Path("/nowhere/pulih.db"), "Read-only file system"))
        return done

    monkeypatch.setattr(forget_module, "forget_everything", partly)
    app = make_app(content, lang="en")
    async with app.run_test(notifications=True) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s", "y")
        await finish(pilot, app)
        await press(pilot, "d", "d", "y")
        await finish(pilot, app)
        said = " ".join(n.message for n in app._notifications)
    assert "Read-only file system" in said and "gone from the screen too" in said
    assert "Saved on this computer" not in said  # the older notice went with the screen


async def test_q_in_a_question_asks_to_quit(content: Content) -> None:
    """A review: in 'Start over from the beginning?' q did nothing."""
    from pulih.tui.screens.dialogs import QuitScreen

    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "b")
        assert isinstance(app.screen, ConfirmScreen)
        await press(pilot, "q")
        assert isinstance(app.screen, QuitScreen)
