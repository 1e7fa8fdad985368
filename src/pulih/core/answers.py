"""The answers file of ``pulih reflect`` (design.md §4): one table per questionnaire."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pulih.core.directory.preferences import Preferences
from pulih.core.directory.regions import is_national, resolve_place, unknown_region
from pulih.core.questionnaire.loading import located, read_toml
from pulih.core.questionnaire.model import Questionnaire
from pulih.core.questionnaire.problems import DataError, Problem
from pulih.core.text.printable import control_problem

PREFERENCE_LISTS = {
    "modes": {"online", "offline", "phone", "chat"},
    "cost": {"free", "bpjs", "paid", "sliding"},
    "interests": None,
    "audience": None,
}


@dataclass(frozen=True)
class AnswerFile:
    answers: dict[str, dict[str, int]]
    preferences: Preferences = field(default_factory=Preferences)
    next_steps: tuple[str, ...] = ()
    """``[next_steps] chosen = ["id", ...]``: directory ids, checked by the caller."""


def load_answers(path: Path, questionnaires: dict[str, Questionnaire]) -> AnswerFile:
    """Read an answers file; every unknown id or out-of-range value is a located problem."""
    data, text = read_toml(path)
    problems: list[Problem] = []
    answers: dict[str, dict[str, int]] = {}
    preferences = Preferences()
    chosen: tuple[str, ...] = ()
    for key, table in data.items():
        if key == "preferences":
            preferences = _preferences(path, text, table, problems)
            continue
        if key == "next_steps":
            chosen = _next_steps(path, text, table, problems)
            continue
        questionnaire = questionnaires.get(key)
        if questionnaire is None:
            known = ", ".join(sorted(questionnaires)) + ", preferences, next_steps"
            problems.append(located(path, text, (key,), f"unknown table; expected one of {known}"))
            continue
        if not isinstance(table, dict):
            problems.append(located(path, text, (key,), "must be a table of item = value"))
            continue
        answers[key] = {}
        for item_id, value in table.items():
            item = questionnaire.item_by_id.get(item_id)
            if item is None:
                message = (
                    f"no item {item_id!r} in {key} (items: {', '.join(questionnaire.item_by_id)})"
                )
                problems.append(located(path, text, (key, item_id), message))
                continue
            allowed = [o.value for o in questionnaire.options_for(item)]
            if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
                message = (
                    f"{value!r} is not an answer; use one of {allowed} or leave it out to skip"
                )
                problems.append(located(path, text, (key, item_id), message))
                continue
            answers[key][item_id] = value
    if problems:
        raise DataError(problems)
    return AnswerFile(answers, preferences, chosen)


def _next_steps(path: Path, text: str, table: object, problems: list[Problem]) -> tuple[str, ...]:
    """``[next_steps] chosen = ["id", ...]``: a list of texts, no control characters."""
    if not isinstance(table, dict):
        problems.append(located(path, text, ("next_steps",), "must be a table"))
        return ()
    chosen: list[str] = []
    for name, value in table.items():
        at = ("next_steps", name)
        if name != "chosen":
            problems.append(located(path, text, at, 'unknown key; expected "chosen"'))
        elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(located(path, text, at, "must be a list of directory ids"))
        else:
            control = next((p for p in (control_problem(v) for v in value) if p), None)
            if control:
                problems.append(located(path, text, at, control))
            else:
                chosen = list(dict.fromkeys(v.strip() for v in value if v.strip()))
    return tuple(chosen)


def _preferences(path: Path, text: str, table: object, problems: list[Problem]) -> Preferences:
    if not isinstance(table, dict):
        problems.append(located(path, text, ("preferences",), "must be a table"))
        return Preferences()
    values: dict[str, object] = {}
    for name, value in table.items():
        at = ("preferences", name)
        texts = value if isinstance(value, list) else [value]
        found = (control_problem(v) for v in texts if isinstance(v, str))
        control = next((problem for problem in found if problem), None)
        if control:
            problems.append(located(path, text, at, control))
            continue
        if name == "region":
            if not isinstance(value, str):
                problems.append(located(path, text, at, 'must be a text, e.g. "DKI Jakarta"'))
            elif value.strip():
                if is_national(value):
                    continue  # "nasional": no particular place

                place = resolve_place(value.strip()).place  # several places: named, not guessed
                if place is None:
                    problems.append(located(path, text, at, unknown_region(value.strip())))
                else:
                    values[name] = place.name  # one spelling from here on: "DI Yogyakarta"
        elif name in PREFERENCE_LISTS:
            allowed = PREFERENCE_LISTS[name]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(located(path, text, at, "must be a list of texts"))
                continue
            wrong = [v for v in value if allowed is not None and v not in allowed]
            if wrong:
                choices = ", ".join(sorted(allowed or ()))
                problems.append(located(path, text, at, f"{wrong[0]!r} is not one of {choices}"))
                continue
            values[name] = tuple(value)
        else:
            problems.append(located(path, text, at, "unknown preference"))
    return Preferences(**values)  # type: ignore[arg-type]
