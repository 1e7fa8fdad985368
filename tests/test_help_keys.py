"""F1 lists only keys that work on the screen it is opened on (issue 15): for every screen the
person can reach, each key F1 lists is bound and enabled there, and each key the screen itself
binds to be shown is listed."""

from __future__ import annotations

from textual.widgets import Input

from pulih.core.content import Content
from pulih.core.text.strings import t
from pulih.core.workshop.demo import load_personas
from pulih.tui.app import PulihApp
from pulih.tui.help_keys import help_lines, keys_of
from pulih.tui.screens.dialogs import HelpScreen
from pulih.tui.widgets import KeyBar
from tests.conftest import TODAY
from tests.helpers import SUPPORT_KEYS, make_app, press, store_done

CRISIS = ["1", "1", "1", "1", "2"]  # the check's safety item endorsed
URGENT = ["2", "1", "1", "1", "2"]


def check_help(app: PulihApp, seen: set[str]) -> None:
    """F1's keys for the current screen against that screen's bindings, both ways."""
    screen = app.screen
    name = type(screen).__name__
    seen.add(name)
    lines, _ = help_lines(screen, "id")
    listed = {key for label, _ in lines for key in keys_of(label)}
    active = screen.active_bindings
    from pulih.tui.screens.room import CountField

    typing = isinstance(screen.focused, (Input, CountField))
    for key in listed:
        works = key in active and active[key].enabled
        for binding in app._bindings.key_to_bindings.get(key, ()):  # priority: on dialogs too
            works = works or (binding.priority and app.check_action(binding.action, ()) is True)
        if typing and len(key) == 1:  # typed into a text box or a count field (the room view)
            works = True
        assert works, f"{name}: F1 lists {key!r}, which does nothing there"
    if not list(screen.query(KeyBar)):
        return  # a dialog names its own keys in its text (y: yes, n: no...)
    for key, bound in active.items():
        if bound.node is app or not bound.binding.show or not bound.enabled:
            continue
        assert key in listed, f"{name}: {key!r} ({bound.binding.description}) is not in F1"


async def test_f1_lists_only_the_keys_of_each_screen(content: Content) -> None:
    from pulih.tui.screens.history import HistoryScreen
    from pulih.tui.screens.mysteps import MyStepsScreen

    seen: set[str] = set()
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:

        async def at(*keys: str) -> None:
            await press(pilot, *keys)
            await store_done(app)
            await press(pilot)
            check_help(app, seen)

        await at()  # welcome
        await at("enter")  # a statement
        await at(*SUPPORT_KEYS)  # the offer of the check
        await at("p")  # the region
        await at("escape", "enter", *CRISIS)  # the safety panel
        await at("enter", *URGENT)  # the urgent panel
        await at("enter")  # results
        await at("a")  # about
        await at("enter", "enter")  # suggestions
        await at("n")  # narrowing
        await at("enter")  # the region, from narrowing
        await at("escape", "b", "m")  # the support map
        await at("a")  # a nickname
        await at("A", "n", "i", "enter", "g")  # the map as a table (a list)
        await at("b", "p")  # the safety plan
        await at("b", "i")  # Learn
        await at("b", "1", "s")  # the consent question
        await at("y", "n", "r")  # the reminder question (no), then history
        assert isinstance(app.screen, HistoryScreen)
        await at("l")  # my steps
        assert isinstance(app.screen, MyStepsScreen)
        await at("b", "b", "d")  # your data
        await at("b", "q")  # quit?
        await at("n", "w")  # start over (saved: no question) → welcome
    demo = PulihApp("id", today=TODAY, load=lambda: content, demo=load_personas()["sari"])
    demo.animation_level = "none"
    async with demo.run_test(size=(80, 24)) as pilot:
        await press(pilot)
        check_help(demo, seen)
        await press(pilot, "k")
        check_help(demo, seen)  # the room view
        await press(pilot, "b", "g")
        check_help(demo, seen)  # the facilitator's guide
    expected = {
        "WelcomeScreen",
        "QuestionScreen",
        "OfferScreen",
        "PlaceScreen",
        "CrisisScreen",
        "ResultsScreen",
        "AboutScreen",
        "SuggestionsScreen",
        "NarrowScreen",
        "MapScreen",
        "TextScreen",
        "PlanScreen",
        "LearnScreen",
        "ConfirmScreen",
        "HistoryScreen",
        "MyStepsScreen",
        "DataScreen",
        "QuitScreen",
        "RoomScreen",
    }
    assert expected <= seen, expected - seen


async def test_f1_on_suggestions_names_their_keys_and_not_the_answers(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "enter", "f1")
        assert isinstance(app.screen, HelpScreen)
        body = "\n".join(f"{key} {what}" for key, what in app.screen.keys or [])
        for name in ("key.history", "data.title", "key.map", "key.plan", "key.learn"):
            assert t(name, "en") in body
        assert t("key.start_over", "en") in body and t("key.answer", "en") not in body
        await press(pilot, "f1")
        assert not isinstance(app.screen, HelpScreen)


def test_key_labels_name_textual_keys() -> None:
    assert keys_of("1–9") == [str(n) for n in range(1, 10)]
    assert keys_of("←→") == ["left", "right"]
    assert keys_of("b / Esc") == ["b", "escape"]
    assert keys_of("F9 / F10") == ["f9", "f10"]
    assert keys_of("Enter") == ["enter"]
    assert keys_of("/yo▏") == ["slash"]
