"""The compiled-pattern cache gives exactly what ``re.compile`` gives, and never fails a user.

SRE patterns compare equal only when their flags, pattern and compiled code are the same, so
``==`` against ``re.compile`` checks the whole compiled program, not just the source text.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zi_docs.storage import regex_cache

ROOT = Path(__file__).resolve().parents[2]
HANG_S = 1800

# A child process that compiles the package's patterns the way a check does, then reports how many
# it had to compile (not found in the cache), and whether every kept one equals re.compile's.
_CHILD = r"""
import json, re
from zi_docs.storage import regex_cache
keeps = []
original_keep = regex_cache._keep
regex_cache._keep = lambda pattern, flags: keeps.append(pattern) or original_keep(pattern, flags)
import zi_docs.checks.run, zi_docs.readers, zi_docs.grammar
from zi_docs.checks.registry import rules_for
from zi_docs.checks.config import CheckConfig
rules_for(CheckConfig().enabled)
kept = regex_cache._STORE.kept
used = regex_cache._STORE.used
same = all(regex_cache._build(p, kept[(p, f)]) == re.compile(p, f) for p, f in used if (p, f) in kept)
print(json.dumps({"used": len(used), "compiled": len(keeps), "same": same,
                  "kept_new": sum(1 for key in used if key in kept) if regex_cache._STORE.new else 0}))
"""


def _run_child(cache: str) -> dict:
    env = {**os.environ, "ZI_DOCS_CACHE": cache, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, timeout=HANG_S, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_second_process_compiles_none_of_the_package_patterns(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _run_child(str(cache))
    assert first["used"] > 150  # the rules, readers and grammar patterns all go through it
    assert first["kept_new"] == first["used"]  # nothing kept yet: all compiled, all kept
    (kept_file,) = cache.iterdir()
    assert kept_file.name == f"regex-{regex_cache._ENGINE}.bin"
    second = _run_child(str(cache))
    assert second["used"] == first["used"]
    assert second["compiled"] == 0  # every one built from the kept code
    assert second["same"] is True


def test_damaged_file_falls_back_and_is_rewritten(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _run_child(str(cache))
    (kept_file,) = cache.iterdir()
    data = bytearray(kept_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    kept_file.write_bytes(bytes(data))
    damaged = _run_child(str(cache))
    assert damaged["kept_new"] == damaged["used"]  # the damaged file was not trusted
    again = _run_child(str(cache))
    assert again["compiled"] == 0 and again["same"] is True


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / ".cache"))
    result = _run_child("off")
    assert result["used"] == 0  # nothing even looked up
    assert list(tmp_path.iterdir()) == []


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ZI_DOCS_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform not in {"win32", "darwin"}:
        assert regex_cache.cache_folder() == tmp_path / "zi_docs"
    monkeypatch.setenv("ZI_DOCS_CACHE", "OFF")
    assert regex_cache.cache_folder() is None
    assert regex_cache.cache_file() is None


def test_every_module_level_compile_goes_through_the_cache() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "use_regex_cache.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=HANG_S,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def test_no_function_body_uses_the_cache() -> None:
    """A pattern built inside a function may hold a document's words: it must not reach the disk."""
    import ast

    offenders = []
    for path in (ROOT / "src" / "zi_docs").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                for node in ast.walk(function):
                    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "regex":
                        offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


_PIECES = st.sampled_from(
    [
        "a",
        "Diktum",
        r"\d{1,3}",
        r"\s+",
        r"[A-Za-z'’-]",
        r"[^\W\d_]+",
        r"\b",
        "(?:KE(?:SATU|DUA))",
        "(?P<nama>[a-z]+)",
        "(?<!x)",
        "(?=y)",
        "(?i:m)",
        r"\.",
        "é",
        "[\ue000-\uf8ff]",
        "^",
        "$",
    ]
)
_PATTERNS = st.recursive(
    _PIECES,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=4).map("".join),
        st.lists(inner, min_size=2, max_size=3).map("|".join).map(lambda s: f"(?:{s})"),
        st.tuples(inner, st.sampled_from(["*", "+", "?", "{2,5}", "*?"])).map(lambda t: f"(?:{t[0]}){t[1]}"),
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(_PATTERNS, st.sampled_from([0, re.IGNORECASE, re.MULTILINE | re.DOTALL, re.VERBOSE, re.IGNORECASE | re.ASCII]))
def test_kept_code_rebuilds_the_same_pattern(pattern: str, flags: int) -> None:
    try:
        expected = re.compile(pattern, flags)
    except re.error:
        return  # e.g. a named group used twice: re.compile refuses it, and so would regex()
    rebuilt = regex_cache._build(pattern, regex_cache._keep(pattern, int(flags)))
    assert rebuilt == expected
    assert rebuilt.groupindex == expected.groupindex and rebuilt.groups == expected.groups
    for text in ("", "Diktum KESATU a 12", "ab  é\ue001 y nama"):
        found, wanted = rebuilt.search(text), expected.search(text)
        assert (found and (found.span(), found.groupdict())) == (wanted and (wanted.span(), wanted.groupdict()))


def test_regex_is_re_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZI_DOCS_CACHE", str(tmp_path))
    store = regex_cache._Store()
    monkeypatch.setattr(regex_cache, "_STORE", store)
    pattern = r"(?P<label>KE(?:SATU|DUA))\s*:"
    first = regex_cache.regex(pattern, re.IGNORECASE)
    assert first == re.compile(pattern, re.IGNORECASE) and store.new
    store.save()
    assert not store.new
    fresh = regex_cache._Store()
    monkeypatch.setattr(regex_cache, "_STORE", fresh)
    again = regex_cache.regex(pattern, re.IGNORECASE)
    assert again == first and not fresh.new
    assert again.match("kedua :").group("label") == "kedua"
    with pytest.raises(re.error):
        regex_cache.regex("(unclosed")
