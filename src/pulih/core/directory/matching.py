"""Matching: rank the directory for the person's thin support types, then their preferences.

Crisis routes are chosen separately (resources.crisis_routes). Professionals are suggested only
when the referral ladder says so. The ranking works on a compact index so that a national
directory (~10,000 entries) answers a query in milliseconds.
"""

from __future__ import annotations

import gc
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pulih.core.answers import Preferences
from pulih.core.directory.catalogue import Catalogue, Profile
from pulih.core.directory.resources import Resource
from pulih.core.i18n import Lang
from pulih.core.questionnaire import ReferralLevel
from pulih.core.scoring import SupportResult
from pulih.core.strings import t
from pulih.core.support_types import SUPPORT_TYPES

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
    gaps: frozenset[str] = frozenset()
    """Types nobody on the person's support map gives."""

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
        gap_set = frozenset(gaps)
        thin = frozenset(i for i, s in support.by_type.items() if s.band == "thin") | gap_set
        return cls(weights, thin, referral, gap_set)


@dataclass(frozen=True)
class Suggestion:
    resource: Resource
    score: float
    covers: tuple[str, ...]
    reasons: tuple[str, ...]

    def reason_text(self) -> str:
        return " · ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class _Entry:
    """A candidate: its catalogue row, unpacked."""

    position: int
    id: str
    kind: str
    types: frozenset[str]
    modes: frozenset[str]
    regions: tuple[str, ...]
    nationwide: bool
    interests: frozenset[str]
    audience: frozenset[str]
    cost: str
    region_ids: frozenset[int]
    profile: int

    @property
    def professional(self) -> bool:
        return self.kind in PROFESSIONAL_KINDS


class MatchIndex:
    """A catalogue ready to rank: its rows, scored in one tight loop per query."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        # The rows live as long as the app: move them out of the collector's way, so that a
        # full collection in the middle of a query does not walk ~10,000 entries each time.
        gc.freeze()

    def entry(self, position: int) -> _Entry:
        return _Entry(position, *self.catalogue.rows[position])

    def regions_matching(self, wanted: str) -> frozenset[int]:
        """Ids of the region names that contain, or are contained in, ``wanted``."""
        if not wanted:
            return frozenset()
        names = self.catalogue.region_names
        return frozenset(i for i, name in enumerate(names) if wanted in name or name in wanted)


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


def _coverage(types: frozenset[str], professional: bool, need: Need) -> float:
    """How well an entry's support types meet the need (0: not at all)."""
    if professional:
        if need.referral == "none":
            return 0.0
        base = {"suggest": 1.2, "strong": 2.0, "urgent": 2.5}[need.referral]
        return base + 0.1 * len(types & need.weights.keys())
    if need.weights:
        return sum(w for k, w in need.weights.items() if k in types)
    return 0.2 * len(types)  # nothing thin: anything that keeps support going, a little


def _profile_scores(profiles: list[Profile], need: Need, wanted: _Wanted) -> list[float]:
    """The score of each profile: everything about an entry except its region."""
    coverage: dict[tuple[frozenset[str], str], float] = {}
    modes_factor: dict[frozenset[str], float] = {}
    want_modes, want_cost = wanted.modes, wanted.cost
    want_interests, want_audience = wanted.interests, wanted.audience
    out: list[float] = []
    for kind, types, modes, cost, interests, audience in profiles:
        score = coverage.get((types, kind))
        if score is None:
            score = _coverage(types, kind in PROFESSIONAL_KINDS, need)
            coverage[(types, kind)] = score
        if score > 0:
            if want_modes:
                factor = modes_factor.get(modes)
                if factor is None:
                    factor = modes_factor[modes] = 1.0 if modes & want_modes else MISMATCH
                score *= factor
            if want_cost and cost not in want_cost:
                score *= MISMATCH
            if want_interests and interests:
                score *= 1 + 0.4 * len(interests & want_interests)
            if audience:  # groups for one audience go down unless it is the person's
                score *= 1.3 if not audience.isdisjoint(want_audience) else MISMATCH
        out.append(score)
    return out


