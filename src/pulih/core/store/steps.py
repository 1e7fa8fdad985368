"""After the next step: how each chosen step went, when to check in, and what to try instead.

A link worker does not stop at the referral: they agree a next step, check in later, ask how it
went and adjust. pulih does the same on the person's own machine, only for results the person
chose to save (the store holds the outcomes; nothing here writes anything).

- An outcome is one of :data:`OUTCOMES` with an optional short note in the person's words
  (control characters refused) and the date it was recorded.
- The check-in date comes from content/check-in.toml (data with its source, not code): it
  follows the referral level of the result (strong: 7 days, suggest: 14, none: 28).
- :func:`adjust` offers, for a step that did not help (or was not possible by the check-in
  date), the next best suggestion for the same need from the existing matching, leaving out
  every step already chosen, with a reason line.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pulih.core.text.i18n import Lang
from pulih.core.text.printable import control_problem, printable
from pulih.core.text.strings import t, t_count

if TYPE_CHECKING:
    from pulih.core.content import Content
    from pulih.core.directory.catalogue import Catalogue
    from pulih.core.directory.matching import Suggestion
    from pulih.core.store.record import SavedResult

Outcome = Literal["done", "tried", "not_yet", "not_helpful"]
OUTCOMES: tuple[Outcome, ...] = ("done", "tried", "not_yet", "not_helpful")
"""In the order the person is offered them (keys 1-4 in the TUI)."""
NOTE_MAX = 200
CHECK_IN_FILE = Path(__file__).resolve().parent.parent.parent / "content" / "check-in.toml"


class StepInputError(ValueError):
    """An outcome or note that cannot be recorded; :meth:`message` is one plain line in the
    person's language."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key, self.values = key, values

    def message(self, lang: Lang) -> str:
        return t(self.key, lang, **self.values)


OUTCOME_WORDS: dict[str, Outcome] = {
    "sudah": "done",
    "dicoba": "tried",
    "sudah_dicoba": "tried",
    "belum": "not_yet",
    "tidak_membantu": "not_helpful",
}
"""The Indonesian words ``pulih steps mark --help`` names next to each outcome."""


def parse_outcome(text: str) -> Outcome:
    """``done``, ``tried``, ``not-yet`` / ``not_yet``, ``not-helpful`` / ``not_helpful``, or
    the Indonesian words (``sudah``, ``sudah-dicoba``, ``belum``, ``tidak-membantu``)."""
    value = text.strip().lower().replace("-", "_").replace(" ", "_")
    value = OUTCOME_WORDS.get(value, value)
    if value not in OUTCOMES:
        raise StepInputError("steps.bad_outcome", text=text)
    return value


def clean_note(text: str | None) -> str:
    """A note in the person's words, as one line: line breaks and runs of spaces become one
    space (a note is shown on one line everywhere), at most NOTE_MAX characters; any other
    control character is refused, not silently removed."""
    if text is None:
        return ""
    note = " ".join(text.split())
    if control_problem(note):
        raise StepInputError("steps.note_control")
    if len(note) > NOTE_MAX:
        raise StepInputError("steps.note_long", max=NOTE_MAX, count=len(note))
    return note


@dataclass(frozen=True)
class StepOutcome:
    """How one chosen step of one saved result went."""

    step: str
    outcome: Outcome
    note: str
    updated: date


@dataclass(frozen=True)
class CheckInRule:
    default_days: int
    by_referral: dict[str, int]
    source: str

    def days(self, referral: str | None) -> int:
        return self.by_referral.get(referral or "", self.default_days)

    def proposed(self, saved_on: date, referral: str | None) -> date:
        return saved_on + timedelta(days=self.days(referral))


