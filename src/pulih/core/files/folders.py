"""Private folders: 0700 whatever the umask, parents included, and recorded when pulih made them.

``Path.mkdir(parents=True, mode=0o700)`` applies the mode only to the last folder, and the umask
to every one (under ``umask 000`` the parents came out 0777), so each missing folder is made here
one at a time and set to 0700. The folders made are recorded in the folder's ledger
(``ledger.py``), so ``pulih forget`` removes only folders pulih created, innermost first, never
one the person made or named. A folder that already exists is never changed: when others can
read it, pulih says so and leaves it as it is.

Standard library only: the directory cache uses it at start-up.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pulih.core.files.ledger import LEDGER, LEGACY_MARK, Ledger


@dataclass
class PrivateFolder:
    """What making a folder private did: the folders made (outermost first), and whether the
    folder existed already and others can open it (then it was left as it is)."""

    made: list[Path] = field(default_factory=list)
    open_to_others: bool = False


def open_to_others(folder: Path) -> bool:
    """Whether others (group or everyone) can open ``folder`` (never on Windows, where modes
    say nothing of who can read a file: the profile's ACLs do)."""
    if os.name == "nt":
        return False
    try:
        return bool(stat.S_IMODE(folder.stat().st_mode) & 0o077)
    except OSError:
        return False


def ensure_private_dir(folder: Path, ledger: Ledger | None = None) -> PrivateFolder:
    """Create ``folder`` and each missing parent as 0700, recording them in ``folder``'s ledger
    (``ledger``, or a plain one). An existing folder, or parent, is never changed."""
    folder = Path(os.path.abspath(folder))
    missing = []
    for place in [folder, *folder.parents]:
        if place.is_dir():
            break
        missing.append(place)
    made = []
    for place in reversed(missing):
        try:
            place.mkdir(mode=0o700)
        except FileExistsError:
            if not place.is_dir():
                raise
            continue
        os.chmod(place, 0o700)  # whatever the umask: pulih made it
        made.append(place)
    if made:
        (ledger or Ledger(folder)).record_made(made)
    return PrivateFolder(made, folder not in made and open_to_others(folder))


def remove_made(folders: list[Path]) -> list[Path]:
    """Remove the folders pulih made that are empty but for its ledger (or an earlier mark),
    innermost first; return those removed. Anything else in a folder keeps it."""
    removed = []
    for folder in sorted(set(folders), key=lambda p: len(p.parts), reverse=True):
        try:
            names = [p.name for p in folder.iterdir()]
            if [n for n in names if n not in (LEDGER, LEGACY_MARK)]:
                continue
            for name in names:
                place = folder / name
                if place.is_file() and not place.is_symlink():
                    place.unlink()
            folder.rmdir()
        except OSError:
            continue
        removed.append(folder)
    return removed
