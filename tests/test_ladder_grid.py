"""The whole referral ladder, skipped answers included (issue 22, item 4).

A clinical review found that skipping PHQ-4 items lowered the referral: ``{C1 = 3, D1 = 3}``
gave ``none`` though each answered part already reaches its cut-off (``suggest``), and
``{C1 = 3, D1 = 3, D2 = 3}`` gave ``suggest`` though the total is at least 9 (``strong``). The
ladder now uses what is known as a lower bound. This grid checks every PHQ-4 answer, each of
the four items answered 0-3 or skipped (625 ways), against seven safety states and three
support levels: 13,125 cases, each compared with an oracle written from content-guidelines §2
alone, without pulih's code.
"""

from __future__ import annotations

from itertools import product

from pulih.core.content import Content
from pulih.core.questionnaire.scoring import evaluate

PHQ = ("C1", "C2", "D1", "D2")
VALUES = (None, 0, 1, 2, 3)
ASQ = ("K4", "K5", "K2", "K6")
NO = dict.fromkeys(("K1", *ASQ), 0)
SAFETY_STATES: dict[str, dict[str, int]] = {
    "all no": NO,
    "item 9 several days, not now": NO | {"K1": 1, "K3": 0},
    "wish to be dead, right now": NO | {"K4": 1, "K3": 1},
    "thoughts, right now skipped": NO | {"K2": 1},
    "every safety item skipped": {},
    "ever tried, not now": NO | {"K6": 1, "K3": 0},
    "right now yes alone": NO | {"K3": 1},
}
SUPPORT_LEVELS = {"thin": 1, "partial": 3, "none answered": None}
ORDER = ("none", "suggest", "strong", "urgent")


def oracle(phq: dict[str, int], safety: dict[str, int], thin: bool) -> str:
    """content-guidelines §2, with a skipped item known only to be at least 0."""
    levels = ["none"]
    endorsed = safety.get("K1", 0) >= 1 or any(safety.get(k, 0) == 1 for k in ASQ)
    right_now = safety.get("K3") == 1
    if right_now or (endorsed and "K3" not in safety):
        levels.append("urgent")
    if endorsed:
        levels.append("strong")
    worry = sum(phq.get(k, 0) for k in ("C1", "C2"))
    mood = sum(phq.get(k, 0) for k in ("D1", "D2"))
    total = worry + mood
    if phq:
        if total >= 9:
            levels.append("strong")
        elif total >= 6:
            levels.append("suggest")
        if thin and total >= 3:
            levels.append("suggest")
    if worry >= 3 or mood >= 3:
        levels.append("suggest")
    return max(levels, key=ORDER.index)


def test_the_ladder_grid_with_skips_has_no_mismatch(content: Content) -> None:
    reflection, check = content.reflection, content.check
    mismatches = []
    cases = 0
    for support_name, value in SUPPORT_LEVELS.items():
        support = {} if value is None else dict.fromkeys(reflection.item_by_id, value)
        for state, safety in SAFETY_STATES.items():
            for values in product(VALUES, repeat=len(PHQ)):
                phq = {k: v for k, v in zip(PHQ, values, strict=True) if v is not None}
                answers = {reflection.id: support, check.id: phq | safety}
                got = evaluate(reflection, check, answers).referral
                want = oracle(phq, safety, support_name == "thin")
                cases += 1
                if got != want:
                    mismatches.append((support_name, state, phq, got, want))
    assert cases == 13_125
    assert mismatches == [], mismatches[:10]


def test_the_cases_the_review_found(content: Content) -> None:
    support = dict.fromkeys(content.reflection.item_by_id, 4)
    for phq, want in (({"C1": 3, "D1": 3}, "suggest"), ({"C1": 3, "D1": 3, "D2": 3}, "strong")):
        answers = {content.reflection.id: support, content.check.id: phq | NO}
        results = evaluate(content.reflection, content.check, answers)
        assert results.referral == want
        assert results.distress is not None and results.distress.skipped
        assert results.distress.total is None  # never a made-up total


def test_the_results_say_which_items_were_skipped(content: Content) -> None:
    from pulih.core.directory.preferences import Preferences
    from pulih.core.report.present import present
    from pulih.core.report.view import render_text, results_json
    from tests.conftest import TODAY

    support = dict.fromkeys(content.reflection.item_by_id, 4)
    answers = {content.reflection.id: support, content.check.id: {"C1": 3, "D1": 3} | NO}
    results = evaluate(content.reflection, content.check, answers)
    for lang, words in (("id", "2 dari 4 pertanyaan"), ("en", "2 of the 4 questions")):
        text = render_text(present(results, content, Preferences(), lang, TODAY))  # type: ignore[arg-type]
        assert words in text and ("paling sedikit 6" in text or "at least 6" in text)
    data = results_json(results, [], "en")
    assert data["distress"] == {
        "total": None,
        "band": None,
        "depression": None,
        "anxiety": None,
        "total_at_least": 6,
        "skipped": ["C2", "D2"],
    }
