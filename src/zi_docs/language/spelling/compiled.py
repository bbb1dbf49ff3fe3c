"""The compiled dictionary: every word form of hunspell-id in one file that is mapped
from disk, not loaded.

Expanding the .dic/.aff takes about a second, and even reading its 260 000 forms into
a Python set takes 60 ms, longer than a check should wait before its first word.  So
``tools/build_kamus.py`` expands them once and writes ``data/kamus/id_ID.kamus``
(committed, and shipped in the wheel like the rest of ``data/``), and a check maps that
file and turns only the parts it looks at into sets: the words are sorted by length and
then alphabetically, and an index says where the words of one length and first two
letters begin and end (a *bucket*, a few hundred words).  Suggestions take the words of
one length and first letter, a run of whole buckets, in the same file.

The file is text (UTF-8, ``\\n``; ``.gitattributes`` keeps Git from changing its line
ends) with a three-line header::

    zi-docs-kamus 1
    sources <sha256 of id_ID.dic, id_ID.aff and EXPANSION_VERSION>
    body <crc32 of everything after the header> <its length in bytes>

The body holds named tables (``forms`` and ``stems`` here); the same format, written by
:func:`compile_tables` and read by :func:`mapped`, holds the other words a check looks up
by the thousand: the place words (``data/wilayah/kata-tempat.kamus``) and the forms the
table of non-standard words claims (``data/kamus/baku.kamus``).

A file whose body does not match its checksum (truncated, edited), or that was built
from other sources than the .dic/.aff beside it, is not used: the dictionary is then
expanded in memory, so zi_docs stays right, only slower (tests/language/test_spelling_compiled.py
keeps the committed file current).
"""

from __future__ import annotations

import hashlib
import mmap
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Generic, TypeVar

FORMAT = b"zi-docs-kamus 1"
EXPANSION_VERSION = "2"  # bump when the expansion changes the forms it produces
REBUILD = "python tools/build_kamus.py --no-copy"

V = TypeVar("V")
#: Searches in one bucket after which it is read into a set.
HOT = 12
Key = tuple[int, str]


def files_digest(files: Iterable[Path], version: str) -> str:
    """What a compiled file is built from: the SHA-256 of its source files, in order, and the
    version of the code that builds it (what its header's ``sources`` line records)."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
    digest.update(version.encode())
    return digest.hexdigest()


def sources_digest(dic: Path, aff: Path) -> str:
    """What the compiled file was built from: both hunspell files and the expansion's version."""
    return files_digest((dic, aff), EXPANSION_VERSION)


def _bucket_key(word: str) -> Key:
    return (len(word), word[:2])


def _table_lines(entries: dict[str, str], values: bool) -> tuple[bytes, list[tuple[Key, int, int]]]:
    """The entries as lines sorted by (length, word), "word" or "word<tab>value", and
    where each bucket lies in them."""
    lines: list[bytes] = []
    index: list[tuple[Key, int, int]] = []
    offset = 0
    for word in sorted(entries, key=lambda w: (len(w), w)):
        value = entries[word]
        line = (f"{word}\t{value}\n" if values else f"{word}\n").encode("utf-8")
        key = _bucket_key(word)
        if index and index[-1][0] == key:
            index[-1] = (key, index[-1][1], offset + len(line))
        else:
            index.append((key, offset, offset + len(line)))
        lines.append(line)
        offset += len(line)
    return b"".join(lines), index


def compile_tables(tables: dict[str, tuple[dict[str, str], bool]], sources: str) -> bytes:
    """A compiled file of named word tables (name → (word → value, whether values are
    kept)), saying it was built from ``sources`` (a digest of the files it came from)."""
    # body: "<name> <count> <index length> <table length>\n", the index, the table; per table
    parts = []
    for name, (entries, values) in tables.items():
        table, index = _table_lines(entries, values)
        index_text = "".join(f"{length}\t{prefix}\t{start}\t{end}\n" for (length, prefix), start, end in index)
        index_bytes = index_text.encode("utf-8")
        count = table.count(b"\n")
        parts.append(f"{name} {count} {len(index_bytes)} {len(table)}\n".encode() + index_bytes + table)
    body = b"".join(parts)
    header = b"%s\nsources %s\nbody %08x %d\n" % (FORMAT, sources.encode(), zlib.crc32(body), len(body))
    return header + body


def compile_dictionary(dic: Path, aff: Path) -> bytes:
    """The compiled file's bytes for a hunspell dictionary (about a second)."""
    from .hunspell import expand_dictionary  # not needed to read a compiled file

    forms, stems = expand_dictionary(dic, aff)
    tables = {
        "forms": (dict.fromkeys(forms, ""), False),
        "stems": ({stem: " ".join(sorted(flags)) for stem, flags in stems.items()}, True),
    }
    return compile_tables(tables, sources_digest(dic, aff))


