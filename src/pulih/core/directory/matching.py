"""Matching: rank the directory for the person's thin support types, then their preferences.

Crisis routes are chosen separately (resources.crisis_routes). The referral level shapes the
list before any score (the IASC pyramid; layers come from taxonomy.toml): at ``urgent``,
professional help first and community options after a clear line; at ``strong``, professional
help first; at ``suggest``, one professional option among the first three; at ``none``,
community, peer and activity options only.

Place (regions.nearness): in-person-only entries for another province are never suggested; an
entry for the person's kabupaten/kota ranks above one for their province, which ranks above a
national one. Entries for an audience are suggested only to a person who chose it, and
"daring" (online without in person) leaves out in-person-only entries.

The ranking works on a compact index so that a national directory (~10,000 entries) answers a
query in milliseconds.
"""

from __future__ import annotations

import gc
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from pulih.core.directory.catalogue import Catalogue
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.regions import Nearness, Place, find_place, nearness
from pulih.core.directory.resources import Resource
from pulih.core.directory.taxonomy import COMMUNITY_LAYERS, PROFESSIONAL_LAYERS, taxonomy
from pulih.core.questionnaire.model import ReferralLevel
from pulih.core.questionnaire.scoring import SupportResult
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

THIN_MEAN = 3.5  # below this a flagged type still counts; the thinner, the heavier
VARIETY = 0.55  # each further suggestion of the same kind keeps this share of its score
MISMATCH = 0.25  # a preference the entry does not meet keeps this share of its score
ELSEWHERE = 0.35  # an entry for another region (or any region, when none is given)
NEARER = {Nearness.SAME_PLACE: 4.0, Nearness.SAME_PROVINCE: 2.5}
"""How much an entry for the person's own kabupaten/kota or province counts over a national one."""
LOCAL_FLOOR = 0.2  # a local group that gives none of the thin types still counts, a little
FRONT = 3  # at most this many professional options lead at ``strong`` and ``urgent``
OFFLINE_ONLY = frozenset({"offline"})


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
    later: bool = False
    """At ``urgent``: a community option, shown after professional help under its own line."""
    layer: str = "community"
    """The entry's layer in taxonomy.toml (professional, peer, community, activity, ...)."""

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
        return taxonomy().professional(self.kind)


@dataclass(frozen=True)
class _Near:
    """For one person's place: how near each row is (0 elsewhere, 1 national, 2 same
    province, 3 same kabupaten/kota), and whether any in-person entry is in their province.

    ``groups`` gathers the rows that share a profile and a nearness, and so a score:
    (profile, nearness, positions in directory order)."""

    classes: list[int]
    in_person_near: bool
    groups: list[tuple[int, int, list[int]]] = field(default_factory=list)

    def grouped(self, profile_of: list[int]) -> _Near:
        groups: dict[tuple[int, int], list[int]] = {}
        for position, key in enumerate(zip(profile_of, self.classes, strict=True)):
            groups.setdefault(key, []).append(position)
        listed = [(profile, level, rows) for (profile, level), rows in groups.items()]
        return _Near(self.classes, self.in_person_near, listed)


class MatchIndex:
    """A catalogue ready to rank: its rows, scored in one tight loop per query."""

    def __init__(self, catalogue: Catalogue) -> None:
        # The rows live as long as the app: move them out of the collector's way (first, so
        # that building the index does not walk them either), so that a full collection in the
        # middle of a query does not walk ~10,000 entries each time.
        gc.freeze()
        self.catalogue = catalogue
        self._near: dict[str, _Near] = {}
        kinds = taxonomy()
        self.layers = [kinds.layer(profile[0]) for profile in catalogue.profiles]
        """Per profile: its layer in taxonomy.toml."""
        self.professional = [layer in PROFESSIONAL_LAYERS for layer in self.layers]
        self.offline_only = [profile[2] == OFFLINE_ONLY for profile in catalogue.profiles]
        self.profile_of = [row[10] for row in catalogue.rows]
        anywhere = _Near([1 if row[5] else 0 for row in catalogue.rows], True)
        self._anywhere = anywhere.grouped(self.profile_of)

    def entry(self, position: int) -> _Entry:
        return _Entry(position, *self.catalogue.rows[position])

    def near(self, person: Place | None) -> _Near:
        """How near each row is to ``person`` (regions.nearness), worked out once per place."""
        if person is None:
            return self._anywhere
        found = self._near.get(person.code)
        if found is None:
            by_name = [nearness(person, (name,)) for name in self.catalogue.region_names]
            classes: list[int] = []
            in_person = False
            for row in self.catalogue.rows:
                if row[5]:
                    classes.append(Nearness.NATIONAL)
                    continue
                how_near = max((by_name[i] for i in row[9]), default=Nearness.ELSEWHERE)
                how_near = min(how_near, Nearness.SAME_PLACE)
                level = 0 if how_near <= Nearness.NATIONAL else int(how_near)
                classes.append(level)
                if level >= Nearness.SAME_PROVINCE and "offline" in row[3]:
                    in_person = True
            found = _Near(classes, in_person).grouped(self.profile_of)
            self._near[person.code] = found
        return found


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


