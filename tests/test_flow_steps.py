"""Langkah saya in the TUI (issue 16): from history, mark outcomes with keys 1-4 and a note,
get something else to try; the welcome screen never shows that anything is saved."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from pulih.core.content import Content
from pulih.core.store.database import Store
from pulih.tui.screens.confirm import ConfirmScreen
from pulih.tui.screens.history import HistoryScreen
from pulih.tui.screens.mysteps import MyStepsScreen
from pulih.tui.screens.results import ResultsScreen
from pulih.tui.widgets import KeyBar
from tests.conftest import TODAY
from tests.helpers import make_app, press, store_done
from tests.test_steps import a_result, chosen_steps


def words(prompt: object) -> str:
    """What a list row says, as text (a row is a Rich renderable: its name, then indented lines)."""
    from rich.console import Console

    console = Console(width=200, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(prompt)
    return console.export_text()


DATA = lambda: Path(os.environ["PULIH_DATA_DIR"])  # noqa: E731
SnapCompare = Callable[..., bool]


def save_two_steps(content: Content) -> tuple[str, str]:
    saved = chosen_steps(content, a_result(content))
    with Store.open(DATA()) as store:
        store.save(saved)
    first, second = saved.next_steps
    return first, second


def screen_text(app: Any) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


async def test_mark_one_done_and_one_not_helpful_then_another_is_offered(
    content: Content,
) -> None:
    first, second = save_two_steps(content)
    app = make_app(content)
    async with app.run_test(size=(80, 30)) as pilot:
        welcome = screen_text(app)
        name = content.directory.find(first).name  # type: ignore[union-attr]
        assert name not in welcome and "Langkah saya" not in welcome
        await press(pilot, "r")
        await store_done(app)
        assert isinstance(app.screen, HistoryScreen)
        await press(pilot, "l")
        await store_done(app)
        await press(pilot)
        steps = app.screen
        assert isinstance(steps, MyStepsScreen) and [v.id for v in steps.views] == [first, second]
        assert steps.others == []
        await press(pilot, "1", "down", "n")
        # typing the note: the bar says how to finish and names F9/F10, not h or 1-4
        bar = steps.query_one(KeyBar)
        shown = {key for key, _ in bar.shown}
        assert {"Enter", "Esc", "F9", "F10"} <= shown and not {"h", "1", "b"} & shown
        await press(pilot, *"hb terlalu", "escape")  # h and b are letters; Esc cancels
        assert isinstance(app.screen, MyStepsScreen) and "1" in {k for k, _ in bar.shown}
        assert steps.query_one("#steps-note", Input).value == ""
        await press(pilot, "n", *"hb terlalu jauh", "enter", "4")
        await store_done(app)
        assert [v.outcome.outcome for v in steps.views if v.outcome] == ["done", "not_helpful"]
        (other,) = steps.others
        assert other.instead_of == second and other.suggestion.resource.id not in (first, second)
        listed = steps.query_one(OptionList)
        assert "belum membantu" in words(listed.get_option_at_index(2).prompt)
        # the suggestion is in the list: Enter takes it as a step of the same result
        await press(pilot, "down", "enter")
        await store_done(app)
        taken = other.suggestion.resource.id
        assert [v.id for v in steps.views] == [first, second, taken] and steps.others == []
        await press(pilot, "b")
        assert isinstance(app.screen, HistoryScreen)
    with Store.open(DATA()) as store:
        outcomes = store.outcomes(1)
        assert outcomes[first].outcome == "done" and outcomes[first].note == ""
        assert outcomes[second].outcome == "not_helpful"
        assert outcomes[second].note == "hb terlalu jauh"
        assert outcomes[second].updated == TODAY
        assert store.check_in(1) is not None  # the proposed date, kept once something is marked
        assert store.get(1).next_steps == (first, second, taken)  # type: ignore[union-attr]


async def test_a_saved_result_shows_its_check_in_date_and_opens_its_steps(
    content: Content,
) -> None:
    save_two_steps(content)
    app = make_app(content)
    async with app.run_test(size=(80, 30)) as pilot:
        await press(pilot, "r")
        await store_done(app)
        await press(pilot, "enter")
        past = app.screen
        assert isinstance(past, ResultsScreen) and "2026-11-29" in past.check_in
        assert "dalam 28 hari" in past.check_in  # referral none: 28 days (issue 25)
        await press(pilot, "l")
        await store_done(app)
        await press(pilot)
        assert isinstance(app.screen, MyStepsScreen)


async def test_without_a_saved_result_there_are_no_steps_to_open(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await app.run_action("my_steps")
        await press(pilot)
        assert not isinstance(app.screen, MyStepsScreen)
    assert not DATA().exists()


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
def test_my_steps_snapshot(
    snap_compare: SnapCompare, content: Content, size: tuple[int, int]
) -> None:
    first, _second = save_two_steps(content)
    with Store.open(DATA()) as store:
        store.set_outcome(1, first, "not_helpful", "terlalu jauh", date(2026, 11, 20))
    app = make_app(content)

    async def run_before(pilot: Pilot[Any]) -> None:
        await press(pilot, "r")
        await store_done(app)
        await press(pilot, "l")
        await store_done(app)
        await press(pilot)

    assert snap_compare(app, run_before=run_before, terminal_size=size)


async def test_steps_chosen_and_saved_this_session_open_with_l(content: Content) -> None:
    from tests.helpers import SUPPORT_KEYS

    app = make_app(content)
    async with app.run_test(size=(80, 30)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter", "1", "3", "b")
        assert isinstance(app.screen, ResultsScreen) and len(app.next_steps) == 2
        await press(pilot, "l")  # not saved yet: nothing to open, nothing written
        assert isinstance(app.screen, ResultsScreen) and not DATA().exists()
        await press(pilot, "s", "y")
        await store_done(app)
        # asked once: may the welcome screen say when steps are due? (off unless yes)
        assert isinstance(app.screen, ConfirmScreen)
        assert "layar pembuka" in app.screen.question
        # the check-in sentence is said in the question itself (a toast covered it at 60x20)
        assert app.screen.lead.startswith("Cek langkah: dalam 28 hari, paling lambat")
        await press(pilot, "enter")  # Enter means no
        await store_done(app)
        await press(pilot, "l")
        await store_done(app)
        await press(pilot)
        steps = app.screen
        assert isinstance(steps, MyStepsScreen)
        assert tuple(v.id for v in steps.views) == app.next_steps
    with Store.open(DATA()) as store:
        (saved,) = store.results()
        assert store.setting("remind_steps") == "no"
    month = saved.created.date() + timedelta(days=28)  # no check taken: referral none, 28 days
    assert month.isoformat() in steps.check_in


async def test_the_welcome_says_what_is_due_only_after_a_yes(content: Content) -> None:
    """Issue 25: with the person's yes, the welcome says "1 langkah menunggu dicek" on or
    after the check-in date, and c opens My steps; without it, nothing."""
    first, _second = save_two_steps(content)  # saved 2026-11-01: check-in 2026-11-29, past
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await press(pilot)
        assert "menunggu dicek" not in screen_text(app)
    with Store.open(DATA()) as store:
        store.set_setting("remind_steps", "yes")
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await press(pilot)
        assert "2 langkah menunggu dicek. Tekan c untuk Langkah saya." in screen_text(app)
        await press(pilot, "c")
        await store_done(app)
        await press(pilot)
        assert isinstance(app.screen, MyStepsScreen)
        assert [v.id for v in app.screen.views][0] in (first, _second)
        # the walk: after marking, back on the welcome the line still said it was due
        await press(pilot, "1")
        await store_done(app)
        await press(pilot, "b")
        assert "1 langkah menunggu dicek." in screen_text(app)
        await press(pilot, "c")
        await store_done(app)
        await press(pilot, "1", "b")  # the one still open
        await store_done(app)
        await press(pilot)
        assert not app.screen.query_one("#welcome-due").display  # the line is gone


async def test_a_saved_result_opens_its_suggestions_and_a_step_is_kept_with_it(
    content: Content,
) -> None:
    """Issue 25: from the history, Enter on a saved result opens its own suggestions; a
    digit marks a step of that result, kept in the store; what was marked not helpful in
    any saved result says so."""
    from pulih.tui.screens.suggestions import SuggestionsScreen

    first, second = save_two_steps(content)
    with Store.open(DATA()) as store:
        store.set_outcome(1, second, "not_helpful", "", date(2026, 11, 20))
    app = make_app(content)
    async with app.run_test(size=(80, 30)) as pilot:
        await app.workers.wait_for_complete()
        await press(pilot, "r")
        await store_done(app)
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen) and app.screen.saved is not None
        await press(pilot, "enter")
        shown = app.screen
        assert isinstance(shown, SuggestionsScreen) and shown.saved is not None
        assert shown.steps == (first, second)
        marked = next(s for s in shown.view.suggestions if s.resource.id == second)
        assert marked.not_helpful == date(2026, 11, 20)
        assert "tidak membantu pada 2026-11-20" in marked.reason_text()
        new = next(
            i for i, s in enumerate(shown.view.suggestions, 1) if s.resource.id not in shown.steps
        )
        await press(pilot, str(new))
        await store_done(app)
        picked = shown.view.suggestions[new - 1].resource.id
        assert shown.saved.next_steps == (first, second, picked)
        assert app.next_steps == ()  # this session's own steps are untouched
        # the walk: unmarking a step whose outcome was recorded hid it and its note; it stays
        recorded = next(
            i for i, s in enumerate(shown.view.suggestions, 1) if s.resource.id == second
        )
        await press(pilot, str(recorded))
        await store_done(app)
        assert shown.saved.next_steps == (first, second, picked)
        assert "sudah dicatat (tidak membantu)" in " ".join(n.message for n in app._notifications)
        # another window takes a step meanwhile: unmarking here writes only that change
        with Store.open(DATA()) as store:
            store.take_step(1, "taman-bacaan", date(2026, 12, 21))
        await press(pilot, str(new))
        await store_done(app)
        assert shown.saved.next_steps == (first, second)
    with Store.open(DATA()) as store:
        assert store.get(1).next_steps == (first, second, "taman-bacaan")  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=["60x20", "80x24"])
async def test_a_toast_never_covers_the_crisis_line_or_the_key_bar(
    content: Content, size: tuple[int, int]
) -> None:
    """The walk: a 9-line 'note written' toast covered 'Krisis: 119 · 112' (the referral box at
    the top of the suggestions) for 5 s, and h then opened the crisis routes under it."""
    from textual.widgets._toast import Toast

    from tests.helpers import SUPPORT_KEYS

    app = make_app(content)
    async with app.run_test(size=size, notifications=True) as pilot:
        urgent = ["enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "2", "enter", *"21112"]
        await press(pilot, *urgent, "enter", "enter")  # the suggestions, the crisis line on top
        app.notify("Catatan ditulis (hanya bisa dibaca Anda): " + "/home/x/" * 12, timeout=30)
        await pilot.pause()
        await pilot.pause(0.2)
        toasts = [w.region for w in app.screen.query(Toast)]
        assert toasts
        bar = app.screen.query_one(KeyBar).region
        box = app.screen.query_one(".referral").region  # with its "Krisis: 119 · 112" line
        for toast in toasts:
            assert not toast.overlaps(bar) and not toast.overlaps(box), (toast, bar, box)
        await press(pilot, "h")
        await pilot.pause()
        assert not list(app.screen.query(Toast))  # nothing over the crisis routes


async def test_the_saved_region_is_offered_again_on_the_check_offer(content: Content) -> None:
    """Issue 25 A3 and the walk: the region saved last was used only after p, unannounced."""
    from dataclasses import replace

    from pulih.core.directory.preferences import Preferences
    from pulih.tui.screens.offer import OfferScreen
    from pulih.tui.screens.place import PlaceScreen
    from tests.helpers import SUPPORT_KEYS

    saved = replace(a_result(content), preferences=Preferences(region="Kota Makassar"))
    with Store.open(DATA()) as store:
        store.save(saved)
    app = make_app(content)
    async with app.run_test(size=(60, 20)) as pilot:
        await app.workers.wait_for_complete()
        await press(pilot, "enter", *SUPPORT_KEYS)
        assert isinstance(app.screen, OfferScreen)
        said = str(app.screen.query_one("#offer-place", Static).render())
        assert "pakai lagi wilayah yang Anda simpan (Kota Makassar, Sulawesi Selatan)" in said
        await press(pilot, "p")
        assert isinstance(app.screen, PlaceScreen)
        assert "Kota Makassar" in str(app.screen.query_one("#place-lead", Static).render())
