"""A one-page note to bring to a Puskesmas, a counsellor or a link worker (Markdown or HTML)."""

from __future__ import annotations

import contextlib
import errno
import html
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from pulih.core.directory.matching import Suggestion
from pulih.core.directory.resources import CrisisRoute, Resource, contact_line
from pulih.core.directory.route_text import route_checked, route_notes
from pulih.core.mapplan.mapplan_text import map_lines, plan_lines
from pulih.core.mapplan.mapsvg import map_svg
from pulih.core.mapplan.safetyplan import SECTIONS, SafetyPlan, plan_from_data, plan_to_data
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.report.view import (
    ResultView,
    TypeLine,
    ask_line,
    entry_checked,
    route_lines,
    suggestion_lines,
    suggestions_lead,
)
from pulih.core.store.record import SavedResult
from pulih.core.store.steps import StepOutcome, check_in_words, outcome_label
from pulih.core.text.i18n import Lang
from pulih.core.text.printable import printable
from pulih.core.text.strings import t


@dataclass(frozen=True)
class Note:
    """What the note says, in the person's language."""

    view: ResultView
    saved: SavedResult
    steps: list[Resource]
    include_map: bool = False
    check_in: date | None = None
    """When the person means to check in on their steps (shown whenever steps were chosen)."""
    outcomes: dict[str, StepOutcome] = field(default_factory=dict)
    """How each step went: needs → what was tried → how it went, only if the person chose."""
    check_in_kept: bool = False
    """The check-in date was kept by the person (else it is only proposed)."""
    clinician: bool = False
    """The person chose to add a line for a clinician: the safety questions were answered yes,
    and when (off by default; only when a safety item was endorsed)."""

    @property
    def lang(self) -> Lang:
        return self.view.lang


def _date(note: Note) -> str:
    return note.saved.created.strftime("%Y-%m-%d %H:%M")


def _type(line: TypeLine) -> str:
    score = "–" if line.score is None else f"{line.score}/100"
    return f"{line.name}: {score} · {line.band_label}. {line.statement}"


_MARKDOWN = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#|~"} | {"&": "&amp;"})


def markdown_text(text: str) -> str:
    """A person's own words (a note, a plan part, a nickname) inside Markdown: one line, and
    every character Markdown or HTML would act on shown as itself (``<script>`` stays text)."""
    return " ".join(text.split()).translate(_MARKDOWN)


def fence(lines: list[str]) -> list[str]:
    """``lines`` in a code block whose fence no line can close (a nickname of backticks)."""
    runs = [len(run) for line in lines for run in re.findall(r"`+", line)]
    ticks = "`" * max(3, 1 + max(runs, default=0))
    return [ticks, *lines, ticks]


def _step(note: Note, resource: Resource) -> str:
    """A chosen step as the suggestions show it (one line): where it is, how to reach it (or,
    for a kind of place, how to find one and what to say), where a Puskesmas refers, the JKN
    route, and how old it is ("Sumber terbaru", never the day the file was written)."""
    lang = note.lang
    parts = [resource.title(lang)]
    if resource.address:
        parts.append(t("suggest.address", lang, address=resource.address))
    contact = contact_line(resource, lang)
    if contact:
        parts.append(t("suggest.how", lang, contact=contact))
    elif resource.how_to_find is not None:
        parts.append(resource.how_to_find(lang))
    if resource.ask is not None and not contact:
        parts.append(ask_line(resource, lang))
    refers_to = next(
        (s.refers_to for s in note.view.suggestions if s.resource.id == resource.id), None
    )
    if refers_to:
        parts.append(t("suggest.refers_to", lang, name=refers_to))
    if resource.access:
        parts.append(resource.access(lang))
    if resource.caveat:
        parts.append(resource.caveat(lang))
    return " · ".join(parts) + f" ({entry_checked(resource, lang, note.view.today)})"