def load_check_in_rule(path: Path = CHECK_IN_FILE) -> CheckInRule:
    """The rule of content/check-in.toml; a bad file is a ValueError naming FILE and field."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    table = data.get("check_in")
    source = data.get("source")
    if not isinstance(table, dict) or not isinstance(source, str) or not source.strip():
        raise ValueError(f"{path}: check_in: needs a [check_in] table and a source")
    default = table.get("default_days")
    bands = table.get("by_referral", {})
    if isinstance(default, bool) or not isinstance(default, int) or not 1 <= default <= 366:
        raise ValueError(f"{path}: check_in.default_days: a whole number of days, 1-366")
    if not isinstance(bands, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 366 for v in bands.values()
    ):
        raise ValueError(f"{path}: check_in.by_referral: level = days (1-366)")
    from pulih.core.questionnaire.model import REFERRAL_ORDER  # pydantic: only to check the rule

    unknown = sorted(set(bands) - set(REFERRAL_ORDER))
    if unknown:
        raise ValueError(f"{path}: check_in.by_referral: not a referral level: {unknown[0]}")
    return CheckInRule(default, {str(k): int(v) for k, v in bands.items()}, source)


@cache
def check_in_rule() -> CheckInRule:
    return load_check_in_rule()


def outcome_label(outcome: Outcome | None, lang: Lang) -> str:
    return t(f"steps.outcome.{outcome or 'none'}", lang)


def needs_another(outcome: StepOutcome | None, check_in: date | None, today: date) -> bool:
    """A step that did not help, or was not possible by the check-in date."""
    if outcome is None:
        return False
    if outcome.outcome == "not_helpful":
        return True
    return outcome.outcome == "not_yet" and check_in is not None and today > check_in


@dataclass(frozen=True)
class StepView:
    """A chosen step in words: its id, name (the id when no longer in the directory), outcome."""

    id: str
    name: str
    outcome: StepOutcome | None

    def to_json(self) -> dict[str, object]:
        o = self.outcome
        return {
            "id": self.id,
            "name": self.name,
            "outcome": None if o is None else o.outcome,
            "note": None if o is None or not o.note else o.note,
            "updated": None if o is None else o.updated.isoformat(),
        }


def step_views(
    chosen: tuple[str, ...],
    outcomes: dict[str, StepOutcome],
    directory: Catalogue,
    lang: Lang = "id",
) -> list[StepView]:
    views = []
    for step_id in chosen:
        resource = directory.find(step_id)
        views.append(
            StepView(step_id, resource.title(lang) if resource else step_id, outcomes.get(step_id))
        )
    return views


@dataclass(frozen=True)
class Alternative:
    """Something else to try for the same need, instead of ``instead_of``, and why."""

    instead_of: str
    suggestion: Suggestion
    reason: str
    result_id: int = 0
    """The saved result whose step it replaces (taking it adds it to that result's steps)."""


def adjust(
    saved: SavedResult,
    outcomes: dict[str, StepOutcome],
    check_in: date | None,
    content: Content,
    lang: Lang,
    today: date,
    leave_out: Collection[str] = (),
    only: Collection[str] | None = None,
) -> list[Alternative]:
    """For each chosen step that did not help (or was not possible by the check-in date), the
    best suggestion of the existing matching for the same support types, leaving out every
    step already chosen, every alternative already offered and ``leave_out`` (what the person
    marked not helpful in any saved result, steps of other results). ``only``: the steps to
    look at (those not chosen again in a newer result).

    It follows the referral chain (content-guidelines §2): after focused help (a Puskesmas),
    another focused option, else the specialised service with the words to ask the Puskesmas
    for a referral to it, never the hospital as if no referral were needed."""
    from pulih.core.directory.matching import MatchIndex, Need, match_resources  # pydantic (heavy)
    from pulih.core.directory.taxonomy import PROFESSIONAL_LAYERS, taxonomy  # pydantic (heavy)

    base = Need.from_support(
        saved.results.support, saved.results.referral, saved.support_map.gaps()
    )
    index: MatchIndex | None = None
    leave_out = set(saved.next_steps) | set(leave_out)
    found: list[Alternative] = []
    for step_id in saved.next_steps:
        if only is not None and step_id not in only:
            continue
        outcome = outcomes.get(step_id)
        if not needs_another(outcome, check_in, today) or outcome is None:
            continue
        resource = content.directory.find(step_id)
        given = resource.support_types if resource is not None else ()
        types = [k for k in given if k in base.weights] or list(given) or list(base.weights)
        if not types:
            continue
        need = Need(
            {k: base.weights.get(k, 1.0) for k in types},
            base.thin & frozenset(types),
            base.referral,
            base.gaps & frozenset(types),
            base.lower & frozenset(types),
        )
        index = index or MatchIndex(content.directory)
        suggestions = match_resources(index, need, saved.preferences, lang, limit=12)
        open_ = [s for s in suggestions if s.resource.id not in leave_out and s.covers]
        after = taxonomy().layer(resource.kind) if resource is not None else ""
        referral = False
        if after == "focused":
            # the next rung: another focused option first; the specialised one only through
            # a referral from the Puskesmas, said so
            focused = [s for s in open_ if s.layer == "focused"]
            if focused:
                open_ = focused
            else:
                specialised = [s for s in open_ if s.layer == "specialised"]
                open_ = specialised or open_
                referral = bool(open_) and open_[0].layer == "specialised"
        elif after and after not in PROFESSIONAL_LAYERS:
            # after a peer group or an activity: another of the same rung (professional help
            # is already in the results, and a Puskesmas or a hospital is not 'the same, but
            # different'); only when there is none, whatever comes next
            same = [s for s in open_ if s.layer == after]
            alike = [s for s in open_ if s.layer not in PROFESSIONAL_LAYERS]
            open_ = same or alike or open_
        # one with a warning of its own (moved, may not admit) only if it is the only one
        open_ = sorted(open_, key=lambda s: s.resource.caveat is not None)
        pick = open_[0] if open_ else None
        if pick is None:
            continue
        leave_out.add(pick.resource.id)
        name = resource.title(lang) if resource is not None else step_id
        key = (
            "steps.adjust.not_helpful"
            if outcome.outcome == "not_helpful"
            else "steps.adjust.not_yet"
        )
        reason = t(key, lang, name=name)
        if referral:
            reason += "; " + t("steps.adjust.referral", lang, name=pick.resource.title(lang))
        found.append(Alternative(step_id, pick, reason, saved.id or 0))
    return found


def check_in_for(saved: SavedResult, kept: date | None) -> date | None:
    """The check-in date of a saved result: the one kept in the store, else the one proposed by
    content/check-in.toml from its referral level (None when no step was chosen)."""
    if kept is not None:
        return kept
    if not saved.next_steps:
        return None
    return check_in_rule().proposed(saved.created.date(), saved.results.referral)


def check_in_after_taking(saved: SavedResult, today: date) -> date:
    """A step taken later (from "Coba juga") gets its own time: the result's rule counted from
    the day it is taken, not from the day the result was saved (it would be overdue at once)."""
    return check_in_rule().proposed(today, saved.results.referral)


def check_in_words(saved: SavedResult, when: date, kept: bool, lang: Lang) -> str:
    """The one sentence every front end, the note and the .ics use for the check-in date:
    "Cek langkah: dalam 7 hari, paling lambat 2026-12-14" (+ "usulan, bisa diubah" while it
    is only proposed)."""
    days = (when - saved.created.date()).days
    proposed = check_in_rule().proposed(saved.created.date(), saved.results.referral)
    if days < 1 or (kept and when != proposed):  # a date the person (or a new step) set
        text = t("steps.check_in", lang, date=when.isoformat())
    else:
        text = t_count("steps.check_in_within", lang, days, date=when.isoformat())
    return text if kept else f"{text} {t('steps.proposed', lang)}"


def _step_line(view: StepView, lang: Lang) -> list[str]:
    outcome = view.outcome
    said = outcome_label(None if outcome is None else outcome.outcome, lang)
    if outcome is not None:
        said += f" ({t('steps.updated', lang, date=outcome.updated.isoformat())})"
    lines = [f"{view.name} [{view.id}] — {said}"]
    if outcome is not None and outcome.note:
        lines.append(f'"{outcome.note}"')
    return lines


def steps_text(
    saved: SavedResult,
    views: list[StepView],
    check_in: date | None,
    kept: bool,
    others: list[Alternative],
    lang: Lang,
) -> str:
    """``pulih steps`` as plain text: each chosen step with its outcome, the check-in date,
    and something else to try where a step did not help."""
    when = saved.created.strftime("%Y-%m-%d")
    out = [t("steps.title", lang), t("steps.of_result", lang, id=saved.id, date=when)]
    if not views:
        out.append(t("steps.none_chosen", lang))
        return "\n".join(out) + "\n"
    if check_in is not None:
        out.append(check_in_words(saved, check_in, kept, lang))
    out.append("")
    for number, view in enumerate(views, 1):
        first, *rest = _step_line(view, lang)
        out.append(printable(f"  {number}. {first}"))
        out += [printable(f"     {line}") for line in rest]
    if others:
        out += ["", t("steps.another", lang)]
        for other in others:
            resource = other.suggestion.resource
            out.append(f"  • {resource.title(lang)} [{resource.id}] — {other.reason}")
            out.append(f"    {other.suggestion.reason_text()}")
    out += ["", t("steps.how_to_mark", lang)]
    return "\n".join(out) + "\n"


def steps_history_lines(
    saved: list[SavedResult], views: dict[int, list[StepView]], lang: Lang
) -> list[str]:
    """Then vs now, what was tried: for each saved result with chosen steps, those steps and
    how they went (until the next result, or now)."""
    out: list[str] = []
    for result in saved:
        chosen = views.get(result.id or 0, [])
        if not chosen:
            continue
        when = result.created.strftime("%Y-%m-%d")
        out.append(t("steps.history_of", lang, id=result.id, date=when))
        for view in chosen:
            first, *rest = _step_line(view, lang)
            out.append(printable(f"  • {first}"))
            out += [printable(f"    {line}") for line in rest]
    return [t("steps.history", lang), *(f"  {line}" for line in out)] if out else []
