"""The support map: gaps steer the matching; map and plan round-trip through store and export."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pulih.core.content import Content, load_content
from pulih.core.directory.matching import MatchIndex, Need, match_resources
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.resources import crisis_routes
from pulih.core.mapplan.safetyplan import SafetyPlan
from pulih.core.mapplan.supportmap import (
    SupportMap,
    Tie,
    clean_nickname,
    map_change,
    map_from_data,
    map_to_data,
)
from pulih.core.questionnaire.scoring import evaluate, score_support
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.report.export import note_markdown, plan_markdown
from pulih.core.report.present import note_for
from pulih.core.store.database import Store
from pulih.core.store.record import SavedResult
from tests.conftest import TODAY

CONTENT = load_content(TODAY)
INDEX = MatchIndex(CONTENT.directory)
WHEN = datetime(2026, 11, 22, 10, 0, tzinfo=timezone(timedelta(hours=7)))

ties = st.builds(
    Tie,
    st.text(alphabet="abcdefghij ", min_size=1, max_size=8).map(lambda s: clean_nickname(s) or "x"),
    st.sampled_from(["inner", "middle", "outer"]),
    st.frozensets(st.sampled_from(SUPPORT_TYPES)),
    st.booleans(),
)
maps = st.lists(ties, min_size=1, max_size=6).map(lambda t: SupportMap(tuple(t)))
STRONG = {i: 5 for i in CONTENT.reflection.item_by_id}  # nothing thin from the questions


@given(maps)
def test_gaps_are_exactly_the_types_nobody_gives(support_map: SupportMap) -> None:
    given_types = {k for tie in support_map.ties for k in tie.gives}
    assert set(support_map.gaps()) == set(SUPPORT_TYPES) - given_types


@given(maps, st.sampled_from(["id", "en"]))
def test_every_gap_gets_a_suggestion_that_fills_it(support_map: SupportMap, lang: str) -> None:
    support = score_support(CONTENT.reflection, STRONG)
    need = Need.from_support(support, "none", support_map.gaps())
    found = match_resources(INDEX, need, Preferences(), lang)  # type: ignore[arg-type]
    for gap in support_map.gaps():
        fillers = [s for s in found if gap in s.resource.support_types]
        assert fillers, gap
        words = "peta Anda" if lang == "id" else "on your map"
        assert any(words in " ".join(s.reasons) for s in fillers)
    if not support_map.gaps():
        assert not any("peta Anda" in " ".join(s.reasons) for s in found)


def test_a_gap_changes_the_matches() -> None:
    support = score_support(CONTENT.reflection, STRONG)
    everyone = SupportMap((Tie("Ibu", "inner", frozenset(SUPPORT_TYPES)),))
    no_appraisal = SupportMap((Tie("Ibu", "inner", frozenset(SUPPORT_TYPES) - {"appraisal"}),))
    before = match_resources(
        INDEX, Need.from_support(support, "none", everyone.gaps()), Preferences(), "id"
    )
    after = match_resources(
        INDEX, Need.from_support(support, "none", no_appraisal.gaps()), Preferences(), "id"
    )
    assert [s.resource.id for s in before] != [s.resource.id for s in after]
    assert "belum ada yang memberi dukungan penilaian di peta Anda" in after[0].reasons


@given(maps)
def test_a_map_round_trips_through_its_data(support_map: SupportMap) -> None:
    assert map_from_data(map_to_data(support_map)) == support_map


def test_map_and_plan_round_trip_through_the_store_and_the_export(
    content: Content, tmp_path: Path
) -> None:
    support_map = SupportMap(
        (
            Tie("Ibu", "inner", frozenset({"emotional", "instrumental"})),
            Tie("Rina", "middle", frozenset({"emotional"}), stressful=True),
        )
    )
    plan = SafetyPlan(signs="tidak bisa tidur", cope="jalan pagi", people="Ibu")
    results = evaluate(content.reflection, content.check, {"refleksi-dukungan": STRONG})
    saved = SavedResult(WHEN, "id", {}, results, support_map=support_map)
    with Store.open(tmp_path / "data") as store:
        store.save(saved)
        store.save_safety_plan(plan, WHEN)
    with Store.open(tmp_path / "data") as store:
        (back,) = store.results()
        assert back.support_map == support_map
        assert store.safety_plan() == plan
    note = note_markdown(note_for(back, content, TODAY, include_map=True))
    assert "Rina (!)" in note and "Belum ada yang memberi: informasi, penilaian" in note
    assert "Rina" not in note_markdown(note_for(back, content, TODAY, include_map=False))
    routes = crisis_routes(content.directory.crisis, TODAY, "id")
    written = plan_markdown(plan, routes, support_map, "id")
    assert "tidak bisa tidur" in written and "jalan pagi" in written
    assert "Dari peta Anda: Ibu" in written and "PSC 119 · 119" in written


def test_then_vs_now_of_two_maps() -> None:
    then = SupportMap((Tie("Ibu", "middle", frozenset({"emotional"})), Tie("Dodi", "outer")))
    now = SupportMap(
        (Tie("ibu", "inner", frozenset({"emotional", "appraisal"})), Tie("Sinta", "outer"))
    )
    change = map_change(then, now)
    assert change.closer == ("ibu",) and change.joined == ("Sinta",) and change.left == ("Dodi",)
    assert change.gaps_closed == ("appraisal",)