def _chosen(note: Note, resource: Resource, words: Callable[[str], str]) -> str:
    """A chosen step, then how it went (when the person chose to include outcomes), the
    person's note passed through ``words`` (escaped for Markdown, or kept for HTML)."""
    line = _step(note, resource)
    outcome = note.outcomes.get(resource.id)
    if outcome is None:
        return line

    said = outcome_label(outcome.outcome, note.lang)
    said += f" ({t('steps.updated', note.lang, date=outcome.updated.isoformat())})"
    if outcome.note:
        said += f': "{words(printable(outcome.note))}"'
    return f"{line} — {said}"


def _check_in(note: Note) -> str:
    if note.check_in is None or not note.steps:
        return ""

    return check_in_words(note.saved, note.check_in, note.check_in_kept, note.lang)


def _routes_after(note: Note) -> bool:
    """At strong or urgent the note carries the crisis routes even when no safety item was
    endorsed (then they open the note): after the referral, under "if things get worse"."""
    view = note.view
    return not view.crisis_first and view.referral_level in ("strong", "urgent")


def _clinician_line(note: Note) -> str:
    """The opt-in line for a clinician: what was answered and when, never a judgement."""
    if not note.clinician or not note.saved.results.safety.crisis:
        return ""
    return t("export.clinician", note.lang, date=note.saved.created.strftime("%Y-%m-%d"))


def _other_suggestions(note: Note) -> list[Suggestion]:
    """The matched services not already chosen as steps (those are listed, in full, above)."""
    chosen = {resource.id for resource in note.steps}
    return [s for s in note.view.suggestions if s.resource.id not in chosen]


def note_markdown(note: Note) -> str:
    lang, view = note.lang, note.view
    out = [
        f"# {t('export.title', lang)}",
        "",
        f"**{t('export.date', lang)}:** {_date(note)}  ",
        f"*{t('results.not_diagnosis', lang)}*",
        "",
        t("export.for", lang),
        "",
    ]
    # the order of the screen: crisis routes, the referral, the results, then the rest
    if view.crisis_first:
        out += [f"## {t('results.crisis_first', lang)}", ""]
        for route in view.routes:
            first, *rest = route_lines(route, lang)
            out.append(f"- **{first}** — " + " · ".join(line.strip() for line in rest))
        out.append("")
    referral = [f"## {t('export.referral', lang)}", "", view.referral, ""]
    if _clinician_line(note):
        referral[-1:] = ["", f"*{_clinician_line(note)}*", ""]
    if view.referral_level != "none":
        out += referral
    if _routes_after(note):
        out += [f"## {t('export.crisis_routes', lang)}", ""]
        for route in view.routes:
            first, *rest = route_lines(route, lang)
            out.append(f"- **{first}** — " + " · ".join(line.strip() for line in rest))
        out.append("")
    out += [f"## {t('export.support', lang)}", ""]
    out += [f"- {_type(line)}" for line in view.strengths + view.to_strengthen]
    out += ["", f"*{t('results.not_validated', lang)}*", "", view.overall, ""]
    if view.distress:
        out += [view.distress, ""]
    if view.referral_level == "none":
        out += referral
    if note.include_map and note.saved.support_map.ties:
        out += [f"## {t('export.map', lang)}", ""]
        out += [*fence(map_lines(note.saved.support_map, lang)), ""]
    out += [f"## {t('export.steps', lang)}", ""]
    chosen = [f"- {_chosen(note, r, markdown_text)}" for r in note.steps]
    out += chosen or [t("export.no_steps", lang)]
    if _check_in(note):
        out += ["", _check_in(note)]
    out += ["", f"## {t('export.contacts', lang)}", ""]
    out += [f"{line}  " for line in suggestions_lead(view)]
    later = False
    for suggestion in _other_suggestions(note):
        if suggestion.later and not later:
            later = True
            out += ["", f"**{t('suggest.later', lang)}**", ""]
        first, *rest = suggestion_lines(suggestion, lang, view.today)
        out.append(f"- **{first}**  ")
        out += [f"  {line.strip()}  " for line in rest]
    out += ["", "---", t("export.made_by", lang), ""]
    return "\n".join(out)


def _map_html(note: Note) -> str:
    """The map drawn (the same rings as on screen), when the person chose to include it."""
    if not note.include_map or not note.saved.support_map.ties:
        return ""
    drawing = map_svg(note.saved.support_map, note.lang)
    return f"<div class='map'><h2>{html.escape(t('export.map', note.lang))}</h2>{drawing}</div>"


