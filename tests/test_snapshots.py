"""SVG snapshots of the key screens at 80×24 and 60×20. Review snapshot_report.html before updating."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from pulih.core.content import Content
from pulih.core.directory.preferences import Preferences
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.database import Store
from pulih.core.store.record import SavedResult
from pulih.core.workshop.demo import load_personas
from pulih.tui.app import PulihApp
from tests.conftest import TODAY
from tests.helpers import SUPPORT_KEYS, make_app, press

SIZES = [(80, 24), (60, 20)]
SnapCompare = Callable[..., bool]

KEYS = {
    "welcome": [],
    "statement": ["enter", "4", "2"],
    "results": ["enter", *SUPPORT_KEYS, "s"],
    "suggestions": ["enter", *SUPPORT_KEYS, "s", "enter"],
    "suggestions_region": ["enter", *SUPPORT_KEYS, "s", "enter"],
    "learn": ["i", "right", "right", "right", "right"],
    "history": ["r"],
    "forget": ["d", "d"],
    "demo": ["enter", "enter", "enter"],
    # a projector: all four types with their band words, banner and keys in two rows
    "demo_results": ["enter", *["enter"] * 12, "enter", *["enter"] * 9],
    "map": [
        "m",
        "a",
        "I",
        "b",
        "u",
        "enter",
        "left",
        "1",
        "2",
        "a",
        "R",
        "enter",
        "1",
        "t",
        "a",
        "P",
        "k",
        "enter",
        "right",
        "3",
    ],
    "plan": ["h", "p", "1", "g", "e", "l", "i", "s", "a", "h", "enter"],
    "safety": ["enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "2"],
    "right-now": ["enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "2", "enter", *"2111"],
    "urgent": ["enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "2", "enter", *"21112"],
    # after the urgent panel: results, then suggestions with the crisis routes in one line
    "suggestions_crisis": [
        *["enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "2", "enter", *"21112"],
        *["enter", "enter"],
    ],
}


def save_two_results(content: Content) -> None:
    """Two saved reflections with fixed dates, in the test's own data folder."""
    reflection, check = content.reflection, content.check
    then = {i: 2 for i in reflection.item_by_id} | {"E1": 4, "E2": 4, "E3": 3}
    now = {i: 3 for i in reflection.item_by_id} | {"N1": 4, "N2": 4, "N3": 5}
    with Store.open(Path(os.environ["PULIH_DATA_DIR"])) as store:
        for day, answers, check_answers in (
            (1, then, {"C1": 2, "C2": 2, "D1": 1, "D2": 2}),
            (22, now, None),
        ):
            all_answers = {reflection.id: answers} | (
                {check.id: check_answers} if check_answers else {}
            )
            results = evaluate(reflection, check, all_answers)
            when = datetime(2026, 11, day, 9, 0, tzinfo=timezone(timedelta(hours=7)))
            store.save(SavedResult(when, "id", {}, results))


def driver(keys: list[str]) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await press(pilot, *keys)

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(KEYS))
def test_screen(
    snap_compare: SnapCompare, content: Content, screen: str, size: tuple[int, int]
) -> None:
    if screen in ("history", "forget"):
        save_two_results(content)
    app = make_app(content, lang="id")
    if screen == "suggestions_region":  # nothing in person listed there: the plain line
        app.preferences = Preferences(region="DI Yogyakarta")
    if screen.startswith("demo"):
        app = PulihApp(
            "id",
            today=TODAY,
            load=lambda: content,
            demo=load_personas()["sari"],
            theme="pulih-high-contrast",
        )
    assert snap_compare(app, run_before=driver(KEYS[screen]), terminal_size=size)
