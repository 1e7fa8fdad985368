"""The support map and the safety plan in ``--plain``: line prompts over the same core."""

from __future__ import annotations

from datetime import datetime

from pulih.core.mapplan.mapplan_text import from_map, map_lines, plan_lines
from pulih.core.mapplan.safetyplan import SECTIONS, SafetyPlan
from pulih.core.mapplan.supportmap import CIRCLES, SupportMap, Tie, clean_nickname
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.plain_io import PlainIO

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


def save_plan(plan: SafetyPlan, lang: Lang) -> tuple[str, bool]:
    """Save the plan (the caller has asked); the message to show, and whether it was saved."""
    from pulih.core.files.paths import data_dir
    from pulih.core.store.database import Store
    from pulih.core.store.errors import StoreError

    try:
        with Store.open(data_dir()) as store:
            store.save_safety_plan(plan, datetime.now().astimezone())
    except StoreError as error:
        return t("save.not_saved", lang, reason=error.message(lang)), False
    return t("plan.saved", lang), True


def read_plan() -> SafetyPlan | None:
    """The saved plan, if any (None when nothing is saved or the store cannot be read)."""
    from pulih.core.files.paths import data_dir
    from pulih.core.store.database import Store, store_exists
    from pulih.core.store.errors import StoreError

    if not store_exists(data_dir()):
        return None
    try:
        with Store.open(data_dir()) as store:
            return store.safety_plan()
    except StoreError:
        return None
