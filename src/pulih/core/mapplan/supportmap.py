"""The person's own support map: people or groups by nickname, in three circles of closeness
(the convoy model), with the kinds of support each gives and whether the tie is also stressful
(as an ecomap marks it). A type nobody on the map gives is a gap the matching aims at."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from pulih.core.questionnaire.support_types import SUPPORT_TYPES

Circle = Literal["inner", "middle", "outer"]
CIRCLES: tuple[Circle, ...] = ("inner", "middle", "outer")
MAX_NICKNAME = 24


@dataclass(frozen=True)
class Tie:
    """One person or group. A nickname or initials are enough; a full name is never needed."""

    nickname: str
    circle: Circle = "middle"
    gives: frozenset[str] = frozenset()
    stressful: bool = False

    def with_type(self, type_id: str) -> Tie:
        """The same tie with ``type_id`` ticked or unticked."""
        gives = self.gives - {type_id} if type_id in self.gives else self.gives | {type_id}
        return replace(self, gives=frozenset(gives))


@dataclass(frozen=True)
class SupportMap:
    ties: tuple[Tie, ...] = ()

    def gaps(self) -> tuple[str, ...]:
        """Support types nobody on the map gives (none while the map is empty)."""
        if not self.ties:
            return ()
        given = set().union(*(t.gives for t in self.ties))
        return tuple(t for t in SUPPORT_TYPES if t not in given)

    def in_circle(self, circle: Circle) -> list[Tie]:
        return [t for t in self.ties if t.circle == circle]

    def givers(self, type_id: str) -> list[Tie]:
        return [t for t in self.ties if type_id in t.gives]

    # --- changes

    def added(self, tie: Tie) -> SupportMap:
        return SupportMap((*self.ties, tie))

    def replaced(self, index: int, tie: Tie) -> SupportMap:
        ties = list(self.ties)
        ties[index] = tie
        return SupportMap(tuple(ties))

    def removed(self, index: int) -> SupportMap:
        return SupportMap(tuple(t for i, t in enumerate(self.ties) if i != index))


def clean_nickname(text: str) -> str:
    """A nickname as stored: trimmed, one line, at most 24 characters."""
    return " ".join(text.split())[:MAX_NICKNAME]


def map_to_data(support_map: SupportMap) -> list[dict[str, Any]]:
    return [
        {
            "nickname": t.nickname,
            "circle": t.circle,
            "gives": [k for k in SUPPORT_TYPES if k in t.gives],
            "stressful": t.stressful,
        }
        for t in support_map.ties
    ]


def map_from_data(data: list[dict[str, Any]]) -> SupportMap:
    ties = []
    for entry in data:
        circle = entry.get("circle", "middle")
        ties.append(
            Tie(
                clean_nickname(str(entry.get("nickname", ""))) or "?",
                circle if circle in CIRCLES else "middle",
                frozenset(k for k in entry.get("gives", []) if k in SUPPORT_TYPES),
                bool(entry.get("stressful", False)),
            )
        )
    return SupportMap(tuple(ties))


@dataclass(frozen=True)
class MapChange:
    """What changed between two maps, for "then vs now"."""

    closer: tuple[str, ...]
    further: tuple[str, ...]
    joined: tuple[str, ...]
    left: tuple[str, ...]
    gaps_closed: tuple[str, ...]
    gaps_opened: tuple[str, ...]


def map_change(then: SupportMap, now: SupportMap) -> MapChange:
    """Who moved closer or further (matched by nickname), who joined or left, which gaps closed."""
    rank = {c: i for i, c in enumerate(CIRCLES)}
    before = {t.nickname.lower(): t for t in then.ties}
    after = {t.nickname.lower(): t for t in now.ties}
    closer = tuple(
        after[k].nickname
        for k in after
        if k in before and rank[after[k].circle] < rank[before[k].circle]
    )
    further = tuple(
        after[k].nickname
        for k in after
        if k in before and rank[after[k].circle] > rank[before[k].circle]
    )
    joined = tuple(after[k].nickname for k in after if k not in before)
    left = tuple(before[k].nickname for k in before if k not in after)
    old_gaps, new_gaps = set(then.gaps()), set(now.gaps())
    return MapChange(
        closer,
        further,
        joined,
        left,
        tuple(t for t in SUPPORT_TYPES if t in old_gaps and t not in new_gaps),
        tuple(t for t in SUPPORT_TYPES if t in new_gaps and t not in old_gaps),
    )
