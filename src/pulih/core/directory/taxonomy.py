"""The taxonomy of help (taxonomy.toml): which layer each kind of entry is, which support types
a kind meets by default, and the audiences entries may be for, with their labels.

The referral level shapes suggestions by layer (matching.py); the layers themselves are data so
that a partner can tune them without touching code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pulih.core.directory.resources import Kind
from pulih.core.files.data import data_path
from pulih.core.questionnaire.loading import read_toml, validation_problems
from pulih.core.questionnaire.model import Text
from pulih.core.questionnaire.problems import DataError
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang

Layer = Literal[
    "crisis",
    "specialised",
    "focused",
    "peer",
    "community",
    "activity",
    "basic",
    "information",
]
"""The IASC MHPSS pyramid from the top: specialised (RSJ, RSUD poli jiwa, psychiatrists),
focused (Puskesmas, psychologists, counselling), peer/community/activity, and basic needs and
security (social services, legal aid, protection); crisis routes and information apart."""
PROFESSIONAL_LAYERS = frozenset({"crisis", "specialised", "focused"})
"""Layers that count as professional help when the referral ladder asks for it."""
COMMUNITY_LAYERS = frozenset({"peer", "community", "activity"})
"""Layers suggested at every referral level (and the only ones at ``none``, with ``basic``)."""
BASIC_LAYERS = frozenset({"basic"})
"""Basic needs and security: suggested at any level, when practical support is thin."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KindInfo(_Model):
    layer: Layer
    meets: list[str] = Field(default_factory=list)

    @field_validator("meets")
    @classmethod
    def _types(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in SUPPORT_TYPES]
        if unknown:
            raise ValueError(f"unknown support type {unknown[0]!r}; use {', '.join(SUPPORT_TYPES)}")
        return value


class AudienceInfo(_Model):
    label: Text


class Taxonomy(_Model):
    kinds: dict[str, KindInfo]
    audiences: dict[str, AudienceInfo] = Field(default_factory=dict)
    interests: dict[str, AudienceInfo] = Field(default_factory=dict)

    @field_validator("kinds")
    @classmethod
    def _every_kind(cls, value: dict[str, KindInfo]) -> dict[str, KindInfo]:
        known = get_args(Kind)
        unknown = sorted(set(value) - set(known))
        if unknown:
            raise ValueError(f"unknown kind {unknown[0]!r}; the kinds are {', '.join(known)}")
        missing = [k for k in known if k not in value]
        if missing:
            raise ValueError(f"every kind needs a layer; missing {', '.join(missing)}")
        return value

    def layer(self, kind: str) -> str:
        info = self.kinds.get(kind)
        return info.layer if info else "community"

    def professional(self, kind: str) -> bool:
        return self.layer(kind) in PROFESSIONAL_LAYERS

    def meets(self, kind: str) -> list[str]:
        info = self.kinds.get(kind)
        return list(info.meets) if info else []

    def audience_label(self, name: str, lang: Lang) -> str:
        """A plain label for an audience; the name itself when the taxonomy has none."""
        info = self.audiences.get(name.lower())
        return info.label(lang) if info else name

    def interest_label(self, name: str, lang: Lang) -> str:
        """A plain label for an interest in ``lang``; the name itself when it has none."""
        info = self.interests.get(name.lower())
        return info.label(lang) if info else name


def taxonomy_file() -> Path:
    return data_path("taxonomy.toml")


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and validate a taxonomy file; DataError names each problem's line."""
    data, text = read_toml(path)
    try:
        return Taxonomy.model_validate(data)
    except ValidationError as error:
        raise DataError(validation_problems(path, text, error)) from None


@cache
def taxonomy() -> Taxonomy:
    """The bundled taxonomy, read once."""
    return load_taxonomy(taxonomy_file())
