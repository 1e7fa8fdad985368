"""SVG snapshots of the drawn support map (0, 1, 5 and 15 people) at 60×20, 80×24 and 120×40,
and a check that the results open with all four types above the key bar at 60×20."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from pulih.core.content import Content
from pulih.tui.widgets import KeyBar
from tests.helpers import SUPPORT_KEYS, make_app, press
from tests.test_pictures import people

SnapCompare = Callable[..., bool]
CASES = [
    (0, (60, 20)),
    (0, (80, 24)),
    (0, (120, 40)),
    (15, (60, 20)),
    (15, (80, 24)),
    (15, (120, 40)),
    (1, (80, 24)),
    (5, (80, 24)),
]


@pytest.mark.parametrize(
    ("count", "size"), CASES, ids=[f"{n}-people-{w}x{h}" for n, (w, h) in CASES]
)
def test_drawn_map(
    snap_compare: SnapCompare, content: Content, count: int, size: tuple[int, int]
) -> None:
    app = make_app(content, lang="id")

    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        app.support_map = people(count)
        await press(pilot, "m")

    assert snap_compare(app, run_before=run_before, terminal_size=size)


async def test_results_open_with_all_four_types_above_the_key_bar(content: Content) -> None:
    for lang, names in (
        ("id", ("Emosional", "Praktis", "Informasi", "Penilaian")),
        ("en", ("Emotional", "Practical", "Informational", "Appraisal")),
    ):
        app = make_app(content, lang=lang)
        async with app.run_test(size=(60, 20)) as pilot:
            await press(pilot, "enter", *SUPPORT_KEYS, "s")
            glance = app.screen.query_one("#glance", Static)
            keys = app.screen.query_one(KeyBar)
            shown = str(glance.render())
            assert [line.split()[0] for line in shown.splitlines()] == list(names)
            assert glance.region.height == 4
            assert glance.region.bottom <= keys.region.y
            note = app.screen.query_one("#not-validated", Static)
            assert note.region.y == glance.region.bottom  # right beside the scores


async def test_g_switches_to_the_table_and_it_stays_chosen(content: Content) -> None:
    from textual.widgets import OptionList

    from pulih.tui.screens.supportmap import MapCanvas, MapScreen

    app = make_app(content, lang="en")
    async with app.run_test(size=(60, 20)) as pilot:
        app.support_map = people(5)
        await press(pilot, "m", "down", "down")
        screen = app.screen
        assert isinstance(screen, MapScreen) and screen.index == 2
        assert screen.query_one(MapCanvas).display and not screen.query_one(OptionList).display
        await press(pilot, "g")
        table = screen.query_one(OptionList)
        assert table.display and app.focused is table and table.highlighted == 2
        assert not screen.query_one(MapCanvas).display
        await press(pilot, "up", "1", "b", "m")
        again = app.screen
        assert isinstance(again, MapScreen) and again.grid  # remembered for screen readers
        assert "emotional" in app.support_map.ties[1].gives ^ people(5).ties[1].gives


async def test_sari_comes_with_her_map_and_start_over_brings_it_back(content: Content) -> None:
    from pulih.core.workshop.demo import load_personas
    from pulih.tui.app import PulihApp
    from tests.conftest import TODAY

    sari = load_personas()["sari"]
    assert sari.support_map.gaps() == ("informational",)  # the gap a room should see
    app = PulihApp("id", today=TODAY, load=lambda: content, demo=sari)
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, "m")
        shown = "\n".join(str(app.screen.query_one("#map-gaps", Static).render()).splitlines())
        assert "Belum ada yang memberi: informasi" in shown
        await press(pilot, "-", "b")
        assert len(app.support_map.ties) == len(sari.support_map.ties) - 1
        await press(pilot, "w")
        assert app.support_map == sari.support_map
