"""Where the bundled data lives, in a wheel, an editable install or a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent.parent


def data_path(name: str) -> Path:
    """Return the path of a bundled data file or folder, e.g. ``"resources.toml"``.

    A wheel carries the files in ``pulih/_data`` (hatch force-include); a source checkout
    and an editable install find them at the top of the repository.
    """
    for base in (_PACKAGE / "_data", _PACKAGE.parent.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"bundled data not found: {name}")


def questionnaire_dir() -> Path:
    """The folder of bundled questionnaires."""
    return data_path("questionnaires")


def resources_file() -> Path:
    """The bundled resource directory."""
    return data_path("resources.toml")
