"""Then and now: how each support type and the wellbeing check changed over saved results."""

from __future__ import annotations

from dataclasses import dataclass

from pulih.core.mapplan.mapplan_text import change_lines
from pulih.core.mapplan.supportmap import map_change
from pulih.core.questionnaire.model import Questionnaire
from pulih.core.report.charts import maps_side_by_side, score_table
from pulih.core.store.record import SavedResult
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

SPARKS = "▁▂▃▄▅▆▇█"


def spark(values: list[int | None]) -> str:
    """A sparkline that also reads without colour; a skipped value is a dot."""
    return "".join(
        "·" if v is None else SPARKS[min(len(SPARKS) - 1, v * len(SPARKS) // 101)] for v in values
    )


@dataclass(frozen=True)
class Trend:
    id: str
    name: str
    values: list[int | None]

    @property
    def first(self) -> int | None:
        return next((v for v in self.values if v is not None), None)

    @property
    def last(self) -> int | None:
        return next((v for v in reversed(self.values) if v is not None), None)

    def change(self) -> str:
        """First → last (difference); with one score, just that score."""
        if self.first is None or self.last is None:
            return ""
        if sum(v is not None for v in self.values) == 1:
            return str(self.last)
        delta = self.last - self.first
        return f"{self.first} → {self.last} ({delta:+d})"


def trends(saved: list[SavedResult], reflection: Questionnaire, lang: Lang) -> list[Trend]:
    """One trend per support type, oldest result first."""
    return [
        Trend(
            s.id,
            s.name(lang),
            [
                r.results.support.by_type[s.id].score if s.id in r.results.support.by_type else None
                for r in saved
            ],
        )
        for s in reflection.subscales
    ]


def distress_labels(saved: list[SavedResult], check: Questionnaire, lang: Lang) -> list[str]:
    """The wellbeing-check band of each result, or "skipped"."""
    bands = {b.id: b.label(lang) for b in (check.total.scoring.bands if check.total else [])}
    out = []
    for result in saved:
        d = result.results.distress
        if not result.results.check_taken or d is None or d.band is None:
            out.append(t("history.skipped", lang))
        else:
            out.append(f"{bands.get(d.band, d.band)} ({d.total}/12)")
    return out


def referral_label(level: str, lang: Lang) -> str:
    """The referral level in the person's words, never the raw ``urgent``/``none``."""
    return t(f"history.referral.{level}", lang)


def safety_over_time(saved: list[SavedResult], lang: Lang) -> str | None:
    """Whether a safety question was answered yes, result by result (only results with the
    check), for the person's own eyes; None when no saved result took the check."""
    marks = [
        t("history.safety_yes" if r.results.safety.crisis else "history.safety_no", lang)
        for r in saved
        if r.results.check_taken
    ]
    if not marks:
        return None
    return t("history.safety", lang, marks=" → ".join(marks[-6:]))


def history_text(
    saved: list[SavedResult], reflection: Questionnaire, check: Questionnaire, lang: Lang
) -> str:
    """The history as plain text: each result by date, then then-vs-now per type."""
    if not saved:
        return t("history.none", lang) + "\n"
    out = [t("history.title", lang), ""]
    labels = distress_labels(saved, check, lang)
    names = {s.id: t(f"type.{s.id}", lang) for s in reflection.subscales}
    for result, label in zip(saved, labels, strict=True):
        parts = []
        for type_id, score in result.results.support.by_type.items():
            parts.append(
                f"{names.get(type_id, type_id)} {'–' if score.score is None else score.score}"
            )
        when = result.created.strftime("%Y-%m-%d %H:%M")
        out.append(f"#{result.id}  {when}  " + " · ".join(parts))
        referral = referral_label(result.results.referral, lang)
        out.append(f"      {t('results.distress', lang)}: {label} · {referral}")
    out += ["", t("history.then_now", lang)]
    for trend in trends(saved, reflection, lang):
        out.append(f"  {trend.name:<34} {spark(trend.values):<12} {trend.change()}")
    safety = safety_over_time(saved, lang)
    if safety:
        out += [f"  {safety}"]
    chart = score_chart(saved, reflection, lang, width=78)
    if chart:
        out += ["", t("history.chart", lang), *(f"  {line}" for line in chart)]
    changes = map_then_now(saved, lang)
    if changes:
        out += ["", t("history.map", lang), *(f"  {line}" for line in changes)]
    drawings = map_drawings(saved, lang, width=78)
    if drawings:
        out += ["", *(f"  {line}" for line in drawings)]
    return "\n".join(out) + "\n"


def score_chart(
    saved: list[SavedResult], reflection: Questionnaire, lang: Lang, width: int
) -> list[str]:
    """Each type's score per saved result, with its date (core/report/charts.py)."""
    scores = {trend.id: trend.values for trend in trends(saved, reflection, lang)}
    return score_table([r.created for r in saved], scores, lang, width)


def map_drawings(saved: list[SavedResult], lang: Lang, width: int, height: int = 9) -> list[str]:
    """The first and the latest saved map drawn side by side ([] under two maps or when the
    width cannot hold both)."""
    maps = [(r.created, r.support_map) for r in saved if r.support_map.ties]
    if len(maps) < 2:
        return []
    return maps_side_by_side(maps[0], maps[-1], lang, width, height)


def map_then_now(saved: list[SavedResult], lang: Lang) -> list[str]:
    """How the support map changed from the first saved map to the latest (none if under two)."""
    maps = [r.support_map for r in saved if r.support_map.ties]
    if len(maps) < 2:
        return []
    return change_lines(map_change(maps[0], maps[-1]), lang)
