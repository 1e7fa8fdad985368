"""``pulih --plain``: the same reflection, check, safety interrupt, results and suggestions as
numbered line prompts on stdin/stdout, for screen readers, dumb terminals and pipes.

No cursor movement and no colour; every option is spoken as text. It uses the core only.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pulih.core.answers import Preferences
from pulih.core.content import Content, load_content
from pulih.core.directory.resources import CrisisRoute, crisis_routes
from pulih.core.i18n import Lang
from pulih.core.problems import DataError
from pulih.core.questionnaire import Item, Option, Questionnaire
from pulih.core.report import crisis_block, render_text
from pulih.core.safetyplan import SafetyPlan
from pulih.core.scoring import check_sequence, evaluate, safety_panel
from pulih.core.strings import t
from pulih.core.supportmap import SupportMap
from pulih.plain_mapplan import ask_map, ask_plan, read_plan, save_plan

if TYPE_CHECKING:
    from pulih.core.demo import Persona


class _Quit(Exception):
    """The input ended."""


class _QuickExit(Exception):
    """The person typed x or q: end at once, clear what can be cleared, keep nothing."""


QUICK_EXIT_WORDS = ("x", "q", "quit", "keluar")
CLEAR_TERMINAL = "\x1b[2J\x1b[3J\x1b[H"  # the screen and the scrollback, where supported


class PlainSession:
    """One run of the line mode over ``inp``/``out``."""

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
        self.plan: SafetyPlan | None = None
        self.saved_plan: SafetyPlan | None = None
        self.plan_offered = False
        self.preferences = Preferences()

    def say(self, *lines: str) -> None:
        for line in lines:
            self.out.write(line + "\n")
        self.out.flush()

    def read(self, prompt: str) -> str:
        """One line as typed (without the newline); stops the session when input ends."""
        self.out.write(f"{prompt}: ")
        self.out.flush()
        line = self.inp.readline()
        if not line:
            self.say("", t("plain.ended", self.lang))
            raise _Quit
        if not self.inp.isatty():
            self.say(line.rstrip("\n"))  # echo piped input, so the transcript reads whole
        if line.strip().lower() in QUICK_EXIT_WORDS:
            raise _QuickExit
        return line.rstrip("\n")

    def ask_text(self, prompt: str) -> str:
        """Free text in the person's own words (a nickname, a part of the plan)."""
        return " ".join(self.read(prompt).split())

    def ask(self, prompt: str) -> str:
        answer = self.read(prompt).strip().lower()
        if answer == "h":
            self.crisis("help")
            return self.ask(prompt)
        if answer == "p":
            self.open_plan()
            return self.ask(prompt)
        return answer

    def crisis(self, kind: str) -> None:
        lang = self.lang
        routes = self.routes()
        title = {"urgent": "crisis.urgent.title", "safety": "crisis.safety.title"}.get(
            kind, "crisis.help.title"
        )
        self.say("", "=" * 60, t(title, lang).upper(), "=" * 60)
        if kind == "urgent":
            self.say(t("crisis.urgent.lead", lang))
        elif kind == "safety":
            self.say(t("crisis.safety.lead", lang))
        self.say(*crisis_block(routes, lang, urgent=kind == "urgent"))
        if kind == "safety":
            self.say("", t("crisis.safety.prompt", lang))
        self.say("=" * 60, "")

    def offer_plan(self) -> None:
        """Once, after the first safety panel: write a safety plan now, in one's own words."""
        if self.plan_offered:
            return
        self.plan_offered = True
        if self.yes(t("plain.plan_offer", self.lang)):
            self.write_plan()

    def open_plan(self) -> None:
        """p at any numbered prompt: the plan in memory, else the saved one, else a new one."""
        if self.plan is None and self.save:
            self.plan = self.saved_plan = read_plan()
        self.plan_offered = True
        self.write_plan()

    def write_plan(self) -> None:
        """Write the plan, then (if it changed, and saving is allowed) ask to save it at once."""
        plan = ask_plan(self, self.plan or SafetyPlan(), self.support_map)
        self.plan = plan
        if plan != self.saved_plan and self.save and self.consents("plain.plan_save", "plan"):
            said, ok = save_plan(plan, self.lang)
            self.say(said)
            if ok:
                self.saved_plan = plan

    def consents(self, question: str, what: str = "result") -> bool:
        """Say what saving keeps and who else can open it, then ask ``question`` (y/n)."""
        from pulih.core.consent import consent_text
        from pulih.core.paths import data_dir, shown

        folder = shown(data_dir())
        if what == "plan":
            text = consent_text(self.lang, folder, "plan", line_mode=True)
        else:
            people = len(self.support_map.ties)
            text = consent_text(self.lang, folder, map_people=people, line_mode=True)
        self.say("", text)
        return self.yes(t(question, self.lang))

    def questionnaire(self, q: Questionnaire, safety: bool) -> dict[str, int]:
        answers: dict[str, int] = {}
        index = 0
        while True:
            items = check_sequence(q, answers) if safety else list(q.items)
            if index >= len(items):
                return answers
            item = items[index]
            value, back = self.question(q, item, index, len(items))
            if back:
                index = max(index - 1, 0)
                continue
            if value is None:
                answers.pop(item.id, None)
            else:
                answers[item.id] = value
            panel = safety_panel(q, item, value, answers) if safety else None
            if panel:
                self.crisis(panel)
                self.offer_plan()
            index += 1

    def question(
        self, q: Questionnaire, item: Item, index: int, total: int
    ) -> tuple[int | None, bool]:
        lang = self.lang
        options = q.options_for(item)
        subscale = q.subscale_by_id[item.subscale]
        self.say(
            "",
            t("plain.progress", lang, title=q.title(lang), n=index + 1, total=total),
            f"{subscale.name(lang)}: {subscale.description(lang)}",
        )
        if q.prompt and item.options is None:
            self.say(q.prompt(lang))
        self.say(item.text(lang))
        for number, option in enumerate(options, 1):
            self.say(f"  {number}. {option.label(lang)}")
        self.say(f"  0. {q.skip_label(lang)}")
        choices = f"0–{len(options)}"
        offered = self._offer(q, item, options)
        while True:
            answer = self.ask(t("plain.answer", lang))
            if answer in ("b", "kembali", "back"):
                return None, True
            if answer == "" and self.demo is not None:
                return offered, False
            if answer in ("0", "s", ""):
                return None, False
            if answer.isdigit() and 1 <= int(answer) <= len(options):
                return options[int(answer) - 1].value, False
            self.say(t("plain.invalid", lang, choices=choices))

    def _offer(self, q: Questionnaire, item: Item, options: Sequence[Option]) -> int | None:
        """Demo: say what the persona chooses (Enter takes it); the value, or None to skip."""
        if self.demo is None:
            return None
        value = self.demo.answers.get(q.id, {}).get(item.id)
        name = self.demo.name
        chosen = next((o for o in options if o.value == value), None)
        if chosen is None:
            self.say(t("demo.suggest_skip", self.lang, name=name))
            return None
        self.say(t("demo.suggest", self.lang, name=name, label=chosen.label(self.lang)))
        return chosen.value

    def choose(self, prompt: str, count: int, default: int) -> int:
        """A number from 1 to ``count``; Enter takes ``default``."""
        while True:
            answer = self.ask(prompt)
            if not answer:
                return default
            if answer.isdigit() and 1 <= int(answer) <= count:
                return int(answer)
            self.say(t("plain.invalid", self.lang, choices=f"1–{count}"))

    def numbers(self, prompt: str, count: int) -> list[int]:
        """Any of 1..``count``, separated by spaces or commas (or none)."""
        while True:
            words = self.ask(prompt).replace(",", " ").split()
            if all(w.isdigit() and 1 <= int(w) <= count for w in words):
                return sorted({int(w) for w in words})
            self.say(t("plain.invalid", self.lang, choices=f"1–{count}"))

    def routes(self) -> list[CrisisRoute]:
        region = self.preferences.region or None
        return crisis_routes(self.content.directory.crisis, self.today, self.lang, region)

    def ask_place(self) -> None:
        """Where the person lives, before the check (issue 13): kept in memory only."""
        from dataclasses import replace

        from pulih.plain_place import ask_place

        place = ask_place(self)
        if place is not None:
            self.preferences = replace(self.preferences, region=place.name)
            self.say(t("plain.place_kept", self.lang, place=place.label()))

    def yes(self, prompt: str) -> bool:
        while True:
            answer = self.ask(prompt)
            if answer in ("y", "ya", "yes"):
                return True
            if answer in ("n", "tidak", "no", ""):
                return False

    def run(self) -> int:
        lang, content = self.lang, self.content
        self.say(
            f"pulih · {t('app.tagline', lang)}",
            "",
            t("welcome.what", lang),
            t("welcome.not", lang),
            t("welcome.privacy", lang),
            "",
            t("plain.how", lang),
        )
        if self.demo is not None:
            announce = self.demo.announce.get(lang, "")
            self.say(
                "",
                t("demo.banner_plain", lang, name=self.demo.name),
                t("demo.persona", lang, text=self.demo.describe(lang)),
                *([announce] if announce else []),
            )
        try:
            support = self.questionnaire(content.reflection, safety=False)
            answers = {content.reflection.id: support}
            self.ask_place()
            self.say("", t("offer.body", lang, n=content.check.asked_count))
            if self.yes(t("plain.offer", lang)):
                answers[content.check.id] = self.questionnaire(content.check, safety=True)
            if self.yes(t("plain.map_offer", lang)):
                self.support_map = ask_map(self, self.support_map)
            results = evaluate(content.reflection, content.check, answers)
            from pulih.core.present import present

            gaps = self.support_map.gaps()
            view = present(results, content, self.preferences, lang, self.today, gaps=gaps)
            self.say("", render_text(view).rstrip())
            if self.save and self.consents("plain.save"):
                self.store(results)
            self.say("", t("plain.bye", lang))
        except _Quit:
            return 0
        except _QuickExit:
            self.quick_exit()
            return 0
        except KeyboardInterrupt:
            self.say("", t("plain.interrupted", lang))
            return 130
        return 0

    def quick_exit(self) -> None:
        """Clear the screen and its scrollback on a terminal; elsewhere, one line. The person's
        answers stay only in this process's memory, which ends now."""
        if self.out.isatty():
            getattr(self.out, "write_raw", self.out.write)(CLEAR_TERMINAL)
            self.out.flush()
        else:
            self.say("", t("plain.quick_exit", self.lang))

    def store(self, results: object) -> None:
        from pulih.core.paths import data_dir
        from pulih.core.record import SavedResult
        from pulih.core.store import Store, StoreError

        content = self.content
        versions = {q.id: q.version for q in (content.reflection, content.check)}
        saved = SavedResult(
            datetime.now().astimezone(),
            self.lang,
            versions,
            results,  # type: ignore[arg-type]
            self.preferences,
            support_map=self.support_map,
        )
        try:
            with Store.open(data_dir()) as store:
                store.save(saved)
        except StoreError as error:
            self.say(t("save.not_saved", self.lang, reason=error.message(self.lang)))
            return
        self.say(t("save.done", self.lang))


def run_plain(
    lang: Lang,
    resources: Path | Sequence[Path] | None,
    save: bool,
    today: date | None = None,
    *,
    only: bool = False,
    demo: Persona | None = None,
) -> int:
    """Run the line mode on stdin/stdout; 2 when pulih's own data cannot be read."""
    today = today or date.today()
    try:
        from pulih.core.paths import cache_dir

        content = load_content(today, resources, cache_dir() if save else None, only=only)
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(t("crisis.none", lang), file=sys.stderr)
        return 2
    for problem in content.directory.warnings:
        print(f"pulih: {t('resources.ignored', lang, problem=problem)}", file=sys.stderr)
    session = PlainSession(content, lang, sys.stdin, sys.stdout, today, save, demo)
    return session.run()
