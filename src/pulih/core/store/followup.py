"""The follow-up across saved results (issue 25): every open step of every saved result, what
the person said did not help, the steps due for a check-in, and what to try instead.

A link worker keeps one list of agreed steps, not one per visit: a step chosen with result #2
stays open after result #3 is saved until the person marks it. A step chosen again in a newer
result is one step (the newest choice counts). Nothing the person marked not helpful, in any
result, is proposed again as if it were new.

Plain data in, plain data out: the store reads (:class:`Followup` is built from what
``Store.results``, ``Store.outcomes`` and ``Store.check_in`` return) and every front end shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from pulih.core.store.steps import (
    Alternative,
    Outcome,
    StepOutcome,
    StepView,
    adjust,
    check_in_after_taking,
    check_in_for,
    check_in_words,
    outcome_label,
)
from pulih.core.text.i18n import Lang
from pulih.core.text.printable import printable
from pulih.core.text.strings import t, t_count

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from pulih.core.content import Content
    from pulih.core.directory.catalogue import Catalogue
    from pulih.core.directory.matching import Suggestion
    from pulih.core.store.database import Store
    from pulih.core.store.record import SavedResult

REMIND_SETTING = "remind_steps"
"""The settings row that holds the person's answer to "say on the opening screen when steps
are due" ("yes" / "no"); absent means never asked, and off."""

OPEN_OUTCOMES = (None, "not_yet")
"""A step stays open until it is marked done, tried or not helpful."""


@dataclass(frozen=True)
class OpenStep:
    """One open step: the result it was chosen with, how far it went, its check-in date."""

    result: SavedResult
    view: StepView
    check_in: date | None
    kept: bool

    @property
    def result_id(self) -> int:
        return self.result.id or 0

    def due(self, today: date) -> bool:
        return self.check_in is not None and today >= self.check_in

    def to_json(self, today: date) -> dict[str, object]:
        return {
            **self.view.to_json(),
            "result_id": self.result_id,
            "result_date": self.result.created.isoformat(),
            "check_in": None if self.check_in is None else self.check_in.isoformat(),
            "check_in_kept": self.kept,
            "due": self.due(today),
        }


@dataclass(frozen=True)
class Followup:
    """Every saved result (oldest first, as the store returns them) with its outcomes and the
    check-in date the person kept (None: the proposed one applies)."""

    saved: Sequence[SavedResult]
    outcomes: dict[int, dict[str, StepOutcome]]
    kept: dict[int, date | None]
    own: dict[tuple[int, str], date] = field(default_factory=dict)
    """(result id, step) -> the check-in date of a step taken later, its own."""

    @classmethod
    def read(cls, store: Store) -> Followup:
        saved = store.results()
        ids = [r.id for r in saved if r.id is not None]
        outcomes = {i: store.outcomes(i) for i in ids}
        return cls(saved, outcomes, {i: store.check_in(i) for i in ids}, store.step_check_ins())

    def newest_first(self) -> list[SavedResult]:
        return sorted(self.saved, key=lambda r: (r.created, r.id or 0), reverse=True)

    def check_in(self, result: SavedResult) -> date | None:
        return check_in_for(result, self.kept.get(result.id or 0))

    def step_check_in(self, result: SavedResult, step: str) -> tuple[date | None, bool]:
        """A step's check-in date, and whether it was set (kept or its own) rather than only
        proposed: its own when it was taken later, else the result's."""
        own = self.own.get((result.id or 0, step))
        if own is not None:
            return own, True
        return self.check_in(result), self.kept.get(result.id or 0) is not None

    def current(self) -> list[tuple[SavedResult, str]]:
        """Each step once, with the newest result that chose it (newest first)."""
        seen: set[str] = set()
        found: list[tuple[SavedResult, str]] = []
        for result in self.newest_first():
            for step in result.next_steps:
                if step not in seen:
                    seen.add(step)
                    found.append((result, step))
        return found

    def open_steps(self, directory: Catalogue | None = None, lang: Lang = "id") -> list[OpenStep]:
        """Every step not yet marked done, tried or not helpful, newest result first."""
        found: list[OpenStep] = []
        for result, step in self.current():
            outcome = self.outcomes.get(result.id or 0, {}).get(step)
            if (None if outcome is None else outcome.outcome) not in OPEN_OUTCOMES:
                continue
            resource = directory.find(step) if directory is not None else None
            view = StepView(step, resource.title(lang) if resource else step, outcome)
            when, kept = self.step_check_in(result, step)
            found.append(OpenStep(result, view, when, kept))
        return found

    def due(self, today: date) -> int:
        """How many open steps have reached their check-in date (no directory needed)."""
        return sum(1 for step in self.open_steps() if step.due(today))

    def not_helpful(self) -> dict[str, date]:
        """step id -> the latest date the person marked it not helpful, in any saved result."""
        marks: dict[str, date] = {}
        for outcomes in self.outcomes.values():
            for step, outcome in outcomes.items():
                if outcome.outcome == "not_helpful" and (
                    step not in marks or outcome.updated > marks[step]
                ):
                    marks[step] = outcome.updated
        return marks

    def known(self) -> Known:
        """What new suggestions should say about the person's own steps."""
        open_ = {step.view.id: step.result_id for step in self.open_steps()}
        return Known(self.not_helpful(), open_)

    def newest_with(self, step: str) -> SavedResult | None:
        """The newest saved result that chose ``step``."""
        return next((r for r in self.newest_first() if step in r.next_steps), None)

    def alternatives(self, content: Content, lang: Lang, today: date) -> list[Alternative]:
        """Something else to try for every step that did not help (or was not possible by its
        check-in date), across results; never a step already chosen in any result, nor one
        marked not helpful anywhere."""
        chosen = {step for result in self.saved for step in result.next_steps}
        leave_out = chosen | set(self.not_helpful())
        by_result: dict[int, set[str]] = {}
        for result, step in self.current():
            by_result.setdefault(result.id or 0, set()).add(step)
        found: list[Alternative] = []
        for result in self.newest_first():
            only = by_result.get(result.id or 0)
            if not only:
                continue
            outcomes = self.outcomes.get(result.id or 0, {})
            more = adjust(
                result, outcomes, self.check_in(result), content, lang, today, leave_out, only
            )
            for other in more:
                leave_out.add(other.suggestion.resource.id)
            found += more
        return found

    def for_result(
        self, result: SavedResult, content: Content, lang: Lang, today: date
    ) -> list[Alternative]:
        """``adjust`` for one result, leaving out what was marked not helpful anywhere."""
        outcomes = self.outcomes.get(result.id or 0, {})
        marks = set(self.not_helpful())
        return adjust(result, outcomes, self.check_in(result), content, lang, today, marks)


