"""Matching: rank the directory for the person's thin support types, then their preferences.

Crisis routes are chosen separately (resources.crisis_routes). Professionals are suggested only
when the referral ladder says so. The ranking works on a compact index so that a national
directory (~10,000 entries) answers a query in milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pulih.core.answers import Preferences
from pulih.core.i18n import Lang
from pulih.core.questionnaire import SUPPORT_TYPES, ReferralLevel
from pulih.core.resources import Directory, Resource
from pulih.core.scoring import SupportResult
from pulih.core.strings import t

PROFESSIONAL_KINDS = frozenset(
    {"puskesmas", "hospital", "psychologist", "psychiatrist", "counselling", "screening"}
)
THIN_MEAN = 3.5  # below this a flagged type still counts; the thinner, the heavier
VARIETY = 0.55  # each further suggestion of the same kind keeps this share of its score
MISMATCH = 0.25  # a preference the entry does not meet keeps this share of its score
ELSEWHERE = 0.35  # an entry for another region (or any region, when none is given)


@dataclass(frozen=True)
class Need:
    """What suggestions aim at: support type -> weight (the thinner, the heavier)."""

    weights: dict[str, float]
    thin: frozenset[str]
    """Types whose band is thin (the rest of ``weights`` are lower than the person's others)."""
    referral: ReferralLevel = "none"

    @classmethod
    def from_support(
        cls, support: SupportResult, referral: ReferralLevel = "none", gaps: Iterable[str] = ()
    ) -> Need:
        """Weights from flagged types (and types nobody gives on the support map)."""
        weights: dict[str, float] = {}
        for type_id in support.to_strengthen:
            mean = support.by_type[type_id].mean
            weights[type_id] = max(THIN_MEAN - (mean if mean is not None else 1.0), 0.5)
        for type_id in gaps:
            weights[type_id] = max(weights.get(type_id, 0.0), 1.5)
        thin = frozenset(i for i, s in support.by_type.items() if s.band == "thin") | set(gaps)
        return cls(weights, thin, referral)


@dataclass(frozen=True)
class Suggestion:
    resource: Resource
    score: float
    covers: tuple[str, ...]
    reasons: tuple[str, ...]

    def reason_text(self) -> str:
        return " · ".join(self.reasons)


@dataclass(frozen=True)
class _Entry:
    """A directory entry reduced to what ranking needs."""

    position: int
    resource: Resource
    types: frozenset[str]
    modes: frozenset[str]
    regions: tuple[str, ...]
    nationwide: bool
    interests: frozenset[str]
    audience: frozenset[str]
    professional: bool


class MatchIndex:
    """The shown, non-crisis entries of a directory, ready to rank."""

    def __init__(self, directory: Directory) -> None:
        self.entries = [
            _Entry(
                position,
                r,
                frozenset(r.support_types),
                frozenset(r.modes),
                tuple(x.lower() for x in r.regions),
                r.nationwide,
                frozenset(x.lower() for x in r.interests),
                frozenset(x.lower() for x in r.audience),
                r.kind in PROFESSIONAL_KINDS,
            )
            for position, r in enumerate(directory.shown())
            if not r.crisis
        ]


def _in_region(entry: _Entry, region: str) -> bool:
    return any(region in r or r in region for r in entry.regions)


@dataclass(frozen=True)
class _Wanted:
    """Preferences, normalised once per query."""

    region: str
    modes: frozenset[str]
    cost: frozenset[str]
    interests: frozenset[str]
    audience: frozenset[str]

    @classmethod
    def of(cls, prefs: Preferences) -> _Wanted:
        return cls(
            prefs.region.strip().lower(),
            frozenset(prefs.modes),
            frozenset(prefs.cost),
            frozenset(x.lower() for x in prefs.interests),
            frozenset(x.lower() for x in prefs.audience),
        )


def _score(entry: _Entry, need: Need, wanted: _Wanted) -> float:
    if entry.professional:
        if need.referral == "none":
            return 0.0
        base = {"suggest": 1.2, "strong": 2.0, "urgent": 2.5}[need.referral]
        coverage = base + 0.1 * len(entry.types & need.weights.keys())
    elif need.weights:
        coverage = sum(w for k, w in need.weights.items() if k in entry.types)
        if coverage == 0:
            return 0.0
    else:  # nothing thin: anything that keeps support going, a little
        coverage = 0.2 * len(entry.types)
    score = coverage
    if not entry.nationwide:
        if not wanted.region:
            score *= ELSEWHERE
        else:
            score *= 1.3 if _in_region(entry, wanted.region) else ELSEWHERE * 0.5
    if wanted.modes and not entry.modes & wanted.modes:
        score *= MISMATCH
    if wanted.cost and entry.resource.cost not in wanted.cost:
        score *= MISMATCH
    if wanted.interests:
        score *= 1 + 0.4 * len(entry.interests & wanted.interests)
    if entry.audience:  # groups for a particular audience go down unless it is the person's
        score *= 1.3 if entry.audience & wanted.audience else MISMATCH
    return score


def match_resources(
    index: MatchIndex,
    need: Need,
    prefs: Preferences,
    lang: Lang,
    limit: int = 6,
) -> list[Suggestion]:
    """The best entries for this person, varied in kind, each with its reasons.

    Deterministic: equal scores keep directory order. Every type in ``need`` that some entry
    gives is covered by at least one suggestion, whatever the preferences.
    """
    wanted = _Wanted.of(prefs)
    scored = [(s, e) for e in index.entries if (s := _score(e, need, wanted)) > 0]
    scored.sort(key=lambda pair: (-pair[0], pair[1].position))
    picked: list[tuple[float, _Entry]] = []
    kinds: dict[str, int] = {}
    remaining = scored
    while remaining and len(picked) < limit:
        best_index, best_value = 0, -1.0
        for i, (score, entry) in enumerate(remaining):
            value = score * VARIETY ** kinds.get(entry.resource.kind, 0)
            if value > best_value:
                best_index, best_value = i, value
            if score <= best_value:  # sorted: no later entry can beat this one
                break
        score, entry = remaining.pop(best_index)
        picked.append((best_value, entry))
        kinds[entry.resource.kind] = kinds.get(entry.resource.kind, 0) + 1
    for type_id in need.weights:
        if not any(type_id in entry.types for _, entry in picked):
            cover = next((pair for pair in scored if type_id in pair[1].types), None)
            if cover is not None:
                picked.append(cover)
    return [_suggestion(score, entry, need, prefs, lang) for score, entry in picked]


def _join(words: Sequence[str], lang: Lang) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {t('and', lang)} " + words[-1]


def _suggestion(
    score: float, entry: _Entry, need: Need, prefs: Preferences, lang: Lang
) -> Suggestion:
    resource = entry.resource
    covers = tuple(k for k in SUPPORT_TYPES if k in need.weights and k in entry.types)
    reasons: list[str] = []
    if entry.professional and need.referral != "none":
        reasons.append(t("reason.professional", lang))
    thin = [t(f"type.{k}", lang) for k in covers if k in need.thin]
    lower = [t(f"type.{k}", lang) for k in covers if k not in need.thin]
    if thin:
        reasons.append(t("reason.thin", lang, types=_join(thin, lang)))
    if lower:
        reasons.append(t("reason.lower", lang, types=_join(lower, lang)))
    if not thin and not lower and not entry.professional:
        names = [t(f"type.{k}", lang) for k in SUPPORT_TYPES if k in entry.types]
        reasons.append(t("reason.gives", lang, types=_join(names, lang)))
    if not entry.nationwide:
        reasons.append(t("reason.region", lang, region=resource.regions[0]))
    wanted_modes = [m for m in prefs.modes if m in entry.modes] or [
        m for m in ("online", "offline", "phone", "chat") if m in entry.modes
    ][:2]
    reasons += [t(f"mode.{m}", lang) for m in wanted_modes]
    reasons.append(t(f"cost.{resource.cost}", lang))
    wanted = {x.lower() for x in prefs.interests}
    shared = [x for x in resource.interests if x.lower() in wanted]
    if shared:
        reasons.append(t("reason.interest", lang, interests=", ".join(shared)))
    return Suggestion(resource, round(score, 4), covers, tuple(reasons))


def suggestions_json(suggestions: Sequence[Suggestion]) -> list[dict[str, object]]:
    """The ``suggestions`` list of the JSON contract (design.md §4)."""
    return [
        {
            "id": s.resource.id,
            "name": s.resource.name,
            "kind": s.resource.kind,
            "support_types": list(s.resource.support_types),
            "modes": list(s.resource.modes),
            "cost": s.resource.cost,
            "reasons": list(s.reasons),
        }
        for s in suggestions
    ]
