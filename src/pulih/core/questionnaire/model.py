"""Questionnaire files (design.md §4): models, loading and validation."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pulih.core.questionnaire.loading import located, read_toml, validation_problems
from pulih.core.questionnaire.problems import DataError, Problem
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.questionnaire.validate import FiniteNumber, StrictBool, StrictInt, no_control
from pulih.core.text.i18n import Lang

CHECK_SUBSCALES: tuple[str, ...] = ("depression", "anxiety", "safety")
ReferralLevel = Literal["none", "suggest", "strong", "urgent"]
REFERRAL_ORDER: tuple[ReferralLevel, ...] = ("none", "suggest", "strong", "urgent")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*")
    @classmethod
    def _no_control(cls, value: object) -> object:
        return no_control(value)


class Text(Model):
    """A text in both languages."""

    id: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def __call__(self, lang: Lang) -> str:
        return self.id if lang == "id" else self.en


NonEmpty = Annotated[str, Field(min_length=1)]


class Option(Model):
    value: StrictInt
    label: Text


class Band(Model):
    """A band of a score: ``from <= value < to`` (``to`` omitted: no upper bound)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: str = Field(min_length=1)
    label: Text
    lower: FiniteNumber = Field(alias="from")
    upper: FiniteNumber | None = Field(default=None, alias="to")
    referral: ReferralLevel = "none"
    statement: Text | None = None

    def contains(self, value: float) -> bool:
        return self.lower <= value and (self.upper is None or value < self.upper)


class Scoring(Model):
    """How a subscale or total is scored, and the bands it falls into."""

    rule: Literal["mean", "sum"]
    min_answered: StrictInt = Field(default=1, ge=1)
    bands: list[Band] = Field(default_factory=list)
    positive_at: FiniteNumber | None = None
    positive_referral: ReferralLevel = "none"
    source: str = ""

    @field_validator("bands")
    @classmethod
    def _ordered(cls, bands: list[Band]) -> list[Band]:
        for lower, upper in zip(bands, bands[1:], strict=False):
            if lower.upper is None or lower.upper != upper.lower:
                raise ValueError("bands must be in order, each starting where the last ends")
        return bands

    def band_for(self, value: float) -> Band | None:
        return next((band for band in self.bands if band.contains(value)), None)


class Subscale(Model):
    id: str = Field(min_length=1)
    name: Text
    description: Text
    scoring: Scoring
    next_step: Text | None = None


class Item(Model):
    id: str = Field(min_length=1)
    subscale: str
    text: Text
    reverse: StrictBool = False
    safety: StrictBool = False
    urgent: StrictBool = False
    endorse_at: StrictInt = 1
    options: list[Option] | None = None


class Total(Model):
    """A score over several subscales (the overall support score, the PHQ-4 total)."""

    subscales: list[str]
    name: Text
    scoring: Scoring


class Referral(Model):
    """Referral thresholds that are not a band of a single score (content-guidelines §2)."""

    safety_endorsed: ReferralLevel = "strong"
    safety_right_now: ReferralLevel = "urgent"
    low_support_band: str = "thin"
    low_support_with_total_at_least: FiniteNumber | None = None
    low_support_with_distress: ReferralLevel = "none"
    source: str = ""


class Questionnaire(Model):
    id: str = Field(min_length=1)
    version: str = Field(min_length=1)
    role: Literal["support", "check"]
    title: Text
    intro: Text
    prompt: Text | None = None
    source: Text | NonEmpty
    """Where the questions come from: ``{id, en}``, or one text for both languages."""
    license: Text | NonEmpty
    validated: StrictBool
    validation_note: Text
    credit: Text | str = ""
    options: list[Option] = Field(min_length=2)
    skip_label: Text
    subscales: list[Subscale] = Field(min_length=1)
    items: list[Item] = Field(min_length=1)
    total: Total | None = None
    referral: Referral = Referral()

    @cached_property
    def subscale_by_id(self) -> dict[str, Subscale]:
        return {s.id: s for s in self.subscales}

    @cached_property
    def item_by_id(self) -> dict[str, Item]:
        return {i.id: i for i in self.items}

    def options_for(self, item: Item) -> list[Option]:
        return item.options if item.options is not None else self.options

    def items_of(self, subscale: str) -> list[Item]:
        return [i for i in self.items if i.subscale == subscale]

    @property
    def urgent_item(self) -> Item | None:
        return next((i for i in self.items if i.urgent), None)

    def about(self, lang: Lang) -> tuple[str, str, str]:
        """Source, licence and credit in ``lang`` (a plain string is the same in both)."""
        return tuple(  # type: ignore[return-value]
            v(lang) if isinstance(v, Text) else v for v in (self.source, self.license, self.credit)
        )

    @property
    def asked_count(self) -> int:
        """How many items everyone is asked: all but the "right now" one."""
        return sum(1 for i in self.items if not i.urgent)


