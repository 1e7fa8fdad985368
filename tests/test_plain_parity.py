"""``--plain`` at parity with the TUI (issue 15): the order of the sections, narrowing, the note,
the defaults for Enter, an early end of input at every prompt, and the demo personas."""

from __future__ import annotations

import inspect
import io
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.store.database import Store, store_exists
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.core.workshop.demo import load_personas
from pulih.plain.export import EXPORT_DEFAULT, INCLUDE_MAP_DEFAULT
from pulih.plain.session import OFFER_DEFAULT, PlainSession, save_default
from tests.test_plain import SUPPORT, pulih

TODAY = date(2026, 12, 7)
STATEMENTS = SUPPORT[:12]
CALM = ["1"] * 4  # the four PHQ-4 questions: "not at all"
NO_SAFETY = ["1"] * 5  # the five safety questions: no
# after the statements: no place, Enter takes the check (as in the TUI), the check, no map
CHECKS: dict[str, list[str]] = {
    "none": CALM + NO_SAFETY,
    "suggest": ["3"] * 4 + NO_SAFETY,
    "strong": ["4"] * 4 + NO_SAFETY,
    # item K1 "several days": the safety panel at once, no plan now, the rest no, then
    # "right now": yes (urgent: the urgent panel, and a plan offered again: no) or no
    "urgent": [*CALM, "2", "n", "1", "1", "1", "1", "2", "n"],
    "safety": [*CALM, "2", "n", "1", "1", "1", "1", "1"],
}


def run(
    content: Content,
    lang: Lang,
    feed: list[str],
    save: bool = True,
    demo: str | None = None,
) -> tuple[str, PlainSession]:
    persona = load_personas()[demo] if demo else None
    out = io.StringIO()
    inp = io.StringIO("".join(f"{line}\n" for line in feed))
    session = PlainSession(content, lang, inp, out, TODAY, save=save, demo=persona)
    assert session.run() == 0
    text = out.getvalue()
    assert "Traceback" not in text
    return text, session


def data() -> Path:
    return Path(os.environ["PULIH_DATA_DIR"])


def home() -> Path:
    return Path(os.environ["HOME"])


def notes() -> list[Path]:
    """The notes written to the home folder: pulih-catatan-* in Indonesian, pulih-note-* in
    English."""
    return sorted([*home().glob("pulih-catatan-*"), *home().glob("pulih-note-*")])


def journey(level: str, *after: str) -> list[str]:
    """The answers up to the results; after the urgent panel the map is not offered."""
    map_offer = [] if level == "urgent" else [""]
    return [*STATEMENTS, "", "", *CHECKS[level], *map_offer, *after]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("level", ["none", "suggest", "strong", "urgent", "safety"])
def test_crisis_then_referral_then_results_then_suggestions(
    content: Content, lang: Lang, level: str
) -> None:
    text, session = run(content, lang, journey(level, "", "n", "n"))
    assert session.results is not None
    expected = "urgent" if level == "urgent" else "strong" if level == "safety" else level
    assert session.results.referral == expected
    offer = t("plain.map_offer", lang)
    assert (offer in text) is (level != "urgent")  # after the urgent panel, only the results
    # the results, after the last question (the map offer, or the urgent panel's last line)
    shown = text[text.index(offer) if offer in text else text.rindex("=" * 60) :]
    crisis = shown.find(t("results.crisis_first", lang).upper())
    if level == "urgent":  # every route was on the urgent panel just before: one line now
        crisis = shown.find(t("crisis.one_line", lang, contacts="119").split("119")[0] + "119")
    referral = shown.find(f"{t('referral.title', lang)}:")
    scores = shown.index(t("results.strengths", lang))
    suggestions = shown.index(f"\n{t('suggest.title', lang)}\n")
    assert scores < suggestions
    if level == "none":
        assert crisis == -1 and scores < referral < suggestions  # the ladder's one sentence
        return
    assert referral < scores
    if level in ("urgent", "safety"):
        assert 0 <= crisis < referral
        assert "119" in shown[crisis:referral]
    else:
        assert crisis == -1
    assert t("plain.bye", lang) in text


