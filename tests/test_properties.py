"""Property tests over every combination of answers (hypothesis)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pulih.core.content import load_content
from pulih.core.directory.resources import crisis_routes
from pulih.core.questionnaire.model import REFERRAL_ORDER, Questionnaire
from pulih.core.questionnaire.scoring import check_sequence, evaluate, safety_panel, score_support
from tests.conftest import TODAY

CONTENT = load_content(TODAY)
REFLECTION, CHECK = CONTENT.reflection, CONTENT.check
BAND_ORDER = ["thin", "partial", "strong"]
SAFETY_YES_NO = ("K2", "K3", "K4", "K5", "K6")


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


@settings(deadline=None)  # a property, not a timing: a loaded CI machine must not fail it
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
    endorsed = check.get("K1", 0) >= 1 or any(check.get(k) == 1 for k in SAFETY_YES_NO)
    assert results.safety.crisis == endorsed
    if endorsed:
        assert REFERRAL_ORDER.index(results.referral) >= REFERRAL_ORDER.index("strong")
        assert len(crisis_routes(CONTENT.directory.crisis, TODAY)) >= 3
    if check.get("K3") == 1 or (endorsed and "K3" not in check):
        assert results.referral == "urgent"


@settings(max_examples=500)
@given(answers_for(CHECK))
def test_right_now_is_asked_last_and_nothing_follows_the_urgent_panel(
    given: dict[str, int],
) -> None:
    """Walk the check as the TUI and line mode do, answering from ``given`` (missing = skip)."""
    answers: dict[str, int] = {}
    index, asked, panels = 0, [], []
    while index < len(sequence := check_sequence(CHECK, answers)):
        item = sequence[index]
        asked.append(item.id)
        value = given.get(item.id)
        if value is None:
            answers.pop(item.id, None)
        else:
            answers[item.id] = value
        panel = safety_panel(CHECK, item, value, answers)
        if panel:
            panels.append((panel, len(asked)))
        if panel == "urgent":
            assert index == len(check_sequence(CHECK, answers)) - 1  # the check ends here
        index += 1
    others = [i.id for i in CHECK.items if i.safety and not i.urgent]
    if "K3" in asked:
        assert asked[-1] == "K3" and all(asked.index(o) < asked.index("K3") for o in others)
    endorsed = evaluate(REFLECTION, CHECK, {CHECK.id: answers}).safety.endorsed
    assert ("K3" in asked) == endorsed
    assert [p for p, _ in panels].count("safety") == (1 if endorsed else 0)
    if any(p == "urgent" for p, _ in panels):
        assert panels[-1] == ("urgent", len(asked))


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
