"""Matching: rank the directory for the person's thin support types, then their preferences.

Crisis routes are chosen separately (resources.crisis_routes). The referral level shapes the
list before any score (the IASC pyramid; layers come from taxonomy.toml): at ``urgent``, the
specialised service nearest the person (one with a 24-hour IGD first), then focused help, and
community options after a clear line; at ``strong``, the person's door into JKN first (a
Puskesmas), named with the specialised service it refers to, then the rest of professional
help; at ``suggest``, one professional option among the first three; at ``none``, community,
peer and activity options. Basic-needs help (social services, legal aid, protection) comes at
any level when practical support is thin. A paid service never leads at ``strong`` or
``urgent`` unless the person narrowed to paid help, and an entry whose newest source is older
than 24 months never leads at all.

Place (regions.nearness): in-person-only entries for another province are never suggested, but
for the specialised service named as the nearest for a province that has none (``nearest_for``),
said so; an entry for the person's kabupaten/kota ranks above one for their province, which
ranks above a national one; an activity found in cities only is not offered to a person in a
kabupaten. Entries for an audience are suggested only to a person who chose it, and "daring"
(online without in person) leaves out in-person-only entries.

The ranking works on a compact index so that a national directory (~10,000 entries) answers a
query in milliseconds.
"""

from __future__ import annotations

import gc
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from pulih.core.directory.catalogue import Catalogue
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.regions import Nearness, Place, find_place, nearness
from pulih.core.directory.resources import Resource, contact_line
from pulih.core.directory.taxonomy import (
    BASIC_LAYERS,
    COMMUNITY_LAYERS,
    PROFESSIONAL_LAYERS,
    taxonomy,
)
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
    lower: frozenset[str] = frozenset()
    """Types truly lower than the person's highest (with four equal scores, none is)."""

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
        means = [s.mean for s in support.by_type.values() if s.mean is not None]
        top = max(means, default=None)
        lower = frozenset(
            i
            for i, s in support.by_type.items()
            if s.mean is not None and top is not None and s.mean < top
        )
        return cls(weights, thin, referral, gap_set, lower)


@dataclass(frozen=True)
class Suggestion:
    resource: Resource
    score: float
    covers: tuple[str, ...]
    reasons: tuple[str, ...]
    later: bool = False
    """At ``urgent``: a community option, shown after professional help under its own line."""
    layer: str = "community"
    """The entry's layer in taxonomy.toml (specialised, focused, peer, community, ...)."""
    stale: bool = False
    """Its newest source is older than 24 months: "may have changed, check before you go"."""
    nearest: bool = False
    """In another province: the nearest listed, for a province with none of its own."""
    local: bool = False
    """For the person's own kabupaten/kota or province (what "near you" counts)."""
    refers_to: str = ""
    """For the door into JKN (a Puskesmas) at ``strong`` or ``urgent``: the specialised service
    it refers to, by name."""
    not_helpful: date | None = None
    """The day the person marked it not helpful in a saved result (core/store/followup.py)."""

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
    stale: bool
    urban: bool
    nearest_ids: frozenset[int]

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
    nearest: frozenset[int] = frozenset()
    """Rows in another province that are the nearest listed for the person's (class 2 for
    ranking, but never counted as near)."""

    def grouped(self, profile_of: list[int]) -> _Near:
        groups: dict[tuple[int, int], list[int]] = {}
        for position, key in enumerate(zip(profile_of, self.classes, strict=True)):
            groups.setdefault(key, []).append(position)
        listed = [(profile, level, rows) for (profile, level), rows in groups.items()]
        return _Near(self.classes, self.in_person_near, listed, self.nearest)


def freeze_loaded() -> None:
    """Move everything loaded so far (the directory's rows above all) out of the garbage
    collector's way: for a front end to call at start-up, once the content is loaded."""
    gc.freeze()


