"""The core never imports Textual, and the first screen does not pay for pydantic."""

from __future__ import annotations

import subprocess
import sys


def modules_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_never_imports_textual() -> None:
    loaded = modules_after(
        "import pulih.core.content, pulih.core.report, pulih.core.answers, pulih.core.scoring, "
        "pulih.commands"
    )
    assert "pulih.core.scoring" in loaded
    assert not any(m == "textual" or m.startswith("textual.") for m in loaded)


def test_cli_imports_neither_textual_nor_pydantic() -> None:
    loaded = modules_after("import pulih.cli")
    assert "textual" not in loaded and "pydantic" not in loaded


def test_first_screen_does_not_import_pydantic() -> None:
    loaded = modules_after("import pulih.tui.app")
    assert "pulih.tui.screens.welcome" in loaded
    assert "pydantic" not in loaded
    assert "tomllib" not in loaded  # no data file is parsed before the first frame
