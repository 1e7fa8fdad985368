"""``pulih check`` and ``pulih reflect``: the command-line front ends over the core."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from pulih.core.i18n import Lang
from pulih.core.problems import DataError, Problem

EXIT_BAD_INPUT = 2


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def check(paths: list[Path], today: date) -> int:
    """Validate questionnaire and resource files; 0 when valid, 2 when not."""
    from pulih.core.data import questionnaire_dir, resources_file
    from pulih.core.loading import read_toml
    from pulih.core.questionnaire import parse_questionnaire
    from pulih.core.resources import check_directory

    if not paths:
        paths = [*sorted(questionnaire_dir().glob("*.toml")), resources_file()]
    failed = False
    for path in paths:
        if path.is_dir():
            print(
                f"{path}: file: is a folder; name the files (e.g. {path}/*.toml)", file=sys.stderr
            )
            failed = True
            continue
        try:
            data, text = read_toml(path)
            if "resource" in data:
                directory, problems = check_directory(path, data, text, today)
                _report(problems)
                if directory is None:
                    failed = True
                    continue
                shown = len(directory.shown())
                print(f"{path}: ok ({len(directory.resources)} entries, {shown} shown)")
            else:
                questionnaire = parse_questionnaire(path, data, text)
                print(
                    f"{path}: ok ({questionnaire.id} {questionnaire.version}, "
                    f"{len(questionnaire.items)} items)"
                )
        except DataError as error:
            _report(error.problems)
            failed = True
    return EXIT_BAD_INPUT if failed else 0


def reflect(
    answers_path: Path,
    fmt: str,
    lang: str,
    resources: Path | None,
    today: date,
    save: bool = True,
) -> int:
    """Score an answers file and print the results as text, json or markdown."""
    from pulih.core.answers import load_answers
    from pulih.core.content import load_content
    from pulih.core.matching import MatchIndex, Need, match_resources, suggestions_json
    from pulih.core.paths import cache_dir
    from pulih.core.report import describe, render_json, render_markdown, render_text, results_json
    from pulih.core.resources import crisis_routes
    from pulih.core.scoring import evaluate

    language: Lang = "id" if lang == "id" else "en"
    try:
        content = load_content(today, resources, cache_dir() if save else None)
        answer_file = load_answers(answers_path, content.questionnaires)
    except DataError as error:
        _report(error.problems)
        return EXIT_BAD_INPUT
    results = evaluate(content.reflection, content.check, answer_file.answers)
    prefs = answer_file.preferences
    routes = crisis_routes(content.directory.crisis, today, language, prefs.region or None)
    need = Need.from_support(results.support, results.referral)
    suggestions = match_resources(MatchIndex(content.directory), need, prefs, language)
    if fmt == "json":
        data = results_json(results, routes, language, suggestions_json(suggestions))
        sys.stdout.write(render_json(data))
        return 0
    view = describe(
        results, content.reflection, content.check, routes, language, suggestions, today
    )
    sys.stdout.write(render_markdown(view) if fmt == "markdown" else render_text(view))
    return 0
