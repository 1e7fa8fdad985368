"""Pilot flows: mapping people, and writing, saving and reopening a safety plan."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from textual.widgets import Input

from pulih.core.content import Content
from pulih.core.mapplan.safetyplan import SafetyPlan
from pulih.core.store.database import Store, store_exists
from pulih.tui.screens.crisis import CrisisScreen
from pulih.tui.screens.plan import PlanScreen
from pulih.tui.screens.suggestions import SuggestionsScreen
from pulih.tui.screens.supportmap import MapScreen, TextScreen
from tests.helpers import SUPPORT_KEYS, make_app, press, store_done


def data() -> Path:
    return Path(os.environ["PULIH_DATA_DIR"])


async def type_text(pilot: object, text: str) -> None:
    await press(pilot, *[{" ": "space"}.get(ch, ch) for ch in text], "enter")  # type: ignore[arg-type]


async def test_mapping_five_people_with_the_keyboard(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "m")
        screen = app.screen
        assert isinstance(screen, MapScreen)
        people = [
            ("Ibu", "left", "12"),
            ("Hexa", "", "1"),
            ("Pak RT", "right", "3"),
            ("Xena", "", "4"),
            ("Kelompok senam", "right", "1"),
        ]
        for name, move, types in people:
            await press(pilot, "a")
            assert isinstance(app.screen, TextScreen)
            await type_text(pilot, name)  # "h" and "x" are letters here, not help or exit
            assert app.is_running and isinstance(app.screen, MapScreen)
            if move:
                await press(pilot, move)
            await press(pilot, *types)
        await press(pilot, "up", "t", "up", "-")  # Xena is stressful; Pak RT is removed
        support_map = screen.support_map
        assert [t.nickname for t in support_map.ties] == ["Ibu", "Hexa", "Xena", "Kelompok senam"]
        assert support_map.ties[0].circle == "inner" and support_map.ties[3].circle == "outer"
        assert support_map.ties[2].stressful and support_map.gaps() == ("informational",)
        await press(pilot, "b")
        assert app.support_map == support_map
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter")
        suggestions = app.screen
        assert isinstance(suggestions, SuggestionsScreen)
        reasons = " ".join(" ".join(s.reasons) for s in suggestions.view.suggestions)
        assert "belum ada yang memberi dukungan informasi di peta Anda" in reasons
    assert not store_exists(data())  # nothing written without consent


async def test_a_map_drawn_from_the_suggestions_changes_them_at_once(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter")
        suggestions = app.screen
        assert isinstance(suggestions, SuggestionsScreen)
        before = " ".join(" ".join(s.reasons) for s in suggestions.view.suggestions)
        assert "peta Anda" not in before
        await press(pilot, "m", "a")
        await type_text(pilot, "Ibu")
        await press(pilot, "1", "2", "3", "b")
        assert app.screen is suggestions
        after = " ".join(" ".join(s.reasons) for s in suggestions.view.suggestions)
        assert "belum ada yang memberi dukungan penilaian di peta Anda" in after


async def test_a_map_drawn_after_saving_is_kept_with_that_result(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s", "y")
        await store_done(app)
        await press(pilot)
        assert app.saved_id is not None
        await press(pilot, "m", "a")
        await type_text(pilot, "Ibu")
        await press(pilot, "1", "b")
        await store_done(app)
    with Store.open(data()) as store:
        (saved,) = store.results()
    assert [tie.nickname for tie in saved.support_map.ties] == ["Ibu"]
    assert saved.support_map.ties[0].gives == {"emotional"}


async def test_renaming_with_enter_and_cancelling_with_escape(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "m", "a")
        await type_text(pilot, "Ib")
        await press(pilot, "enter", "end", "u", "enter")  # Enter on the row: rename
        screen = app.screen
        assert isinstance(screen, MapScreen)
        assert [tie.nickname for tie in screen.support_map.ties] == ["Ibu"]
        await press(pilot, "a", "Z", "escape")  # cancelled: nobody added
        await press(pilot, "enter", "ctrl+u")
        assert app.screen.query_one(Input).value == ""
        await press(pilot, "enter")  # an empty name keeps the old one
        assert [tie.nickname for tie in screen.support_map.ties] == ["Ibu"]


async def test_f9_and_f10_work_while_typing(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "m", "a", "f9")
        assert isinstance(app.screen, CrisisScreen)
        await press(pilot, "enter", "f10")
    assert app.quick_exited


async def test_a_plan_after_the_safety_panel_saved_and_reopened_in_two_keys(
    content: Content,
) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "2", "1")
        assert isinstance(app.screen, CrisisScreen) and app.screen.kind == "safety"
        await press(pilot, "r")
        plan_screen = app.screen
        assert isinstance(plan_screen, PlanScreen)
        await press(pilot, "1")
        await type_text(pilot, "susah tidur")
        await press(pilot, "2")
        await type_text(pilot, "jalan pagi")
        await press(pilot, "1")  # a part opens with its words, to change them
        text = app.screen.query_one(Input)
        assert text.value == "susah tidur"
        await press(pilot, "escape", "s", "y")
        await store_done(app)
        await press(pilot, "b")
        assert app.plan == SafetyPlan(signs="susah tidur", cope="jalan pagi")
    with Store.open(data()) as store:
        assert store.safety_plan() == SafetyPlan(signs="susah tidur", cope="jalan pagi")
    later = make_app(content)
    async with later.run_test() as pilot:
        await press(pilot, "h", "p")  # two keys from any screen
        await store_done(later)
        await press(pilot)
        reopened = later.screen
        assert isinstance(reopened, PlanScreen) and reopened.plan.cope == "jalan pagi"


async def test_a_plan_is_not_saved_without_consent(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "h", "p", "6")
        await type_text(pilot, "titip obat ke kakak")
        await press(pilot, "s", "enter", "b")
        assert app.plan is not None and app.plan.environment == "titip obat ke kakak"
    assert not store_exists(data())


async def test_the_plan_exports_as_its_own_private_page(content: Content, tmp_path: Path) -> None:
    app = make_app(content, lang="en")
    app.export_dir = tmp_path
    async with app.run_test() as pilot:
        await press(pilot, "h", "p", "2")
        await type_text(pilot, "a walk")
        await press(pilot, "e", "enter")
        await store_done(app)
    (page,) = tmp_path.glob("pulih-safety-plan-*.html")
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    text = page.read_text(encoding="utf-8")
    assert (
        "My safety plan" in text
        and "a walk" in text
        and "Checked from public sources" in text
        and "Only for:" in text
    )
    assert not store_exists(data())  # exporting is not saving


async def test_the_exported_note_carries_the_map_only_when_chosen(
    content: Content, tmp_path: Path
) -> None:
    for answer, expected in (("y", True), ("n", False)):
        folder = tmp_path / answer
        folder.mkdir()
        app = make_app(content, lang="en")
        app.export_dir = folder
        async with app.run_test() as pilot:
            await press(pilot, "m", "a")
            await type_text(pilot, "Rina")
            await press(pilot, "1", "b", "enter", *SUPPORT_KEYS, "s")
            await press(pilot, "e", answer, "enter")
            await store_done(app)
        (note,) = folder.glob("pulih-note-*.html")
        text = note.read_text(encoding="utf-8")
        assert ("Rina" in text) is expected and ("My support map" in text) is expected