class MatchIndex:
    """A catalogue ready to rank: its rows, scored in one tight loop per query."""

    def __init__(self, catalogue: Catalogue) -> None:
        # The rows live as long as the app: a front end calls freeze_loaded() once the content
        # is loaded, so a full collection in the middle of a query does not walk ~10,000
        # entries each time (the core itself changes no global state).
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

    def _own_specialised(self, classes: list[int], nearest: set[int]) -> bool:
        """A specialised service listed in the person's own province (or kabupaten/kota)."""
        return any(
            level >= Nearness.SAME_PROVINCE
            and position not in nearest
            and self.layers[self.profile_of[position]] == "specialised"
            for position, level in enumerate(classes)
        )

    def near(self, person: Place | None) -> _Near:
        """How near each row is to ``person`` (regions.nearness), worked out once per place."""
        if person is None:
            return self._anywhere
        found = self._near.get(person.code)
        if found is None:
            by_name = [nearness(person, (name,)) for name in self.catalogue.region_names]
            in_a_regency = person.kind == "regency"
            classes: list[int] = []
            nearest: set[int] = set()
            in_person = False
            for position, row in enumerate(self.catalogue.rows):
                if row[12] and in_a_regency:
                    classes.append(-1)  # found in cities only: not near a kabupaten
                    continue
                if row[5]:
                    classes.append(Nearness.NATIONAL)
                    continue
                how_near = max((by_name[i] for i in row[9]), default=Nearness.ELSEWHERE)
                how_near = min(how_near, Nearness.SAME_PLACE)
                level = 0 if how_near <= Nearness.NATIONAL else int(how_near)
                if level == 0 and any(by_name[i] >= Nearness.SAME_PROVINCE for i in row[13]):
                    level = int(Nearness.SAME_PROVINCE)  # the nearest listed, named as such
                    nearest.add(position)
                classes.append(level)
                if level >= Nearness.SAME_PROVINCE and "offline" in row[3]:
                    in_person = in_person or position not in nearest
            if nearest and self._own_specialised(classes, nearest):
                # the nearest in another province stands in only while the person's province
                # lists none of its own (its own may age out, then the nearest is named)
                for position in nearest:
                    classes[position] = 0
                nearest = set()
            found = _Near(classes, in_person, nearest=frozenset(nearest)).grouped(self.profile_of)
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
    if layer in BASIC_LAYERS:
        # basic needs and security: when practical support is what is thin
        return need.weights.get("instrumental", 0.0) if "instrumental" in types else 0.0
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
            or (
                layer not in COMMUNITY_LAYERS
                and layer not in BASIC_LAYERS
                and need.referral == "none"
            )
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
        if level < 0:
            continue  # found in cities only, and the person is in a kabupaten
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
    near = index.near(person)
    scored = _scores(index, need, _Wanted.of(prefs), limit, person)
    rows = index.catalogue.rows
    is_professional = index.professional
    professional = [pair for pair in scored if is_professional[rows[pair[1]][10]]]
    community = [pair for pair in scored if not is_professional[rows[pair[1]][10]]]
    later = need.referral == "urgent"
    if need.referral in ("strong", "urgent") and professional:
        front = _front(index, professional, need, prefs, near, min(FRONT, limit))
        taken = {entry.position for _, entry in front}
        rest = [p for p in professional if p[1] not in taken]
        if len(front) < min(FRONT, limit):
            front += _varied(index, rest, min(FRONT, limit) - len(front))
        others = _varied(index, community, limit - len(front))
        picked = [(s, e, False) for s, e in front] + [(s, e, later) for s, e in others]
    else:
        picked = [(s, e, False) for s, e in _varied(index, scored, limit)]
        if need.referral == "suggest" and professional:
            firsts = [e for _, e, _ in picked[:3]]
            if not any(is_professional[e.profile] for e in firsts):
                free = [p for p in professional if rows[p[1]][8] != "paid"] or professional
                score, position = min(free, key=_rank)
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
    if person is not None and not near.in_person_near:
        # Nothing in person nearby: make sure one way to reach help from home is offered.
        remote = [
            pair for pair in scored if rows[pair[1]][3] - OFFLINE_ONLY and pair[1] not in chosen
        ]
        if remote and all(entry.modes == OFFLINE_ONLY for _, entry, _ in picked):
            score, position = min(remote, key=_rank)
            _add(picked, score, index.entry(position), is_professional, later)
    picked = _stale_never_first(picked)
    catalogue = index.catalogue
    found = [
        replace(
            _suggestion(score, entry, catalogue.resource(entry.position), need, prefs, lang, near),
            later=after,
            layer=index.layers[entry.profile],
        )
        for score, entry, after in picked
    ]
    return _with_referral(found, need, lang)


