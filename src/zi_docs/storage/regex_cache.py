"""The package's fixed regular expressions, compiled once per machine instead of once per process.

Python compiles every pattern anew in each process: for the ~300 patterns of the readers, the
grammar and the rules that is about 35 ms of CPU, an eighth of a one-file ``zi-docs check``
(issue 17).  The standard library keeps no compiled pattern across processes and no library does,
so this module keeps what the compiler produces (the SRE code that ``re._compiler`` hands to
``_sre.compile``) in the user's cache folder and builds the pattern from it next time: loading
and building all of them takes about 1.5 ms.

Only patterns written in the package's source at module level go through :func:`regex`: never a
pattern built from a document's words, which would otherwise be written to disk.

Every doubt falls back to :func:`re.compile`: another interpreter or SRE version, a missing,
unreadable or damaged file, a pattern not yet kept.  A pattern is only kept after the compiler's
own result was rebuilt from the kept code and compared equal to it (SRE patterns compare by their
code), so a kept pattern is the pattern ``re.compile`` gives.

``ZI_DOCS_CACHE`` names the folder (default: ``$XDG_CACHE_HOME/zi_docs``, ``~/.cache/zi_docs``;
``%LOCALAPPDATA%\\zi_docs\\cache`` on Windows); ``ZI_DOCS_CACHE=off`` turns the cache off.  The
file is written when a process that compiled new patterns ends, with ``write_atomic`` (a
temporary file renamed over it), so parallel processes never read half a file.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path

try:  # CPython's regular-expression engine; elsewhere the cache is simply off
    import _sre
    from re import _compiler, _parser

    _ENGINE = f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - not CPython
    _ENGINE = ""

#: Bumped when the layout of the file changes.
_FORMAT = 1
#: An upper bound on kept patterns, so that a folder shared by many versions of the package
#: cannot grow without end: past it, a write keeps only what the writing process used.
_MAX_KEPT = 4096
#: The array type whose items are SRE code words.
_WORD = next((code for code in "IL" if array(code).itemsize == getattr(_sre, "CODESIZE", 0)), "") if _ENGINE else ""

# A kept pattern: (flags with the inline ones, code words as bytes, groups - 1, groupindex, indexgroup)
_Kept = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """The kept patterns of this process: those read from the file, and those compiled since."""

    def __init__(self) -> None:
        self.loaded = False
        self.kept: dict[tuple[str, int], _Kept] = {}
        self.used: set[tuple[str, int]] = set()
        self.new = False
        self.path: Path | None = None

    def load(self) -> None:
        self.loaded = True
        self.path = cache_file()
        if self.path is None:
            return
        try:
            data = self.path.read_bytes()
        except OSError:
            return
        self.kept = _decode(data)

    def save(self) -> None:
        if not self.new or self.path is None:
            return
        kept = self.kept if len(self.kept) <= _MAX_KEPT else {key: self.kept[key] for key in self.used}
        payload = marshal.dumps((_FORMAT, _ENGINE, kept))
        from .writing import write_atomic

        try:
            write_atomic(self.path, zlib.crc32(payload).to_bytes(4, "big") + payload)
        except OSError:  # a read-only home or a full disk costs only the speed-up
            pass
        self.new = False


_STORE = _Store()


def cache_folder() -> Path | None:
    """The folder of the cache, or None when ``ZI_DOCS_CACHE=off``.

    Written out rather than taken from platformdirs, whose import alone costs about 23 ms of
    the start-up this cache exists to save."""
    chosen = os.environ.get("ZI_DOCS_CACHE", "")
    if chosen.strip().lower() in {"off", "0", "no", "false"}:
        return None
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "zi_docs" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "zi_docs"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "zi_docs"


def cache_file() -> Path | None:
    """The file that keeps the compiled patterns of this interpreter, or None if there is none."""
    if not _ENGINE or not _WORD:
        return None
    try:
        folder = cache_folder()
    except RuntimeError:  # no home folder to put it in
        return None
    return None if folder is None else folder / f"regex-{_ENGINE}.bin"


def _decode(data: bytes) -> dict[tuple[str, int], _Kept]:
    """The kept patterns of a cache file; nothing when it is damaged or of another format."""
    if len(data) < 4 or zlib.crc32(data[4:]).to_bytes(4, "big") != data[:4]:
        return {}
    try:
        form, engine, kept = marshal.loads(data[4:])
    except (EOFError, ValueError, TypeError):
        return {}
    return kept if form == _FORMAT and engine == _ENGINE and isinstance(kept, dict) else {}


def _build(pattern: str, kept: _Kept) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = kept
    words = array(_WORD)
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


def _keep(pattern: str, flags: int) -> _Kept:
    """What the compiler makes of the pattern, in the form the cache keeps (mirrors ``re._compiler.compile``)."""
    parsed = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a pattern fixed in the package's source, kept between processes."""
    if not _STORE.loaded:
        _STORE.load()
    if _STORE.path is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    _STORE.used.add(key)
    kept = _STORE.kept.get(key)
    if kept is not None:
        try:
            return _build(pattern, kept)
        except (RuntimeError, TypeError, ValueError):  # refused by the engine: compile and keep it again
            del _STORE.kept[key]
    compiled = re.compile(pattern, flags)
    try:
        kept = _keep(pattern, key[1])
        same = _build(pattern, kept) == compiled
    except Exception:  # noqa: BLE001 - an engine this module does not know: no caching, never an error
        return compiled
    if same:
        _STORE.kept[key] = kept
        _STORE.new = True
    return compiled


atexit.register(_STORE.save)