class WordTable(Generic[V]):
    """Words (with a value each, or none) in a mapped buffer, made into Python sets or
    dicts one bucket at a time, when a lookup first needs that bucket."""

    def __init__(
        self,
        data: bytes | mmap.mmap,
        start: int,
        count: int,
        index: BucketIndex,
        value: Callable[[str], V] | None = None,
    ) -> None:
        self._data = data
        self._start = start
        self._count = count
        self._index = index
        self._value = value
        self._size = max(index.ends, default=0)
        #: the answers so far: a decree asks about a few thousand words, many of them often
        self._seen: dict[object, bool] = {}
        self._values: dict[str, V] = {}
        self._lengths: dict[int, list[tuple[str, int, int]]] | None = None
        self._searches: dict[str, int] = {}
        self._hot: dict[str, frozenset[str]] = {}

    def _find(self, word: str) -> int:
        """Where the line of ``word`` starts in the buffer, or -1.  Searched in place, in
        C, inside its bucket (at most some 150 kB, usually a few hundred bytes): turning
        the buckets a check touches into Python strings would cost more than all the
        searches of a check together."""
        span = self._index.span(f"{len(word)}\t{word[:2]}")
        if span is None:
            return -1
        start, end = self._start + span[0], self._start + span[1]
        needle = word.encode("utf-8") + (b"\n" if self._value is None else b"\t")
        if self._data[start : start + len(needle)] == needle:
            return start
        found = self._data.find(b"\n" + needle, start, end)
        return found + 1 if found >= 0 else -1

    def __contains__(self, word: object) -> bool:
        try:
            return self._seen[word]  # type: ignore[index]
        except KeyError:
            pass
        except TypeError:  # unhashable
            return False
        if not isinstance(word, str) or not word:
            return False
        key = f"{len(word)}\t{word[:2]}"
        bucket = self._hot.get(key)
        if bucket is not None:
            found = word in bucket
        else:
            found = self._find(word) >= 0
            searches = self._searches[key] = self._searches.get(key, 0) + 1
            span = self._index.span(key) if searches == HOT and self._value is None else None
            if span is not None:
                # asked about often (a near-miss search tries every letter at every place):
                # reading the bucket once costs less than searching it again and again
                start, end = span
                text = self._data[self._start + start : self._start + end - 1].decode("utf-8")
                self._hot[key] = frozenset(text.split("\n"))
        self._seen[word] = found
        return found

    def get(self, word: str, default: V | None = None) -> V | None:
        """The value of ``word`` (its flags, for the stems)."""
        if word in self._values:
            return self._values[word]
        if self._value is None or not word or self._seen.get(word) is False:
            return default
        position = self._find(word)
        if position < 0:
            self._seen[word] = False
            return default
        line_end = self._data.find(b"\n", position)
        _, _, rest = self._data[position:line_end].decode("utf-8").partition("\t")
        value = self._values[word] = self._value(rest)
        return value

    def __iter__(self) -> Iterator[str]:
        lines = self._data[self._start : self._start + self._size - 1].decode("utf-8").split("\n")
        return iter(lines) if self._value is None else (line.partition("\t")[0] for line in lines)

    def __len__(self) -> int:
        return self._count

    @property
    def mapped(self) -> bool:
        """Whether the words are mapped from a file (else they were expanded in memory)."""
        return isinstance(self._data, mmap.mmap)

    def of_length(self, length: int, first: str = "") -> list[str]:
        """The words of ``length`` letters (starting with ``first``), sorted."""
        if self._lengths is None:
            self._lengths = {}
            for size, prefix, start, end in self._index.buckets():
                self._lengths.setdefault(size, []).append((prefix, start, end))
        spans = [(start, end) for prefix, start, end in self._lengths.get(length, ()) if prefix.startswith(first)]
        if not spans:  # (the buckets of one length and first letter follow each other)
            return []
        text = self._data[self._start + spans[0][0] : self._start + spans[-1][1] - 1].decode("utf-8")
        words = text.split("\n")
        return words if self._value is None else [line.partition("\t")[0] for line in words]


def _flags(text: str) -> frozenset[str]:
    return frozenset(text.split())


