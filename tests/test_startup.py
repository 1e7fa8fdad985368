"""The first frame: the chosen theme is in place without reading the stylesheet twice."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.color import Color

from pulih.tui.app import PulihApp
from pulih.tui.themes import THEMES


@pytest.mark.parametrize("theme", [None, *(t.name for t in THEMES)])
async def test_first_frame_has_the_theme_and_parses_the_stylesheet_once(
    theme: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    refreshed: list[str] = []
    original = App.refresh_css

    def counting(self: App[None], animate: bool = True) -> None:
        refreshed.append(str(self.theme))
        original(self, animate)

    monkeypatch.setattr(App, "refresh_css", counting)
    app = PulihApp(theme=theme)
    async with app.run_test() as pilot:
        await pilot.pause()
        chosen = next(t for t in THEMES if t.name == app.theme)
        assert theme is None or app.theme == theme
        assert app.screen.styles.background == Color.parse(chosen.background or "")
        assert f"-theme-{chosen.name}" in app.classes
        assert ("-dark-mode" in app.classes) is chosen.dark
        assert refreshed == [], "the stylesheet was parsed again before the first frame"
        # a theme chosen later (the palette) still applies
        other = next(t for t in THEMES if t.name != chosen.name)
        app.theme = other.name
        await pilot.pause()
        assert app.screen.styles.background == Color.parse(other.background or "")


def test_an_unknown_theme_is_refused_as_before() -> None:
    from textual.app import InvalidThemeError

    with pytest.raises(InvalidThemeError):
        PulihApp(theme="no-such-theme")