def _front(
    index: MatchIndex,
    professional: list[tuple[float, int]],
    need: Need,
    prefs: Preferences,
    near: _Near,
    count: int,
) -> list[tuple[float, _Entry]]:
    """What leads at ``strong`` and ``urgent`` (content-guidelines §2, taxonomy.toml):

    - ``urgent``: the specialised service nearest the person (with a 24-hour IGD first), then
      focused help (the Puskesmas first);
    - ``strong``: the door into JKN (a Puskesmas) first, then the specialised service it refers
      to.

    A paid service never leads unless the person narrowed to paid help (an entry older than 24
    months may be here, but never first: :func:`_stale_never_first`). The rest is filled by
    score."""
    rows = index.catalogue.rows
    paid_ok = "paid" in prefs.cost
    eligible = [pair for pair in professional if paid_ok or rows[pair[1]][8] != "paid"]
    layers = index.layers
    specialised = [p for p in eligible if layers[rows[p[1]][10]] == "specialised"]
    focused = [p for p in eligible if layers[rows[p[1]][10]] == "focused"]
    door = [p for p in focused if rows[p[1]][1] == "puskesmas"]

    def nearest_first(pair: tuple[float, int]) -> tuple[float, ...]:
        """Nearer first (own kabupaten/kota, own province, the nearest listed, national),
        then one with a 24-hour IGD, then score, then directory order."""
        level = near.classes[pair[1]]
        elsewhere = 1 if pair[1] in near.nearest else 0
        igd = index.catalogue.resource(pair[1]).igd_24h is True
        return (-level, elsewhere, -int(igd), -pair[0], pair[1])

    first_specialised = min(specialised, key=nearest_first) if specialised else None
    first_door = min(door or focused, key=_rank) if (door or focused) else None
    # the nearest may be named without a street address; then also the nearest one a person
    # can find by its address (in the province, or the nearest listed)
    findable = None
    if first_specialised is not None and not index.catalogue.resource(first_specialised[1]).address:
        located = [
            p
            for p in specialised
            if near.classes[p[1]] >= 2 and index.catalogue.resource(p[1]).address
        ]
        findable = min(located, key=nearest_first) if located else None
    if need.referral == "urgent":
        order = [first_specialised, findable, first_door]
    else:
        order = [first_door, first_specialised, findable]
    front: list[tuple[float, _Entry]] = []
    for pair in order:
        if pair is not None and all(pair[1] != e.position for _, e in front):
            front.append((pair[0], index.entry(pair[1])))
    rest = [p for p in eligible if all(p[1] != e.position for _, e in front)]
    front += _varied(index, rest, count - len(front))
    return front[:count]


def _stale_never_first(
    picked: list[tuple[float, _Entry, bool]],
) -> list[tuple[float, _Entry, bool]]:
    """An entry whose newest source is older than 24 months never leads: the first one that is
    not takes the lead (the order of the rest is kept)."""
    if not picked or not picked[0][1].stale:
        return picked
    fresh = next((i for i, p in enumerate(picked) if not p[1].stale and not p[2]), None)
    if fresh is None:
        return picked
    return [picked[fresh], *picked[:fresh], *picked[fresh + 1 :]]


