"""Results in words: one view shared by the TUI, ``reflect`` (text, markdown, json) and reports."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from pulih.core.directory.matching import Suggestion
from pulih.core.directory.resources import (
    CrisisRoute,
    Resource,
    contact_line,
    format_phone,
    is_stale,
)
from pulih.core.directory.route_text import route_checked, route_notes
from pulih.core.questionnaire.model import Questionnaire
from pulih.core.questionnaire.scoring import INSUFFICIENT, DistressResult, Results
from pulih.core.text.i18n import Lang, day_month_year, month_year
from pulih.core.text.strings import t

BAR_WIDTH = 20


@dataclass(frozen=True)
class TypeLine:
    id: str
    name: str
    description: str
    score: int | None
    band: str
    band_label: str
    statement: str
    next_step: str | None


@dataclass(frozen=True)
class ResultView:
    """Everything results say, already in the person's language, strengths first."""

    lang: Lang
    strengths: list[TypeLine]
    to_strengthen: list[TypeLine]
    overall: str
    distress: str | None
    referral: str
    referral_level: str
    crisis_first: bool
    routes: list[CrisisRoute]
    suggestions: list[Suggestion]
    today: date
    notice: str | None = None
    """One plain line when nothing in-person is listed near the person's place."""
    narrowing: str = ""
    """The active narrowing in words ("Wilayah: DI Yogyakarta · daring · gratis"), or ""."""


def bar(score: int | None, width: int = BAR_WIDTH) -> str:
    """A bar that reads without colour: full blocks for the score, light shade for the rest."""
    if score is None:
        return "·" * width
    filled = round(score / 100 * width)
    return "█" * filled + "░" * (width - filled)


def _type_line(q: Questionnaire, results: Results, type_id: str, lang: Lang) -> TypeLine:
    subscale = q.subscale_by_id[type_id]
    score = results.support.by_type[type_id]
    band = subscale.scoring.band_for(score.mean) if score.mean is not None else None
    if band is None or score.band == INSUFFICIENT:
        label, statement = (
            t("results.insufficient", lang),
            t("results.insufficient_statement", lang),
        )
    else:
        label = band.label(lang)
        statement = band.statement(lang) if band.statement else ""
    step = subscale.next_step(lang) if subscale.next_step else None
    return TypeLine(
        type_id,
        subscale.name(lang),
        subscale.description(lang),
        score.score,
        score.band,
        label,
        statement,
        step,
    )


def describe(
    results: Results,
    reflection: Questionnaire,
    check: Questionnaire | None,
    routes: list[CrisisRoute],
    lang: Lang,
    suggestions: list[Suggestion] | None = None,
    today: date | None = None,
    *,
    notice: str | None = None,
    narrowing: str = "",
) -> ResultView:
    """Put results into words, strengths first, then what could be strengthened."""
    support = results.support
    strengths = [_type_line(reflection, results, i, lang) for i in support.strengths]
    weaker = [_type_line(reflection, results, i, lang) for i in support.to_strengthen]
    unscored = [
        _type_line(reflection, results, s.id, lang)
        for s in support.by_type.values()
        if s.mean is None
    ]
    overall_band = (
        reflection.total.scoring.band_for(support.overall.mean)
        if reflection.total and support.overall.mean is not None
        else None
    )
    overall = f"{t('results.overall', lang)}: " + (
        f"{support.overall.score} / 100 · {overall_band.label(lang)}"
        if overall_band and support.overall.band != INSUFFICIENT
        else t("results.insufficient", lang)
    )
    distress: str | None = None
    if results.check_taken and check is not None and check.total is not None:
        d = results.distress
        band = next((b for b in check.total.scoring.bands if d and b.id == d.band), None)
        if d is not None and d.total is None and d.answered:
            distress = f"{t('results.distress', lang)}: {partial_distress(d, check, lang)}"
        elif d is None or d.total is None or band is None:
            distress = f"{t('results.distress', lang)}: {t('results.distress_incomplete', lang)}"
        else:
            said = band.statement(lang) if band.statement else ""
            if results.safety.crisis:  # a low score must not read as "all is well" here
                said = t("results.distress_with_safety", lang)
            distress = f"{t('results.distress', lang)}: {band.label(lang)} ({d.total}/12). {said}"
    elif check is not None:
        distress = t("results.check_skipped", lang)
    return ResultView(
        lang,
        strengths,
        weaker + unscored,
        overall,
        distress,
        t(_referral_key(results), lang),
        results.referral,
        results.safety.crisis,
        routes,
        suggestions or [],
        today or date.today(),
        notice,
        narrowing,
    )


