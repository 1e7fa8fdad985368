"""Pilot tests of moving around without dead ends (issue 15): results reach history, your data
and the start; b and Escape go back; F1 lists keys that work."""

from __future__ import annotations

import re

from pulih.core.content import Content
from pulih.core.text.strings import t
from pulih.tui.screens.confirm import ConfirmScreen
from pulih.tui.screens.data import DataScreen
from pulih.tui.screens.history import HistoryScreen
from pulih.tui.screens.results import ResultsScreen
from pulih.tui.screens.suggestions import SuggestionsScreen
from pulih.tui.screens.welcome import WelcomeScreen
from tests.helpers import SUPPORT_KEYS, make_app, press, store_done

TO_RESULTS = ["enter", *SUPPORT_KEYS, "s"]


async def test_results_reach_history_and_data_and_come_back(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, *TO_RESULTS)
        assert isinstance(app.screen, ResultsScreen)
        await press(pilot, "r")
        await store_done(app)
        await press(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await press(pilot, "b")
        assert isinstance(app.screen, ResultsScreen)
        await press(pilot, "d")
        await store_done(app)
        await press(pilot)
        assert isinstance(app.screen, DataScreen)
        await press(pilot, "b")
        assert isinstance(app.screen, ResultsScreen)
        assert app.results is not None


async def test_start_over_asks_when_the_result_is_not_saved(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test() as pilot:
        await press(pilot, *TO_RESULTS, "w")
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == t("start_over.question", "en")
        await press(pilot, "enter")  # the default is no
        assert isinstance(app.screen, ResultsScreen)
        await press(pilot, "escape")  # back from this run's results is the start, asked too
        assert isinstance(app.screen, ConfirmScreen)
        await press(pilot, "n", "b")
        assert isinstance(app.screen, ConfirmScreen)
        await press(pilot, "y")
        assert isinstance(app.screen, WelcomeScreen)
        assert app.results is None and app.next_steps == ()


async def test_start_over_after_saving_does_not_ask(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, *TO_RESULTS, "s", "y")
        await store_done(app)
        await press(pilot)
        assert app.saved_id is not None
        await press(pilot, "w")
        assert isinstance(app.screen, WelcomeScreen) and app.saved_id is None


async def test_escape_on_suggestions_goes_back_to_results(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, *TO_RESULTS, "enter")
        assert isinstance(app.screen, SuggestionsScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, ResultsScreen)


async def test_history_from_a_past_result_is_not_stacked(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, *TO_RESULTS, "s", "y")
        await store_done(app)
        await press(pilot, "r")
        await store_done(app)
        await press(pilot, "enter")
        past = app.screen
        assert isinstance(past, ResultsScreen) and past.saved_on
        await press(pilot, "r")
        await store_done(app)
        await press(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert sum(isinstance(s, HistoryScreen) for s in app.screen_stack) == 1
        await press(pilot, "b")  # history → this run's result
        assert isinstance(app.screen, ResultsScreen) and not app.screen.saved_on


def test_help_lists_the_keys_the_results_screen_has() -> None:
    """Every single-letter key F1 names for results (r, d, w, s, e, m, i) is bound there."""
    bound = {binding.key for binding in ResultsScreen.BINDINGS}  # type: ignore[union-attr]
    for lang in ("id", "en"):
        body = t("help.body", lang)
        for key in ("r", "d", "w", "s", "e", "m", "i"):
            assert re.search(rf"(^|· ){key}  ?\S", body, re.M), (lang, key)
            assert key in bound, key
        assert "b / Esc" in body
    assert {"b", "escape"} <= bound


def test_one_result_shows_its_score_not_a_change() -> None:
    from pulih.core.report.history import Trend

    assert Trend("emotional", "Emotional", [17]).change() == "17"
    assert Trend("emotional", "Emotional", [None, 17]).change() == "17"
    assert Trend("emotional", "Emotional", [17, 25]).change() == "17 → 25 (+8)"
    assert Trend("emotional", "Emotional", [None]).change() == ""


async def test_quitting_a_saved_result_from_history_says_it_is_saved(content: Content) -> None:
    from pulih.tui.screens.dialogs import QuitScreen

    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, *TO_RESULTS, "s", "y")
        await store_done(app)
    again = make_app(content)
    async with again.run_test() as pilot:
        await press(pilot, "r")
        await store_done(again)
        await press(pilot, "enter", "q")
        dialog = again.screen
        assert isinstance(dialog, QuitScreen) and dialog.saved and not dialog.offer_save
        text = " ".join(str(s.render()) for s in dialog.query("Static"))
        assert t("quit.saved_note", "id") in text and t("quit.note", "id") not in text


async def test_marking_a_step_shows_at_once(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, *TO_RESULTS, "enter", "2")
        screen = app.screen
        assert isinstance(screen, SuggestionsScreen)
        notices = [n.message for n in app._notifications]
        assert t("step.marked", "en", number=2) in notices
        entry = list(screen.query(".suggestion"))[1]
        assert t("suggest.mine", "en") in str(entry.render())
        body = screen.query_one("#suggestions-body")
        assert body.scroll_y <= entry.virtual_region.y <= body.scroll_y + body.size.height
        await press(pilot, "2", "9")
        notices = [n.message for n in app._notifications]
        assert t("step.unmarked", "en", number=2) in notices
        if len(screen.view.suggestions) < 9:
            assert t("step.no_such", "en", number=9) in notices


async def test_long_screens_say_there_is_more_below(content: Content) -> None:
    from pulih.tui.widgets import KeyBar

    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, *TO_RESULTS)
        bar = app.screen.query_one(KeyBar)
        assert bar.more_below and t("key.more_below", "id") in str(bar.render())
        await press(pilot, "end")
        assert not bar.more_below and t("key.more_below", "id") not in str(bar.render())
        await press(pilot, "home")
        assert bar.more_below


async def test_a_long_dialog_says_there_is_more_below(content: Content) -> None:
    from textual.containers import VerticalScroll

    from pulih.tui.screens.dialogs import HelpScreen

    app = make_app(content, lang="en")
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one(VerticalScroll)
        assert t("key.more_below", "en") in str(body.border_subtitle)
        await press(pilot, "end")
        assert not body.border_subtitle


async def test_escape_goes_back_like_b(content: Content) -> None:
    from pulih.tui.screens.learn import LearnScreen
    from pulih.tui.screens.question import QuestionScreen
    from pulih.tui.screens.supportmap import MapScreen

    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "m")
        assert isinstance(app.screen, MapScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, WelcomeScreen)
        await press(pilot, "enter", "4", "escape")
        question = app.screen
        assert isinstance(question, QuestionScreen) and question.index == 0
        await press(pilot, *SUPPORT_KEYS, "s", "i")
        assert isinstance(app.screen, LearnScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, ResultsScreen)
