"""Pilot tests of every flow: the full path, skipping, going back, both safety interrupts."""

from __future__ import annotations

from textual.widgets import Static

from pulih.core.content import Content
from pulih.core.directory.preferences import Preferences
from pulih.tui.screens.crisis import CrisisScreen
from pulih.tui.screens.question import QuestionScreen
from pulih.tui.screens.results import ResultsScreen
from tests.helpers import CALM_CHECK_KEYS, SUPPORT_KEYS, make_app, press, screen_name


def text_of(screen: object) -> str:
    statics = screen.query(Static)  # type: ignore[attr-defined]
    return "\n".join(str(s.render()) for s in statics)


async def test_full_path_to_results(content: Content) -> None:
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        assert screen_name(pilot) == "QuestionScreen"
        await press(pilot, *SUPPORT_KEYS)
        assert screen_name(pilot) == "OfferScreen"
        await press(pilot, "enter", *CALM_CHECK_KEYS)
        screen = app.screen
        assert isinstance(screen, ResultsScreen)
        view = screen.view
        assert [line.id for line in view.strengths] == ["emotional", "appraisal"]
        assert [line.id for line in view.to_strengthen] == ["informational", "instrumental"]
        assert view.referral_level == "none" and not view.crisis_first
        shown = text_of(screen)
        assert shown.index("Kekuatan Anda") < shown.index("Yang bisa diperkuat")
        assert "Ini bukan diagnosis." in shown
        assert "Cek kondisi (2 minggu terakhir): Minimal" in shown
        assert "83  " in shown and "Kuat" in shown and "Tipis" in shown