def route_lines(route: CrisisRoute, lang: Lang) -> list[str]:
    """A crisis route as lines of text: name, for whom, how to reach it, its caveat, and how
    and when it was checked."""
    resource = route.resource
    name = resource.title(lang)
    same = route.contact.startswith(name)
    head = route.contact if same else f"{name} · {route.contact}"
    lines = [head, f"  {resource.description(lang)}"]
    lines += [f"  {note}" for note in route_notes(route, lang)]
    lines.append(f"  {route_checked(route, lang)}")
    return lines


def entry_checked(resource: Resource, lang: Lang, today: date) -> str:
    """How old what is said of an entry is, honestly: "Sumber terbaru: Jan 2026", or
    "Ditelepon 30 Nov 2026" when someone called; never the day the file was written as if it
    were checked then. Older than 24 months: "may have changed, check before you go"."""
    dated = resource.dated_on()
    if resource.verified == "call":
        text = t("crisis.checked_call", lang, date=day_month_year(resource.assured_date, lang))
    elif dated is not None:
        text = t("suggest.source_date", lang, month=month_year(dated, lang))
    else:
        text = t("suggest.undated", lang)
    return text + (f" · {t('suggest.stale', lang)}" if is_stale(resource, today) else "")


def ask_line(resource: Resource, lang: Lang) -> str:
    """What the person could say when they get there, "" when the entry has no such sentence.
    It is said in Indonesian: in English the Indonesian sentence comes first, its meaning
    beside it ("What you could say (in Indonesian): “Saya ingin …” — meaning: “I would
    like …”")."""
    if resource.ask is None:
        return ""
    if lang == "id":
        return t("suggest.ask", lang, text=resource.ask.id)
    return t("suggest.ask_in_id", lang, text=resource.ask.id, meaning=resource.ask.en)


def suggestion_lines(suggestion: Suggestion, lang: Lang, today: date) -> list[str]:
    """A suggestion as lines: name and kind, why, where it is and how to reach it, the route
    through JKN, and how old it is."""
    resource = suggestion.resource
    kind = t(f"kind.{resource.kind}", lang)
    name = resource.title(lang)
    named = kind.casefold() in name.casefold()  # "Puskesmas", not "Puskesmas · puskesmas"
    lines = [
        name if named else f"{name} · {kind}",
        f"  {suggestion.reason_text()}",
        f"  {resource.description(lang)}",
    ]
    if resource.address:
        lines.append("  " + t("suggest.address", lang, address=resource.address))
    contact = contact_line(resource, lang)
    if contact:
        lines.append("  " + t("suggest.how", lang, contact=contact))
    if suggestion.refers_to:
        lines.append("  " + t("suggest.refers_to", lang, name=suggestion.refers_to))
    if resource.access:
        lines.append(f"  {resource.access(lang)}")
    if resource.how_to_find:
        lines.append("  " + t("suggest.how_to_find", lang, text=resource.how_to_find(lang)))
    if resource.ask:
        lines.append("  " + ask_line(resource, lang))
    if resource.caveat:
        lines.append(f"  {resource.caveat(lang)}")
    lines.append(f"  {entry_checked(resource, lang, today)}")
    return lines


def suggestions_lead(view: ResultView) -> list[str]:
    """What comes before the suggestions: the active narrowing, then the place notice."""
    return [line for line in (view.narrowing, view.notice) if line]


def suggestions_block(view: ResultView, steps: tuple[str, ...] = ()) -> list[str]:
    """The suggestions, numbered; those whose ids are in ``steps`` (chosen as next steps) say
    so under their name, as the TUI marks them."""
    lang = view.lang
    out = suggestions_lead(view)
    if not view.suggestions:
        return [*out, t("suggest.none", lang)]
    later = False
    for number, suggestion in enumerate(view.suggestions, 1):
        if suggestion.later and not later:
            later = True
            out += ["", t("suggest.later", lang)]
        first, *rest = suggestion_lines(suggestion, lang, view.today)
        mine = [f"  ✓ {t('suggest.mine', lang)}"] if suggestion.resource.id in steps else []
        out += [f"{number}. {first}", *mine, *rest]
    return out


@dataclass(frozen=True)
class CrisisPanel:
    """What a crisis panel says, in order, the same in every front end (content-guidelines
    §2-§3): a title, a lead, the steps (what to do now: 119, the IGD, someone you trust), the
    routes (given apart), the busy note, and for the safety panel a prompt to stay safe."""

    title: str
    lead: str
    steps: str
    prompt: str = ""


