"""Asking the place early (issue 13): before the check, typing to jump, skippable, Back works,
and the live safety panel shows the regional crisis line of the place chosen."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Static

from pulih.core.content import Content
from pulih.core.directory.regions import find_place, provinces
from pulih.tui.app import PulihApp
from pulih.tui.screens.crisis import CrisisScreen
from pulih.tui.screens.offer import OfferScreen
from pulih.tui.screens.place import PlaceScreen, jump_to
from pulih.tui.screens.question import QuestionScreen
from tests.helpers import SUPPORT_KEYS, make_app, press


def test_typing_jumps_to_a_place() -> None:
    names = [p.name for p in provinces()]
    assert names[jump_to(provinces(), "yo") or 0] == "DI Yogyakarta"
    assert names[jump_to(provinces(), "jogja") or 0] == "DI Yogyakarta"
    assert names[jump_to(provinces(), "dk") or 0] == "DKI Jakarta"
    assert names[jump_to(provinces(), "papua s") or 0] == "Papua Selatan"
    diy = find_place("DIY")
    assert diy is not None
    from pulih.core.directory.regions import places_in

    kabupaten = places_in(diy)
    assert kabupaten[jump_to(kabupaten, "gu") or 0].name == "Kabupaten Gunungkidul"
    assert jump_to(kabupaten, "zz") is None


async def test_choosing_kabupaten_gunungkidul_before_the_check(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS)
        assert isinstance(app.screen, OfferScreen)
        await press(pilot, "p", "y", "o", "enter", "g", "u", "enter")
        assert isinstance(app.screen, OfferScreen)
        assert app.preferences is not None
        assert app.preferences.region == "Kabupaten Gunungkidul"
        assert "Kabupaten Gunungkidul, DI Yogyakarta" in str(
            app.screen.query_one("#offer-place").render()
        )
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)


async def test_the_place_can_be_skipped_and_back_leaves_it_unchanged(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "p")
        assert isinstance(app.screen, PlaceScreen)
        await press(pilot, "b", "a", "l", "enter")  # Bali: its kabupaten/kota now
        assert isinstance(app.screen, PlaceScreen) and app.screen.province is not None
        await press(pilot, "escape")  # back to the provinces
        assert isinstance(app.screen, PlaceScreen) and app.screen.province is None
        await press(pilot, "escape")  # back to the offer, nothing chosen
        assert isinstance(app.screen, OfferScreen) and app.preferences is None
        await press(pilot, "p", "enter")  # "Skip (not given)" is first
        assert isinstance(app.screen, OfferScreen)
        assert app.preferences is not None and app.preferences.region == ""


async def answer_until_the_safety_panel(app: PulihApp, pilot: Pilot[None]) -> CrisisScreen:
    """Answer the check so that a safety item is endorsed (not "right now"), whatever its order:
    on each question, an option that brings the safety panel, else the last option that does not
    bring the urgent one."""
    for _ in range(20):
        screen = app.screen
        if isinstance(screen, CrisisScreen):
            return screen
        assert isinstance(screen, QuestionScreen), type(screen).__name__
        options = screen.questionnaire.options_for(screen.item)
        kinds = []
        for option in options:
            panel = app._safety_interrupt(screen.item, option.value, dict(screen.answers))
            kinds.append(panel.kind if isinstance(panel, CrisisScreen) else None)
        if "safety" in kinds:
            number = kinds.index("safety") + 1
        else:
            number = max(n for n, kind in enumerate(kinds, 1) if kind != "urgent")
        await press(pilot, str(number))
    raise AssertionError("no safety panel")


async def test_a_place_chosen_before_the_check_puts_its_crisis_line_in_the_safety_panel(
    content: Content,
) -> None:
    app = make_app(content, lang="en")
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "p", "d", "k", "enter", "enter")
        assert app.preferences is not None and app.preferences.region == "DKI Jakarta"
        await press(pilot, "enter")
        panel = await answer_until_the_safety_panel(app, pilot)
        assert panel.kind == "safety"
        assert panel.routes[0].resource.id == "jakcare"
        assert "JakCare" in " ".join(str(s.render()) for s in panel.query("Static"))


async def test_without_a_place_no_regional_line_is_shown(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "enter")
        panel = await answer_until_the_safety_panel(app, pilot)
        assert "jakcare" not in [r.resource.id for r in panel.routes]


async def test_a_city_typed_on_the_province_list_is_taken_never_a_wrong_guess(
    content: Content,
) -> None:
    """Typing "Denpasar" once jumped to DKI Jakarta (its "D") and Enter chose Jakarta."""
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "p", *"denpasar", "enter")
        assert isinstance(app.screen, OfferScreen)
        assert app.preferences is not None and app.preferences.region == "Kota Denpasar"
        await press(pilot, "p", *"zzz", "enter")  # nothing matches: nothing is chosen
        assert isinstance(app.screen, PlaceScreen)


async def test_a_typo_is_answered_with_the_names_close_to_it(content: Content) -> None:
    """From the newcomer walk: "Makasar" and Enter did nothing at all. Now the names close to
    it are listed to choose from; a name close to nothing says so in the title."""
    app = make_app(content, lang="en")
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "p", *"makasar", "enter")
        screen = app.screen
        assert isinstance(screen, PlaceScreen) and screen.asking
        title = str(screen.query_one("#place-title", Static).render())
        assert "'makasar' is not known" in title
        assert [p.name for p in screen.places][:1] == ["Kota Makassar"]
        await press(pilot, "enter")
        assert app.preferences is not None and app.preferences.region == "Kota Makassar"
        await press(pilot, "p", *"zzzq", "enter")
        title = str(app.screen.query_one("#place-title", Static).render())
        assert "'zzzq' is not known" in title
        await press(pilot, *"toraja", "enter")  # the next name is typed afresh
        assert app.screen.asking and len(app.screen.places) == 2  # type: ignore[attr-defined]
