"""How the check and its results speak: plain labels, honest status, the person's language."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.content import Content
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.report.history import history_text, safety_over_time
from pulih.core.store.record import SavedResult
from tests.test_cli import SUPPORT, write

WHEN = datetime(2026, 11, 20, 10, 0).astimezone()


@pytest.mark.parametrize(
    ("fmt", "lang", "line"),
    [
        ("text", "id", "belum divalidasi"),
        ("markdown", "id", "belum divalidasi"),
        ("text", "en", "not yet validated"),
        ("markdown", "en", "not yet validated"),
    ],
)
def test_reflect_says_the_per_type_scores_are_not_validated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, lang: str, line: str
) -> None:
    path = write(tmp_path, SUPPORT)
    assert main(["reflect", "--answers", str(path), "--format", fmt, "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert line in out
    assert out.index(line) < out.index("100" if lang == "en" else "/ 100")  # beside the scores


def test_the_check_names_what_it_asks_about_in_everyday_words(content: Content) -> None:
    for lang in ("id", "en"):
        for subscale in content.check.subscales:
            assert "PHQ" not in subscale.name(lang) and "GAD" not in subscale.name(lang)
        assert content.check.total is not None
        assert "PHQ" not in content.check.total.name(lang)


def test_the_severe_band_does_not_claim_more_than_the_total_shows(content: Content) -> None:
    assert content.check.total is not None
    severe = next(b for b in content.check.total.scoring.bands if b.id == "severe")
    assert severe.statement is not None
    assert "hampir setiap hari" not in severe.statement("id")
    assert "nearly every day" not in severe.statement("en")


def test_the_about_text_in_indonesian_is_indonesian(content: Content) -> None:
    for q in (content.reflection, content.check):
        source, licence, credit = q.about("id")
        for text in (source, licence, credit):
            assert "shared/" not in text and "research/" not in text and ".md" not in text
    source, licence, _ = content.check.about("id")
    assert "sumber publik" in source and "tanpa izin" in licence
    assert "Original items" not in content.reflection.about("id")[0]


def saved(content: Content, check: dict[str, int] | None, number: int) -> SavedResult:
    answers: dict[str, dict[str, int]] = {content.reflection.id: {}}
    if check is not None:
        answers[content.check.id] = check
    results = evaluate(content.reflection, content.check, answers)
    return SavedResult(WHEN, "id", {}, results, id=number)


def test_history_speaks_the_referral_in_the_persons_language(content: Content) -> None:
    calm = {"C1": 0, "C2": 0, "D1": 0, "D2": 0, "K1": 0, "K4": 0, "K5": 0, "K2": 0, "K6": 0}
    results = [
        saved(content, calm, 1),
        saved(content, calm | {"K5": 1, "K3": 1}, 2),
        saved(content, None, 3),
    ]
    for lang, words in (("id", "bantuan segera disarankan"), ("en", "urgent help suggested")):
        text = history_text(results, content.reflection, content.check, lang)  # type: ignore[arg-type]
        assert words in text
        assert not re.search(r"· (urgent|strong|suggest|none)$", text, re.M)
    over_time = safety_over_time(results, "id")
    assert over_time == (
        "Pertanyaan keselamatan (hanya untuk Anda): tidak ada tanda → ada jawaban yang "
        "menandakan perlu bantuan"
    )


def test_a_low_distress_score_does_not_reassure_beside_a_safety_answer() -> None:
    """A review: "Minimal ... few worries" sat under the urgent panel. With a safety item
    endorsed, the line says the safety answers matter more than the number."""
    from datetime import date

    from pulih.core.content import load_content
    from pulih.core.directory.preferences import Preferences
    from pulih.core.questionnaire.scoring import evaluate
    from pulih.core.report.present import present
    from pulih.core.text.strings import t

    content = load_content(date(2026, 12, 7))
    support = {i.id: 2 for i in content.reflection.items}
    calm = {"C1": 0, "C2": 0, "D1": 0, "D2": 0}
    for safety, expected in (({"K1": 1}, True), ({}, False)):
        answers = {content.reflection.id: support, content.check.id: {**calm, **safety}}
        results = evaluate(content.reflection, content.check, answers)
        for lang in ("id", "en"):
            view = present(results, content, Preferences(), lang, date(2026, 12, 7))  # type: ignore[arg-type]
            assert view.distress is not None
            assert (t("results.distress_with_safety", lang) in view.distress) is expected
