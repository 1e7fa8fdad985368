"""SVG snapshots of the key screens at 80×24 and 60×20. Review snapshot_report.html before updating."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from pulih.core.content import Content
from tests.helpers import SUPPORT_KEYS, make_app, press

SIZES = [(80, 24), (60, 20)]
SnapCompare = Callable[..., bool]

KEYS = {
    "welcome": [],
    "statement": ["enter", "4", "2"],
    "results": ["enter", *SUPPORT_KEYS, "s"],
    "suggestions": ["enter", *SUPPORT_KEYS, "s", "enter"],
    "urgent": ["enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "2", "2"],
}


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
    app = make_app(content, lang="id")
    assert snap_compare(app, run_before=driver(KEYS[screen]), terminal_size=size)
