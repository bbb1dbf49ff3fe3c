"""Route the package's module-level ``re.compile`` calls through ``zi_docs.storage.regex_cache.regex``.

    python tools/use_regex_cache.py          # rewrite src/zi_docs in place
    python tools/use_regex_cache.py --check  # list the calls that still need it; exit 1 if any

Only calls outside any function are rewritten: those compile patterns written in the source
(or built from the package's own data at import), never from a document's words, which
``regex`` would keep on disk.  ``zi_docs.model`` is left alone: it sits below ``storage``.
``tests/storage/test_regex_cache.py`` runs ``--check``, so a new module-level ``re.compile``
is caught.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "zi_docs"
SKIPPED = {"model", "storage/regex_cache.py"}
IMPORT = "regex"


def _skipped(path: Path) -> bool:
    relative = path.relative_to(PACKAGE).as_posix()
    return any(relative == s or relative.startswith(s + "/") for s in SKIPPED)


def module_level_compiles(tree: ast.AST) -> list[ast.Attribute]:
    """The ``re.compile`` attributes of calls that run at import, not inside a function."""
    found: list[ast.Attribute] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if (
                not inside
                and isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
            ):
                found.append(child.func)
            visit(child, inside)

    visit(tree, False)
    return found


def _import_line(path: Path) -> str:
    depth = len(path.relative_to(PACKAGE).parts) - 1
    return f"from {'.' * (depth + 1)}storage.regex_cache import {IMPORT}\n"


def rewrite(path: Path) -> bool:
    source = path.read_text(encoding="utf-8")
    calls = module_level_compiles(ast.parse(source))
    if not calls:
        return False
    lines = source.splitlines(keepends=True)
    # right to left within a line, so the earlier columns stay valid
    for attribute in sorted(calls, key=lambda a: (a.lineno, a.col_offset), reverse=True):
        row = attribute.lineno - 1
        line = lines[row]
        start, end = attribute.col_offset, attribute.end_col_offset
        assert line[start:end] == "re.compile", (path, attribute.lineno)
        lines[row] = line[:start] + IMPORT + line[end:]
    text = "".join(lines)
    tree = ast.parse(text)
    # after the last top-level import
    last = max((n.end_lineno for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)), default=0)
    lines = text.splitlines(keepends=True)
    lines.insert(last, _import_line(path))
    path.write_text("".join(lines), encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    files = [p for p in sorted(PACKAGE.rglob("*.py")) if not _skipped(p)]
    if "--check" in argv:
        left = [
            f"{p.relative_to(PACKAGE.parent.parent)}:{a.lineno}"
            for p in files
            for a in module_level_compiles(ast.parse(p.read_text(encoding="utf-8")))
        ]
        for place in left:
            print(f"{place}: module-level re.compile; run python tools/use_regex_cache.py")
        return 1 if left else 0
    changed = [p for p in files if rewrite(p)]
    for p in changed:
        print(p.relative_to(PACKAGE.parent.parent))
    print(f"{len(changed)} files rewritten; now run: ruff check --fix src && ruff format src", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