def test_narrowing_re_runs_the_matching_and_says_what_is_chosen(content: Content) -> None:
    # n, then online (2) and free (6), the region (1) by name, the whole province, apply
    narrowing = ["n", "2 6", "1", "DI Yogyakarta", "", "", ""]
    text, session = run(content, "id", journey("none", *narrowing, "n", "n"))
    before, after = text.split(t("plain.narrow_ask", "id"), 1)
    assert "[x] daring" in after and "[x] gratis" in after
    chosen = "Wilayah: DI Yogyakarta · daring · gratis"
    assert chosen not in before and chosen in after
    assert session.preferences.modes == ("online",) and session.preferences.cost == ("free",)
    listed = after[after.rindex(f"\n{t('suggest.title', 'id')}\n") :]
    first = before[before.index(f"\n{t('suggest.title', 'id')}\n") :]
    assert listed.split(t("plain.next", "id"))[0] != first.split(t("plain.next", "id"))[0]
    assert not store_exists(data())  # narrowing is kept in memory only


def test_clearing_the_narrowing_says_so(content: Content) -> None:
    text, session = run(content, "en", journey("none", "n", "2", "0", "", "", "n", "n"))
    assert session.preferences.modes == ()
    assert t("plain.narrow_none", "en") in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_saved_results_note_is_0600_recorded_and_forget_deletes_it(
    content: Content, lang: Lang
) -> None:
    text, _ = run(content, lang, journey("suggest", "", "y", ""))  # save: y; Enter writes
    for key in ("save.question", "export.question", "export.change", "export.private"):
        assert t(key, lang) in text  # the TUI's own words
    assert t("export.tracked", lang) in text
    (note,) = notes()
    assert note.name.startswith("pulih-catatan-" if lang == "id" else "pulih-note-")
    assert stat.S_IMODE(note.stat().st_mode) == 0o600
    assert "<html" in note.read_text(encoding="utf-8")
    with Store.open(data()) as store:
        assert store.count() == 1
    done = pulih("forget", "--yes", feed=[])
    assert done.returncode == 0, done.stderr
    assert not note.exists() and not store_exists(data())


def test_nothing_is_written_without_consent(content: Content) -> None:
    text, _ = run(content, "en", journey("none", "", "n", "n"))
    assert notes() == [] and not store_exists(data())
    assert t("plain.export_skipped", "en") in text


def test_a_note_of_an_unsaved_result_says_forget_will_not_know_it(content: Content) -> None:
    elsewhere = home() / "notes"
    elsewhere.mkdir()
    text, _ = run(content, "en", journey("none", "", "n", "c", str(elsewhere), "y"))
    assert t("export.untracked", "en") in text
    (note,) = elsewhere.glob("pulih-note-*.html")
    assert stat.S_IMODE(note.stat().st_mode) == 0o600 and not store_exists(data())


def test_no_save_and_demo_neither_save_nor_offer_a_note(content: Content) -> None:
    text, _ = run(content, "en", journey("none", ""), save=False)
    assert t("save.question", "en") not in text and t("export.question", "en") not in text
    assert t("plain.bye", "en") in text and notes() == [] and not store_exists(data())
    assert t("save.disabled", "en") in text


def test_enter_means_what_it_means_in_the_tui() -> None:
    from pulih.tui.screens.confirm import ConfirmScreen, export_question, save_question
    from pulih.tui.screens.offer import OfferScreen

    enter = next(b for b in OfferScreen.BINDINGS if getattr(b, "key", None) == "enter")
    assert OFFER_DEFAULT is (getattr(enter, "action", "") == "choose('take')")
    for before in (False, True):
        assert save_default(before) is save_question("id", before, "").default
    assert EXPORT_DEFAULT is export_question("id", Path("note.html")).default
    tui_default = inspect.signature(ConfirmScreen.__init__).parameters["default"].default
    assert INCLUDE_MAP_DEFAULT is tui_default  # the TUI's include-map question passes none


@pytest.mark.parametrize("lang", ["id", "en"])
def test_enter_takes_the_check_and_the_prompts_name_their_default(
    content: Content, lang: Lang
) -> None:
    text, session = run(content, lang, [*STATEMENTS, "", ""])
    assert f"{t('plain.offer', lang)} ({t('save.default', lang, choice=t('plain.yes', lang))})" in (
        text
    )
    assert t("plain.progress", lang, title=content.check.title(lang), n=1, total=9) in text
    assert content.check.id in session.answers  # Enter took the check