def _coverage(types: frozenset[str], layer: str, need: Need) -> float:
    """How well an entry's support types meet the need (0: not at all, or not at this level)."""
    if layer in PROFESSIONAL_LAYERS:
        if need.referral == "none":
            return 0.0
        base = {"suggest": 1.2, "strong": 2.0, "urgent": 2.5}[need.referral]
        return base + 0.1 * len(types & need.weights.keys())
    if layer not in COMMUNITY_LAYERS and need.referral == "none":
        return 0.0  # self-screening and directories come with professional help
    if need.weights:
        return sum(w for k, w in need.weights.items() if k in types)
    return 0.2 * len(types)  # nothing thin: anything that keeps support going, a little


@dataclass(frozen=True)
class _Scored:
    """Per profile: its score, and its score when local (0: left out)."""

    base: list[float]
    local: list[float]


def _score_profiles(index: MatchIndex, need: Need, wanted: _Wanted) -> _Scored:
    """The score of each profile: everything about an entry except its region (0: left out)."""
    coverage: dict[tuple[frozenset[str], str], float] = {}
    modes_factor: dict[frozenset[str], float] = {}
    want_modes, want_cost = wanted.modes, wanted.cost
    want_interests, want_audience = wanted.interests, wanted.audience
    no_in_person = bool(want_modes) and "offline" not in want_modes
    base: list[float] = []
    local: list[float] = []
    layers, offline = index.layers, index.offline_only
    for number, profile in enumerate(index.catalogue.profiles):
        kind, types, modes, cost, interests, audience = profile
        layer, offline_only = layers[number], offline[number]
        excluded = (
            (audience and audience.isdisjoint(want_audience))  # for others: left out
            or (no_in_person and offline_only)  # "daring": nothing in-person only
            or (layer not in COMMUNITY_LAYERS and need.referral == "none")
        )
        if excluded:
            base.append(0.0)
            local.append(0.0)
            continue
        score = coverage.get((types, kind))
        if score is None:
            score = _coverage(types, layer, need)
            coverage[(types, kind)] = score
        factor = 1.0
        if want_modes:
            found = modes_factor.get(modes)
            if found is None:
                found = modes_factor[modes] = 1.0 if modes & want_modes else MISMATCH
            factor *= found
        if want_cost and cost not in want_cost:
            factor *= MISMATCH
        if want_interests and interests:
            factor *= 1 + 0.4 * len(interests & want_interests)
        if audience:  # chosen: a group for the person's own audience counts more
            factor *= 1.3
        base.append(score * factor)
        floor = LOCAL_FLOOR * len(types) if layer in COMMUNITY_LAYERS else 0.0
        local.append(max(score, floor) * factor)
    return _Scored(base, local)


def _person(prefs: Preferences) -> Place | None:
    return find_place(prefs.region) if prefs.region.strip() else None


def _scores(
    index: MatchIndex, need: Need, wanted: _Wanted, limit: int, person: Place | None = None
) -> list[tuple[float, int]]:
    """(score, position) of the entries that can matter, in one pass over the rows.

    Entries of one profile and one nearness share a score, so only the first ``limit`` of each
    are kept: directory order breaks ties, and no later one could rank higher. A national
    directory of Puskesmas then yields a few dozen candidates instead of ~10,000. In-person-only
    entries for another province, or for any one place when the person gave none, are left out.
    """
    scored = _score_profiles(index, need, wanted)
    bases, locals_, offline_only = scored.base, scored.local, index.offline_only
    elsewhere = ELSEWHERE * 0.5 if person is not None else ELSEWHERE
    factors = (elsewhere, 1.0, NEARER[Nearness.SAME_PROVINCE], NEARER[Nearness.SAME_PLACE])
    # In person only and for one place: left out when that place is another province, and when
    # the person gave no place at all (most people would be far from it; the notice and the
    # generic entries say how to find help nearby).
    far_in_person = True
    out: list[tuple[float, int]] = []
    for profile, level, positions in index.near(person).groups:
        if level >= 2:
            score = locals_[profile] * factors[level]
        elif level == 1:
            score = bases[profile]
        elif far_in_person and offline_only[profile]:
            continue  # in person, and far away
        else:
            score = bases[profile] * elsewhere
        if score > 0:
            out += [(score, position) for position in positions[:limit]]
    return out


def _varied(
    index: MatchIndex, pairs: list[tuple[float, int]], count: int
) -> list[tuple[float, _Entry]]:
    """Up to ``count`` of ``pairs``, best first, each further one of a kind counting less."""
    if count <= 0:
        return []
    rows = index.catalogue.rows
    # Variety needs at most ``count`` candidates of each kind: keep those, best first.
    by_kind: dict[str, list[tuple[float, int]]] = {}
    for pair in pairs:
        by_kind.setdefault(rows[pair[1]][1], []).append(pair)
    best: list[tuple[float, int]] = []
    for group in by_kind.values():
        best += heapq.nsmallest(count, group, key=_rank)
    best.sort(key=_rank)
    remaining = [(score, index.entry(position)) for score, position in best]
    picked: list[tuple[float, _Entry]] = []
    kinds: dict[str, int] = {}
    while remaining and len(picked) < count:
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
    return picked


