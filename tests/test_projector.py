"""The projector (issue 15): at 60×20 a demo's banner and key bar take two rows, the results
show all four types with their band words, notifications stay off the key bar, options stay in
view down to the too-small limit, and the consent, export and forget questions can be shown
as a rehearsal that writes nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.geometry import Region
from textual.widgets import Static

from pulih.core.content import Content
from pulih.core.text.strings import t
from pulih.core.workshop.demo import load_personas
from pulih.tui.app import PulihApp
from pulih.tui.screens.confirm import ConfirmScreen
from pulih.tui.screens.question import QuestionScreen
from pulih.tui.screens.results import ResultsScreen
from pulih.tui.widgets import ALWAYS, KeyBar, fitting, rows_of
from tests.conftest import TODAY
from tests.helpers import SUPPORT_KEYS, make_app, press
from tests.test_flow_workshop import demo_app, folders
from tests.test_privacy import tree

THROUGH_THE_DEMO = ["enter", *["enter"] * 12, "enter", *["enter"] * 9]  # welcome → results


def bar_rows(app: PulihApp) -> int:
    return app.screen.query_one(KeyBar).outer_size.height


async def test_a_demo_at_60x20_keeps_banner_and_keys_to_two_rows(content: Content) -> None:
    app = demo_app(content)
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot)
        seen = []
        for key in [*THROUGH_THE_DEMO, "enter"]:  # welcome, statements, check, results, suggestions
            bar = app.screen.query_one(KeyBar)
            seen.append(type(app.screen).__name__)
            assert bar_rows(app) <= 2, (type(app.screen).__name__, bar.render())
            shown = str(bar.render())
            assert "DEMO · Sari" in shown
            assert {"h", "F1"} <= {key for key, _ in bar.shown}  # crisis help and all keys
            await press(pilot, key)
        assert {"WelcomeScreen", "QuestionScreen", "ResultsScreen"} <= set(seen)
        # what has no room is named by F1, which says so
        assert t("key.help_all", "id") in str(app.screen.query_one(KeyBar).render())


async def test_a_demo_at_60x20_shows_all_four_types_with_their_band_words(
    content: Content,
) -> None:
    app = demo_app(content, theme="pulih-high-contrast")
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, *THROUGH_THE_DEMO)
        screen = app.screen
        assert isinstance(screen, ResultsScreen)
        glance = screen.query_one("#glance", Static)
        bar = screen.query_one(KeyBar)
        assert glance.region.bottom <= bar.region.y  # above the key bar, not scrolled to
        text = str(glance.render())
        view = screen.view
        lines = view.strengths + view.to_strengthen
        assert len(lines) == 4
        from pulih.core.report.charts import type_name

        for line in lines:  # the short name, the number and the band word, on one row
            row = next(r for r in text.splitlines() if r.startswith(type_name(line.id, "id")))
            assert f"{line.score}  {line.band_label}" in row


async def test_at_80x24_the_banner_and_every_key_stay(content: Content) -> None:
    app = demo_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, *THROUGH_THE_DEMO)
        bar = app.screen.query_one(KeyBar)
        assert bar.shown[-len(ALWAYS) :] == ALWAYS and len(bar.shown) == len(bar.hints) + 1
        assert t("demo.banner", "id", name="Sari") in str(bar.render())


async def test_notifications_never_cover_the_key_bar(content: Content) -> None:
    app = make_app(content)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s")
        for n in range(3):
            app.notify(f"note {n} " + "a long line that wraps " * 3, timeout=30)
        await press(pilot)
        await pilot.pause(0.2)
        screen = app.screen
        keybar = screen.query_one(KeyBar)
        assert list(screen.query("Toast"))  # shown...
        covered = {  # ...and every cell of the key bar is the key bar's, not a toast's
            type(screen.get_widget_at(x, y)[0]).__name__
            for x in range(keybar.region.x, keybar.region.right)
            for y in range(keybar.region.y, keybar.region.bottom)
        }
        assert covered == {"KeyBar"}


@pytest.mark.parametrize("size", [(50, 14), (40, 12), (60, 20)])
async def test_below_60x20_every_option_stays_in_view(
    content: Content, size: tuple[int, int]
) -> None:
    """Every statement of the reflection and the check, at sizes down to the too-small limit:
    the last option (0, skip) is drawn above the key bar."""
    app = make_app(content)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "enter")
        checked = 0
        for keys in (SUPPORT_KEYS, ["enter"], ["1"] * 9):
            for key in keys:
                screen = app.screen
                if isinstance(screen, QuestionScreen):
                    options = screen.query_one("#question-options", Static)
                    bar = screen.query_one(KeyBar).region
                    count = len(str(options.render()).rstrip("\n").splitlines())
                    drawn = Region(0, options.region.y, size[0], count)
                    assert drawn.bottom <= bar.y, (screen.item.id, drawn, bar)
                    assert drawn.y >= 0 and options.region.height >= count
                    checked += 1
                await press(pilot, key)
        assert checked >= 12 + 4


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key", ["s", "e", "d"])
async def test_a_demo_rehearses_consent_export_and_forget_and_writes_nothing(
    content: Content, tmp_path: Path, key: str, lang: str
) -> None:
    home = Path(os.environ["HOME"])
    before = tree(home, tmp_path, *folders())
    app = PulihApp(
        lang,  # type: ignore[arg-type]
        today=TODAY,
        load=lambda: content,
        demo=load_personas()["sari"],
        export_dir=tmp_path,
    )
    app.animation_level = "none"
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await press(pilot, *THROUGH_THE_DEMO, key)
        if (
            key == "e" and isinstance(app.screen, ConfirmScreen) and not hasattr(app.screen, "path")
        ):  # Sari has a support map: first, whether to include it
            assert app.screen.badge == t("demo.rehearsal", lang)  # type: ignore[arg-type]
            await press(pilot, "y")
        question = app.screen
        assert isinstance(question, ConfirmScreen), type(question).__name__
        assert question.badge == t("demo.rehearsal", lang)  # type: ignore[arg-type]
        dialog = question.query_one(".dialog")
        assert dialog.border_title == t("demo.rehearsal", lang)  # type: ignore[arg-type]
        if key == "s":  # at 60x20 the consent and its y/n are in view without scrolling
            yes_no = next(
                w for w in question.query(Static) if str(w.render()).startswith(question.yes)
            )
            assert yes_no.region.bottom <= dialog.region.bottom - 1, (yes_no.region, dialog.region)
        expected = {"s": "save.question", "e": "export.question", "d": "forget.title"}[key]
        assert question.question == t(expected, lang)  # type: ignore[arg-type]
        await press(pilot, "y")  # yes, as a person would: still nothing written
        assert isinstance(app.screen, ResultsScreen)
        said = [n.message for n in app._notifications]
        assert t("demo.rehearsal_done", lang) in said  # type: ignore[arg-type]
    assert tree(home, tmp_path, *folders()) == before
    assert app.saved_id is None


async def test_a_demo_says_history_is_empty_because_nothing_is_kept(content: Content) -> None:
    app = demo_app(content)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await press(pilot, *THROUGH_THE_DEMO, "r")
        assert isinstance(app.screen, ResultsScreen)
        said = [n.message for n in app._notifications]
        assert t("demo.nothing_kept", "id") in said and t("save.disabled", "id") not in said


HINTS = st.lists(
    st.tuples(
        st.sampled_from(["Enter", "s", "e", "m", "1–9", "↓", "/", "b / Esc", "PgDn"]),
        st.sampled_from(["key.save", "key.export", "key.map", "key.back", "key.learn"]),
    ),
    max_size=9,
    unique_by=lambda hint: hint[0],
)


@given(
    hints=HINTS,
    width=st.integers(38, 140),
    rows=st.integers(1, 3),
    start=st.integers(0, 14),
    lang=st.sampled_from(["id", "en"]),
)
def test_fitting_keeps_crisis_help_and_f1_and_the_order(
    hints: list[tuple[str, str]], width: int, rows: int, start: int, lang: str
) -> None:
    everything = (*hints, *ALWAYS)
    kept, short = fitting(everything, lang, width, rows, start)  # type: ignore[arg-type]
    keys = [key for key, _ in kept]
    assert "h" in keys and "F1" in keys
    assert keys == [key for key, _ in everything if key in keys]  # order kept
    optional = [hint for hint in kept if hint[0] not in ("h", "F1")]
    if optional:  # anything beyond the two required ones is only kept where it fits
        assert rows_of(kept, lang, width, start, short) <= rows  # type: ignore[arg-type]
    if rows_of(everything, lang, width, start) <= rows:  # type: ignore[arg-type]
        assert kept == everything and not short  # nothing dropped when everything fits
    required = tuple(hint for hint in everything if hint[0] in ("h", "F1"))
    if rows_of(required, lang, width, start) > rows:  # type: ignore[arg-type]
        assert short  # the short words whenever h and F1 do not fit at full length
    own = [hint for hint in everything if hint[0] not in ("h", "F1", "↓")]
    if short and rows_of(required, lang, width, start) <= rows:  # type: ignore[arg-type]
        assert own and own[0] in kept  # shortened only to make room for the screen's first key


@pytest.mark.parametrize("demo", [False, True])
async def test_at_the_smallest_size_the_screens_first_key_is_shown(
    content: Content, demo: bool
) -> None:
    """A review: at 40x12 the welcome's bar had no Enter, so nothing said how to begin."""
    app = demo_app(content) if demo else make_app(content)
    async with app.run_test(size=(40, 12)) as pilot:
        await press(pilot)
        keys = [key for key, _ in app.screen.query_one(KeyBar).shown]
        assert "Enter" in keys and "h" in keys and "F1" in keys
        await press(pilot, "enter")
        keys = [key for key, _ in app.screen.query_one(KeyBar).shown]
        assert keys[0].startswith("1–") or keys[:2] == ["↓", "1–5"], keys