def test_enter_saves_once_something_is_saved(content: Content) -> None:
    run(content, "en", journey("none", "", "y", "n"))
    text, _ = run(content, "en", journey("none", "", "", "n"))  # Enter: yes, as in the TUI
    assert f"y/n ({t('save.default', 'en', choice='yes')})" in text
    with Store.open(data()) as store:
        assert store.count() == 2


FULL = {
    "calm": journey("suggest", "n", "2", "", "", "n", "n"),
    "crisis": journey("urgent", "", "n", "n"),  # ends: results Enter, save no, note no
    "map": [*STATEMENTS, "", "n", "y", "Ibu", "1", "1", "n", "", "", "n", "n"],
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("path", sorted(FULL))
def test_input_ending_at_any_prompt_ends_calmly(content: Content, lang: Lang, path: str) -> None:
    feed = FULL[path]
    first_results = len(feed) - {"calm": 6, "crisis": 3, "map": 3}[path]  # results shown there
    for cut in range(len(feed) + 1):
        text, session = run(content, lang, feed[:cut])
        assert not store_exists(data()) and notes() == []  # the cut comes before consent
        results = t("results.strengths", lang) in text
        if cut < len(STATEMENTS):
            assert not results and text.rstrip().endswith(t("plain.ended", lang)), cut
            continue
        assert results, cut
        endorsed = path == "crisis" and cut > len(STATEMENTS) + 2 + 4
        shown = text[text.index(t("results.title", lang)) - 200 :]
        routes_again = t("results.crisis_first", lang).upper() in text
        one_line = t("crisis.one_line", lang, contacts="").split(" · ")[0] in text
        assert (routes_again or one_line) is endorsed, cut
        if endorsed:
            assert shown.index("119") < shown.index(t("results.strengths", lang))
        if cut < len(feed):  # the last line says so, whether the results came just now or not
            last = t("crisis.help.lead", lang) if endorsed else t("plain.ended", lang)
            assert text.rstrip().endswith(last), cut  # after an endorsement: where help is
            assert t("plain.ended", lang) in text, cut
            assert (t("plain.ended_early", lang) in text) is (cut < first_results), cut


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("persona", sorted(load_personas()))
def test_every_demo_persona_runs_in_line_mode_on_enter_alone(
    content: Content, lang: Lang, persona: str
) -> None:
    text, session = run(content, lang, [""] * 40, demo=persona)
    name = load_personas()[persona].name
    assert t("demo.banner_plain", lang, name=name) in text
    assert t("results.strengths", lang) in text and t("plain.bye", lang) in text
    assert session.results is not None and session.save is False
    assert not store_exists(data()) and notes() == []


def test_a_number_marks_a_step_as_in_the_tui_and_a_save_keeps_it(content: Content) -> None:
    # mark 2, unmark 2, mark 3, a number with no suggestion, narrow (nothing ticked), save
    feed = journey("suggest", "2", "2", "3", "99", "n", "", "", "y", "n", "n")
    text, session = run(content, "en", feed)
    assert t("step.marked", "en", number=2) in text and t("step.unmarked", "en", number=2) in text
    assert t("step.no_such", "en", number=99) in text
    assert session.current is not None
    third = session.current.suggestions[2].resource
    assert session.next_steps == (third.id,)
    again = text[text.rindex(f"\n{t('suggest.title', 'en')}\n") :]
    assert f"3. {third.name}" in again and f"  ✓ {t('suggest.mine', 'en')}" in again
    assert t("consent.steps", "en") in text  # the consent names the steps it keeps
    with Store.open(data()) as store:
        (saved,) = store.results()
    assert saved.next_steps == (third.id,)
    assert "Check in on your steps: within 14 days" in text  # suggest: 14 days (issue 25)
    # asked once whether the opening screen may say when steps are due: off unless yes
    assert t("steps.remind_question", "en") in text and t("steps.remind_off", "en") in text
    with Store.open(data()) as store:
        assert store.setting("remind_steps") == "no"


def test_a_pipe_that_ends_after_the_statements_gets_the_results_without_a_traceback() -> None:
    done = pulih("--plain", "--lang", "id", feed=STATEMENTS)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert t("plain.ended_early", "id") in done.stdout
    assert t("results.strengths", "id") in done.stdout
    assert done.stdout.rstrip().endswith(t("plain.ended", "id"))
    assert not store_exists(data())
