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
        "import pulih.core.content, pulih.core.report.view, pulih.core.answers, "
        "pulih.core.questionnaire.scoring, pulih.commands"
    )
    assert "pulih.core.questionnaire.scoring" in loaded
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


def import_graph() -> dict[str, set[str]]:
    """pulih's modules and the pulih modules each imports anywhere in it (at the top, inside
    a function, or only for type checkers: a circle is a circle for a reader either way)."""
    import ast
    from pathlib import Path

    import pulih

    root = Path(pulih.__file__).parent.parent
    files = {}
    for path in (root / "pulih").rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
        graph[name] = (found & set(files)) - {name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Groups of modules (or packages: tests/test_core_packages.py) that import each other,
    directly or round a longer loop."""
    reach = {name: set(deps) for name, deps in graph.items()}
    changed = True
    while changed:  # the transitive closure; a few hundred modules at most
        changed = False
        for deps in reach.values():
            more = set().union(*(reach.get(d, set()) for d in deps)) - deps
            if more:
                deps |= more
                changed = True
    groups: list[set[str]] = []
    for name in sorted(graph):
        if name in reach[name] and not any(name in g for g in groups):
            groups.append({name} | {d for d in reach[name] if name in reach.get(d, set())})
    return groups


def test_circles_are_found() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_no_module_of_pulih_imports_in_a_circle() -> None:
    """``--plain``'s parts share one session module (pulih.plain.io) and form a tree, as the core
    and now the TUI do (the app no longer reaches back from the room screen)."""
    graph = import_graph()
    assert "pulih.plain.io" in graph["pulih.plain.mapplan"]
    assert circles(graph) == []
