"""Scoring: support per type, the PHQ-4, safety, and the referral ladder (content-guidelines §1–2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from pulih.core.questionnaire.model import (
    REFERRAL_ORDER,
    Item,
    Questionnaire,
    ReferralLevel,
    Scoring,
)

Answers = Mapping[str, int]
"""One questionnaire's answers: item id -> chosen value. A missing item was skipped."""

PanelKind = Literal["urgent", "safety"]
INSUFFICIENT = "insufficient"
FLAG_GAP = 1.0  # a type this far below the person's other types is flagged too (guidelines §1)


@dataclass(frozen=True)
class SupportScore:
    """One support type (or the overall score): mean of answered items on the 1–5 scale."""

    id: str
    answered: int
    items: int
    mean: float | None
    band: str

    @property
    def score(self) -> int | None:
        """The mean shown on 0–100: (mean − 1) / 4 × 100, rounded."""
        return None if self.mean is None else round((self.mean - 1) / 4 * 100)


@dataclass(frozen=True)
class SupportResult:
    by_type: dict[str, SupportScore]
    overall: SupportScore
    to_strengthen: tuple[str, ...]
    """Types that are thin, or 1.0 or more below the person's other types: what suggestions aim at."""

    @property
    def strengths(self) -> tuple[str, ...]:
        """Scored types not flagged, strongest first (ties keep questionnaire order)."""
        scored = [s for s in self.by_type.values() if s.mean is not None]
        scored.sort(key=lambda s: -(s.mean or 0))
        return tuple(s.id for s in scored if s.id not in self.to_strengthen)


@dataclass(frozen=True)
class DistressResult:
    """The PHQ-4: total and band when all four items are answered; each part when both are.

    With items skipped, what is known is a lower bound (a skipped item counts 0): a part whose
    answered items already reach its cut-off is positive, and ``total_at_least`` places the
    referral (content-guidelines §2: a part or total that already reaches a threshold counts).
    """

    total: int | None
    band: str | None
    parts: dict[str, int | None]
    positive_parts: tuple[str, ...]
    total_at_least: int = 0
    """The sum of the answered items: the total is at least this (equal when none skipped)."""
    skipped: tuple[str, ...] = ()
    """The PHQ-4 items skipped (ids), so the results can say so."""
    answered: int = 0
    """How many PHQ-4 items were answered."""


@dataclass(frozen=True)
class SafetyResult:
    endorsed: bool = False
    right_now: bool = False
    acuity_unknown: bool = False
    """A safety item was endorsed but the "right now" question was skipped or never asked:
    counted as urgent (safety first)."""

    @property
    def crisis(self) -> bool:
        return self.endorsed or self.right_now

    @property
    def urgent(self) -> bool:
        return self.right_now or self.acuity_unknown


@dataclass(frozen=True)
class Results:
    """Everything the results screen, ``reflect`` and reports show."""

    support: SupportResult
    distress: DistressResult | None
    safety: SafetyResult
    check_taken: bool
    referral: ReferralLevel
    answers: dict[str, dict[str, int]] = field(default_factory=dict)


def item_value(q: Questionnaire, item: Item, value: int) -> int:
    """The scored value: reverse items are mirrored on their scale."""
    if not item.reverse:
        return value
    values = [o.value for o in q.options_for(item)]
    return min(values) + max(values) - value


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _band(scoring: Scoring, value: float | None, answered: int) -> str:
    if value is None or answered < scoring.min_answered:
        return INSUFFICIENT
    band = scoring.band_for(value)
    return band.id if band else INSUFFICIENT


def score_support(q: Questionnaire, answers: Answers) -> SupportResult:
    """Per-type mean (at least ``min_answered`` of the type's items), overall mean, and flags."""
    by_type: dict[str, SupportScore] = {}
    everything: list[int] = []
    for subscale in q.subscales:
        items = q.items_of(subscale.id)
        values = [item_value(q, i, answers[i.id]) for i in items if i.id in answers]
        everything.extend(values)
        enough = len(values) >= subscale.scoring.min_answered
        mean = _mean(values) if enough else None
        band = _band(subscale.scoring, mean, len(values))
        by_type[subscale.id] = SupportScore(subscale.id, len(values), len(items), mean, band)
    total_scoring = q.total.scoring if q.total is not None else q.subscales[0].scoring
    overall_mean = _mean(everything) if len(everything) >= total_scoring.min_answered else None
    overall = SupportScore(
        "overall",
        len(everything),
        len(q.items),
        overall_mean,
        _band(total_scoring, overall_mean, len(everything)),
    )
    return SupportResult(by_type, overall, _to_strengthen(by_type))


def _to_strengthen(by_type: dict[str, SupportScore]) -> tuple[str, ...]:
    flagged = []
    for score in by_type.values():
        if score.mean is None:
            continue
        others = [s.mean for s in by_type.values() if s.id != score.id and s.mean is not None]
        below = bool(others) and sum(others) / len(others) - score.mean >= FLAG_GAP
        if score.band == "thin" or below:
            flagged.append(score)
    flagged.sort(key=lambda s: s.mean or 0)
    return tuple(s.id for s in flagged)


