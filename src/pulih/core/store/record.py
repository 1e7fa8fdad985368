"""A result as stored: plain JSON-able data, enough to show the results again exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pulih.core.directory.preferences import Preferences
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.questionnaire.model import REFERRAL_ORDER, ReferralLevel
from pulih.core.questionnaire.scoring import (
    DistressResult,
    Results,
    SafetyResult,
    SupportResult,
    SupportScore,
)


@dataclass(frozen=True)
class SavedResult:
    """One saved reflection. ``id`` is None until the store gives it one."""

    created: datetime
    lang: str
    versions: dict[str, str]
    results: Results
    preferences: Preferences = field(default_factory=Preferences)
    next_steps: tuple[str, ...] = ()
    id: int | None = None
    support_map: SupportMap = field(default_factory=SupportMap)


def _score(score: SupportScore) -> dict[str, Any]:
    return {
        "id": score.id,
        "answered": score.answered,
        "items": score.items,
        "mean": score.mean,
        "band": score.band,
    }


def _unscore(data: dict[str, Any]) -> SupportScore:
    return SupportScore(data["id"], data["answered"], data["items"], data["mean"], data["band"])


def results_to_data(results: Results) -> dict[str, Any]:
    support = results.support
    distress = results.distress
    return {
        "support": {
            "by_type": {k: _score(v) for k, v in support.by_type.items()},
            "overall": _score(support.overall),
            "to_strengthen": list(support.to_strengthen),
        },
        "distress": None
        if distress is None
        else {
            "total": distress.total,
            "band": distress.band,
            "parts": distress.parts,
            "positive_parts": list(distress.positive_parts),
            "total_at_least": distress.total_at_least,
            "skipped": list(distress.skipped),
            "answered": distress.answered,
        },
        "safety": {
            "endorsed": results.safety.endorsed,
            "right_now": results.safety.right_now,
            "acuity_unknown": results.safety.acuity_unknown,
        },
        "check_taken": results.check_taken,
        "referral": results.referral,
    }


def results_from_data(data: dict[str, Any], answers: dict[str, dict[str, int]]) -> Results:
    support = data["support"]
    distress = data["distress"]
    referral: ReferralLevel = data["referral"]
    if referral not in REFERRAL_ORDER:
        raise ValueError(f"unknown referral level {referral!r}")
    return Results(
        SupportResult(
            {k: _unscore(v) for k, v in support["by_type"].items()},
            _unscore(support["overall"]),
            tuple(support["to_strengthen"]),
        ),
        None
        if distress is None
        else DistressResult(
            distress["total"],
            distress["band"],
            dict(distress["parts"]),
            tuple(distress["positive_parts"]),
            int(distress.get("total_at_least", distress["total"] or 0)),
            tuple(distress.get("skipped", ())),
            int(distress.get("answered", 4 if distress["total"] is not None else 0)),
        ),
        SafetyResult(
            bool(data["safety"]["endorsed"]),
            bool(data["safety"]["right_now"]),
            bool(data["safety"].get("acuity_unknown", False)),
        ),
        bool(data["check_taken"]),
        referral,
        answers,
    )


def preferences_to_data(prefs: Preferences) -> dict[str, Any]:
    return {
        "region": prefs.region,
        "modes": list(prefs.modes),
        "cost": list(prefs.cost),
        "interests": list(prefs.interests),
        "audience": list(prefs.audience),
    }


def preferences_from_data(data: dict[str, Any]) -> Preferences:
    return Preferences(
        str(data.get("region", "")),
        tuple(data.get("modes", ())),
        tuple(data.get("cost", ())),
        tuple(data.get("interests", ())),
        tuple(data.get("audience", ())),
    )
