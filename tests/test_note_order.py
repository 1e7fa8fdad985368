"""The note is read in the order of the screen: crisis routes, the referral, the results, then
the steps and the rest (a review found the crisis routes last in markdown)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from pulih.core.content import Content
from pulih.core.directory.preferences import Preferences
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.report.export import Note, note_html, note_markdown
from pulih.core.report.present import present
from pulih.core.store.record import SavedResult
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from tests.conftest import TODAY

CALM = {"C1": 0, "C2": 0, "D1": 0, "D2": 0}
LEVELS = {
    "urgent": {"K1": 1, "K2": 1, "K3": 1},  # "right now": the urgent panel
    "strong": {"C1": 3, "C2": 3, "D1": 3, "D2": 3},
    "none": CALM,
}


def note(content: Content, lang: Lang, level: str) -> Note:
    support = {i.id: 2 for i in content.reflection.items}
    answers = {content.reflection.id: support, content.check.id: LEVELS[level]}
    results = evaluate(content.reflection, content.check, answers)
    assert results.referral == level
    view = present(results, content, Preferences(), lang, TODAY)
    saved = SavedResult(datetime(2026, 11, 22, 10, 0).astimezone(), lang, {}, results)
    return Note(view, saved, [], False)


def headings(text: str) -> list[str]:
    found = re.findall(r"^## (.+)$|<h2>(.+?)</h2>", text, flags=re.M)
    return [a or b for a, b in found]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("level", ["urgent", "strong", "none"])
def test_the_note_follows_the_screen(content: Content, lang: Lang, level: str) -> None:
    crisis, referral = t("results.crisis_first", lang), t("export.referral", lang)
    support, steps = t("export.support", lang), t("export.steps", lang)
    for text in (note_markdown(note(content, lang, level)), note_html(note(content, lang, level))):
        order = [h.replace("&amp;", "&") for h in headings(text)]
        assert support in order and steps in order, order
        if level == "urgent":
            assert order[:3] == [crisis, referral, support], order
        elif level == "strong":  # no safety item: the crisis routes follow the referral (A4)
            worse = t("export.crisis_routes", lang)
            assert crisis not in order and order[:3] == [referral, worse, support], order
        else:  # no referral box: the ladder's one sentence follows the results, as on screen
            assert order.index(support) < order.index(referral) < order.index(steps), order