def crisis_panel(kind: str, lang: Lang, *, skipped: bool = False) -> CrisisPanel:
    """The urgent panel, the safety panel (a safety item endorsed) or help now. ``skipped``:
    the urgent panel came from a question left unanswered, so it does not thank the person for
    their honesty (there was no answer)."""
    if kind == "urgent":
        lead = t("crisis.urgent.lead_skipped" if skipped else "crisis.urgent.lead", lang)
        return CrisisPanel(t("crisis.urgent.title", lang), lead, t("crisis.urgent.steps", lang))
    if kind == "safety":
        return CrisisPanel(
            t("crisis.safety.title", lang),
            t("crisis.safety.lead", lang),
            t("crisis.help.lead", lang),
            t("crisis.safety.prompt", lang),
        )
    return CrisisPanel(t("crisis.help.title", lang), "", t("crisis.help.lead", lang))


def crisis_block(routes: list[CrisisRoute], lang: Lang, *, urgent: bool) -> list[str]:
    """The crisis panel as text: steps first, then at least three routes, then the busy note."""
    lines = [t("crisis.urgent.steps" if urgent else "crisis.help.lead", lang), ""]
    if not routes:
        lines.append(t("crisis.none", lang))
    for route in routes:
        lines.extend(route_lines(route, lang))
    lines += ["", t("crisis.busy", lang)]
    return lines


def crisis_one_line(routes: list[CrisisRoute], lang: Lang, most: int = 3) -> str:
    """The crisis routes in one line, for a screen after the full panel was shown ("Krisis: 119
    · 112 · IGD terdekat · h: semua nomor"): the first phone number of up to ``most`` routes
    for everyone, in the routes' own order (from the data); ``h`` opens the full panel."""
    numbers: list[str] = []
    for route in routes:
        phones = route.resource.shown_phones()
        if route.for_everyone and phones:
            number = format_phone(phones[0], lang)
            if number not in numbers:
                numbers.append(number)
    if not numbers:
        return t("crisis.one_line_none", lang)
    return t("crisis.one_line", lang, contacts=" · ".join(numbers[:most]))


def _type_text(line: TypeLine, lang: Lang, *, step: bool) -> list[str]:
    number = "  -" if line.score is None else f"{line.score:>3}"
    out = [f"{line.name:<34} {bar(line.score)} {number}  {line.band_label}", f"  {line.statement}"]
    if step and line.next_step:
        out.append("  " + t("results.next_step", lang, step=line.next_step))
    return out


def crisis_lines(view: ResultView) -> list[str]:
    """The crisis routes that open the results when a safety item was endorsed (else none)."""
    if not view.crisis_first:
        return []
    lang = view.lang
    urgent = view.referral_level == "urgent"
    return [
        t("results.crisis_first", lang).upper(),
        "",
        *crisis_block(view.routes, lang, urgent=urgent),
    ]


def referral_lines(view: ResultView) -> list[str]:
    """The referral, before the scores as on the TUI's screens (none when the ladder says none:
    its one sentence then follows the scores)."""
    if view.referral_level == "none":
        return []
    return [f"{t('referral.title', view.lang)}: {view.referral}"]


def score_lines(view: ResultView) -> list[str]:
    """The results themselves: strengths first, what could grow, the overall and distress lines."""
    lang = view.lang
    out = [t("results.title", lang), t("results.not_diagnosis", lang), ""]
    out.append(t("results.strengths", lang))
    if not view.strengths:
        out.append("  " + t("results.no_strengths", lang))
    for line in view.strengths:
        out += ["  " + x for x in _type_text(line, lang, step=False)]
    if view.to_strengthen:
        out += ["", t("results.strengthen", lang)]
        for line in view.to_strengthen:
            out += ["  " + x for x in _type_text(line, lang, step=True)]
    out += ["", t("results.not_validated", lang), view.overall]
    if view.distress:
        out += [view.distress]
    if view.referral_level == "none":
        out += ["", f"{t('referral.title', lang)}: {view.referral}"]
    return out


def suggestion_section(view: ResultView, steps: tuple[str, ...] = ()) -> list[str]:
    """The suggestions with their heading (the active narrowing and place notice first)."""
    return [t("suggest.title", view.lang), *suggestions_block(view, steps)]


