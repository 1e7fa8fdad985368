"""``pulih --plain``: the same reflection, check, safety interrupt, results and suggestions as
numbered line prompts on stdin/stdout, for screen readers, dumb terminals and pipes.

No cursor movement and no colour; every option is spoken as text. It uses the core only.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pulih.core.content import Content, load_content
from pulih.core.directory.matching import freeze_loaded
from pulih.core.files.paths import cache_dir
from pulih.core.mapplan.safetyplan import SafetyPlan
from pulih.core.questionnaire.model import Item, Option, Questionnaire
from pulih.core.questionnaire.problems import DataError
from pulih.core.questionnaire.scoring import Results, check_sequence, evaluate, safety_panel
from pulih.core.report.present import present
from pulih.core.report.view import render_text, suggestion_section
from pulih.core.store.consent import consent_text
from pulih.core.store.followup import REMIND_SETTING, Remembered
from pulih.core.store.record import SavedResult
from pulih.core.store.steps import check_in_for, check_in_words
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.plain.export import offer_export
from pulih.plain.io import (
    CLEAR_TERMINAL,
    NO_WORDS,
    YES_WORDS,
    InputEnded,
    PlainIO,
    QuickExit,
    as_number,
)
from pulih.plain.mapplan import ask_map, ask_plan, read_plan, save_plan
from pulih.plain.narrowing import ask_narrowing
from pulih.plain.place import ask_place
from pulih.plain.steps import my_steps
from pulih.signals import Stopped, exit_status

if TYPE_CHECKING:
    from pulih.core.report.view import ResultView
    from pulih.core.workshop.demo import Persona

OFFER_DEFAULT = True
"""Enter takes the check, as on the TUI's offer screen (Enter: take the check)."""


def save_default(saved_before: bool) -> bool:
    """Enter on a save question: no the first time, yes once something is saved (as the TUI)."""
    return saved_before


