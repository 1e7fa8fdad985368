"""What narrows suggestions: region, how, cost, interests and for whom.

Kept in memory; an answers file may set them (answers.py), narrowing ticks them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preferences:
    """What narrows suggestions; every field may be empty (no preference)."""

    region: str = ""
    modes: tuple[str, ...] = ()
    cost: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
