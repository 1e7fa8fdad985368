"""Where pulih may keep things on this computer (only with consent, never in demo/--no-save)."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """Saved results: ``PULIH_DATA_DIR`` or the platform's user data folder."""
    override = os.environ.get("PULIH_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only without PULIH_DATA_DIR

    return platformdirs.user_data_path("pulih", appauthor=False)


def cache_dir() -> Path:
    """Rebuildable caches (the validated directory): ``PULIH_CACHE_DIR`` or the user cache."""
    override = os.environ.get("PULIH_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs  # only without PULIH_CACHE_DIR

    return platformdirs.user_cache_path("pulih", appauthor=False)


def platform_places() -> list[Path]:
    """The data and cache folders when they are the platform's own folders named for pulih
    (no ``PULIH_*_DIR`` override): pulih's to remove when empty, even without a mark."""
    places = []
    if not os.environ.get("PULIH_DATA_DIR"):
        places.append(data_dir())
    if not os.environ.get("PULIH_CACHE_DIR"):
        places.append(cache_dir())
    return places


def shown(path: Path | str) -> str:
    """A path as the person reads it: the home folder written as ``~``."""
    text = str(path)
    home = os.path.expanduser("~")
    if home not in ("", "/") and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home) :]
    return text
