"""``--plain``: Langkah saya (issue 25), as the TUI's My steps screen and ``pulih steps`` show it:
every open step of every saved result, numbered, then "Coba juga" numbered after them. A step's
number records how it went (1-4, then an optional note); a suggestion's number takes it as a
step. Each change is stored at once through the core's ``marking`` / ``taking``, the same
writes the TUI and ``pulih steps mark|take`` make; nothing is read or written without a store
the person already made by saving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulih.core.store.followup import Followup, marking, open_step_lines, taking
from pulih.core.store.steps import NOTE_MAX, OUTCOMES, StepInputError, clean_note, outcome_label
from pulih.core.text.strings import t
from pulih.plain.io import PlainIO, as_number

if TYPE_CHECKING:
    from collections.abc import Callable

    from pulih.core.store.database import Store
    from pulih.core.store.steps import Alternative, StepView


def read_followup(session: PlainIO, chosen_here: bool = False) -> Followup | None:
    """Every saved result with its outcomes (None, said once, when there is nothing to show or
    the store cannot be read). ``chosen_here``: steps were chosen in this session, not saved
    yet (they join My steps once saved, and that is what is said)."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store, store_exists  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    lang = session.lang
    if not session.save:
        session.say(t("steps.no_save", lang))
        return None
    first = t("plain.steps_after_save" if chosen_here else "steps.save_first", lang)
    if not store_exists(data_dir()):
        session.say(first)
        return None
    try:
        with Store.open_to_read(data_dir()) as store:
            follow = Followup.read(store)
    except StoreError as error:
        session.say(t("read.failed", lang, reason=error.message(lang)))
        return None
    if not any(result.next_steps for result in follow.saved):
        session.say(first)
        return None
    return follow


def store_change(session: PlainIO, write: Callable[[Store], None]) -> bool:
    """One change on the existing store; False (said in one line, nothing lost on screen)
    when it is locked, full or unreadable."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    try:
        with Store.open(data_dir()) as store:
            write(store)
    except StoreError as error:
        session.say(t("save.not_saved", session.lang, reason=error.message(session.lang)))
        return False
    return True


BACK = ("", "b", "kembali", "back")
"""What goes back from My steps (Enter alone, or b as at the questions)."""


def my_steps(session: PlainIO, chosen_here: bool = False) -> Followup | None:
    """The list, then a number at a time until Enter (or b) goes back; the follow-up as it is
    after the changes (None when there was nothing to show). The list is said again after a
    change (its numbers may have moved), not after a mistyped answer."""
    follow = read_followup(session, chosen_here)
    if follow is None:
        return None
    lang, today = session.lang, session.today
    content = session.content
    changed = True
    while True:
        steps = follow.open_steps(content.directory, lang)
        others = follow.alternatives(content, lang, today)
        count = len(steps) + len(others)
        if changed:
            session.say("", t("steps.title", lang).upper())
            session.say(*open_step_lines(steps, others, lang, today, numbered=True))
        if not count:
            return follow
        prompt = "plain.steps_pick" if others else "plain.steps_pick_steps"
        if not steps:
            prompt = "plain.steps_pick_others"
        answer = session.ask(t(prompt, lang))
        if answer in BACK:
            return follow
        chosen = as_number(answer)
        changed = False
        if chosen is None or not 1 <= chosen <= count:
            session.say(t("plain.steps_invalid", lang, choices=f"1–{count}"))
            continue
        if chosen <= len(steps):
            step = steps[chosen - 1]
            after = _mark(session, follow, step.result_id, step.view)
        else:
            after = _take(session, follow, others[chosen - len(steps) - 1])
        if after is not None:
            follow, changed = after, True


def _take(session: PlainIO, follow: Followup, other: Alternative) -> Followup | None:
    """A "Coba juga" suggestion becomes a step, with its own check-in date, once the person
    says yes to its name (a number typed from an older list would take another one)."""
    lang = session.lang
    name = other.suggestion.resource.title(lang)
    if not session.yes(t("plain.steps_take", lang, name=name), default=True):
        return None
    change = taking(follow, other, session.today)
    if not store_change(session, change.write):
        return None
    session.say(t("steps.taken", lang, id=other.result_id, name=name))
    return change.after


def _mark(session: PlainIO, follow: Followup, result_id: int, view: StepView) -> Followup | None:
    """How the step went (1-4), an optional note (Enter keeps the one written before), stored
    at once."""
    lang = session.lang
    labels = " · ".join(
        f"{number} {outcome_label(outcome, lang)}" for number, outcome in enumerate(OUTCOMES, 1)
    )
    session.say("", view.name, t("plain.steps_outcome", lang, choices=labels))
    while True:
        answer = session.ask(t("plain.answer", lang))
        if answer in BACK:
            return None
        number = as_number(answer)
        if number is not None and 1 <= number <= len(OUTCOMES):
            break
        session.say(t("plain.steps_invalid", lang, choices=f"1–{len(OUTCOMES)}"))
    outcome = OUTCOMES[number - 1]
    earlier = view.outcome.note if view.outcome is not None else ""
    if earlier:
        session.say(t("plain.steps_note_before", lang, note=earlier))
    while True:  # the note as pulih steps mark takes it: a control character or too long is said
        try:
            note = clean_note(session.read(t("plain.steps_note", lang, max=NOTE_MAX)))
            break
        except StepInputError as error:
            session.say(error.message(lang))
    change = marking(follow, result_id, view.id, outcome, note, session.today)
    if not store_change(session, change.write):
        return None
    session.say(t("steps.marked", lang, name=view.name, outcome=outcome_label(outcome, lang)))
    return change.after