async def test_skipping_the_check(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s")
        assert isinstance(app.screen, ResultsScreen)
        assert "Cek kondisi dilewati." in text_of(app.screen)
        assert app.screen.view.referral_level == "none"


async def test_going_back_and_changing_an_answer(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", "4", "5")
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and screen.index == 2
        await press(pilot, "b", "left")
        assert screen.index == 0
        assert "← pilihan Anda" in str(screen.query_one("#question-options", Static).render())
        await press(pilot, "1")
        assert screen.answers["E1"] == 1 and screen.answers["E2"] == 5 and screen.index == 1
        await press(pilot, "0")  # skip E2: its old answer is dropped
        assert "E2" not in screen.answers


async def test_back_from_the_first_statement_returns_to_welcome(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", "b")
        assert screen_name(pilot) == "WelcomeScreen"


async def test_arrows_and_enter_choose_an_answer(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", "down", "down", "enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and screen.answers == {"E1": 2}


async def test_right_now_shows_the_urgent_panel_at_once_and_ends_the_check(
    content: Content,
) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "3")
        assert isinstance(app.screen, CrisisScreen) and app.screen.kind == "safety"  # at once
        await press(pilot, "enter")
        question = app.screen
        assert isinstance(question, QuestionScreen) and question.item.id == "K4"
        await press(pilot, "1", "2", "1", "1")  # K4 no, K5 yes (no second panel), K2, K6 no
        assert app.screen is question and question.item.id == "K3"  # right now: last
        assert "sedang berpikir untuk mengakhiri hidup" in text_of(question)
        await press(pilot, "2")  # yes, right now
        panel = app.screen
        assert isinstance(panel, CrisisScreen) and panel.kind == "urgent"
        shown = text_of(panel)
        assert "119" in shown and "IGD" in shown and "healing119.id" in shown
        assert shown.index("119") < shown.index("Kalau tidak tersambung")
        assert len(panel.routes) >= 3
        assert "Kuat" not in shown and "Tipis" not in shown  # no scores first
        await press(pilot, "enter")  # nothing more is asked: the results follow
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert results.view.referral_level == "urgent" and results.view.crisis_first
        assert "healing119" in str(results.query_one("#referral", Static).render())


async def test_endorsed_not_now_shows_the_safety_panel(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "enter", "1", "1", "1", "1", "1", "1", "1")
        assert isinstance(app.screen, QuestionScreen) and app.screen.item.id == "K2"
        await press(pilot, "2")  # thoughts of ending one's life: yes
        panel = app.screen
        assert isinstance(panel, CrisisScreen) and panel.kind == "safety"
        shown = text_of(panel)
        assert "Your safety matters" in shown and "What helps me stay safe?" in shown
        assert "119" in shown
        await press(pilot, "enter", "1")  # K6: no
        assert isinstance(app.screen, QuestionScreen) and app.screen.item.id == "K3"
        await press(pilot, "1")  # not right now: no second panel
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.view.referral_level == "strong"


async def test_switching_language_on_welcome(content: Content) -> None:
    app = make_app(content, lang="id")
    async with app.run_test() as pilot:
        assert "Tekan Enter untuk mulai" in text_of(app.screen)
        await press(pilot, "l")
        assert app.lang == "en" and "Press Enter to start" in text_of(app.screen)
        await press(pilot, "enter")
        assert "When I'm weighed down" in text_of(app.screen)


async def test_help_now_from_a_statement_and_back(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", "3", "h")
        panel = app.screen
        assert isinstance(panel, CrisisScreen) and panel.kind == "help"
        assert len(panel.routes) >= 3
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen) and app.screen.index == 1


async def test_help_now_on_welcome_before_anything_else(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "h")
        assert isinstance(app.screen, CrisisScreen)


async def test_f1_help_and_quit_with_confirmation(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "f1")
        assert screen_name(pilot) == "HelpScreen"
        await press(pilot, "enter", "q")
        assert screen_name(pilot) == "QuitScreen"
        await press(pilot, "n")
        assert screen_name(pilot) == "WelcomeScreen" and app.is_running
        await press(pilot, "q", "y")
        assert not app.is_running
    assert not app.quick_exited


async def test_quick_exit_from_the_middle(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", "4", "4", "x")
        assert not app.is_running
    assert app.quick_exited


async def test_quick_exit_works_on_top_of_a_dialog(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "q")
        assert screen_name(pilot) == "QuitScreen"
        await press(pilot, "x")
        assert not app.is_running
    assert app.quick_exited


async def test_broken_content_shows_crisis_help_not_a_traceback(content: Content) -> None:
    from pulih.core.questionnaire.problems import DataError, Problem
    from pulih.tui.app import PulihApp

    def broken() -> Content:
        raise DataError([Problem("resources.toml", 3, "resource[0].id", "duplicate id")])

    app = PulihApp("id", load=broken)
    async with app.run_test() as pilot:
        await press(pilot, "enter")
        assert isinstance(app.screen, CrisisScreen)
        assert "119" in text_of(app.screen)


async def test_suggestions_after_results_and_narrowing(content: Content) -> None:
    from pulih.tui.screens.narrow import NarrowScreen
    from pulih.tui.screens.place import PlaceScreen
    from pulih.tui.screens.suggestions import SuggestionsScreen

    app = make_app(content, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter")
        screen = app.screen
        assert isinstance(screen, SuggestionsScreen)
        first = [s.resource.id for s in screen.view.suggestions]
        assert first
        shown = text_of(screen)
        assert "Newest source: " in shown and "because your" in shown
        await press(pilot, "n")
        assert isinstance(app.screen, NarrowScreen)
        # Region first: pick Bali from the province list, then "All of Bali".
        await press(pilot, "enter")
        assert isinstance(app.screen, PlaceScreen)
        await press(pilot, *["down"] * 17, "enter", "enter")
        assert isinstance(app.screen, NarrowScreen) and app.screen.prefs.region == "Bali"
        await press(pilot, "down", "space")  # the header "How" is skipped: "online"
        assert app.screen.prefs.modes == ("online",)
        await press(pilot, "end", "up", "enter")  # "Apply"
        assert app.screen is screen and app.preferences is not None
        assert app.preferences.region == "Bali" and app.preferences.modes == ("online",)
        narrowed = screen.view.suggestions
        assert [s.resource.id for s in narrowed] != first
        assert "online" in narrowed[0].resource.modes
        await press(pilot, "b")
        assert isinstance(app.screen, ResultsScreen)


async def test_narrowing_keeps_choices_when_left_with_back(content: Content) -> None:
    from pulih.tui.screens.suggestions import SuggestionsScreen

    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter", "n", "down", "enter", "b")
        assert screen_name(pilot) == "SuggestionsScreen"
        assert app.preferences is not None and app.preferences.modes == ("online",)
        screen = app.screen
        assert isinstance(screen, SuggestionsScreen)
        assert "Disaring: daring" in text_of(screen)
        assert all(s.resource.modes != ["offline"] for s in screen.view.suggestions)
        await press(pilot, "n")
        assert app.screen.prefs.modes == ("online",)  # type: ignore[attr-defined]


async def test_an_audience_can_be_chosen_when_narrowing(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter", "n")
        audiences = content.directory.audience_names
        assert "lansia" in audiences
        steps = len(audiences) - audiences.index("lansia") + 1
        await press(pilot, "end", *["up"] * steps, "enter", "b")
        assert app.preferences is not None and app.preferences.audience == ("lansia",)
        shown = text_of(app.screen)
        assert "Narrowed: older people" in shown
        assert "Posyandu for older people" in shown  # its English name


async def test_a_region_puts_its_crisis_line_first(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        app.preferences = Preferences(region="DKI Jakarta")
        await press(pilot, "enter", "h")
        assert isinstance(app.screen, CrisisScreen)
        assert app.screen.routes[0].resource.id == "jakcare"


async def test_at_urgent_the_suggestions_put_professional_help_above_a_line(
    content: Content,
) -> None:
    from pulih.core.questionnaire.scoring import evaluate
    from pulih.tui.screens.suggestions import SuggestionsScreen

    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.content()
        support = {i.id: 2 for i in content.reflection.items}
        check = {"K1": 1, "K2": 1, "K3": 1}
        answers = {content.reflection.id: support, content.check.id: check}
        app.results = evaluate(content.reflection, content.check, answers)
        app.action_suggestions()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SuggestionsScreen)
        shown = text_of(screen)
        before, after = shown.split("Setelah itu, bila Anda mau")
        assert "Puskesmas" in before and screen.view.suggestions[0].layer == "specialised"
