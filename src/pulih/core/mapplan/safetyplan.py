"""A safety plan in the person's own words (the Stanley–Brown structure): warning signs, what
helps me cope alone, people and places that take my mind off things, people I can ask for help,
my own clinician or counsellor beside the professionals and crisis routes from the directory,
making my surroundings safer, and my reasons for living."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

SECTIONS: tuple[str, ...] = (
    "signs",
    "cope",
    "distract",
    "people",
    "clinician",
    "environment",
    "reasons",
)
"""The parts the person writes, in the order shown and numbered 1–7. Part 5 (``clinician``, the
person's own professional) is shown with the professionals and crisis routes of the directory."""
PROFESSIONALS = "clinician"


@dataclass(frozen=True)
class SafetyPlan:
    signs: str = ""
    cope: str = ""
    distract: str = ""
    people: str = ""
    clinician: str = ""
    environment: str = ""
    reasons: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in SECTIONS)

    def with_section(self, name: str, text: str) -> SafetyPlan:
        if name not in SECTIONS:
            raise KeyError(name)
        values = plan_to_data(self) | {name: text.strip()}
        return plan_from_data(values)


def plan_to_data(plan: SafetyPlan) -> dict[str, Any]:
    return {f.name: getattr(plan, f.name) for f in fields(plan)}


def plan_from_data(data: dict[str, Any]) -> SafetyPlan:
    return SafetyPlan(**{name: str(data.get(name, "")) for name in SECTIONS})
