"""SVG snapshots of the place question at 80×24 and 60×20 (issue 13). Review before updating."""

from __future__ import annotations

import pytest

from pulih.core.content import Content
from tests.helpers import SUPPORT_KEYS, make_app
from tests.test_snapshots import SIZES, SnapCompare, driver

KEYS = {
    "provinces": ["enter", *SUPPORT_KEYS, "p", "y", "o"],
    "kabupaten": ["enter", *SUPPORT_KEYS, "p", "y", "o", "enter", "g", "u"],
    "offer": ["enter", *SUPPORT_KEYS, "p", "y", "o", "enter", "g", "u", "enter"],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(KEYS))
def test_place(
    snap_compare: SnapCompare, content: Content, screen: str, size: tuple[int, int]
) -> None:
    app = make_app(content, lang="id")
    assert snap_compare(app, run_before=driver(KEYS[screen]), terminal_size=size)
