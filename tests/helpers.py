"""Helpers for driving the app in Pilot and snapshot tests."""

from __future__ import annotations

from textual.pilot import Pilot

from pulih.core.content import Content
from pulih.core.text.i18n import Lang
from pulih.tui.app import PulihApp
from tests.conftest import TODAY

SUPPORT_KEYS = ["4", "4", "5", "2", "1", "2", "1", "2", "1", "3", "3", "4"]
CALM_CHECK_KEYS = [
    "2",
    "1",
    "1",
    "2",
    "1",
    "1",
    "1",
    "1",
    "1",
]  # C1..D2, K1 "not at all", K4 K5 K2 K6 "no"


def make_app(content: Content, lang: Lang = "id") -> PulihApp:
    app = PulihApp(lang, today=TODAY, load=lambda: content)
    app.animation_level = "none"
    return app


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press keys one at a time, letting each screen settle (screens switch after a delay)."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()
    await pilot.pause()


async def store_done(app: PulihApp) -> None:
    """Wait for reads and writes of the store (not the flow, which may still be waiting)."""
    for worker in list(app.workers):
        if worker.group == "store":
            await worker.wait()


def screen_name(pilot: Pilot[None]) -> str:
    return type(pilot.app.screen).__name__