@dataclass(frozen=True)
class Change:
    """What one mark or one taken suggestion does, the same in every front end: the follow-up
    as it is after it (to show at once) and the write that makes it so in the store."""

    after: Followup
    write: Callable[[Store], None]


def marking(
    follow: Followup, result_id: int, step: str, outcome: Outcome, note: str, today: date
) -> Change:
    """Record how a step of a saved result went. An empty note keeps the note written before
    (a second mark without one does not delete it). The first outcome of a result keeps its
    proposed check-in date from then on (so a later change of content/check-in.toml does not
    move a date the person has already worked towards)."""
    result = next(r for r in follow.saved if r.id == result_id)
    earlier = follow.outcomes.get(result_id, {}).get(step)
    note = note or (earlier.note if earlier is not None else "")
    first = follow.check_in(result) if follow.kept.get(result_id) is None else None
    outcomes = {number: dict(found) for number, found in follow.outcomes.items()}
    outcomes.setdefault(result_id, {})[step] = StepOutcome(step, outcome, note, today)
    kept = dict(follow.kept)
    if first is not None:
        kept[result_id] = first

    def write(store: Store) -> None:
        store.set_outcome(result_id, step, outcome, note, today)
        if first is not None:
            store.set_check_in(result_id, first)

    return Change(Followup(follow.saved, outcomes, kept, follow.own), write)


def taking(follow: Followup, other: Alternative, today: date) -> Change:
    """A "Coba juga" suggestion becomes a step of the result whose step it replaces; the new
    step gets its own check-in date, counted from today (not from the result's old date), and
    the date the person kept for the other steps stays as it is."""
    number, step = other.result_id, other.suggestion.resource.id
    result = next(r for r in follow.saved if r.id == number)
    chosen = (*result.next_steps, step)
    when = check_in_after_taking(result, today)
    saved = [replace(r, next_steps=chosen) if r.id == number else r for r in follow.saved]
    own = {**follow.own, (number, step): when}

    def write(store: Store) -> None:
        store.take_step(number, step, when)

    return Change(Followup(saved, follow.outcomes, follow.kept, own), write)


@dataclass(frozen=True)
class Known:
    """What the saved results say about suggestions: marked not helpful (step id -> the day),
    and still open as a step (step id -> the saved result it belongs to)."""

    not_helpful: dict[str, date]
    open: dict[str, int]

    def __bool__(self) -> bool:
        return bool(self.not_helpful or self.open)


