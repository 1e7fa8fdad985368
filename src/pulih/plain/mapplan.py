"""The support map and the safety plan in ``--plain``: line prompts over the same core."""

from __future__ import annotations

from datetime import datetime

from pulih.core.mapplan.mapplan_text import from_map, map_lines, plan_lines
from pulih.core.mapplan.merge import CHOICES, Choice, Conflict, merge_plan, resolve_plan
from pulih.core.mapplan.safetyplan import SECTIONS, SafetyPlan
from pulih.core.mapplan.supportmap import CIRCLES, SupportMap, Tie, clean_nickname
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.strings import t
from pulih.plain.io import PlainIO

MAX_PEOPLE = 30


def ask_map(session: PlainIO, support_map: SupportMap) -> SupportMap:
    """Add people one by one (nickname, circle, types given, stressful); an empty name ends."""
    lang = session.lang
    session.say("", t("map.title", lang).upper(), t("map.lead", lang))
    types = ", ".join(f"{n} {t(f'type.{k}', lang)}" for n, k in enumerate(SUPPORT_TYPES, 1))
    while len(support_map.ties) < MAX_PEOPLE:
        name = clean_nickname(session.ask_text(t("plain.map_name", lang)))
        if not name:
            break
        circle = session.choose(t("plain.map_circle", lang), len(CIRCLES), default=2)
        gives = session.numbers(t("plain.map_types", lang, types=types), len(SUPPORT_TYPES))
        stressful = session.yes(t("plain.map_stress", lang))
        tie = Tie(
            name,
            CIRCLES[circle - 1],
            frozenset(SUPPORT_TYPES[n - 1] for n in gives),
            stressful,
        )
        support_map = support_map.added(tie)
    session.say("", *map_lines(support_map, lang))
    return support_map


def ask_plan(session: PlainIO, plan: SafetyPlan, support_map: SupportMap) -> SafetyPlan:
    """Each part the person writes, in order; Enter keeps what is there."""
    lang = session.lang
    session.say("", t("plan.title", lang).upper(), t("plan.lead", lang), t("plain.plan_how", lang))
    for name in SECTIONS:
        current = getattr(plan, name)
        session.say("", t(f"plan.{name}", lang))
        if current:
            session.say(f"  ({current})")
        hint = from_map(support_map, lang) if name == "people" else ""
        if hint:
            session.say(f"  {hint}")
        text = session.ask_text(">")
        if text:
            plan = plan.with_section(name, text)
    routes = session.routes()
    session.say("", *plan_lines(plan, routes, support_map, lang))
    return plan


def save_plan(session: PlainIO, plan: SafetyPlan, base: SafetyPlan | None) -> SafetyPlan | None:
    """Save the plan (the caller has asked) as changed from ``base``, the plan as it was opened.
    A part someone saved meanwhile (another window) is kept; a part changed both here and
    there is shown both ways and the person chooses. The plan as saved, or None (not saved:
    why is said)."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    lang = session.lang
    for _attempt in range(5):
        try:
            with Store.open(data_dir()) as store:
                session.say(*store.report.notices(lang))
                outcome = store.save_safety_plan(plan, datetime.now().astimezone(), base)
        except StoreError as error:
            session.say(t("save.not_saved", lang, reason=error.message(lang)))
            return None
        if outcome.saved is not None:
            session.say(t("plan.saved", lang))
            return outcome.saved
        session.say("", t("merge.plan_changed", lang))
        choices = {
            c.part: ask_choice(session, t(f"plan.{c.part}", lang), c) for c in outcome.conflicts
        }
        merged, conflicts = merge_plan(base or SafetyPlan(), plan, outcome.theirs)
        plan, base = resolve_plan(merged, conflicts, choices), outcome.theirs
    session.say(t("save.not_saved", lang, reason=t("merge.still_changing", lang)))
    return None


def ask_choice(session: PlainIO, part: str, conflict: Conflict) -> Choice:
    """Both versions of one part, then 1 (this one), 2 (the saved one) or 3 (both)."""
    lang = session.lang
    empty = t("merge.removed", lang)
    session.say(
        "",
        part,
        f"  {t('merge.mine', lang)}: {conflict.mine or empty}",
        f"  {t('merge.theirs', lang)}: {conflict.theirs or empty}",
        f"  1. {t('merge.keep_mine', lang)}",
        f"  2. {t('merge.keep_theirs', lang)}",
        f"  3. {t('merge.keep_both', lang)}",
    )
    return CHOICES[session.choose(t("merge.choose", lang), 3, default=2) - 1]


def read_plan() -> SafetyPlan | None:
    """The saved plan, if any (None when nothing is saved or the store cannot be read)."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store, store_exists  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    if not store_exists(data_dir()):
        return None
    try:
        with Store.open_to_read(data_dir()) as store:
            return store.safety_plan()
    except StoreError:
        return None