def _rule_problems(path: Path, text: str, q: Questionnaire) -> list[Problem]:
    """Cross-field rules that pydantic cannot see one field at a time."""
    problems: list[Problem] = []

    def add(loc: tuple[str | int, ...], message: str) -> None:
        problems.append(located(path, text, loc, message))

    seen: set[str] = set()
    for index, subscale in enumerate(q.subscales):
        if subscale.id in seen:
            add(("subscales", index, "id"), f"duplicate subscale id {subscale.id!r}")
        seen.add(subscale.id)
        count = sum(1 for item in q.items if item.subscale == subscale.id)
        if subscale.scoring.min_answered > count:
            add(
                ("subscales", index, "scoring", "min_answered"),
                f"is {subscale.scoring.min_answered}, but the subscale has {count} item(s)",
            )
    ids = [s.id for s in q.subscales]
    if q.role == "support" and sorted(ids) != sorted(SUPPORT_TYPES):
        add(("subscales",), f"a support reflection has exactly {', '.join(SUPPORT_TYPES)}")
    if q.role == "check":
        for needed in CHECK_SUBSCALES:
            if needed not in ids:
                add(("subscales",), f"a check needs a {needed!r} subscale")
    seen = set()
    for index, item in enumerate(q.items):
        if item.id in seen:
            add(("items", index, "id"), f"duplicate item id {item.id!r}")
        seen.add(item.id)
        if item.subscale not in ids:
            add(("items", index, "subscale"), f"no subscale {item.subscale!r} in this file")
        if item.urgent and not item.safety:
            add(("items", index, "urgent"), "an urgent item must also be a safety item")
        values = [o.value for o in q.options_for(item)]
        if len(set(values)) != len(values):
            add(("items", index, "options"), "option values must be different")
        if item.safety and item.endorse_at not in values:
            add(("items", index, "endorse_at"), "must be one of the item's option values")
    if sum(1 for item in q.items if item.urgent) > 1:
        add(("items",), "at most one item may be urgent (the 'right now' question)")
    if any(i.urgent for i in q.items) and not any(i.safety and not i.urgent for i in q.items):
        add(("items",), "an urgent item is asked only after a safety item, so one is needed")
    last_safety = max((n for n, i in enumerate(q.items) if i.safety and not i.urgent), default=-1)
    for index, item in enumerate(q.items):
        if item.urgent and index < last_safety:
            add(
                ("items", index, "urgent"),
                "the 'right now' question is asked after every other safety item: put it last",
            )
    values = [o.value for o in q.options]
    if len(set(values)) != len(values):
        add(("options",), "option values must be different")
    if q.total is not None:
        for name in q.total.subscales:
            if name not in ids:
                add(("total", "subscales"), f"no subscale {name!r} in this file")
        count = sum(1 for item in q.items if item.subscale in q.total.subscales)
        if q.total.scoring.min_answered > count:
            add(
                ("total", "scoring", "min_answered"),
                f"is {q.total.scoring.min_answered}, but the total has {count} item(s)",
            )
    return problems


def parse_questionnaire(path: Path, data: dict[str, object], text: str) -> Questionnaire:
    """Validate parsed TOML as a questionnaire; DataError lists every problem."""
    try:
        questionnaire = Questionnaire.model_validate(data)
    except ValidationError as error:
        raise DataError(validation_problems(path, text, error)) from None
    problems = _rule_problems(path, text, questionnaire)
    if problems:
        raise DataError(problems)
    return questionnaire


def load_questionnaire(path: Path) -> Questionnaire:
    """Load and validate one questionnaire file."""
    data, text = read_toml(path)
    return parse_questionnaire(path, data, text)


def load_questionnaires(folder: Path) -> dict[str, Questionnaire]:
    """Load every ``*.toml`` in a folder, keyed by questionnaire id."""
    found: dict[str, Questionnaire] = {}
    problems: list[Problem] = []
    first: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            questionnaire = load_questionnaire(path)
        except DataError as error:
            problems.extend(error.problems)
            continue
        if questionnaire.id in found:
            text = path.read_text(encoding="utf-8")
            message = f"duplicate id {questionnaire.id!r} (also in {first[questionnaire.id]})"
            problems.append(located(path, text, ("id",), message))
        first.setdefault(questionnaire.id, path.name)
        found[questionnaire.id] = questionnaire
    if problems:
        raise DataError(problems)
    return found
