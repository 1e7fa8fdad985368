"""The Belajar (learn) pages: what support is, the kinds of help, and when to refer."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from pulih.core.text.i18n import Lang

PAGES_FILE = Path(__file__).resolve().parent.parent.parent / "content" / "belajar.toml"
GUIDE_FILE = PAGES_FILE.with_name("panduan.toml")
"""The facilitator's guide: its own set of pages, shown by the same Learn screen."""


@dataclass(frozen=True)
class Page:
    title: dict[str, str]
    body: dict[str, str]

    def text(self, lang: Lang) -> tuple[str, str]:
        return self.title[lang], self.body[lang].strip()


def load_pages(path: Path = PAGES_FILE) -> list[Page]:
    """Every page, in order; each must have a title and body in both languages."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    pages = [Page(dict(p["title"]), dict(p["body"])) for p in data["page"]]
    for page in pages:
        for lang in ("id", "en"):
            if not page.title.get(lang) or not page.body.get(lang):
                raise ValueError(f"{path}: a page lacks its {lang} title or body")
    return pages