PRINT_CSS = """
@page { size: A4; margin: 12mm 14mm; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt;
       line-height: 1.3; color: #111; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 15pt; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 8pt 0 2pt; border-bottom: 1px solid #999; }
p, ul { margin: 3pt 0; } li { margin: 1pt 0; }
table { border-collapse: collapse; width: 100%; }
td { padding: 2pt 4pt; border-bottom: 1px solid #ddd; vertical-align: top; }
.num { text-align: right; white-space: nowrap; } .muted { color: #444; font-size: 8.5pt; }
.notice { font-weight: bold; }
.map { float: right; width: 66mm; margin: 4pt 0 4pt 8pt; break-inside: avoid; }
.map h2 { margin-top: 0; } .map svg { width: 100%; height: auto; display: block; }
h2 { overflow: hidden; }
"""


def note_html(note: Note) -> str:
    lang, view = note.lang, note.view
    e = html.escape

    def rows(lines: list[TypeLine]) -> str:
        out = []
        for line in lines:
            score = "–" if line.score is None else str(line.score)
            out.append(
                f"<tr><td><b>{e(line.name)}</b><br><span class='muted'>{e(line.statement)}</span>"
                f"</td><td class='num'>{score}/100</td><td>{e(line.band_label)}</td></tr>"
            )
        return "".join(out)

    steps = "".join(f"<li>{e(_chosen(note, r, str))}</li>" for r in note.steps)
    check_in = f"<p>{e(_check_in(note))}</p>" if _check_in(note) else ""
    contacts = []
    later = False
    for suggestion in _other_suggestions(note):
        if suggestion.later and not later:
            later = True
            contacts.append(f"</ul><p class='later'><b>{e(t('suggest.later', lang))}</b></p><ul>")
        first, *rest = suggestion_lines(suggestion, lang, view.today)
        details = " · ".join(e(line.strip()) for line in rest)
        contacts.append(f"<li><b>{e(first)}</b><br><span class='muted'>{details}</span></li>")
    lead = "".join(f"<p>{e(line)}</p>" for line in suggestions_lead(view))
    routes = "".join(
        f"<li><b>{e(r.resource.title(lang))}</b> · {e(r.contact)}<br><span class='muted'>"
        + e(" · ".join([*route_notes(r, lang), route_checked(r, lang)]))
        + "</span></li>"
        for r in view.routes
    )
    crisis = ""
    if view.crisis_first:
        crisis = f"<h2>{e(t('results.crisis_first', lang))}</h2><ul>{routes}</ul>"
    # the order of the screen: crisis routes, the referral, the results, then the rest
    referral = f"<h2>{e(t('export.referral', lang))}</h2><p>{e(view.referral)}</p>"
    if _clinician_line(note):
        referral += f"<p><i>{e(_clinician_line(note))}</i></p>"
    if _routes_after(note):
        referral += f"<h2>{e(t('export.crisis_routes', lang))}</h2><ul>{routes}</ul>"
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{e(t("export.title", lang))}</title><style>{PRINT_CSS}</style></head>
<body>
<h1>{e(t("export.title", lang))}</h1>
<p>{e(t("export.date", lang))}: {e(_date(note))}</p>
<p class="notice">{e(t("results.not_diagnosis", lang))}</p>
<p class="muted">{e(t("export.for", lang))}</p>
{crisis}
{referral if view.referral_level != "none" else ""}
<h2>{e(t("export.support", lang))}</h2>
<table>{rows(view.strengths + view.to_strengthen)}</table>
{_map_html(note)}
<p class="muted">{e(t("results.not_validated", lang))}</p>
<p>{e(view.overall)}</p>
{f"<p>{e(view.distress)}</p>" if view.distress else ""}
{referral if view.referral_level == "none" else ""}
<h2>{e(t("export.steps", lang))}</h2>
{f"<ul>{steps}</ul>" if steps else f"<p>{e(t('export.no_steps', lang))}</p>"}{check_in}
<h2>{e(t("export.contacts", lang))}</h2>{lead}<ul>{"".join(contacts)}</ul>
<p class="muted">{e(t("export.made_by", lang))}</p>
</body></html>
"""


def plan_markdown(
    plan: SafetyPlan, routes: list[CrisisRoute], support_map: SupportMap, lang: Lang
) -> str:
    """The safety plan as its own one-page note (the person's words escaped for Markdown)."""
    safe = plan_from_data({k: markdown_text(v) for k, v in plan_to_data(plan).items()})
    people = SupportMap(
        tuple(replace(tie, nickname=markdown_text(tie.nickname)) for tie in support_map.ties)
    )
    lines = [f"# {t('plan.title', lang)}", "", t("plan.lead", lang), ""]
    lines += [f"{line}  " for line in plan_lines(safe, routes, people, lang)]
    return "\n".join([*lines, "", "---", t("export.made_by", lang), ""])


def plan_html(
    plan: SafetyPlan, routes: list[CrisisRoute], support_map: SupportMap, lang: Lang
) -> str:
    e = html.escape
    lines = [e(line) for line in plan_lines(plan, routes, support_map, lang)]
    if support_map.ties:
        # the map drawn at the end of "people I can ask", before the next part begins

        after = f"{SECTIONS.index('people') + 2}. "
        at = next((i for i, line in enumerate(lines) if line.startswith(after)), len(lines))
        lines.insert(at, f"<span class='plan-map'>{map_svg(support_map, lang, size=280)}</span>")
    body = "<br>".join(lines)
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(t("plan.title", lang))}</title>
<style>{PRINT_CSS} .plan {{ font-size: 11pt; line-height: 1.5; }}
.plan-map svg {{ width: 62mm; height: auto; display: block; margin: 2pt 0 0 12pt; }}</style></head>
<body><h1>{e(t("plan.title", lang))}</h1><p class="muted">{e(t("plan.lead", lang))}</p>
<p class="plan">{body}</p><p class="muted">{e(t("export.made_by", lang))}</p></body></html>
"""


def write_private(path: Path, text: str, *, replace: bool = False) -> None:
    """Write ``text`` to ``path`` as a 0600 file.

    An existing file is never replaced unless ``replace`` (:class:`FileExistsError`): a path
    typed by the person may name their own work, and a note pulih records is one ``forget``
    deletes later. A device (``/dev/null``), a folder or a pipe is refused, never swapped for a
    note. A new file is created exclusively (``O_EXCL``), so a file appearing meanwhile is not
    replaced either; one that cannot be written whole is removed. Written as UTF-8 bytes, so
    the file is the same on every platform (Windows' text mode would turn each newline into
    CR LF, and the fingerprint pulih records would no longer match)."""
    data = text.encode("utf-8")
    if path.exists() and not path.is_file():
        raise OSError(errno.EINVAL, "not a regular file; name a new or existing file", str(path))
    if not replace:
        if path.exists() or path.is_symlink():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        handle = os.open(path, flags, 0o600)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(path, 0o600)  # whatever the umask
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(path)
            raise
        return
    folder = path.resolve().parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def free_path(path: Path) -> Path:
    """``path``, or the first of ``name-2.ext``, ``name-3.ext``, ... that does not exist yet (two
    notes made in the same minute both keep their file)."""
    candidate, n = path, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def note_path(folder: Path, created: datetime, lang: Lang = "id") -> Path:
    """Where a note goes unless the person chooses: ``folder/pulih-catatan-YYYY-MM-DD-HHMM.html``
    (in English ``pulih-note-...``; forget's words name both)."""
    stem = "pulih-catatan" if lang == "id" else "pulih-note"
    return (folder / f"{stem}-{created.strftime('%Y-%m-%d-%H%M')}.html").absolute()


def chosen_place(typed: str, current: Path) -> Path | None:
    """The place the person typed for a note (``~`` expanded, relative to the home folder, a
    folder keeps ``current``'s file name); None when nothing was typed."""
    if not typed.strip():
        return None
    place = Path(os.path.expanduser(typed.strip()))
    if not place.is_absolute():
        place = Path.home() / place
    if place.is_dir():
        place = place / current.name
    return place