def match_resources(
    index: MatchIndex,
    need: Need,
    prefs: Preferences,
    lang: Lang,
    limit: int = 6,
) -> list[Suggestion]:
    """The best entries for this person, shaped by the referral level, each with its reasons.

    Deterministic: equal scores keep directory order. Every type in ``need`` that some
    eligible entry gives is covered by at least one suggestion, whatever the preferences.
    """
    person = _person(prefs)
    scored = _scores(index, need, _Wanted.of(prefs), limit, person)
    rows = index.catalogue.rows
    is_professional = index.professional
    professional = [pair for pair in scored if is_professional[rows[pair[1]][10]]]
    community = [pair for pair in scored if not is_professional[rows[pair[1]][10]]]
    later = need.referral == "urgent"
    if need.referral in ("strong", "urgent") and professional:
        front = _varied(index, professional, min(FRONT, limit))
        rest = _varied(index, community, limit - len(front))
        picked = [(s, e, False) for s, e in front] + [(s, e, later) for s, e in rest]
    else:
        picked = [(s, e, False) for s, e in _varied(index, scored, limit)]
        if need.referral == "suggest" and professional:
            firsts = [e for _, e, _ in picked[:3]]
            if not any(is_professional[e.profile] for e in firsts):
                score, position = min(professional, key=_rank)
                picked = [p for p in picked if p[1].position != position]
                picked.insert(min(2, len(picked)), (score, index.entry(position), False))
                picked = picked[:limit]
    chosen = {entry.position for _, entry, _ in picked}
    for type_id in need.weights:
        if not any(type_id in entry.types for _, entry, _ in picked):
            covering = [pair for pair in scored if type_id in rows[pair[1]][2]]
            covering = [pair for pair in covering if pair[1] not in chosen] or covering
            if covering:
                score, position = min(covering, key=_rank)
                _add(picked, score, index.entry(position), is_professional, later)
                chosen.add(position)
    if person is not None and not index.near(person).in_person_near:
        # Nothing in person nearby: make sure one way to reach help from home is offered.
        remote = [
            pair for pair in scored if rows[pair[1]][3] - OFFLINE_ONLY and pair[1] not in chosen
        ]
        if remote and all(entry.modes == OFFLINE_ONLY for _, entry, _ in picked):
            score, position = min(remote, key=_rank)
            _add(picked, score, index.entry(position), is_professional, later)
    catalogue = index.catalogue
    return [
        replace(
            _suggestion(score, entry, catalogue.resource(entry.position), need, prefs, lang),
            later=after,
            layer=index.layers[entry.profile],
        )
        for score, entry, after in picked
    ]


def _add(
    picked: list[tuple[float, _Entry, bool]],
    score: float,
    entry: _Entry,
    is_professional: list[bool],
    later: bool,
) -> None:
    """Add an entry beside the others of its side: professional help stays above the line."""
    own = is_professional[entry.profile]
    if own or not later:
        at = next((i for i, p in enumerate(picked) if p[2]), len(picked))
        picked.insert(at, (score, entry, False))
    else:
        picked.append((score, entry, True))


def place_notice(index: MatchIndex, prefs: Preferences, lang: Lang) -> str | None:
    """One plain line when the person gave a place and nothing in-person is listed near it."""
    person = _person(prefs)
    if person is None or index.near(person).in_person_near:
        return None
    return t("place.none_near", lang, place=person.name)


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
    if resource.audience:
        kinds = taxonomy()
        labels = [kinds.audience_label(a, lang) for a in resource.audience]
        reasons.append(t("reason.audience", lang, audience=_join(labels, lang)))
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


def suggestions_json(
    suggestions: Sequence[Suggestion], lang: Lang = "id"
) -> list[dict[str, object]]:
    """The ``suggestions`` list of the JSON contract (design.md §4), plus ``layer`` and
    ``later`` (the referral level's shape) and, for generic entries, ``how_to_find`` and
    ``ask`` in the person's language."""
    out: list[dict[str, object]] = []
    for s in suggestions:
        item: dict[str, object] = {
            "id": s.resource.id,
            "name": s.resource.name,
            "kind": s.resource.kind,
            "support_types": list(s.resource.support_types),
            "modes": list(s.resource.modes),
            "cost": s.resource.cost,
            "reasons": list(s.reasons),
            "layer": s.layer,
            "later": s.later,
        }
        if s.resource.how_to_find is not None:
            item["how_to_find"] = s.resource.how_to_find(lang)
        if s.resource.ask is not None:
            item["ask"] = s.resource.ask(lang)
        out.append(item)
    return out
