"""The room's discussion question follows the kind of support the room finds thinnest (issue 25
part B), never the row the facilitator happens to be on, and it reveals no hidden count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from pulih.core.content import Content
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.workshop.room import Thinnest, load_room_settings, tally, thinnest
from pulih.tui.app import PulihApp
from tests.conftest import TODAY
from tests.helpers import press

SETTINGS = load_room_settings()


def counts(*values: int | None) -> dict[str, int | None]:
    return dict(zip(SUPPORT_TYPES, values, strict=True))


# --- which type


def test_the_most_people_saying_thin_picks_the_question() -> None:
    # emotional 9, practical 12, informational 4, appraisal 15 of 23: appraisal
    assert thinnest(tally(23, counts(9, 12, 4, 15), SETTINGS)) == Thinnest("appraisal", False)
    assert thinnest(tally(23, counts(12, 9, 4, 5), SETTINGS)) == Thinnest("emotional", False)


def test_a_tie_goes_to_the_first_type_and_is_said_to_be_one_of_them() -> None:
    assert thinnest(tally(20, counts(5, 8, 8, 3), SETTINGS)) == Thinnest("instrumental", True)


def test_no_question_before_every_count_is_typed_or_in_a_small_room() -> None:
    assert thinnest(tally(23, counts(9, 12, None, 15), SETTINGS)) is None
    assert thinnest(tally(4, counts(3, 3, 3, 3), SETTINGS)) is None  # under the minimum
    assert thinnest(tally(None, counts(3, 3, 3, 3), SETTINGS)) is None
    assert thinnest(tally(10, counts(3, 11, 3, 3), SETTINGS)) is None  # a count above the room


def test_almost_everyone_is_level_whatever_the_hidden_counts() -> None:
    """A room of ten: 8 and 9 both read "almost everyone" (fewer than three did not). Picking
    the 9 would tell the room it was more than the 8; both are level, the first is asked about."""
    assert thinnest(tally(10, counts(8, 9, 5, 0), SETTINGS)) == Thinnest("emotional", True)
    assert thinnest(tally(10, counts(9, 8, 5, 0), SETTINGS)) == Thinnest("emotional", True)
    # "almost everyone" ranks above any shown share, "a few" below it
    assert thinnest(tally(10, counts(5, 9, 2, 0), SETTINGS)) == Thinnest("instrumental", False)
    assert thinnest(tally(10, counts(2, 1, 0, 3), SETTINGS)) == Thinnest("appraisal", False)
    assert thinnest(tally(10, counts(2, 1, 0, 2), SETTINGS)) == Thinnest("emotional", True)


@given(st.integers(min_value=5, max_value=60), st.data())
def test_the_choice_depends_only_on_what_the_screen_shows(people: int, data: st.DataObject) -> None:
    """Change every hidden count ("a few", "almost everyone") to another that reads the same:
    the question stays, so it cannot point at a count that suppression hides."""
    typed = data.draw(st.lists(st.integers(0, people), min_size=4, max_size=4))
    first = tally(people, counts(*typed), SETTINGS)
    other = []
    for line in first.types:
        if line.coarse == "few":
            other.append(data.draw(st.integers(0, SETTINGS.min_cell - 1)))
        elif line.coarse == "most":
            other.append(data.draw(st.integers(people - SETTINGS.min_cell + 1, people)))
        else:
            other.append(line.thin)
    second = tally(people, counts(*other), SETTINGS)
    assert [line.coarse for line in first.types] == [line.coarse for line in second.types]
    assert thinnest(first) == thinnest(second)
    found = thinnest(first)
    assert found is not None
    shown = {line.type_id: line.thin for line in first.types if line.coarse is None}
    if found.type_id in shown and not found.tied:  # a shown count: the room's largest shown
        assert all(
            count is not None and count < shown[found.type_id]
            for tid, count in shown.items()
            if tid != found.type_id
        )


# --- on the screen


def room_app(content: Content, lang: str) -> PulihApp:
    app = PulihApp(lang, today=TODAY, load=lambda: content, room=True)  # type: ignore[arg-type]
    app.animation_level = "none"
    return app


def detail(app: PulihApp) -> str:
    return str(app.screen.query_one("#room-detail", Static).render()).replace("\n", " ")


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_question_follows_the_thinnest_type_not_the_focused_row(
    content: Content, lang: str
) -> None:
    app = room_app(content, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "2", "3", "tab", "9", "tab", "1", "2", "tab", "4")
        waiting = {
            "id": "Setelah keempat jumlah diisi",
            "en": "Once all four counts are typed",
        }[lang]
        assert waiting in detail(app)
        await press(pilot, "tab", "1", "5")
        for _ in range(3):  # back up to the emotional row: the question stays
            await press(pilot, "shift+tab")
            shown = " ".join(detail(app).split())
            assert SETTINGS.questions["appraisal"](lang) in shown  # type: ignore[arg-type]
            assert SETTINGS.questions["emotional"](lang) not in shown  # type: ignore[arg-type]
            said = {
                "id": "Pertanyaan diskusi untuk jenis dukungan yang paling tipis di ruangan ini "
                "(penilaian):",
                "en": "Discussion question for the kind of support thinnest in this room "
                "(appraisal):",
            }[lang]
            assert said in shown


async def test_a_level_room_says_one_of_the_thinnest_and_hides_no_count(content: Content) -> None:
    app = room_app(content, "id")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "1", "0", "tab", "8", "tab", "9", "tab", "5", "tab", "0")
        shown = " ".join(detail(app).split())
        assert "salah satu jenis dukungan yang paling tipis di ruangan ini (emosional)" in shown
        assert SETTINGS.questions["emotional"]("id") in shown
        assert "9" not in shown and "8" not in shown


async def test_a_small_room_shows_no_question(content: Content) -> None:
    app = room_app(content, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "4", "tab", "3", "tab", "3", "tab", "3", "tab", "3")
        assert detail(app) == "" or not app.screen.query_one("#room-detail").display