def _with_referral(suggestions: list[Suggestion], need: Need, lang: Lang) -> list[Suggestion]:
    """At ``strong`` and ``urgent``, the Puskesmas names the specialised service it can refer
    the person to (the JKN route), when one is suggested."""
    if need.referral not in ("strong", "urgent"):
        return suggestions
    named = [s for s in suggestions if s.layer == "specialised" and not s.later]
    # one with a warning of its own (moved, may not admit) is named only when it is the only one
    target = next((s for s in named if s.resource.caveat is None), named[0] if named else None)
    if target is None:
        return suggestions
    return [
        replace(s, refers_to=target.resource.title(lang)) if s.resource.kind == "puskesmas" else s
        for s in suggestions
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


def local_count(index: MatchIndex, need: Need, prefs: Preferences) -> int | None:
    """How many entries the directory lists for the person's own kabupaten/kota or province
    that this person could be suggested: after their audience, the referral level's tiers and
    their narrowing (the nearest listed in another province never counts). None: no place."""
    person = _person(prefs)
    if person is None:
        return None
    near = index.near(person)
    pairs = _scores(index, need, _Wanted.of(prefs), len(index.catalogue.rows), person)
    return sum(
        1 for _, position in pairs if near.classes[position] >= 2 and position not in near.nearest
    )


def place_notice(
    index: MatchIndex, prefs: Preferences, lang: Lang, need: Need | None = None
) -> str | None:
    """One plain line when the person gave a place and nothing is listed for it that they could
    be suggested (counted after audience and tier filtering: :func:`local_count`)."""
    person = _person(prefs)
    if person is None:
        return None
    count = local_count(index, need or Need({}, frozenset()), prefs)
    if count:
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
    score: float,
    entry: _Entry,
    resource: Resource,
    need: Need,
    prefs: Preferences,
    lang: Lang,
    near: _Near | None = None,
) -> Suggestion:
    covers = tuple(k for k in SUPPORT_TYPES if k in need.weights and k in entry.types)
    reasons: list[str] = []
    if entry.professional and need.referral != "none":
        reasons.append(t("reason.professional", lang))
    gaps = [t(f"type.{k}", lang) for k in covers if k in need.gaps]
    thin = [t(f"type.{k}", lang) for k in covers if k in need.thin and k not in need.gaps]
    rest = [k for k in covers if k not in need.thin]
    lower = [t(f"type.{k}", lang) for k in rest if k in need.lower]
    level = [t(f"type.{k}", lang) for k in rest if k not in need.lower]
    if gaps:
        reasons.append(t("reason.gap", lang, types=_join(gaps, lang)))
    if thin:
        reasons.append(t("reason.thin", lang, types=_join(thin, lang)))
    if lower:
        reasons.append(t("reason.lower", lang, types=_join(lower, lang)))
    if level:  # none is lower than the others (four equal scores): no comparison is claimed
        reasons.append(t("reason.strengthen", lang, types=_join(level, lang)))
    if not gaps and not thin and not lower and not level and not entry.professional:
        names = [t(f"type.{k}", lang) for k in SUPPORT_TYPES if k in entry.types]
        reasons.append(t("reason.gives", lang, types=_join(names, lang)))
    nearest = near is not None and entry.position in near.nearest
    if nearest:
        province = resource.regions[-1]
        reasons.append(t("reason.nearest", lang, region=resource.regions[0], province=province))
    elif not entry.nationwide:
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
        named = ", ".join(taxonomy().interest_label(x, lang) for x in shared)
        reasons.append(t("reason.interest", lang, interests=named))
    local = near is not None and not nearest and near.classes[entry.position] >= 2
    return Suggestion(
        resource,
        round(score, 4),
        covers,
        tuple(reasons),
        stale=entry.stale,
        nearest=nearest,
        local=local,
    )


def suggestions_json(
    suggestions: Sequence[Suggestion], lang: Lang = "id"
) -> list[dict[str, object]]:
    """The ``suggestions`` list of the JSON contract (design.md §4), plus ``layer`` (the IASC
    tier), ``later`` (the referral level's shape), ``regions``, ``source_date`` (the newest
    source, ISO), ``verified``, ``stale``, ``local`` and ``nearest`` (where it is for the
    person), ``address`` and ``contact`` where known, ``access`` (the JKN route) and, for
    generic entries, ``how_to_find`` and ``ask``, in the person's language (in English also
    ``ask_id``: the sentence is said in Indonesian)."""
    out: list[dict[str, object]] = []
    for s in suggestions:
        resource = s.resource
        dated = resource.dated_on()
        item: dict[str, object] = {
            "id": resource.id,
            "name": resource.title(lang),
            "kind": resource.kind,
            "support_types": list(resource.support_types),
            "modes": list(resource.modes),
            "cost": resource.cost,
            "reasons": list(s.reasons),
            "layer": s.layer,
            "later": s.later,
            "regions": list(resource.regions),
            "source_date": None if dated is None else dated.isoformat(),
            "verified": resource.verified,
            "stale": s.stale,
            "local": s.local,
            "nearest": s.nearest,
        }
        if s.not_helpful is not None:
            item["not_helpful_on"] = s.not_helpful.isoformat()
        if resource.address:
            item["address"] = resource.address
        contact = contact_line(resource, lang)
        if contact:
            item["contact"] = contact
        if resource.access is not None:
            item["access"] = resource.access(lang)
        if resource.kode_rs:
            item["kode_rs"] = resource.kode_rs
        if resource.igd_24h is not None:
            item["igd_24h"] = resource.igd_24h
        if s.refers_to:
            item["refers_to"] = s.refers_to
        if s.resource.how_to_find is not None:
            item["how_to_find"] = s.resource.how_to_find(lang)
        if s.resource.ask is not None:
            item["ask"] = s.resource.ask(lang)
            if lang == "en":  # said in Indonesian: the words to say, beside their meaning
                item["ask_id"] = s.resource.ask.id
        out.append(item)
    return out