def render_text(view: ResultView, *, routes_just_shown: bool = False) -> str:
    """Plain text in the TUI's order: crisis routes (when a safety item was endorsed), the
    referral, the results, then the suggestions. ``routes_just_shown``: the urgent panel with
    every route came just before (the line mode), so they are one line here, not all again."""
    out: list[str] = []
    crisis = crisis_lines(view)
    if crisis and routes_just_shown:
        crisis = [crisis_one_line(view.routes, view.lang)]
    for part in (crisis, referral_lines(view), score_lines(view)):
        if part:
            out += [*part, ""]
    out += [*suggestion_section(view), "", t("results.recheck", view.lang)]
    return "\n".join(out) + "\n"


def render_markdown(view: ResultView) -> str:
    """Markdown for a note: the same content as the text, with headings."""
    lang = view.lang
    out: list[str] = []
    if view.crisis_first:
        out += [f"## {t('results.crisis_first', lang)}", ""]
        for line in crisis_block(view.routes, lang, urgent=view.referral_level == "urgent"):
            out.append(line.replace("\n", "  \n") if line and not line.startswith("  ") else line)
        out.append("")
    out += [f"# {t('results.title', lang)}", "", f"*{t('results.not_diagnosis', lang)}*", ""]

    def table(lines: list[TypeLine], step: bool) -> list[str]:
        rows = ["| | | |", "|---|---:|---|"]
        notes = []
        for line in lines:
            score = "–" if line.score is None else str(line.score)
            rows.append(f"| {line.name} | {score} | {line.band_label} |")
            note = f"- **{line.name}**: {line.statement}"
            if step and line.next_step:
                note += " " + t("results.next_step", lang, step=line.next_step)
            notes.append(note)
        return [*rows, "", *notes, ""]

    out += [f"## {t('results.strengths', lang)}", ""]
    out += table(view.strengths, False) if view.strengths else [t("results.no_strengths", lang), ""]
    if view.to_strengthen:
        out += [f"## {t('results.strengthen', lang)}", ""] + table(view.to_strengthen, True)
    out += [f"*{t('results.not_validated', lang)}*", "", view.overall, ""]
    if view.distress:
        out += [view.distress, ""]
    out += [f"## {t('referral.title', lang)}", "", view.referral, ""]
    out += [f"## {t('suggest.title', lang)}", ""]
    for line in suggestions_block(view):
        out.append(("   " + line.strip()) if line.startswith("  ") else line)
    out += ["", t("results.recheck", lang)]
    return "\n".join(out) + "\n"


def results_json(
    results: Results,
    routes: list[CrisisRoute],
    lang: Lang,
    suggestions: list[dict[str, object]] | None = None,
) -> dict[str, object]:
    """The JSON contract of design.md §4."""
    support = {
        type_id: {"score": score.score, "band": score.band, "answered": score.answered}
        for type_id, score in results.support.by_type.items()
    }
    distress = None
    d = results.distress
    if d is not None and (d.total is not None or d.answered):
        distress = {
            "total": d.total,
            "band": d.band,
            "depression": d.parts.get("depression"),
            "anxiety": d.parts.get("anxiety"),
            "total_at_least": d.total_at_least,
            "skipped": list(d.skipped),
        }
    contacts = [
        {
            "id": route.resource.id,
            "name": route.resource.title(lang),
            "contact": route.contact,
            "assured_date": route.resource.assured_date.isoformat(),
            "verified": route.resource.verified,
            "source_date": _iso(route.resource.source_date),
            "caveat": route.resource.caveat(lang) if route.resource.caveat else None,
            "audience": list(route.resource.audience),
        }
        for route in routes
    ]
    return {
        "support": support,
        "distress": distress,
        "safety": {"crisis": results.safety.crisis},
        "referral": results.referral,
        "suggestions": suggestions or [],
        "crisis_contacts": contacts if results.safety.crisis else [],
    }


def partial_distress(d: DistressResult, check: Questionnaire, lang: Lang) -> str:
    """The check with items skipped, honestly: how many, and what the answers already show
    (a lower bound, and the band it already reaches when that band calls for help)."""
    count = d.answered + len(d.skipped)
    said = t(
        "results.distress_partial", lang, skipped=len(d.skipped), count=count, low=d.total_at_least
    )
    band = check.total.scoring.band_for(d.total_at_least) if check.total else None
    if band is not None and band.referral != "none":
        said += " " + t("results.distress_at_least", lang, band=band.label(lang))
    return said


def _referral_key(results: Results) -> str:
    """The referral sentence: at ``strong`` after an endorsed safety item, "within days", as the
    safety panel said (content-guidelines §2); otherwise the level's own sentence."""
    if results.referral == "strong" and results.safety.crisis:
        return "referral.strong_safety"
    return f"referral.{results.referral}"


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def render_json(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