class BucketIndex:
    """Where each bucket of a table lies: a bucket's key (``"<length>\\t<first two letters>"``)
    gives its number, its number its start and end in two lists of offsets.  Written by hand
    because a dict of (length, prefix) → (start, end) tuples made two tuples per bucket (some
    7 000 in the dictionary): half the time to open the file, and objects the collector walks."""

    __slots__ = ("_numbers", "_prefixes", "_sizes", "ends", "starts")

    def __init__(self, sizes: list[str], prefixes: list[str], starts: list[int], ends: list[int]) -> None:
        self._numbers = dict(zip(map("\t".join, zip(sizes, prefixes, strict=True)), range(len(sizes))))
        self._sizes, self._prefixes, self.starts, self.ends = sizes, prefixes, starts, ends

    @classmethod
    def parse(cls, text: str) -> BucketIndex:
        """The index as written: one bucket a line, ``length<tab>prefix<tab>start<tab>end``."""
        fields = text.replace("\n", "\t").split("\t") if text else []
        if len(fields) % 4:
            raise ValueError("a bucket line without four fields")
        return cls(fields[0::4], fields[1::4], list(map(int, fields[2::4])), list(map(int, fields[3::4])))

    def span(self, key: str) -> tuple[int, int] | None:
        number = self._numbers.get(key)
        return None if number is None else (self.starts[number], self.ends[number])

    def buckets(self) -> Iterator[tuple[int, str, int, int]]:
        """(length, prefix, start, end) of every bucket, in the file's order."""
        return zip(map(int, self._sizes), self._prefixes, self.starts, self.ends, strict=True)

    def __len__(self) -> int:
        return len(self._sizes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BucketIndex):
            return NotImplemented
        return (self._sizes, self._prefixes, self.starts, self.ends) == (
            other._sizes,
            other._prefixes,
            other.starts,
            other.ends,
        )

    __hash__ = None  # type: ignore[assignment]  # equal by content, and its lists change nothing


Span = tuple[int, int, BucketIndex]


def table_spans(data: bytes | mmap.mmap) -> dict[str, Span] | None:
    """Where each table of a compiled file lies (start, word count, bucket index), or None
    when the file is not one or its checksum does not match."""
    try:
        first = data.find(b"\n")
        second = data.find(b"\n", first + 1)
        third = data.find(b"\n", second + 1)
        if data[:first] != FORMAT:
            return None
        _, crc, length = data[second + 1 : third].split(b" ")
        body_start = third + 1
        if len(data) - body_start != int(length) or zlib.crc32(memoryview(data)[body_start:]) != int(crc, 16):
            return None
        tables: dict[str, Span] = {}
        position = body_start
        while position < len(data):
            end_of_line = data.find(b"\n", position)
            name, count, index_size, table_size = data[position:end_of_line].split(b" ")
            index_start = end_of_line + 1
            table_start = index_start + int(index_size)
            # one split of the whole index, four fields a bucket: half the time of a split per line
            index_text = data[index_start : table_start - 1].decode("utf-8") if int(index_size) else ""
            tables[name.decode()] = (table_start, int(count), BucketIndex.parse(index_text))
            position = table_start + int(table_size)
    except ValueError:
        return None
    return tables


def open_tables(data: bytes | mmap.mmap) -> tuple[WordTable[None], WordTable[frozenset[str]]] | None:
    """The forms and the stems (with their affix flags) of a compiled dictionary, or None
    when the file is not one or its checksum does not match."""
    tables = table_spans(data)
    if tables is None or set(tables) != {"forms", "stems"}:
        return None
    forms: WordTable[None] = WordTable(data, *tables["forms"])
    stems: WordTable[frozenset[str]] = WordTable(data, *tables["stems"], value=_flags)
    return forms, stems


def mapped(
    compiled: Path, sources: str, build: Callable[[], bytes], names: set[str]
) -> tuple[bytes | mmap.mmap, dict[str, Span]]:
    """A compiled file's data and its tables: ``compiled`` mapped from disk when it was built
    from ``sources`` and its checksum holds and it has the tables ``names``, else ``build()``
    made now (right, only slower)."""
    try:
        with compiled.open("rb") as handle:
            data: bytes | mmap.mmap = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, or empty (mmap refuses a zero-length file)
        data = b""
    if data and stored_sources(data) == sources and (spans := table_spans(data)) is not None and set(spans) == names:
        return data, spans
    data = build()
    spans = table_spans(data)
    assert spans is not None  # just built
    return data, spans


def stored_sources(data: bytes | mmap.mmap) -> str | None:
    """The sources digest a compiled file says it was built from."""
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1)
    line = bytes(data[first + 1 : second])
    return line.removeprefix(b"sources ").decode("ascii", "replace") if line.startswith(b"sources ") else None


def load_tables(compiled: Path, dic: Path, aff: Path) -> tuple[WordTable[None], WordTable[frozenset[str]]]:
    """The forms and stems of ``dic``/``aff``: from ``compiled`` mapped from disk when it
    was built from these very files and its checksum holds, else expanded now."""
    data, spans = mapped(compiled, sources_digest(dic, aff), lambda: compile_dictionary(dic, aff), {"forms", "stems"})
    return WordTable(data, *spans["forms"]), WordTable(data, *spans["stems"], value=_flags)