def mark_not_helpful(
    suggestions: list[Suggestion], known: Known, referral: str, lang: Lang
) -> list[Suggestion]:
    """Suggestions with what the person marked not helpful (in any saved result) said so and
    moved after the others of their group, never ahead of professional help at strong or
    urgent: "Anda menandai ini tidak membantu pada 2026-11-20"; one still open as a step says
    so ("sudah menjadi langkah Anda, dari hasil #1"), in its place."""
    from pulih.core.directory.taxonomy import taxonomy  # pydantic: only this needs it

    marks, open_ = known.not_helpful, known.open
    if not any(s.resource.id in marks or s.resource.id in open_ for s in suggestions):
        return suggestions
    kinds = taxonomy()
    firm = referral in ("strong", "urgent")
    marked: list[Suggestion] = []
    for s in suggestions:
        when = marks.get(s.resource.id)
        if when is not None:
            said = t("steps.marked_before", lang, date=when.isoformat())
            s = replace(s, reasons=(*s.reasons, said), not_helpful=when)
        elif s.resource.id in open_:
            said = t("steps.already_open", lang, id=open_[s.resource.id])
            s = replace(s, reasons=(*s.reasons, said))
        marked.append(s)

    def order(s: Suggestion) -> tuple[bool, bool, bool]:
        professional = firm and kinds.professional(s.resource.kind)
        return (s.later, firm and not professional, s.not_helpful is not None)

    return sorted(marked, key=order)


def open_step_lines(
    steps: list[OpenStep], others: list[Alternative], lang: Lang, today: date, numbered: bool
) -> list[str]:
    """The open steps, numbered from 1 as ``pulih steps mark N`` and line mode take them, then
    "Something else to try" (``numbered``: continuing the numbers, as line mode takes them;
    else bulleted with the id ``pulih steps take`` wants)."""
    out = [t("steps.all_title", lang), ""] if steps else [t("steps.none_open", lang)]
    for number, step in enumerate(steps, 1):
        outcome = step.view.outcome
        said = outcome_label(None if outcome is None else outcome.outcome, lang)
        when = step.result.created.strftime("%Y-%m-%d")
        out.append(printable(f"  {number}. {step.view.name} [{step.view.id}] — {said}"))
        out.append(f"     {t('steps.from_result', lang, id=step.result_id, date=when)}")
        if step.check_in is not None:
            line = check_in_words(step.result, step.check_in, step.kept, lang)
            if step.due(today):
                line += f" — {t('steps.overdue', lang)}"
            out.append(f"     {line}")
        if outcome is not None and outcome.note:
            out.append(printable(f'     "{outcome.note}"'))
    if others:
        out += ["", t("steps.another", lang)]
        for number, other in enumerate(others, len(steps) + 1):
            resource = other.suggestion.resource
            head = f"  {number}." if numbered else "  •"
            out.append(printable(f"{head} {resource.title(lang)} [{resource.id}] — {other.reason}"))
            out.append(printable(f"     {other.suggestion.reason_text()}"))
    return out


def open_steps_text(
    followup: Followup,
    steps: list[OpenStep],
    others: list[Alternative],
    lang: Lang,
    today: date,
) -> str:
    """``pulih steps`` without ``--id``: every open step of every saved result, numbered as
    ``pulih steps mark N`` takes them, then what to try instead, then the results."""
    out = [t("steps.title", lang), *open_step_lines(steps, others, lang, today, numbered=False)]
    items = [
        t_count(
            "steps.result_item",
            lang,
            len(r.next_steps),
            id=r.id,
            date=r.created.strftime("%Y-%m-%d"),
        )
        for r in followup.newest_first()
    ]
    if items:
        out += ["", t("steps.results_line", lang, items=", ".join(items)), t("steps.see_one", lang)]
    if steps:
        out.append(t("steps.how_to_mark", lang))
    return "\n".join(out) + "\n"


@dataclass(frozen=True)
class Remembered:
    """What pulih reads from the store when it starts (only when the person saved before):
    how many steps are due (counted only when the person said yes to the reminder), the
    region saved last (offered again), what was marked not helpful, and whether the reminder
    question was ever answered."""

    due_count: int = 0
    region: str = ""
    marks: Known | None = None
    remind: str | None = None

    @classmethod
    def read(cls, store: Store, today: date) -> Remembered:
        follow = Followup.read(store)
        newest = follow.newest_first()
        region = next((r.preferences.region for r in newest if r.preferences.region), "")
        remind = store.setting(REMIND_SETTING)
        due = follow.due(today) if remind == "yes" else 0
        return cls(due, region, follow.known(), remind)

    def due(self, lang: Lang) -> str:
        """ "2 langkah menunggu dicek." ("" when none is due or the person did not say yes)."""
        return t_count("steps.due", lang, self.due_count) if self.due_count else ""
