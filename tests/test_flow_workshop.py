"""The workshop leader: demo personas, Belajar, themes, small and large terminals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import Static

from pulih.core.content import Content
from pulih.core.workshop.demo import load_personas
from pulih.core.workshop.learn import load_pages
from pulih.tui.app import PulihApp
from pulih.tui.screens.crisis import CrisisScreen
from pulih.tui.screens.learn import LearnScreen
from pulih.tui.screens.overlays import BlankScreen, TooSmallScreen
from pulih.tui.screens.question import QuestionScreen
from pulih.tui.screens.results import ResultsScreen
from tests.conftest import TODAY
from tests.helpers import CALM_CHECK_KEYS, SUPPORT_KEYS, make_app, press, screen_name
from tests.test_privacy import tree


def demo_app(content: Content, persona: str = "sari", **kwargs: object) -> PulihApp:
    app = PulihApp("id", today=TODAY, load=lambda: content, demo=load_personas()[persona], **kwargs)  # type: ignore[arg-type]
    app.animation_level = "none"
    return app


def folders() -> list[Path]:
    return [
        Path(os.environ[name]) for name in ("PULIH_DATA_DIR", "PULIH_CACHE_DIR", "XDG_CONFIG_HOME")
    ]


async def test_demo_offers_the_personas_answers_and_saves_nothing(content: Content) -> None:
    before = tree(*folders())
    app = demo_app(content, theme="pulih-high-contrast")
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, "enter")
        question = app.screen
        assert isinstance(question, QuestionScreen)
        demo_line = str(question.query_one("#question-demo", Static).render())
        assert "Sari memilih" in demo_line and "Sering" in demo_line
        await press(pilot, *["enter"] * 12, "enter", *["enter"] * 9)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        persona = load_personas()["sari"].answers
        assert (
            app.results is not None
            and app.results.answers["refleksi-dukungan"] == persona["refleksi-dukungan"]
        )
        assert "informational" in app.results.support.to_strengthen  # one thin type
        assert app.results.referral == "suggest"  # and a referral suggestion
        await press(pilot, "s", "r", "d", "e")  # nothing here may touch the data
    assert app.saved_id is None and tree(*folders()) == before
    assert not any(f.exists() for f in folders())


async def test_the_crisis_persona_is_announced_and_reaches_the_safety_panel(
    content: Content,
) -> None:
    app = demo_app(content, "krisis")
    async with app.run_test() as pilot:
        welcome = app.screen
        assert "panel keselamatan" in str(welcome.query_one("#welcome-demo", Static).render())
        await press(pilot, "enter", *["enter"] * 12, "enter", *["enter"] * 5)
        assert isinstance(app.screen, CrisisScreen) and app.screen.kind == "safety"  # at once
        await press(pilot, "enter", *["enter"] * 5)  # K4 … K6, then "right now": no
        assert isinstance(app.screen, ResultsScreen) and app.screen.view.referral_level == "strong"


async def test_blank_and_start_over_keys(content: Content) -> None:
    app = demo_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", "enter", "enter", "z")
        assert isinstance(app.screen, BlankScreen)
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen) and app.screen.index == 2
        await press(pilot, "w")
        assert screen_name(pilot) == "WelcomeScreen" and len(app.screen_stack) == 1
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen) and app.screen.index == 0


async def test_blank_and_start_over_are_demo_only(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", "z", "w")
        assert isinstance(app.screen, QuestionScreen)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_belajar_from_welcome_and_results(content: Content, lang: str) -> None:
    pages = load_pages()
    assert len(pages) == 7
    app = make_app(content, lang=lang)  # type: ignore[arg-type]
    async with app.run_test() as pilot:
        await press(pilot, "i")
        learn = app.screen
        assert isinstance(learn, LearnScreen)
        titles = []
        for _ in pages:
            titles.append(str(learn.query_one("#learn-title", Static).render()))
            await press(pilot, "right")
        assert len(set(titles)) == 7 and learn.page == 6
        assert ("Resep sosial" if lang == "id" else "Social prescribing") in "".join(titles)
        await press(pilot, "left", "b", "enter", *SUPPORT_KEYS, "s", "i")
        assert isinstance(app.screen, LearnScreen)
        await press(pilot, "b")
        assert isinstance(app.screen, ResultsScreen)


def visible(app: PulihApp, selector: str) -> bool:
    """The widget lies wholly on screen, above the key bar."""
    widget = app.screen.query_one(selector)
    region = widget.region
    bar = app.screen.query_one("KeyBar").region
    return region.height > 0 and region.y >= 0 and region.bottom <= bar.y


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (200, 60)])
async def test_every_screen_works_at_each_size(content: Content, size: tuple[int, int]) -> None:
    app = make_app(content)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "enter")
        for selector in ("#question-progress", "#question-statement", "#question-options"):
            assert visible(app, selector), (size, selector)
        await press(pilot, *SUPPORT_KEYS, "enter", *CALM_CHECK_KEYS)
        assert isinstance(app.screen, ResultsScreen)
        first_bar = app.screen.query(".type-block").first()
        assert first_bar.region.bottom <= app.screen.query_one("KeyBar").region.y
        await press(pilot, "h")
        assert isinstance(app.screen, CrisisScreen)
        assert (
            visible(app, "#crisis-routes")
            or app.screen.query_one("#crisis-routes").region.y < size[1] - 4
        )


async def test_resizing_mid_flow_keeps_the_answers_and_small_terminals_get_a_notice(
    content: Content,
) -> None:
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", "4", "2", "5")
        await pilot.resize_terminal(30, 10)
        await press(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(60, 20)
        await press(pilot)
        question = app.screen
        assert isinstance(question, QuestionScreen)
        assert question.answers == {"E1": 4, "E2": 2, "E3": 5} and question.index == 3
        await pilot.resize_terminal(200, 60)
        await press(pilot, "3")
        assert question.answers["I1"] == 3


async def test_high_contrast_theme_and_it_is_remembered_only_after_saving(content: Content) -> None:
    app = make_app(content)
    app.theme = "pulih-high-contrast"
    async with app.run_test() as pilot:
        assert app.has_class("-theme-pulih-high-contrast")
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s", "y")
        await app.workers.wait_for_complete()
    later = PulihApp("id", today=TODAY, load=lambda: content)
    async with later.run_test() as pilot:
        await later.workers.wait_for_complete()
        await press(pilot)
        assert later.theme == "pulih-high-contrast"
    chosen = PulihApp("id", today=TODAY, load=lambda: content, theme="pulih-light")
    async with chosen.run_test() as pilot:
        await chosen.workers.wait_for_complete()
        await press(pilot)
        assert chosen.theme == "pulih-light"  # --theme wins over the remembered one


async def test_wide_terminals_show_big_digits(content: Content) -> None:
    from textual.widgets import Digits

    app = make_app(content)
    async with app.run_test(size=(140, 40)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s")
        digits = [str(d.value) for d in app.screen.query(Digits)]
        assert digits == ["83", "58", "8", "17"]  # strengths first, like the list below
        assert app.screen.query_one("#big-scores").display
        await pilot.resize_terminal(80, 24)
        await press(pilot)
        assert not app.screen.query_one("#big-scores").region.height
