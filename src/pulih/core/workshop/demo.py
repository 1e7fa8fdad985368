"""Fictional demo personas for workshop leaders (content/personas.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pulih.core.mapplan.supportmap import SupportMap, map_from_data
from pulih.core.text.i18n import Lang

PERSONAS_FILE = Path(__file__).resolve().parent.parent.parent / "content" / "personas.toml"


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    age: int
    situation: dict[str, str]
    answers: dict[str, dict[str, int]]
    announce: dict[str, str] = field(default_factory=dict)
    support_map: SupportMap = SupportMap()

    def describe(self, lang: Lang) -> str:
        return f"{self.name}, {self.age}: {self.situation[lang]}"


def load_personas(path: Path = PERSONAS_FILE) -> dict[str, Persona]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    personas = {}
    for entry in data["persona"]:
        persona = Persona(
            entry["id"],
            entry["name"],
            int(entry["age"]),
            dict(entry["situation"]),
            {qid: dict(values) for qid, values in entry.get("answers", {}).items()},
            dict(entry.get("announce", {})),
            map_from_data(entry.get("map", [])),
        )
        personas[persona.id] = persona
    return personas
