"""The consent text says exactly what is kept (a review found line mode promising a theme it
never keeps, and leaving out the region it does keep)."""

from __future__ import annotations

import pytest

from pulih.core.store.consent import consent_text
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t


@pytest.mark.parametrize("lang", ["id", "en"])
def test_line_mode_names_the_region_and_no_theme(lang: Lang) -> None:
    region = "Kabupaten Gunungkidul"
    line = consent_text(lang, "~/data", region=region, line_mode=True)
    assert region in line and t("consent.theme", lang) not in line
    tui = consent_text(lang, "~/data", region=region)
    assert region in tui and t("consent.theme", lang) in tui
    assert region not in consent_text(lang, "~/data", line_mode=True)
