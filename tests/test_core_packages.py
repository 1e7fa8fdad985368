"""The core is a few packages named from the domain, each importing others one way only.

- core's top level holds only its packages, ``content.py``, ``answers.py`` and ``__init__.py``;
- no two packages import each other, directly or round a longer loop, counting every import
  (at the top, inside a function, or only for type checkers): a circle is a circle for a
  reader either way. ``content.py`` and ``answers.py`` count as units of their own;
- a package's ``__init__.py`` is a docstring only (importing one module stays cheap);
- nothing under core imports Textual;
- across the whole of ``src/pulih`` (core, the commands, the line mode, the TUI), no two
  modules import each other at module level, directly or round a longer loop. Module level
  counts what runs or is read when a module is imported: ``if TYPE_CHECKING:`` blocks and class
  bodies included, function bodies not (an import inside a function waits for its first call).

Read from the source files with ``ast``: nothing here imports the modules themselves.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pulih
import pulih.core
from tests.test_import_hygiene import circles

CORE = Path(pulih.core.__file__).parent
SRC = Path(pulih.__file__).parent.parent
TOP_LEVEL_MODULES = {"__init__.py", "content.py", "answers.py"}


def packages(core: Path = CORE) -> list[str]:
    return sorted(p.name for p in core.iterdir() if (p / "__init__.py").is_file())


def imported(path: Path, package: list[str]) -> set[str]:
    """Every module name an import in the file names, relative imports resolved: for
    ``from a.b import c`` both ``a.b`` and ``a.b.c`` (c may be a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found |= {base} | {f"{base}.{a.name}" for a in node.names}
    return found


def unit_graph(core: Path = CORE) -> dict[str, dict[str, list[str]]]:
    """Each unit of core (a package, or a top-level module by its name without ``.py``) ->
    the other units it imports -> the files that do, for the message."""
    units = {*packages(core), *(p.stem for p in core.glob("*.py") if p.stem != "__init__")}
    graph: dict[str, dict[str, list[str]]] = {unit: {} for unit in units}
    for path in sorted(core.rglob("*.py")):
        rel = path.relative_to(core)
        if rel.parts == ("__init__.py",):
            continue
        me = rel.parts[0].removesuffix(".py")
        package = ["pulih", "core", *rel.parts[:-1]]
        for name in imported(path, package):
            parts = name.split(".")
            unit = parts[2] if parts[:2] == ["pulih", "core"] and len(parts) > 2 else ""
            if unit in units and unit != me:
                files = graph[me].setdefault(unit, [])
                if str(rel) not in files:
                    files.append(str(rel))
    return graph


def test_a_circle_between_packages_is_found(tmp_path: Path) -> None:
    """The graph sees imports inside functions and TYPE_CHECKING blocks, and relative ones."""
    for name in ("low", "high"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text('"""A package."""\n')
    (tmp_path / "high" / "top.py").write_text("from pulih.core.low.base import thing\n")
    (tmp_path / "low" / "base.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from ..high import top\n"
        "def f():\n"
        "    from pulih.core import content\n"
    )
    (tmp_path / "content.py").write_text('"""A top-level module."""\n')
    graph = unit_graph(tmp_path)
    assert graph == {
        "high": {"low": ["high/top.py"]},
        "low": {"high": ["low/base.py"], "content": ["low/base.py"]},
        "content": {},
    }
    assert circles({unit: set(deps) for unit, deps in graph.items()}) == [{"high", "low"}]


def test_core_top_level_holds_only_packages_content_and_answers() -> None:
    modules = sorted(p.name for p in CORE.glob("*.py"))
    assert set(modules) <= TOP_LEVEL_MODULES, (
        f"modules at core's top level: {sorted(set(modules) - TOP_LEVEL_MODULES)}; "
        f"put each in one of the packages {packages()}"
    )
    folders = sorted(
        p.name
        for p in CORE.iterdir()
        if p.is_dir() and p.name != "__pycache__" and any(p.rglob("*.py"))
    )
    assert folders == packages(), "a folder of modules in core without an __init__.py"
    assert len(packages()) >= 5, packages()


def test_no_import_circle_between_core_packages() -> None:
    graph = unit_graph()
    found = circles({unit: set(deps) for unit, deps in graph.items()})
    detail = [
        f"{a} -> {b} ({', '.join(sorted(set(graph[a][b])))})"
        for group in found
        for a in sorted(group)
        for b in sorted(graph[a])
        if b in group
    ]
    assert found == [], "core's packages import each other:\n" + "\n".join(detail)


def test_package_inits_are_a_docstring_only() -> None:
    for package in packages():
        tree = ast.parse((CORE / package / "__init__.py").read_text(encoding="utf-8"))
        body = [
            n
            for n in tree.body
            if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))
        ]
        assert body == [], f"core/{package}/__init__.py does more than hold a docstring"


def test_nothing_in_core_imports_textual() -> None:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE)
        names = imported(path, ["pulih", "core", *rel.parts[:-1]])
        found += [f"{rel}: {n}" for n in names if n == "textual" or n.startswith("textual.")]
    assert found == []


# --- no import circle anywhere in pulih, module by module


def module_graph(src: Path = SRC, top: str = "pulih") -> dict[str, set[str]]:
    """Each module under ``src/top`` (a package by its own name) -> the modules of the same
    tree it imports anywhere in it (at the top, inside a function, or only for type checkers:
    a circle is a circle for a reader either way); relative imports resolved, and for
    ``from a.b import c`` both ``a.b`` and ``a.b.c`` (c may be a module)."""
    files: dict[str, Path] = {}
    for path in sorted((src / top).rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        graph[name] = (imported(path, package) & set(files)) - {name}
    return graph


def test_a_circle_between_modules_is_found(tmp_path: Path) -> None:
    """What test_no_import_circle_in_pulih relies on: an import inside a function, in a
    TYPE_CHECKING block or a relative one is an edge like any other."""
    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    for init in (package / "__init__.py", package / "ui" / "__init__.py"):
        init.write_text('"""A package."""\n')
    (package / "ui" / "app.py").write_text(
        "def room():\n    from pkg.ui.room import Room\n\n    return Room()\n"
    )
    (package / "ui" / "room.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from .app import room\n"
        "from .. import base\n"
    )
    (package / "base.py").write_text('"""Imports nothing."""\n')
    graph = module_graph(tmp_path, "pkg")
    assert graph == {
        "pkg": set(),
        "pkg.base": set(),
        "pkg.ui": set(),
        "pkg.ui.app": {"pkg.ui.room"},
        "pkg.ui.room": {"pkg", "pkg.ui.app", "pkg.base"},
    }
    assert circles(graph) == [{"pkg.ui.app", "pkg.ui.room"}]
    (package / "ui" / "room.py").write_text("from .. import base\n")
    assert circles(module_graph(tmp_path, "pkg")) == []


def test_no_import_circle_in_pulih() -> None:
    """No two of pulih's modules import each other, the App and its screens included: a
    screen that needs something of the App is given it (a callable, an argument), and the
    App's collaborators see it through a Protocol (tui/host.py) that imports nothing of it."""
    graph = module_graph()
    assert {"pulih.tui.app", "pulih.cli", "pulih.core.content"} <= set(graph)
    found = circles(graph)
    detail = [
        f"{a} -> {b}" for group in found for a in sorted(group) for b in sorted(graph[a] & group)
    ]
    assert found == [], "modules of pulih import each other:\n" + "\n".join(detail)
