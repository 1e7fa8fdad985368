"""Scoring and the referral ladder, row by row (content-guidelines §1–2)."""

from __future__ import annotations

import pytest

from pulih.core.content import Content
from pulih.core.questionnaire.scoring import (
    check_sequence,
    evaluate,
    safety_panel,
    score_distress,
    score_safety,
    score_support,
)

ALL_FOUR = {"E1": 4, "E2": 4, "E3": 4, "I1": 4, "I2": 4, "I3": 4}


def support(values: dict[str, int]) -> dict[str, int]:
    return values


def test_type_score_is_mean_on_0_to_100(content: Content) -> None:
    result = score_support(
        content.reflection, {"E1": 5, "E2": 5, "E3": 5, "I1": 1, "I2": 1, "I3": 1}
    )
    assert result.by_type["emotional"].score == 100
    assert result.by_type["emotional"].band == "strong"
    assert result.by_type["instrumental"].score == 0
    assert result.by_type["instrumental"].band == "thin"


@pytest.mark.parametrize(
    ("values", "band"),
    [((2, 3), "partial"), ((2, 2), "thin"), ((3, 4), "strong"), ((2, 3, 2), "thin")],
)
def test_band_edges(content: Content, values: tuple[int, ...], band: str) -> None:
    answers = dict(zip(("N1", "N2", "N3"), values, strict=False))
    assert score_support(content.reflection, answers).by_type["informational"].band == band


def test_fewer_than_two_answers_is_not_enough(content: Content) -> None:
    result = score_support(content.reflection, {"A1": 5})
    score = result.by_type["appraisal"]
    assert score.band == "insufficient" and score.score is None and score.answered == 1


def test_a_type_far_below_the_others_is_flagged(content: Content) -> None:
    answers = {i: 5 for i in ("E1", "E2", "E3", "I1", "I2", "I3", "A1", "A2", "A3")}
    answers |= {"N1": 3, "N2": 4, "N3": 4}  # mean 3.67: strong, but 1.33 below the others
    result = score_support(content.reflection, answers)
    assert result.by_type["informational"].band == "strong"
    assert result.to_strengthen == ("informational",)
    assert "informational" not in result.strengths


def test_phq4_total_parts_and_band(content: Content) -> None:
    d = score_distress(content.check, {"C1": 2, "C2": 1, "D1": 3, "D2": 3})
    assert (d.total, d.band, d.parts) == (9, "severe", {"anxiety": 3, "depression": 6})
    assert d.positive_parts == ("anxiety", "depression")


def test_phq4_incomplete_has_no_total(content: Content) -> None:
    d = score_distress(content.check, {"C1": 2, "C2": 1, "D1": 3})
    assert d.total is None and d.parts["anxiety"] == 3 and d.parts["depression"] is None


def level(
    content: Content, check: dict[str, int] | None, reflection: dict[str, int] | None = None
) -> str:
    answers = {"refleksi-dukungan": reflection or ALL_FOUR}
    if check is not None:
        answers["cek-kondisi"] = check
    return evaluate(content.reflection, content.check, answers).referral


ZERO = {"C1": 0, "C2": 0, "D1": 0, "D2": 0, "K1": 0, "K2": 0}


def test_ladder_right_now_is_urgent(content: Content) -> None:
    assert level(content, ZERO | {"K2": 1, "K3": 1}) == "urgent"


def test_ladder_endorsed_not_now_is_strong(content: Content) -> None:
    assert level(content, ZERO | {"K1": 1, "K3": 0}) == "strong"


def test_ladder_severe_is_strong(content: Content) -> None:
    assert level(content, ZERO | {"C1": 3, "C2": 3, "D1": 2, "D2": 1}) == "strong"


def test_ladder_moderate_or_positive_part_is_suggest(content: Content) -> None:
    assert level(content, ZERO | {"C1": 2, "C2": 2, "D1": 1, "D2": 1}) == "suggest"
    assert level(content, ZERO | {"D1": 2, "D2": 1}) == "suggest"


def test_ladder_mild_is_none(content: Content) -> None:
    assert level(content, ZERO | {"C1": 1, "C2": 1, "D1": 1}) == "none"


def test_ladder_thin_support_and_mild_distress_is_suggest(content: Content) -> None:
    thin = {i: 1 for i in content.reflection.item_by_id}
    assert level(content, ZERO | {"C1": 1, "C2": 1, "D1": 1}, thin) == "suggest"


def test_low_support_alone_triggers_no_referral(content: Content) -> None:
    thin = {i: 1 for i in content.reflection.item_by_id}
    assert level(content, None, thin) == "none"


ASQ_ORDER = ["C1", "C2", "D1", "D2", "K1", "K4", "K5", "K2", "K6"]


def test_the_asq_questions_come_in_order_and_right_now_comes_last(content: Content) -> None:
    assert [i.id for i in check_sequence(content.check, {"K1": 1})] == [*ASQ_ORDER, "K3"]
    assert [i.id for i in check_sequence(content.check, {"K6": 1})] == [*ASQ_ORDER, "K3"]
    assert [i.id for i in check_sequence(content.check, {"K1": 0, "K2": 0})] == ASQ_ORDER
    assert [i.id for i in check_sequence(content.check, {})] == ASQ_ORDER
    assert content.check.asked_count == len(ASQ_ORDER)


def test_panels_show_at_the_first_endorsement_and_after_right_now(content: Content) -> None:
    q, items = content.check, content.check.item_by_id
    assert safety_panel(q, items["K1"], 1, {"K1": 1}) == "safety"  # at once
    assert safety_panel(q, items["K4"], 1, {"K1": 1, "K4": 1}) is None  # not again
    assert safety_panel(q, items["K3"], 1, {"K1": 1, "K3": 1}) == "urgent"
    assert safety_panel(q, items["K3"], 0, {"K1": 1, "K3": 0}) is None
    assert safety_panel(q, items["K3"], None, {"K1": 1}) == "urgent"  # unknown counts
    assert safety_panel(q, items["K1"], 0, {"K1": 0}) is None
    assert safety_panel(q, items["D1"], 3, {"D1": 3}) is None


def test_a_missing_right_now_answer_after_an_endorsement_is_urgent(content: Content) -> None:
    assert level(content, ZERO | {"K5": 1}) == "urgent"
    assert level(content, ZERO | {"K5": 1, "K3": 0}) == "strong"
    safety = score_safety(content.check, {"K6": 1})
    assert safety.acuity_unknown and not safety.right_now


def test_safety_right_now_counts_even_alone(content: Content) -> None:
    safety = score_safety(content.check, {"K3": 1})
    assert safety.crisis and safety.right_now
