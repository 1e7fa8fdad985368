"""Why the machine said no, in the person's language.

An OSError's own words (``strerror``) come from the C library in English ("File exists",
"Permission denied"), which an Indonesian screen would show as they are. The common reasons a
person meets are said here in both languages; any other falls back to the system's words.
Standard library only.
"""

from __future__ import annotations

import errno

from pulih.core.text.i18n import Lang

_REASONS: dict[int, tuple[str, str]] = {
    errno.EEXIST: ("file itu sudah ada", "that file already exists"),
    errno.ENOENT: ("tidak ditemukan", "not found"),
    errno.EACCES: ("tidak ada izin untuk itu", "permission denied"),
    errno.EPERM: ("tidak ada izin untuk itu", "permission denied"),
    errno.EROFS: ("disknya hanya bisa dibaca", "the disk is read-only"),
    errno.ENOSPC: ("disk penuh", "the disk is full"),
    errno.EISDIR: ("itu sebuah folder, bukan file", "it is a folder, not a file"),
    errno.ENOTDIR: ("sebagian jalurnya bukan folder", "part of the path is not a folder"),
    errno.ELOOP: ("terlalu banyak tautan berputar", "too many symbolic links"),
    errno.ENAMETOOLONG: ("namanya terlalu panjang", "the name is too long"),
    errno.EINVAL: ("bukan file biasa; sebut file baru", "not a regular file; name a new file"),
    errno.EBUSY: ("sedang dipakai program lain", "in use by another program"),
    errno.EIO: ("kesalahan baca/tulis pada disk", "a read or write error on the disk"),
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = ("kuota disk Anda penuh", "your disk quota is full")


def os_reason(error: OSError, lang: Lang) -> str:
    """The reason for ``error`` in ``lang`` (the system's own words when it is a rare one)."""
    found = _REASONS.get(error.errno or 0)
    if found is not None:
        return found[0] if lang == "id" else found[1]
    return error.strerror or type(error).__name__
