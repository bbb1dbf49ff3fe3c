"""The house plan holds (docs/architecture.md): packages form layers and nothing
imports upward, no module takes another module's private names, no import cycle at
module scope, modules stay small and the top level stays short.

Read from the sources with :mod:`ast`, so that a lazy import inside a function counts
as much as one at the top (it is the same dependency, only later).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "zi_docs"

#: Lowest first.  A module may import its own layer and the layers below it.
LAYERS: list[set[str]] = [
    {"errors", "i18n", "progress", "_version"},
    {"model"},
    {"language", "storage", "io"},
    {"grammar"},
    {"docx"},
    {"readers", "rendering"},
    {"checks"},
    {"fix"},
    {"excel", "laporan", "notebook", "dataframe", "reviewing"},
    {"cli"},
]
#: The package's front door re-exports everything; it is above every layer.
FRONT = {"__init__", "__main__"}
MAX_LINES = 500
MAX_TOP_LEVEL_MODULES = 7


@dataclass(frozen=True)
class Import:
    source: str  # importing module, dotted
    target: str  # imported module, dotted
    names: tuple[str, ...]
    line: int
    module_scope: bool
    type_only: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


MODULES = {module_name(p) for p in sources()}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(path: Path) -> list[Import]:
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, module_scope: bool, type_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for sub in child.body:
                    visit_one(sub, module_scope, True)
                for sub in child.orelse:
                    visit_one(sub, module_scope, type_only)
                continue
            visit_one(child, module_scope, type_only)

    def visit_one(child: ast.AST, module_scope: bool, type_only: bool) -> None:
        if isinstance(child, ast.ImportFrom):
            if child.level:
                base = package.split(".")
                base = base[: len(base) - (child.level - 1)]
                target = ".".join(base + ([child.module] if child.module else []))
            else:
                target = child.module or ""
            if target.startswith("zi_docs"):
                names = tuple(a.name for a in child.names)
                submodules = [f"{target}.{n}" for n in names if f"{target}.{n}" in MODULES]
                if submodules and len(submodules) == len(names):
                    for sub in submodules:
                        found.append(Import(source, sub, (), child.lineno, module_scope, type_only))
                else:
                    found.append(Import(source, target, names, child.lineno, module_scope, type_only))
        elif isinstance(child, ast.Import):
            for alias in child.names:
                if alias.name.startswith("zi_docs"):
                    found.append(Import(source, alias.name, (), child.lineno, module_scope, type_only))
        elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            visit(child, False, type_only)
        else:
            visit(child, module_scope, type_only)

    visit(tree, True, False)
    return found


ALL_IMPORTS = [imp for path in sources() for imp in imports_of(path)]


def layer_of(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) == 1:
        return None  # zi_docs itself
    top = parts[1]
    if top in FRONT:
        return len(LAYERS)
    for index, layer in enumerate(LAYERS):
        if top in layer:
            return index
    raise AssertionError(f"{module}: package {top!r} is in no layer of LAYERS; add it where it belongs")


def test_every_package_has_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


def test_nothing_imports_upward() -> None:
    upward = []
    for imp in ALL_IMPORTS:
        if imp.type_only:
            continue
        source, target = layer_of(imp.source), layer_of(imp.target)
        if source is None or target is None:
            continue
        if target > source:
            upward.append(f"{imp.source}:{imp.line} imports {imp.target} (layer {target} > {source})")
    assert not upward, "\n".join(upward)


def _owner(module: str) -> str:
    return module


def test_no_module_imports_another_modules_private_names() -> None:
    private = []
    for imp in ALL_IMPORTS:
        if imp.target == imp.source:
            continue
        for name in imp.names:
            if name.startswith("_") and not name.startswith("__"):
                private.append(f"{imp.source}:{imp.line} takes {imp.target}.{name}")
    assert not private, "\n".join(private)


def test_no_import_cycle_at_module_scope() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for imp in ALL_IMPORTS:
        if imp.module_scope and not imp.type_only and imp.target in graph and imp.target != imp.source:
            # A package's own __init__ importing its submodules is how packages re-export.
            if imp.target.startswith(imp.source + "."):
                continue
            graph[imp.source].add(imp.target)
    cycles = _strongly_connected(graph)
    assert not cycles, "\n".join(" → ".join(sorted(c)) for c in cycles)


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[set[str]] = []
    counter = [0]

    def connect(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.add(top)
                if top == node:
                    break
            if len(component) > 1:
                result.append(component)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return result


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_small(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if text.startswith('"""Generated from') and "do not edit" in text.splitlines()[0]:
        # A generated table (checks/rule_table.py: one row per rule) grows with the rules;
        # nobody reads or edits it by hand, and its generator is held to the limit.
        return
    lines = len(text.splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(SRC)} has {lines} lines; split it along its own sections"


def test_the_top_level_is_short() -> None:
    top = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem not in FRONT)
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top