def _scores(index: MatchIndex, need: Need, wanted: _Wanted, limit: int) -> list[tuple[float, int]]:
    """(score, position) of the entries that can matter, in one pass over the rows.

    Entries of one profile and one region class (nationwide, in the person's region, elsewhere)
    share a score, so only the first ``limit`` of each are kept: directory order breaks ties,
    and no later one could rank higher. A national directory of Puskesmas then yields a few
    dozen candidates instead of ~10,000.
    """
    catalogue = index.catalogue
    bases = _profile_scores(catalogue.profiles, need, wanted)
    matched = index.regions_matching(wanted.region)
    here, elsewhere = (1.3, ELSEWHERE * 0.5) if wanted.region else (ELSEWHERE, ELSEWHERE)
    kept: dict[int, int] = {}
    out: list[tuple[float, int]] = []
    for position, row in enumerate(catalogue.rows):
        profile = row[10]
        score = bases[profile]
        if score <= 0:
            continue
        if row[5]:  # nationwide
            group = profile * 3
        elif matched.isdisjoint(row[9]):
            group, score = profile * 3 + 1, score * elsewhere
        else:
            group, score = profile * 3 + 2, score * here
        count = kept.get(group, 0)
        if count < limit:
            kept[group] = count + 1
            out.append((score, position))
    return out


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
    scored = _scores(index, need, _Wanted.of(prefs), limit)
    rows = index.catalogue.rows
    # Variety needs at most ``limit`` candidates of each kind: keep those, best first.
    by_kind: dict[str, list[tuple[float, int]]] = {}
    for pair in scored:
        by_kind.setdefault(rows[pair[1]][1], []).append(pair)
    best: list[tuple[float, int]] = []
    for pairs in by_kind.values():
        best += heapq.nsmallest(limit, pairs, key=_rank)
    best.sort(key=_rank)
    remaining = [(score, index.entry(position)) for score, position in best]
    picked: list[tuple[float, _Entry]] = []
    kinds: dict[str, int] = {}
    while remaining and len(picked) < limit:
        best_index, best_value = 0, -1.0
        for i, (score, entry) in enumerate(remaining):
            value = score * VARIETY ** kinds.get(entry.kind, 0)
            if value > best_value:
                best_index, best_value = i, value
            if score <= best_value:  # sorted: no later entry can beat this one
                break
        score, entry = remaining.pop(best_index)
        picked.append((best_value, entry))
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    for type_id in need.weights:
        if not any(type_id in entry.types for _, entry in picked):
            covering = [pair for pair in scored if type_id in rows[pair[1]][2]]
            if covering:
                score, position = min(covering, key=_rank)
                picked.append((score, index.entry(position)))
    catalogue = index.catalogue
    return [
        _suggestion(score, entry, catalogue.resource(entry.position), need, prefs, lang)
        for score, entry in picked
    ]


def _rank(pair: tuple[float, int]) -> tuple[float, int]:
    """Highest score first; equal scores keep directory order."""
    return (-pair[0], pair[1])


def _join(words: Sequence[str], lang: Lang) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {t('and', lang)} " + words[-1]


def _suggestion(
    score: float, entry: _Entry, resource: Resource, need: Need, prefs: Preferences, lang: Lang
) -> Suggestion:
    covers = tuple(k for k in SUPPORT_TYPES if k in need.weights and k in entry.types)
    reasons: list[str] = []
    if entry.professional and need.referral != "none":
        reasons.append(t("reason.professional", lang))
    gaps = [t(f"type.{k}", lang) for k in covers if k in need.gaps]
    thin = [t(f"type.{k}", lang) for k in covers if k in need.thin and k not in need.gaps]
    lower = [t(f"type.{k}", lang) for k in covers if k not in need.thin]
    if gaps:
        reasons.append(t("reason.gap", lang, types=_join(gaps, lang)))
    if thin:
        reasons.append(t("reason.thin", lang, types=_join(thin, lang)))
    if lower:
        reasons.append(t("reason.lower", lang, types=_join(lower, lang)))
    if not gaps and not thin and not lower and not entry.professional:
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
