"""Room mode: an anonymous tally of how many people in a workshop feel each support type is thin.

The facilitator types counts from a show of hands or paper slips; pulih shows the room's shares
as bars with plain words. Nothing here reads or writes anything but the bundled room.toml, and
nothing about a person is ever known: only counts for the whole room.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pulih.core.questionnaire.loading import read_toml, validation_problems
from pulih.core.questionnaire.model import Text
from pulih.core.questionnaire.problems import DataError
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang

ROOM_FILE = Path(__file__).resolve().parent.parent.parent / "content" / "room.toml"

MIN_PEOPLE_FLOOR = 3
"""room.toml may raise the minimum room size, never set it below this: with two people a
count names the other person."""

MIN_CELL_FLOOR = 3
"""room.toml may raise the smallest count shown as a number, never set it below this."""

MAX_PEOPLE = 999
"""Three digits: a workshop, not a census."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ShareBand(_Model):
    id: str = Field(min_length=1)
    lower: float = Field(alias="from", ge=0.0, le=1.0)
    label: Text


class RoomSettings(_Model):
    """room.toml: the minimum room size, the words for a share, a question per type."""

    min_people: int = Field(ge=MIN_PEOPLE_FLOOR, le=MAX_PEOPLE)
    min_cell: int = Field(ge=MIN_CELL_FLOOR, le=MAX_PEOPLE)
    bands: list[ShareBand] = Field(min_length=2)
    questions: dict[str, Text]

    @model_validator(mode="after")
    def _consistent(self) -> RoomSettings:
        if self.bands[0].lower != 0.0 or self.bands[1].lower != 0.0:
            raise ValueError("bands: the first two bands start at 0 (none, then a few)")
        rest = [band.lower for band in self.bands[1:]]
        if rest != sorted(set(rest)):
            raise ValueError("bands: from must increase after the first band")
        missing = [t for t in SUPPORT_TYPES if t not in self.questions]
        unknown = [t for t in self.questions if t not in SUPPORT_TYPES]
        if missing or unknown:
            name = (missing or unknown)[0]
            state = "has no question" if missing else "is not a support type"
            raise ValueError(f"questions: {name!r} {state}")
        return self

    def band_for(self, thin: int, people: int) -> ShareBand:
        """The words for ``thin`` of ``people`` (0 <= thin <= people, people > 0)."""
        if thin == 0:
            return self.bands[0]
        share = thin / people
        found = self.bands[1]
        for band in self.bands[1:]:
            if band.lower <= share:
                found = band
        return found


def load_room_settings(path: Path = ROOM_FILE) -> RoomSettings:
    """room.toml, validated; DataError (FILE:LINE: field: message) when it is not usable."""
    data, text = read_toml(path)
    try:
        return RoomSettings.model_validate(data)
    except ValidationError as error:
        raise DataError(validation_problems(path, text, error)) from None


@dataclass(frozen=True)
class TypeTally:
    """One support type in the room: a bar, or why there is none."""

    type_id: str
    thin: int | None
    share: float | None
    """thin / people, or None when not shown (missing, too many, or the room too small)."""
    band: ShareBand | None
    too_many: bool = False
    coarse: Literal["few", "most"] | None = None
    """Shown only as words (small-cell suppression): fewer than ``min_cell`` said thin
    ("few"), or fewer than ``min_cell`` did not ("most")."""


@dataclass(frozen=True)
class RoomTally:
    people: int | None
    too_few: bool
    """The room is smaller than the minimum: no bars, no counts, only a note."""
    types: tuple[TypeTally, ...]

    def suppressed(self) -> set[str]:
        """The types whose count is not to be shown (its field hides the digits too)."""
        return {line.type_id for line in self.types if line.coarse is not None}

    @property
    def shows_bars(self) -> bool:
        return not self.too_few and any(t.share is not None for t in self.types)


def tally(people: int | None, thin: Mapping[str, int | None], settings: RoomSettings) -> RoomTally:
    """The room's view: a share and its words per type, never for a room under the minimum.

    A count above the room size is refused (``too_many``, no bar); a missing count shows no
    bar; a count that could point at people (below ``min_cell``, or leaving fewer than that on
    the other side) is ``coarse``: words, no number, no bar. Counts are never negative (the screen accepts digits only).
    """
    too_few = people is None or people < settings.min_people
    types = []
    for type_id in SUPPORT_TYPES:
        count = thin.get(type_id)
        if too_few or people is None or count is None:
            types.append(TypeTally(type_id, None if too_few else count, None, None))
        elif count < 0 or count > people:
            types.append(TypeTally(type_id, count, None, None, too_many=True))
        elif count < settings.min_cell:
            types.append(TypeTally(type_id, count, None, None, coarse="few"))
        elif people - count < settings.min_cell:
            types.append(TypeTally(type_id, count, None, None, coarse="most"))
        else:
            band = settings.band_for(count, people)
            types.append(TypeTally(type_id, count, count / people, band))
    return RoomTally(people, too_few, tuple(types))


@dataclass(frozen=True)
class Thinnest:
    """The kind of support the room finds thinnest: its discussion question is the one shown."""

    type_id: str
    tied: bool
    """Others are level with it by what the screen shows: it is one of the thinnest."""


def thinnest(view: RoomTally) -> Thinnest | None:
    """The type that most of the room said is thin (the fewest found it strong), once every
    count is typed; None before that, for a room under the minimum, or with a count refused.

    Ranked only by what the screen shows, so the choice reveals no hidden count: "almost
    everyone" (``most``) above any shown share, a shown share by its count, "a few" (``few``)
    below any shown share. Two "almost everyone" are level whatever their typed counts; a tie
    goes to the first in the order of the types (emotional, practical, informational,
    appraisal) and is said to be one of the thinnest.
    """
    if view.too_few:
        return None
    ranks: dict[str, tuple[int, int]] = {}
    for line in view.types:
        if line.too_many or line.thin is None:
            return None
        if line.coarse == "most":
            ranks[line.type_id] = (2, 0)
        elif line.coarse == "few":
            ranks[line.type_id] = (0, 0)
        else:
            ranks[line.type_id] = (1, line.thin)
    best = max(ranks.values())
    level = [type_id for type_id in SUPPORT_TYPES if ranks.get(type_id) == best]
    return Thinnest(level[0], len(level) > 1)


def room_bar(share: float, width: int) -> str:
    """A bar that reads without colour: full blocks for the share, light shade for the rest."""
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)


def question(settings: RoomSettings, type_id: str, lang: Lang) -> str:
    return settings.questions[type_id](lang)


def help_kinds(
    entries: Iterable[tuple[str, Iterable[str]]], limit: int = 4
) -> dict[str, list[str]]:
    """For each support type, the kinds of help in the directory that offer it, most entries
    first (ties in the order first seen). ``entries`` are (kind, support types) pairs of
    shown, non-crisis entries."""
    counts: dict[str, Counter[str]] = {type_id: Counter() for type_id in SUPPORT_TYPES}
    for kind, types in entries:
        for type_id in types:
            if type_id in counts:
                counts[type_id][kind] += 1
    return {
        type_id: [kind for kind, _ in counter.most_common(limit)]
        for type_id, counter in counts.items()
    }