class PlainSession(PlainIO):
    """The line mode's journey: statements, place, check, results, narrowing, save, export."""

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
        super().__init__(content, lang, inp, out, today, save, demo)
        self.plan: SafetyPlan | None = None
        self.saved_plan: SafetyPlan | None = None
        self.plan_offers: set[str] = set()
        """The panels after which writing a plan was offered (once each)."""
        self.plan_written = False
        self.urgent = False
        self.endorsed = False
        """A safety item was endorsed: leaving early still ends with where help is."""
        """The urgent panel was shown: after it nothing else is offered before the results."""
        self.answers: dict[str, dict[str, int]] = {}
        """Answers so far, once the statements are complete (EOF then still shows results)."""
        self.results: Results | None = None
        self.shown = False
        self.next_steps: tuple[str, ...] = ()
        """Suggestions chosen as next steps (by id), as the TUI's 1–9 marks them."""
        self.current: ResultView | None = None
        self.in_steps = False
        self.remembered = Remembered()
        """What the store says when pulih starts (the due line, the region saved last, what
        was marked not helpful): read only when the person saved before."""

    def remember(self) -> None:
        """Read what an earlier save kept (nothing when nothing was saved, or in a demo)."""
        from pulih.core.files.paths import data_dir  # late-bound: tests replace it
        from pulih.core.store.database import Store, store_exists  # sqlite3: for the store only
        from pulih.core.store.errors import StoreError  # sqlite3: for the store only

        if not self.save or self.demo is not None or not store_exists(data_dir()):
            return
        try:
            with Store.open_to_read(data_dir()) as store:
                self.remembered = Remembered.read(store, self.today)
        except StoreError:
            return  # the store is said when saving; the journey goes on

    def open_steps(self) -> bool:
        """l at any prompt: Langkah saya (plain.steps), then the prompt again; what is marked
        not helpful there is said by the suggestions shown after it in this session. An l
        typed inside My steps is an answer there, not a second list."""
        if self.in_steps:
            return False
        self.in_steps = True
        try:
            follow = my_steps(self, chosen_here=bool(self.next_steps))
        finally:
            self.in_steps = False
        if follow is not None:
            self.remembered = replace(self.remembered, marks=follow.known())
        return True

    def offer_plan(self, kind: str = "safety") -> None:
        """After a safety panel, and after the urgent panel (as the TUI's panels offer p):
        write a safety plan now, in one's own words (the saved one, to edit, when there is
        one). Once per panel, and not once a plan was written in this session."""
        if kind in self.plan_offers or self.plan_written:
            return
        self.plan_offers.add(kind)
        if self.yes(t("plain.plan_offer", self.lang)):
            self.open_plan()

    def open_plan(self) -> None:
        """p at any numbered prompt, or yes to the offer: the plan in memory, else the saved
        one, else a new one."""
        if self.plan is None and self.save:
            self.plan = self.saved_plan = read_plan()
        self.plan_written = True
        self.write_plan()

    def write_plan(self) -> None:
        """Write the plan, then (if it changed, and saving is allowed) ask to save it at once:
        only the parts changed here are saved over what is saved (plain.mapplan.save_plan)."""
        plan = ask_plan(self, self.plan or SafetyPlan(), self.support_map)
        self.plan = plan
        question = f"{t('plan.save_question', self.lang)} {t('plain.yes_no', self.lang)}"
        if (
            plan != (self.saved_plan or SafetyPlan())
            and self.save
            and self.consents(question, "plan")
        ):
            saved = save_plan(self, plan, self.saved_plan)
            if saved is not None:
                self.plan = self.saved_plan = saved

    def consents(self, question: str, what: str = "result") -> bool:
        """Say what saving keeps and who else can open it, then ask ``question`` (y/n); Enter
        means no the first time, as in the TUI's save question."""
        from pulih.core.files.paths import data_dir, shown  # late-bound: tests replace it
        from pulih.core.store.database import store_exists  # sqlite3: for the store only

        folder = shown(data_dir())
        if what == "plan":
            text = consent_text(self.lang, folder, "plan", line_mode=True)
        else:
            people, steps = len(self.support_map.ties), len(self.next_steps)
            region = self.preferences.region
            text = consent_text(
                self.lang, folder, map_people=people, steps=steps, region=region, line_mode=True
            )
        self.say("", text)
        return self.yes(question, default=save_default(store_exists(data_dir())))

    def questionnaire(
        self, q: Questionnaire, safety: bool, answers: dict[str, int] | None = None
    ) -> dict[str, int]:
        """Ask ``q`` item by item into ``answers`` (kept as they come, so an early end of input
        still has them); a safety panel at once when a safety item is endorsed."""
        answers = {} if answers is None else answers
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
                self.crisis(panel, skipped=value is None)
                self.urgent = self.urgent or panel == "urgent"
                self.endorsed = True
                self.offer_plan(panel)
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
        enter = "" if self.demo is not None else " (Enter)"
        self.say(f"  0. {q.skip_label(lang)}{enter}")
        choices = f"0–{len(options)}"
        offered = self._offer(q, item, options)
        # a yes/no item also takes the words (y, ya, n, tidak), as every other yes/no prompt does
        said = {o.label(lang).strip().lower(): o.value for o in options}
        words = {w: said[y] for y in ("ya", "yes") if y in said for w in YES_WORDS}
        words |= {w: said[n] for n in ("tidak", "no") if n in said for w in NO_WORDS}
        while True:
            answer = self.ask(t("plain.answer", lang))
            if answer in ("b", "kembali", "back"):
                return None, True
            if answer == "" and self.demo is not None:
                return offered, False
            if answer in words:
                return words[answer], False
            if answer in ("0", "s", ""):
                return None, False
            chosen = as_number(answer)
            if chosen is not None and 1 <= chosen <= len(options):
                return options[chosen - 1].value, False
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

    def ask_place(self) -> None:
        """Where the person lives, before the check (issue 13): kept in memory only."""
        place = ask_place(self, self.remembered.region)
        if place is not None:
            self.preferences = replace(self.preferences, region=place.name)
            self.say(t("plain.place_kept", self.lang, place=place.label()))

    def run(self) -> int:
        lang = self.lang
        self.say(
            f"pulih · {t('app.tagline', lang)}",
            "",
            t("welcome.what", lang),
            t("welcome.not", lang),
            t("welcome.privacy", lang),
            "",
            t("plain.how_saving" if self.save else "plain.how", lang),
        )
        self.remember()
        if self.demo is not None:
            announce = self.demo.announce.get(lang, "")
            self.say(
                "",
                t("demo.banner_plain", lang, name=self.demo.name),
                t("demo.persona", lang, text=self.demo.describe(lang)),
                *([announce] if announce else []),
            )
        try:
            self.journey()
        except InputEnded:
            self.input_ended()
        except QuickExit:
            self.quick_exit()
        except KeyboardInterrupt as error:  # Ctrl+C, or SIGTERM / SIGHUP (pulih.signals)
            key = "stopped.line" if isinstance(error, Stopped) else "plain.interrupted"
            self.say("", t(self.said_at_end(key), lang))
            if self.endorsed:
                self.say(t("crisis.help.lead", lang))
            return exit_status(error)
        return 0

    def journey(self) -> None:
        """The TUI's path in its order: statements, (place,) the check with its crisis panels
        at once, the referral, the results, the suggestions (narrowing), save, the note."""
        lang, content = self.lang, self.content
        if self.remembered.due_count:
            self.say("", f"{self.remembered.due(lang)} {t('steps.due_plain', lang)}")
            if self.yes(t("plain.steps_now", lang)) and self.open_steps():
                self.say("", t("plain.steps_then", lang))
        support = self.questionnaire(content.reflection, safety=False)
        self.answers = {content.reflection.id: support}
        self.ask_place()
        self.say("", t("offer.body", lang, n=content.check.asked_count))
        if self.yes(t("plain.offer", lang), default=OFFER_DEFAULT):
            self.answers[content.check.id] = {}
            self.questionnaire(content.check, safety=True, answers=self.answers[content.check.id])
        if not self.urgent and self.yes(t("plain.map_offer", lang)):
            self.support_map = ask_map(self, self.support_map)
        self.show_results()
        while True:
            answer = self.ask(t("plain.next_with_steps" if self.save else "plain.next", lang))
            if answer == "":
                break
            if answer == "n":
                self.narrow()
            elif (chosen := as_number(answer)) is not None and chosen > 0:
                self.mark(chosen)
            else:
                self.say(t("plain.next_invalid_steps" if self.save else "plain.next_invalid", lang))
        if not self.save:  # --no-save or a demo: the TUI's words when s or e is pressed
            self.say("", t("save.disabled", lang))
        else:
            assert self.results is not None
            saved = self.saved_result(self.results)
            saved_id = None
            if self.consents(f"{t('save.question', lang)} {t('plain.yes_no', lang)}"):
                saved_id = self.store(saved)
            offer_export(self, saved, tracked=saved_id is not None)
        self.say("", t("plain.bye", lang))

    def view(self) -> ResultView:
        """The results in words with suggestions for the current preferences
        (core.report.present)."""
        assert self.results is not None
        gaps = self.support_map.gaps()
        return present(
            self.results,
            self.content,
            self.preferences,
            self.lang,
            self.today,
            gaps=gaps,
            marks=self.remembered.marks,
        )

    def show_results(self) -> ResultView:
        """Crisis routes (when endorsed), the referral, the results, then the suggestions."""
        content = self.content
        self.results = evaluate(content.reflection, content.check, self.answers)
        view = self.current = self.view()
        self.say("", render_text(view, routes_just_shown=self.urgent).rstrip())
        self.shown = True
        return view

    def mark(self, number: int) -> None:
        """Mark suggestion ``number`` as a next step, or unmark it (the TUI's 1–9)."""
        assert self.current is not None
        suggestions = self.current.suggestions
        if number > len(suggestions):
            self.say(t("step.no_such", self.lang, number=number))
            return
        chosen = suggestions[number - 1].resource.id
        steps = [s for s in self.next_steps if s != chosen]
        marked = chosen not in self.next_steps
        self.next_steps = (*steps, chosen) if marked else tuple(steps)
        self.say(t("step.marked" if marked else "step.unmarked", self.lang, number=number))

    def narrow(self) -> None:
        """Narrow as the TUI's narrow screen does; then the suggestions again, saying what is
        chosen ("Wilayah: … · daring · gratis")."""
        self.preferences = ask_narrowing(self, self.preferences)
        view = self.current = self.view()
        self.say("", *suggestion_section(view, self.next_steps))
        if not view.narrowing:
            self.say(t("plain.narrow_none", self.lang))

    def input_ended(self) -> None:
        """End of input: the results that can be computed once the statements are complete
        (with crisis routes first when a safety item was endorsed); nothing is saved."""
        if self.answers and not self.shown:
            self.say(t("plain.ended_early", self.lang))
            self.show_results()
            self.say("")
        self.say(t(self.said_at_end("plain.ended"), self.lang))
        if self.endorsed:
            self.say(t("crisis.help.lead", self.lang))

    @staticmethod
    def said_at_end(key: str) -> str:
        """``key``, or its ``_saved`` form once this run saved something: "nothing was saved"
        must not be said after a save (a shared computer keeps it)."""
        store = sys.modules.get("pulih.core.store.database")
        wrote = store is not None and store.wrote_in_this_process()
        return f"{key}_saved" if wrote else key

    def quick_exit(self) -> None:
        """Clear the screen and its scrollback on a terminal; elsewhere, one line. The person's
        answers stay only in this process's memory, which ends now."""
        if self.out.isatty():
            getattr(self.out, "write_raw", self.out.write)(CLEAR_TERMINAL)
            self.out.flush()
        else:
            self.say("", t(self.said_at_end("plain.quick_exit"), self.lang))

    def saved_result(self, results: Results) -> SavedResult:
        content = self.content
        versions = {q.id: q.version for q in (content.reflection, content.check)}
        return SavedResult(
            datetime.now().astimezone(),
            self.lang,
            versions,
            results,
            self.preferences,
            self.next_steps,
            support_map=self.support_map,
        )

    def store(self, saved: SavedResult) -> int | None:
        """Save (the person has said yes); the saved id, or None when it could not be saved."""
        from pulih.core.files.paths import data_dir  # late-bound: tests replace it
        from pulih.core.store.database import Store  # sqlite3: for the store only
        from pulih.core.store.errors import StoreError  # sqlite3: for the store only

        try:
            with Store.open(data_dir()) as store:
                self.say(*store.report.notices(self.lang))
                saved_id = store.save(saved)
        except StoreError as error:
            self.say(t("save.not_saved", self.lang, reason=error.message(self.lang)))
            return None
        self.say(t("save.done", self.lang))
        if saved.next_steps:  # the proposed check-in date, and where to find the steps again
            when = check_in_for(saved, None)
            if when is not None:
                words = check_in_words(saved, when, False, self.lang)
                self.say(t("plain.check_in", self.lang, words=words))
            if self.remembered.remind is None:
                self.ask_remind()
        return saved_id

    def ask_remind(self) -> None:
        """Once, after the first save with steps: may the opening screen say when steps are
        due? Off unless the person says yes (a shared computer shows it to anyone)."""
        from pulih.core.files.paths import data_dir  # late-bound: tests replace it
        from pulih.core.store.database import Store  # sqlite3: for the store only
        from pulih.core.store.errors import StoreError  # sqlite3: for the store only

        question = f"{t('steps.remind_question', self.lang)} {t('plain.yes_no', self.lang)}"
        yes = self.yes(question, default=False)
        try:
            with Store.open(data_dir()) as store:
                store.set_setting(REMIND_SETTING, "yes" if yes else "no")
        except StoreError as error:
            self.say(t("save.not_saved", self.lang, reason=error.message(self.lang)))
            return
        self.say(t("steps.remind_on" if yes else "steps.remind_off", self.lang))


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
        content = load_content(today, resources, cache_dir() if save else None, only=only)
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(t("crisis.none", lang), file=sys.stderr)
        return 2
    for problem in content.directory.warnings:
        print(f"pulih: {t('resources.ignored', lang, problem=problem)}", file=sys.stderr)

    freeze_loaded()  # the directory lives as long as the session
    session = PlainSession(content, lang, sys.stdin, sys.stdout, today, save, demo)
    return session.run()
