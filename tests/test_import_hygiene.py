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
    assert "shtab" not in loaded  # only `pulih completion` imports it


def test_parsing_a_command_does_not_import_the_completion_generator() -> None:
    loaded = modules_after("import pulih.cli; pulih.cli._parser('id').parse_args(['history'])")
    assert "shtab" not in loaded and "pulih.completion" not in loaded


def test_first_screen_does_not_import_pydantic() -> None:
    loaded = modules_after("import pulih.tui.app")
    assert "pulih.tui.screens.welcome" in loaded
    assert "pydantic" not in loaded and "shtab" not in loaded
    assert "tomllib" not in loaded  # no data file is parsed before the first frame


def test_the_first_frame_does_not_read_the_regions_table() -> None:
    """The regions module and its table are loaded when a place is first asked for, not before."""
    code = (
        "import pathlib\n"
        "seen = []\n"
        "real = pathlib.Path.read_text\n"
        "def spy(self, *args, **kwargs):\n"
        "    seen.append(self.name)\n"
        "    return real(self, *args, **kwargs)\n"
        "pathlib.Path.read_text = spy\n"
        "import sys, pulih.cli, pulih.tui.app\n"
        "pulih.tui.app.PulihApp('id').get_default_screen()\n"
        "print(seen, 'pulih.core.directory.regions' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] False"
