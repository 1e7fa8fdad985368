"""SVG snapshots of the room view at 80×24 and 60×20, in both languages."""

from __future__ import annotations

import pytest

from pulih.core.content import Content
from pulih.tui.app import PulihApp
from tests.conftest import TODAY
from tests.test_snapshots import SIZES, SnapCompare, driver

ROOM_KEYS = {
    "room": ["2", "3", "tab", "9", "tab", "1", "2", "tab", "4", "tab", "1", "5"],
    "room-too-few": ["4", "tab"],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("screen", list(ROOM_KEYS))
def test_room(
    snap_compare: SnapCompare, content: Content, screen: str, lang: str, size: tuple[int, int]
) -> None:
    app = PulihApp(
        lang,  # type: ignore[arg-type]
        today=TODAY,
        load=lambda: content,
        room=True,
        theme="pulih-high-contrast",
    )
    assert snap_compare(app, run_before=driver(ROOM_KEYS[screen]), terminal_size=size)
