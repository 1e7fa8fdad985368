"""The whole individual path in one run, keys counted (issue 15, item 7).

Welcome, the 12 statements, the check, results, suggestions, one narrowing, a chosen step, save,
history and forget, without a relaunch. Every key here is a non-text key (no names are typed), and
the walk must take at most 45 of them. Each stop is asserted, so a key that stops working breaks
the walk rather than quietly counting.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual.pilot import Pilot

from pulih.core.content import Content
from pulih.core.store.database import store_exists
from pulih.tui.screens.confirm import ConfirmScreen
from pulih.tui.screens.data import DataScreen
from pulih.tui.screens.history import HistoryScreen
from pulih.tui.screens.narrow import NarrowScreen
from pulih.tui.screens.offer import OfferScreen
from pulih.tui.screens.results import ResultsScreen
from pulih.tui.screens.suggestions import SuggestionsScreen
from pulih.tui.screens.welcome import WelcomeScreen
from tests.helpers import CALM_CHECK_KEYS, SUPPORT_KEYS, make_app, press, store_done

TARGET = 45


class Walk:
    """Presses keys and counts them."""

    def __init__(self, pilot: Pilot[None]) -> None:
        self.pilot = pilot
        self.keys: list[str] = []

    async def __call__(self, *keys: str) -> None:
        self.keys += keys
        await press(self.pilot, *keys)


async def test_welcome_to_forget_in_one_run_within_45_keys(content: Content) -> None:
    data = Path(os.environ["PULIH_DATA_DIR"])
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        walk = Walk(pilot)
        assert isinstance(app.screen, WelcomeScreen)
        await walk("enter", *SUPPORT_KEYS)
        assert isinstance(app.screen, OfferScreen)
        await walk("enter", *CALM_CHECK_KEYS)
        assert isinstance(app.screen, ResultsScreen)
        await walk("enter")
        assert isinstance(app.screen, SuggestionsScreen)
        before = [s.resource.id for s in app.screen.view.suggestions]
        assert before

        # one narrowing: online only, then apply
        await walk("n")
        assert isinstance(app.screen, NarrowScreen)
        await walk("down", "enter", "end", "up", "enter")
        screen = app.screen
        assert isinstance(screen, SuggestionsScreen)
        assert app.preferences is not None and app.preferences.modes
        chosen = screen.view.suggestions[0].resource.id

        await walk("1")  # mark the first step
        assert app.next_steps == (chosen,)

        await walk("s")
        assert isinstance(app.screen, ConfirmScreen)
        await walk("y")
        await store_done(app)
        await press(pilot)
        assert app.saved_id is not None and store_exists(data)
        # asked once after a save with steps: may the welcome say when they are due?
        assert isinstance(app.screen, ConfirmScreen)
        await walk("n")
        await store_done(app)

        if "r" not in {b.key for b in SuggestionsScreen.BINDINGS}:  # type: ignore[union-attr]
            await walk("b")
            assert isinstance(app.screen, ResultsScreen)
        await walk("r")
        await store_done(app)
        await press(pilot)
        assert isinstance(app.screen, HistoryScreen)

        await walk("b")
        if "d" not in {b.key for b in type(app.screen).BINDINGS}:  # type: ignore[union-attr]
            await walk("b")
        await walk("d")
        await store_done(app)
        await press(pilot)
        assert isinstance(app.screen, DataScreen)
        await walk("d")
        assert isinstance(app.screen, ConfirmScreen)
        await walk("y")
        await store_done(app)
        await press(pilot)

    assert not store_exists(data) and not data.exists()
    print(f"walk: {len(walk.keys)} keys: {' '.join(walk.keys)}")
    assert len(walk.keys) <= TARGET, walk.keys
