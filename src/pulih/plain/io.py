"""The line-mode session's input and output: one object every ``--plain`` part asks through.

``session`` (the journey), ``mapplan``, ``place``, ``narrowing`` and ``export`` all import this
module and none of them imports another's session, so the line mode's modules form a tree.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, TextIO

from pulih.core.content import Content
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.resources import CrisisRoute, crisis_routes
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.report.view import crisis_panel, route_lines
from pulih.core.text.i18n import Lang
from pulih.core.text.printable import printable, without_controls
from pulih.core.text.strings import t

if TYPE_CHECKING:
    from pulih.core.workshop.demo import Persona


class InputEnded(Exception):
    """The input ended (end of file at a prompt)."""


class QuickExit(Exception):
    """The person typed x or q: end at once, clear what can be cleared, keep nothing."""


QUICK_EXIT_WORDS = ("x", "q", "quit", "keluar")
CLEAR_TERMINAL = "\x1b[2J\x1b[3J\x1b[H"  # the screen and the scrollback, where supported
YES_WORDS = ("y", "ya", "yes")
NO_WORDS = ("n", "t", "tidak", "no")
LINE_MAX = 1000
"""Longer lines are cut: an answer is a few characters, a part of the plan a sentence or two."""
TEXT_MAX = 200
"""The longest nickname or plan line kept (the note and the screen stay readable)."""


def as_number(answer: str) -> int | None:
    """``answer`` as a small whole number typed with 0-9, else None. ``str.isdigit`` accepts
    "²" and ``int`` refuses it (or thousands of digits): both would end the session."""
    text = answer.strip()
    if text.isascii() and text.isdigit() and len(text) <= 4:
        return int(text)
    return None


class PlainIO:
    """One run of the line mode over ``inp``/``out``: what it knows so far, and how it asks."""

    def __init__(
        self,
        content: Content,
        lang: Lang,
        inp: TextIO,
        out: TextIO,
        today: date,
        save: bool,
        demo: Persona | None = None,
    ) -> None:
        """``demo``: a workshop persona whose answers Enter takes; nothing is saved."""
        self.content, self.lang = content, lang
        self.inp, self.out = inp, out
        self.today, self.save = today, save and demo is None
        self.demo = demo
        self.support_map = demo.support_map if demo is not None else SupportMap()
        self.preferences = Preferences()

    def say(self, *lines: str) -> None:
        """Lines out; a control character in one (ESC from typed input, say) is shown as an
        escape, never obeyed, whether the output is a terminal, a pipe or a file."""
        for line in lines:
            self.out.write(printable(line) + "\n")
        self.out.flush()

    def read(self, prompt: str) -> str:
        """One line as typed (without the newline); :class:`InputEnded` when input ends."""
        self.out.write(f"{prompt}: ")
        self.out.flush()
        line = self.inp.readline()
        if len(line) > LINE_MAX:
            line = line[:LINE_MAX] + "\n"
        if not line:
            self.say("")
            raise InputEnded
        if not self.inp.isatty():
            self.say(line.rstrip("\n"))  # echo piped input, so the transcript reads whole
        if line.strip().lower() in QUICK_EXIT_WORDS:
            raise QuickExit
        return line.rstrip("\n")

    def ask_text(self, prompt: str) -> str:
        """Free text in the person's own words (a nickname, a part of the plan): control
        characters dropped (they would rewrite the terminal when shown again), at most
        :data:`TEXT_MAX` characters."""
        return " ".join(without_controls(self.read(prompt)).split())[:TEXT_MAX]

    def ask(self, prompt: str) -> str:
        """A short answer, lower-cased; h (help now) and p (the plan) work at every prompt, and
        l (My steps) too when saving is allowed."""
        answer = self.read(prompt).strip().lower()
        if answer == "h":
            self.crisis("help")
            return self.ask(prompt)
        if answer == "p":
            self.open_plan()
            return self.ask(prompt)
        if answer == "l" and self.save and self.open_steps():
            return self.ask(prompt)
        return answer

    def open_plan(self) -> None:
        """p at any prompt: the journey (``plain.PlainSession``) opens the safety plan."""

    def open_steps(self) -> bool:
        """l at any prompt: the journey opens My steps (True), unless it is open already."""
        return False

    def crisis(self, kind: str, skipped: bool = False) -> None:
        """The crisis panel as lines: ``urgent``, ``safety`` (an endorsed item) or ``help``,
        saying what the TUI's panel says, in its order (core.report.view.crisis_panel)."""
        lang = self.lang
        panel = crisis_panel(kind, lang, skipped=skipped)
        self.say("", "=" * 60, panel.title.upper(), "=" * 60)
        if panel.lead:
            self.say(panel.lead)
        self.say(panel.steps, "")
        routes = self.routes()
        if not routes:
            self.say(t("crisis.none", lang))
        for route in routes:
            self.say(*route_lines(route, lang))
        self.say("", t("crisis.busy", lang))
        if panel.prompt:
            self.say("", panel.prompt)
        self.say("=" * 60, "")

    def routes(self) -> list[CrisisRoute]:
        region = self.preferences.region or None
        return crisis_routes(self.content.directory.crisis, self.today, self.lang, region)

    def choose(self, prompt: str, count: int, default: int) -> int:
        """A number from 1 to ``count``; Enter takes ``default``."""
        while True:
            answer = self.ask(prompt)
            if not answer:
                return default
            chosen = as_number(answer)
            if chosen is not None and 1 <= chosen <= count:
                return chosen
            self.say(t("plain.invalid", self.lang, choices=f"1–{count}"))

    def numbers(self, prompt: str, count: int) -> list[int]:
        """Any of 1..``count``, separated by spaces or commas (or none)."""
        while True:
            words = self.ask(prompt).replace(",", " ").split()
            found = [as_number(w) for w in words]
            if all(n is not None and 1 <= n <= count for n in found):
                return sorted({n for n in found if n is not None})
            self.say(t("plain.invalid", self.lang, choices=f"1–{count}"))

    def yes(self, prompt: str, default: bool = False) -> bool:
        """y or n; Enter gives ``default``, which the prompt names as the TUI's dialogs do
        ("Enter: tidak")."""
        word = t("plain.yes" if default else "plain.no", self.lang)
        full = f"{prompt} ({t('save.default', self.lang, choice=word)})"
        while True:
            answer = self.ask(full)
            if answer in YES_WORDS:
                return True
            if answer in NO_WORDS:
                return False
            if answer == "":
                return default
