"""Property tests over every combination of answers (hypothesis)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pulih.core.content import load_content
from pulih.core.directory.resources import crisis_routes
from pulih.core.questionnaire import REFERRAL_ORDER, Questionnaire
from pulih.core.scoring import evaluate, score_support
from tests.conftest import TODAY

CONTENT = load_content(TODAY)
REFLECTION, CHECK = CONTENT.reflection, CONTENT.check
BAND_ORDER = ["thin", "partial", "strong"]


def answers_for(q: Questionnaire) -> st.SearchStrategy[dict[str, int]]:
    """Any subset of items answered with any allowed value (missing = skipped)."""
    per_item = {
        item.id: st.none() | st.sampled_from([o.value for o in q.options_for(item)])
        for item in q.items
    }
    return st.fixed_dictionaries(per_item).map(
        lambda d: {k: v for k, v in d.items() if v is not None}
    )


@given(answers_for(REFLECTION))
def test_scores_are_in_range_and_need_two_answers(answers: dict[str, int]) -> None:
    result = score_support(REFLECTION, answers)
    for score in result.by_type.values():
        if score.answered >= 2:
            assert score.score is not None and 0 <= score.score <= 100
            assert score.band in BAND_ORDER
        else:
            assert score.score is None and score.band == "insufficient"


@given(answers_for(REFLECTION), st.sampled_from(["N1", "N2", "N3"]))
def test_bands_are_monotonic(answers: dict[str, int], item: str) -> None:
    """Raising one answer never lowers a type's score or band."""
    value = answers.get(item)
    assume(value is not None and value < 5)
    assert value is not None
    before = score_support(REFLECTION, answers).by_type["informational"]
    assume(before.score is not None)
    after = score_support(REFLECTION, answers | {item: value + 1}).by_type["informational"]
    assert after.score is not None and before.score is not None and after.score > before.score
    assert BAND_ORDER.index(after.band) >= BAND_ORDER.index(before.band)


@settings(max_examples=300)
@given(answers_for(REFLECTION), answers_for(CHECK))
def test_an_endorsed_safety_item_is_never_missed(
    support: dict[str, int], check: dict[str, int]
) -> None:
    results = evaluate(REFLECTION, CHECK, {REFLECTION.id: support, CHECK.id: check})
    endorsed = check.get("K1", 0) >= 1 or check.get("K2", 0) == 1 or check.get("K3", 0) == 1
    assert results.safety.crisis == endorsed
    if endorsed:
        assert REFERRAL_ORDER.index(results.referral) >= REFERRAL_ORDER.index("strong")
        assert len(crisis_routes(CONTENT.directory.crisis, TODAY)) >= 3
    if check.get("K3") == 1:
        assert results.referral == "urgent"


@given(answers_for(CHECK))
def test_phq4_total_is_in_range(check: dict[str, int]) -> None:
    results = evaluate(REFLECTION, CHECK, {REFLECTION.id: {}, CHECK.id: check})
    d = results.distress
    assert d is not None
    if all(k in check for k in ("C1", "C2", "D1", "D2")):
        assert d.total is not None and 0 <= d.total <= 12
        assert d.band in ("none", "mild", "moderate", "severe")
    else:
        assert d.total is None
