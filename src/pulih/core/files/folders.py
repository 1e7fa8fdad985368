"""Private folders: 0700 whatever the umask, parents included, and marked when pulih made them.

``Path.mkdir(parents=True, mode=0o700)`` applies the mode only to the last folder, and the umask
to every one (under ``umask 000`` the parents came out 0777), so each missing folder is made here
one at a time and set to 0700. A folder pulih made gets an empty ``.pulih-folder`` mark inside, so
``pulih forget`` removes only folders pulih created, never one the person made or chose.

Standard library only: the directory cache uses it at start-up.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MARK = ".pulih-folder"


def ensure_private_dir(folder: Path) -> tuple[list[Path], bool]:
    """Create ``folder`` and each missing parent as 0700; tighten ``folder`` if it is looser.

    Returns the folders made (outermost first) and whether ``folder`` had to be tightened.
    Existing parents are never changed.
    """
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
        os.chmod(place, 0o700)
        made.append(place)
    tightened = False
    if stat.S_IMODE(folder.stat().st_mode) & 0o077:
        os.chmod(folder, 0o700)
        tightened = True
    if folder in made:
        mark_as_made(folder)
    return made, tightened


def mark_as_made(folder: Path) -> None:
    """Leave the (empty, 0600) mark saying pulih created ``folder``."""
    mark = folder / FOLDER_MARK
    with contextlib.suppress(FileExistsError):
        os.close(os.open(mark, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    if stat.S_IMODE(mark.stat().st_mode) & 0o077:
        os.chmod(mark, 0o600)


def made_by_pulih(folder: Path) -> bool:
    return (folder / FOLDER_MARK).is_file()


def remove_if_empty(folder: Path, ours: bool = False) -> bool:
    """Remove ``folder`` if pulih made it (its mark, or ``ours``: the platform's folder named
    for pulih, made before marks existed) and nothing but the mark is left; True if removed."""
    if not (ours or made_by_pulih(folder)):
        return False
    try:
        if [p.name for p in folder.iterdir() if p.name != FOLDER_MARK]:
            return False
        with contextlib.suppress(FileNotFoundError):
            (folder / FOLDER_MARK).unlink()
        folder.rmdir()
    except OSError:
        return False
    return True