def score_distress(q: Questionnaire, answers: Answers) -> DistressResult:
    """The total over ``q.total.subscales`` (the PHQ-4) and each part; with skips, the lower
    bounds that are already known."""
    parts: dict[str, int | None] = {}
    positive: list[str] = []
    names = q.total.subscales if q.total else []
    answered_all = True
    known = 0
    skipped: list[str] = []
    answered = 0
    for name in names:
        subscale = q.subscale_by_id[name]
        items = q.items_of(name)
        values = [item_value(q, i, answers[i.id]) for i in items if i.id in answers]
        skipped += [i.id for i in items if i.id not in answers]
        answered += len(values)
        known += sum(values)
        complete = len(values) >= max(subscale.scoring.min_answered, len(items))
        parts[name] = sum(values) if complete else None
        answered_all = answered_all and complete
        at = subscale.scoring.positive_at
        if at is not None and sum(values) >= at:  # already reached, whatever was skipped
            positive.append(name)
    total: int | None = None
    band: str | None = None
    if q.total is not None and answered_all and names:
        total = known
        band = _band(q.total.scoring, total, len(q.items))
    return DistressResult(total, band, parts, tuple(positive), known, tuple(skipped), answered)


def score_safety(q: Questionnaire, answers: Answers) -> SafetyResult:
    """Endorsed when any safety item reaches its ``endorse_at``; right now from the urgent item.

    A "yes" to the right-now item counts even without an earlier endorsement: safety first. An
    endorsement with the right-now question unanswered is ``acuity_unknown``, which is urgent.
    """
    endorsed = right_now = False
    for item in q.items:
        if item.safety and item.id in answers and answers[item.id] >= item.endorse_at:
            endorsed = True
            right_now = right_now or item.urgent
    urgent = q.urgent_item
    unknown = endorsed and urgent is not None and urgent.id not in answers
    return SafetyResult(endorsed, right_now, unknown)


def is_endorsed(item: Item, value: int | None) -> bool:
    """Whether this answer to a safety item endorses it."""
    return item.safety and value is not None and value >= item.endorse_at


def _endorsed_before(q: Questionnaire, answers: Answers, but: Item | None = None) -> bool:
    """Whether a safety item other than ``but`` (and other than the urgent one) is endorsed."""
    return any(is_endorsed(i, answers.get(i.id)) for i in q.items if not i.urgent and i is not but)


def check_sequence(q: Questionnaire, answers: Answers) -> list[Item]:
    """The items to ask, in order, given the answers so far (the ASQ's order).

    Every item but the urgent ("right now") one, in file order; then, only when a safety item
    is endorsed, the urgent one, last, after all the other safety items. Its answer ends the
    check, so nothing is ever asked after the urgent panel.
    """
    sequence = [item for item in q.items if not item.urgent]
    urgent = q.urgent_item
    if urgent is not None and _endorsed_before(q, answers):
        sequence.append(urgent)
    return sequence


def safety_panel(
    q: Questionnaire, item: Item, value: int | None, answers: Answers
) -> PanelKind | None:
    """Which panel to show at once after this answer (``answers`` already hold it).

    The first endorsed safety item shows the safety panel at once; later ones do not repeat it.
    The "right now" question, asked last, shows the urgent panel for a yes, and for a skip
    (an unknown answer after an endorsement counts as urgent); a no shows nothing more.
    """
    if not item.safety:
        return None
    if item.urgent:
        if is_endorsed(item, value):
            return "urgent"
        return "urgent" if value is None and _endorsed_before(q, answers) else None
    if not is_endorsed(item, value) or _endorsed_before(q, answers, but=item):
        return None
    return "safety"


def highest(levels: list[ReferralLevel]) -> ReferralLevel:
    """urgent > strong > suggest > none."""
    return max(levels, key=REFERRAL_ORDER.index, default="none")


def referral_level(
    check: Questionnaire | None,
    support: SupportResult,
    distress: DistressResult | None,
    safety: SafetyResult,
) -> ReferralLevel:
    """The referral ladder of content-guidelines §2, with thresholds from the check's file."""
    if check is None:
        return "none"
    rules = check.referral
    levels: list[ReferralLevel] = []
    if safety.urgent:
        levels.append(rules.safety_right_now)
    if safety.endorsed:
        levels.append(rules.safety_endorsed)
    if distress is not None:
        # What is known counts: the total is at least the sum of the answered items, so the
        # band of that sum (or higher) applies even when items were skipped.
        if distress.answered and check.total is not None:
            band = check.total.scoring.band_for(distress.total_at_least)
            if band is not None:
                levels.append(band.referral)
        for part in distress.positive_parts:
            levels.append(check.subscale_by_id[part].scoring.positive_referral)
        at = rules.low_support_with_total_at_least
        if (
            at is not None
            and distress.answered
            and distress.total_at_least >= at
            and support.overall.band == rules.low_support_band
        ):
            levels.append(rules.low_support_with_distress)
    return highest(levels)


def evaluate(
    reflection: Questionnaire,
    check: Questionnaire | None,
    answers: Mapping[str, Answers],
) -> Results:
    """Score everything. ``check`` is None, or its answers absent, when the check was skipped."""
    support = score_support(reflection, answers.get(reflection.id, {}))
    check_answers = answers.get(check.id) if check is not None else None
    taken = check is not None and check_answers is not None
    distress = score_distress(check, check_answers) if check and check_answers is not None else None
    safety = score_safety(check, check_answers) if check and check_answers is not None else None
    safety = safety or SafetyResult()
    level = referral_level(check if taken else None, support, distress, safety)
    kept = {qid: dict(values) for qid, values in answers.items()}
    return Results(support, distress, safety, taken, level, kept)
