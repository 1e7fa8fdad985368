"""The safety screens say all they should, the same in every front end (issue 22, item 8).

A clinical review found the TUI's safety panel without the danger line that --plain printed
(119 / IGD / someone you trust), --plain printing the urgent panel's routes twice and offering
no plan after it, "Thank you for being honest" after a question that was skipped, and the
check's intro promising "answering these questions does no harm" (an absolute claim).
"""

from __future__ import annotations

from pulih.core.content import Content
from pulih.core.report.view import crisis_panel
from pulih.tui.screens.crisis import CrisisScreen
from tests.helpers import SUPPORT_KEYS, make_app, press
from tests.test_plain import SUPPORT, pulih

DANGER_EN = "If you are in danger or thinking of ending your life, call 119"
SAFETY = ["1", "1", "1", "1", "2"]  # PHQ-4 low, item 9 several days: the safety panel
ASQ_NO = ["1", "1", "1", "1"]  # the four ASQ questions: no


def screen_text(app: object) -> str:
    from textual.widgets import Static

    return "\n".join(str(w.render()) for w in app.screen.query(Static))  # type: ignore[attr-defined]


async def test_the_tui_safety_panel_says_the_danger_line(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test(size=(80, 40)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "enter", *SAFETY)
        assert isinstance(app.screen, CrisisScreen) and app.screen.kind == "safety"
        shown = screen_text(app)
    assert DANGER_EN in shown and "Your safety matters" in shown
    assert "What helps me stay safe?" in shown


def test_every_panel_in_every_front_end_has_its_steps() -> None:
    for kind in ("urgent", "safety", "help"):
        for lang in ("id", "en"):
            panel = crisis_panel(kind, lang)  # type: ignore[arg-type]
            assert "119" in panel.steps and "IGD" in panel.steps, (kind, lang)


def test_plain_safety_panel_says_what_the_tui_says() -> None:
    done = pulih("--plain", "--lang", "en", feed=[*SUPPORT, "y", *SAFETY, "n", *ASQ_NO, "1", ""])
    out = done.stdout
    panel = out[out.index("YOUR SAFETY MATTERS") : out.index("safety plan now")]
    assert DANGER_EN in panel and "What helps me stay safe?" in panel


def test_plain_urgent_panel_is_said_once_and_then_offers_a_plan() -> None:
    # the safety panel (plan: no), the ASQ: no, then "right now": yes
    feed = [*SUPPORT, "y", *SAFETY, "n", *ASQ_NO, "2", "n", "", ""]
    done = pulih("--plain", "--lang", "en", feed=feed)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    after = out[out.index("HELP RIGHT NOW") :]
    assert after.count("safety plan now") == 1  # offered after the urgent panel too
    assert out.count("PSC 119 · 119") == 2  # the safety panel and the urgent panel, not again
    assert "Crisis: 119" in after or "119 ·" in after.split("Your reflection")[0]


def test_a_skipped_right_now_question_is_not_thanked_for_its_honesty() -> None:
    feed = [*SUPPORT, "y", *SAFETY, "n", *ASQ_NO, "0", "n", "", ""]  # 0: skip "right now"
    done = pulih("--plain", "--lang", "en", feed=feed)
    out = done.stdout
    urgent = out[out.index("HELP RIGHT NOW") :]
    assert "Thank you for being honest" not in urgent
    assert "You are not alone, and help can be reached right now." in urgent


async def test_the_tui_urgent_panel_after_a_skip_does_not_thank_either(content: Content) -> None:
    app = make_app(content, lang="en")
    async with app.run_test(size=(80, 40)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "enter", *SAFETY, "enter", *ASQ_NO, "0")
        assert isinstance(app.screen, CrisisScreen) and app.screen.kind == "urgent"
        shown = screen_text(app)
    assert "Thank you for being honest" not in shown and "You are not alone" in shown


def test_the_checks_intro_makes_no_absolute_promise(content: Content) -> None:
    intro = content.check.intro
    assert intro is not None
    for words in (intro("id"), intro("en")):
        assert "tidak membahayakan" not in words and "does no harm" not in words
