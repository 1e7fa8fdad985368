"""A safety plan or support map never loses a part (issue 22, item 2).

The review found ``--plain``'s "write a safety plan?" on the safety panel starting from an empty
plan and replacing the saved one on save (the helpers' names were lost), and two windows editing
the plan: the last save silently won. Every front end now opens the saved plan, a save changes
only the parts changed in that session, and a part changed in both places is shown both ways
for the person to choose.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pulih.core.content import Content
from pulih.core.mapplan.merge import merge_map, merge_plan, resolve_map, resolve_plan
from pulih.core.mapplan.safetyplan import SECTIONS, SafetyPlan
from pulih.core.mapplan.supportmap import SupportMap, Tie
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.database import Store
from pulih.core.store.record import SavedResult
from pulih.tui.screens.confirm import ChoiceScreen
from pulih.tui.screens.plan import PlanScreen
from tests.helpers import make_app, press, store_done
from tests.test_flow_map_plan import type_text
from tests.test_plain import SUPPORT, pulih
from tests.test_plain_map_plan import REST_OF_CHECK, SAFETY_CHECK

WHEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SAVED = SafetyPlan(signs="susah tidur", people="Kak Rina, 0812-3456-7890", reasons="anak saya")


def data() -> Path:
    return Path(os.environ["PULIH_DATA_DIR"])


def save_plan(plan: SafetyPlan) -> None:
    with Store.open(data()) as store:
        store.save_safety_plan(plan, WHEN)


def saved_plan() -> SafetyPlan | None:
    with Store.open(data()) as store:
        return store.safety_plan()


# --- the core: three-way merge, section by section

texts = st.sampled_from(["", "a", "b", "c"])
plans = st.builds(SafetyPlan, *(texts for _ in SECTIONS))


@given(plans, plans, plans)
def test_a_merge_keeps_every_change_and_conflicts_only_where_both_changed(
    base: SafetyPlan, mine: SafetyPlan, theirs: SafetyPlan
) -> None:
    merged, conflicts = merge_plan(base, mine, theirs)
    conflicting = {c.part for c in conflicts}
    for name in SECTIONS:
        b, m, th, out = (getattr(p, name) for p in (base, mine, theirs, merged))
        if name in conflicting:
            assert m != b and th != b and m != th and out == th  # saved words until chosen
        elif m != b:
            assert out == m  # changed here: saved
        else:
            assert out == th  # not changed here: whatever was saved stays
    resolved = resolve_plan(merged, conflicts, dict.fromkeys(conflicting, "both"))
    for conflict in conflicts:
        kept = getattr(resolved, conflict.part)
        assert conflict.mine.strip() in kept and conflict.theirs.strip() in kept


ties = st.builds(
    Tie,
    st.sampled_from(["Ibu", "Rina", "Pak RT", "Budi"]),
    st.sampled_from(["inner", "middle", "outer"]),
    st.frozensets(st.sampled_from(["emotional", "instrumental"])),
    st.booleans(),
)
maps = st.lists(ties, max_size=4, unique_by=lambda t: t.nickname).map(
    lambda found: SupportMap(tuple(found))
)


@given(maps, maps, maps)
def test_a_map_merge_loses_no_person_changed_on_one_side_only(
    base: SupportMap, mine: SupportMap, theirs: SupportMap
) -> None:
    merged, conflicts, sides = merge_map(base, mine, theirs, "en")
    by = {tie.nickname: tie for tie in merged.ties}
    conflicting = {c.part for c in conflicts}
    was = {t.nickname: t for t in base.ties}
    here = {t.nickname: t for t in mine.ties}
    there = {t.nickname: t for t in theirs.ties}
    for name in set(was) | set(here) | set(there):
        if name in conflicting:
            continue
        if here.get(name) != was.get(name):
            assert by.get(name) == here.get(name)
        else:
            assert by.get(name) == there.get(name)
    mine_first = resolve_map(merged, sides, dict.fromkeys(conflicting, "mine"))
    for name in conflicting:
        assert {t.nickname: t for t in mine_first.ties}.get(name) == here.get(name)


def test_the_store_saves_only_what_changed_and_writes_nothing_on_a_conflict() -> None:
    save_plan(SAVED)
    base = SAVED
    save_plan_elsewhere = SAVED.with_section("cope", "jalan pagi")
    with Store.open(data()) as store:
        store.save_safety_plan(save_plan_elsewhere, WHEN, base)
        mine = SAVED.with_section("distract", "main gitar")
        done = store.save_safety_plan(mine, WHEN, base)
        assert done.saved == SAVED.with_section("cope", "jalan pagi").with_section(
            "distract", "main gitar"
        )
        clash = done.saved.with_section("cope", "menulis jurnal")
        other = done.saved.with_section("cope", "mandi air hangat")
        store.save_safety_plan(other, WHEN, done.saved)
        refused = store.save_safety_plan(clash, WHEN, done.saved)
        assert refused.saved is None and [c.part for c in refused.conflicts] == ["cope"]
        assert store.safety_plan() == other  # nothing written until the person chooses


def test_a_plan_saved_with_no_base_over_a_saved_one_never_replaces_it_silently() -> None:
    save_plan(SAVED)
    with Store.open(data()) as store:
        done = store.save_safety_plan(SafetyPlan(signs="gelisah"), WHEN)
        assert done.saved is None and [c.part for c in done.conflicts] == ["signs"]
        assert store.safety_plan() == SAVED


# --- --plain: the offer on the safety panel opens the saved plan


def test_plain_plan_offer_on_the_safety_panel_keeps_the_saved_parts() -> None:
    save_plan(SAVED)
    # yes to "write a plan?"; Enter keeps each part, but part 2 gets new words; then save: y
    plan = ["y", "", "jalan pagi", "", "", "", "", "", "y"]
    feed = [*SUPPORT, "y", *SAFETY_CHECK, *plan, *REST_OF_CHECK, "n", "", "n"]
    done = pulih("--plain", "--lang", "id", feed=feed)
    assert done.returncode == 0, done.stderr
    assert "(Kak Rina, 0812-3456-7890)" in done.stdout  # the saved part was shown to edit
    assert saved_plan() == SAVED.with_section("cope", "jalan pagi")


def test_plain_choice_flow_keeps_both_versions() -> None:
    from io import StringIO

    from pulih.core.content import load_content
    from pulih.plain.mapplan import save_plan as plain_save
    from pulih.plain.session import PlainSession
    from tests.conftest import TODAY

    save_plan(SAVED.with_section("signs", "gelisah"))  # saved meanwhile, elsewhere
    out = StringIO()
    session = PlainSession(load_content(TODAY), "en", StringIO("3\n"), out, TODAY, save=True)
    mine = SAVED.with_section("signs", "tidak bisa tidur")
    saved = plain_save(session, mine, SAVED)
    text = out.getvalue()
    assert "also changed and saved elsewhere" in text
    assert "Here: tidak bisa tidur" in text and "As saved: gelisah" in text
    assert saved == saved_plan() == SAVED.with_section("signs", "gelisah / tidak bisa tidur")


# --- the TUI: two windows


async def test_tui_save_keeps_a_part_another_window_saved(content: Content) -> None:
    save_plan(SAVED)
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "h", "p")
        await store_done(app)
        await press(pilot)
        assert isinstance(app.screen, PlanScreen) and app.screen.plan == SAVED
        save_plan_from_another_window = SAVED.with_section("cope", "doa")
        with Store.open(data()) as store:
            store.save_safety_plan(save_plan_from_another_window, WHEN, SAVED)
        await press(pilot, "3")
        await type_text(pilot, "main gitar")
        await press(pilot, "s", "y")
        await store_done(app)
        await press(pilot)
        assert app.screen.plan == SAVED.with_section("cope", "doa").with_section(
            "distract", "main gitar"
        )
    assert saved_plan() == SAVED.with_section("cope", "doa").with_section("distract", "main gitar")


async def test_tui_asks_about_a_part_changed_in_both_windows(content: Content) -> None:
    save_plan(SAVED)
    app = make_app(content, lang="en")
    async with app.run_test() as pilot:
        await press(pilot, "h", "p")
        await store_done(app)
        await press(pilot)
        with Store.open(data()) as store:
            store.save_safety_plan(SAVED.with_section("signs", "gelisah"), WHEN, SAVED)
        await press(pilot, "1")
        app.screen.query_one("Input").value = ""  # type: ignore[attr-defined]
        await type_text(pilot, "tidak bisa tidur")
        await press(pilot, "s", "y")
        await store_done(app)
        await press(pilot)
        choice = app.screen
        assert isinstance(choice, ChoiceScreen)
        assert choice.mine == "tidak bisa tidur" and choice.theirs == "gelisah"
        assert saved_plan() == SAVED.with_section("signs", "gelisah")  # nothing written yet
        await press(pilot, "1")
        await store_done(app)
        await press(pilot)
    assert saved_plan() == SAVED.with_section("signs", "tidak bisa tidur")


async def test_tui_map_changes_merge_with_another_windows(content: Content) -> None:
    results = evaluate(content.reflection, content.check, {"refleksi-dukungan": {"E1": 3}})
    first = SupportMap((Tie("Ibu", "inner", frozenset({"emotional"})),))
    with Store.open(data()) as store:
        result_id = store.save(SavedResult(WHEN, "id", {}, results, support_map=first))
        elsewhere = first.added(Tie("Rina", "middle"))
        store.update_support_map(result_id, elsewhere, first)
        mine = first.added(Tie("Pak RT", "outer"))
        done = store.update_support_map(result_id, mine, first)
        assert done.saved is not None
        assert [t.nickname for t in done.saved.ties] == ["Ibu", "Rina", "Pak RT"]
        base = done.saved
        store.update_support_map(result_id, base.replaced(0, Tie("Ibu", "middle")), base)
        clash = store.update_support_map(result_id, base.replaced(0, Tie("Ibu", "outer")), base)
        assert clash.saved is None and [c.part for c in clash.conflicts] == ["Ibu"]
        assert clash.conflicts[0].mine == "Ibu · Lingkar luar"  # in the person's words
