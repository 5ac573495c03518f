"""The core knows nothing of files, HTML, JSON Lines, argv or processes.

The core (``document``, ``pipeline``, the shared ``shape``/``dates``/``names``/``patterns``/
``lexicon`` modules, every filter, and whatever of ``cleaner`` they import) may import
only the standard library, ``regex``, ``cleaner`` itself and the language detectors.
The edges (``cli``, ``io``, ``html``, and the runners) turn the world into Documents.
Checked on the source with :mod:`ast`, without importing anything.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cleaner"
CORE_ROOTS = [
    "__init__.py",
    "document.py",
    "pipeline.py",
    "shape.py",
    "dates.py",
    "names.py",
    "patterns.py",
    "lexicon.py",
    *sorted(f"filters/{p.name}" for p in (PACKAGE / "filters").glob("*.py")),
]
EDGES = {"cleaner.cli", "cleaner.io", "cleaner.html", "cleaner.__main__"}
ALLOWED_THIRD_PARTY = {"regex", "py3langid", "langdetect"}


def _module_name(relative: str) -> str:
    parts = ["cleaner", *relative.removesuffix(".py").split("/")]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(relative: str) -> set[str]:
    """Every module ``relative`` imports, anywhere in the file (absolute names)."""
    path = PACKAGE / relative
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    package = (
        _module_name(relative)
        if relative.endswith("__init__.py")
        else (_module_name(relative).rsplit(".", 1)[0])
    )
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from within cleaner
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.add(module)
            # "from cleaner import document" imports a submodule
            found.update(
                f"{module}.{alias.name}"
                for alias in node.names
                if (PACKAGE.parent / f"{module}.{alias.name}".replace(".", "/"))
                .with_suffix(".py")
                .is_file()
            )
    return found


def _file_of(module: str) -> str | None:
    relative = module.removeprefix("cleaner").lstrip(".").replace(".", "/")
    for candidate in (f"{relative}.py", f"{relative}/__init__.py" if relative else "__init__.py"):
        if (PACKAGE / candidate).is_file():
            return candidate
    return None


def _core() -> dict[str, set[str]]:
    """The core files and their imports: the roots plus every cleaner module they reach."""
    todo, core = list(CORE_ROOTS), {}
    while todo:
        relative = todo.pop()
        if relative in core:
            continue
        core[relative] = _imports(relative)
        for module in core[relative]:
            if module.split(".")[0] == "cleaner" and (target := _file_of(module)):
                todo.append(target)
    return core


def test_the_core_roots_exist() -> None:
    for relative in CORE_ROOTS:
        assert (PACKAGE / relative).is_file(), relative


@pytest.mark.parametrize("relative", sorted(_core()))
def test_core_imports_only_stdlib_regex_cleaner_and_detectors(relative: str) -> None:
    bad = sorted(
        module
        for module in _imports(relative)
        if module.split(".")[0] not in sys.stdlib_module_names
        and module.split(".")[0] not in ALLOWED_THIRD_PARTY | {"cleaner"}
    )
    assert not bad, f"cleaner/{relative} imports {bad}"


@pytest.mark.parametrize("relative", sorted(_core()))
def test_core_does_not_import_the_edges(relative: str) -> None:
    edges = sorted(
        m for m in _imports(relative) if any(m == e or m.startswith(e + ".") for e in EDGES)
    )
    assert not edges, f"cleaner/{relative} imports edge modules {edges}"


@pytest.mark.parametrize("relative", sorted(_core()))
def test_core_does_not_print_or_set_up_logging(relative: str) -> None:
    tree = ast.parse((PACKAGE / relative).read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            assert name not in {"print", "basicConfig"}, (
                f"cleaner/{relative}:{node.lineno} calls {name}"
            )


def test_importing_cleaner_loads_no_edge_and_no_html_parser() -> None:
    code = (
        "import sys, cleaner; cleaner.clean('Advertisement\\nThe minister spoke on Monday.');"
        "print(' '.join(sorted(sys.modules)))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert not loaded & (EDGES | {"trafilatura", "lxml", "argparse"})
