"""Everything pulih reads: the bundled (or a partner's) questionnaires and resource directory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pulih.core.directory.catalogue import Catalogue, load_catalogue
from pulih.core.files.data import bundled_layers, questionnaire_dir, resources_file
from pulih.core.questionnaire.model import Questionnaire, load_questionnaires
from pulih.core.questionnaire.problems import DataError, Problem


@dataclass(frozen=True)
class Content:
    reflection: Questionnaire
    check: Questionnaire
    directory: Catalogue

    @property
    def questionnaires(self) -> dict[str, Questionnaire]:
        return {self.reflection.id: self.reflection, self.check.id: self.check}


def directory_files(resources: Path | Sequence[Path] | None, only: bool = False) -> list[Path]:
    """The directory files in layering order: the bundled ones (resources.toml, then its
    bundled layers), then the partners' (none of the bundled ones with ``only``)."""
    partners = [resources] if isinstance(resources, Path) else list(resources or ())
    return partners if only else [resources_file(), *bundled_layers(), *partners]


def load_content(
    today: date,
    resources: Path | Sequence[Path] | None = None,
    cache_dir: Path | None = None,
    *,
    only: bool = False,
) -> Content:
    """Load and validate the questionnaires and the directory; DataError says what is wrong.

    ``resources`` are partner files layered over the bundled directory (used alone with
    ``only``). ``cache_dir`` keeps the validated directory for a fast next start; None writes
    nothing.
    """
    folder = questionnaire_dir()
    questionnaires = load_questionnaires(folder)
    by_role: dict[str, Questionnaire] = {}
    for questionnaire in questionnaires.values():
        by_role.setdefault(questionnaire.role, questionnaire)
    missing = [role for role in ("support", "check") if role not in by_role]
    if missing:
        raise DataError(
            [
                Problem(str(folder), None, "role", f"no questionnaire with role {r!r}")
                for r in missing
            ]
        )
    directory = load_catalogue(directory_files(resources, only), today, cache_dir, only=only)
    return Content(by_role["support"], by_role["check"], directory)
