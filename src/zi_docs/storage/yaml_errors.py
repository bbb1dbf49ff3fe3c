"""PyYAML's parse errors, told to a person in Indonesian (or English) with the line and a hint.

PyYAML's own text ("found character '\\t' that cannot start any token", "mapping
values are not allowed here") names the parser's state, not the writer's mistake.
Each known problem is rephrased as what usually caused it in a decree file (a tab,
a colon or a bracket in an unquoted value, a quote not closed, a misaligned line)
with how to fix it; the offending line is quoted so that it can be found at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml

from ..errors import UnreadableFileError
from ..i18n import Message
from ..storage.regex_cache import regex

_QUOTE_HINT = Message(
    'Apit nilainya dengan tanda kutip, mis. judul: "Catatan: rapat, 2025".',
    'Put the value in quotes, e.g. judul: "Catatan: rapat, 2025".',
)
_INDENT_HINT = Message(
    "Sejajarkan baris itu dengan kunci lain di tingkat yang sama (spasi, bukan tab; dua spasi per tingkat).",
    "Line it up with the other keys at its level (spaces, not tabs; two spaces a level).",
)

#: (pattern on PyYAML's problem, what the writer did, how to fix it); the first match wins.
_KNOWN: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Message], Message]] = [
    (
        regex(r"found character '\\t' that cannot start any token|found a tab character"),
        lambda m: Message(
            "ada karakter tab; YAML hanya menerima spasi untuk indentasi dan pemisah",
            "there is a tab character; YAML accepts only spaces for indentation and separation",
        ),
        Message(
            "Ganti setiap tab dengan spasi (dua spasi per tingkat); banyak penyunting dapat mengubahnya sekaligus.",
            "Replace every tab with spaces (two spaces a level); most editors can convert them all at once.",
        ),
    ),
    (
        regex(r"found character '(?P<char>[@`%|>])' that cannot start any token"),
        lambda m: Message(
            f"nilai tidak boleh diawali '{m['char']}' tanpa tanda kutip",
            f"a value cannot start with '{m['char']}' unless it is quoted",
        ),
        _QUOTE_HINT,
    ),
    (
        regex(r"found character '(?P<char>.+)' that cannot start any token"),
        lambda m: Message(
            f"karakter '{m['char']}' tidak boleh berada di sini tanpa tanda kutip",
            f"the character '{m['char']}' cannot stand here unless it is quoted",
        ),
        _QUOTE_HINT,
    ),
    (
        regex(r"mapping values are not allowed here"),
        lambda m: Message(
            "ada titik dua (:) yang tidak diharapkan: nilai yang berisi ': ' harus diberi tanda kutip, "
            "atau baris ini menjorok lebih dalam dari kunci di atasnya",
            "an unexpected colon (:): a value holding ': ' must be quoted, "
            "or this line is indented deeper than the key above it",
        ),
        Message(
            f"{_QUOTE_HINT.id} Bila nilainya tidak berisi titik dua, periksa indentasi baris itu.",
            f"{_QUOTE_HINT.en} If the value holds no colon, check the line's indentation.",
        ),
    ),
    (
        regex(r"could not find expected ':'"),
        lambda m: Message(
            "baris ini tidak berbentuk 'kunci: nilai' (titik dua tidak ada), atau teks panjang dilanjutkan "
            "tanpa menjorok",
            "this line is not 'key: value' (the colon is missing), or a long text goes on without indentation",
        ),
        Message(
            "Tulis 'kunci: nilai' dengan spasi sesudah titik dua; teks lanjutan menjorok lebih dalam dari kuncinya, "
            "atau pakai 'kunci: |' untuk teks beberapa baris.",
            "Write 'key: value' with a space after the colon; continuation text is indented deeper than its key, "
            "or use 'key: |' for text of several lines.",
        ),
    ),
    (
        regex(r"expected <block end>, but found '<scalar>'"),
        lambda m: Message(
            "teks tambahan sesudah nilai: nilai yang diawali [ atau { dibaca sebagai daftar atau pemetaan, "
            "atau tanda kutip ditutup di tengah nilai",
            "text after the value: a value starting with [ or { is read as a list or mapping, "
            "or a quote closes in the middle of the value",
        ),
        _QUOTE_HINT,
    ),
    (
        regex(r"expected <block end>, but found|did not find expected (?:key|'-' indicator)"),
        lambda m: Message(
            "indentasi baris ini tidak cocok dengan baris di atasnya",
            "this line's indentation does not match the lines above it",
        ),
        _INDENT_HINT,
    ),
    (
        regex(r"expected ',' or '[\]}]', but"),
        lambda m: Message(
            "daftar atau pemetaan dalam kurung [ ] atau { } tidak ditutup, atau nilai diawali [ atau {",
            "a list or mapping in brackets [ ] or { } is not closed, or a value starts with [ or {",
        ),
        _QUOTE_HINT,
    ),
    (
        regex(r"found unexpected end of stream"),
        lambda m: Message(
            "tanda kutip dibuka tetapi tidak ditutup sampai akhir berkas",
            "a quote is opened but not closed before the end of the file",
        ),
        Message(
            "Tutup tanda kutip pada baris yang disebut; tanda kutip di dalam nilai ditulis dua kali ('') "
            "atau nilai diapit jenis kutip yang lain.",
            "Close the quote on the line given; a quote inside the value is written twice ('') or the value "
            "is put in the other kind of quotes.",
        ),
    ),
    (
        regex(r"escape (?:sequence|character)"),
        lambda m: Message(
            "garis miring terbalik (\\) dalam teks berkutip ganda dibaca sebagai kode escape",
            "a backslash (\\) in double-quoted text is read as an escape code",
        ),
        Message(
            "Pakai tanda kutip tunggal ('C:\\Data') atau tulis garis miring terbalik dua kali (\"C:\\\\Data\").",
            "Use single quotes ('C:\\Data') or write the backslash twice (\"C:\\\\Data\").",
        ),
    ),
    (
        regex(r"found undefined alias '(?P<name>[^']*)'"),
        lambda m: Message(
            f"alias *{m['name']} tidak merujuk ke jangkar &{m['name']} mana pun",
            f"the alias *{m['name']} refers to no anchor &{m['name']}",
        ),
        Message(
            "Nilai yang diawali * atau & harus diberi tanda kutip.", "A value starting with * or & must be quoted."
        ),
    ),
    (
        regex(r"expected alphabetic or numeric character"),
        lambda m: Message(
            "nilai yang diawali * atau & dibaca sebagai alias atau jangkar YAML",
            "a value starting with * or & is read as a YAML alias or anchor",
        ),
        _QUOTE_HINT,
    ),
    (
        regex(r"but found another document"),
        lambda m: Message(
            "berkas berisi lebih dari satu dokumen (dipisah ---)",
            "the file holds more than one document (split by ---)",
        ),
        Message(
            "Satu berkas memuat satu keputusan; hapus baris --- atau pindahkan dokumen kedua ke berkas lain.",
            "One file holds one decree; remove the --- line or move the second document to another file.",
        ),
    ),
    (
        regex(r"could not determine a constructor for the tag '(?P<tag>[^']*)'"),
        lambda m: Message(
            f"tag YAML '{m['tag']}' tidak dikenal dan tidak dijalankan",
            f"the YAML tag '{m['tag']}' is not known and is not run",
        ),
        Message(
            "Data keputusan tidak memakai tag (!...); hapus tag itu atau beri nilai tanda kutip.",
            "Decree data uses no tags (!...); remove the tag or quote the value.",
        ),
    ),
    (
        regex(r"found unhashable key"),
        lambda m: Message(
            "kunci berupa daftar atau pemetaan; kunci harus berupa teks",
            "a key is a list or a mapping; keys must be text",
        ),
        _QUOTE_HINT,
    ),
]

_OPENED = ("while scanning a simple key", "while scanning a quoted scalar", "while parsing a flow")
_READER = regex(r"unacceptable character #x(?P<code>[0-9a-fA-F]+)")


def _excerpt(text: str | None, line: int) -> str:
    """The line ``line`` (0-based) as a person sees it, tabs shown."""
    if text is None:
        return ""
    lines = text.splitlines()
    if not 0 <= line < len(lines):
        return ""
    shown = lines[line].replace("\t", "→").strip()
    return shown[:77] + "…" if len(shown) > 80 else shown


def _position(text: str | None, index: int) -> tuple[int, int]:
    """(line, column), 0-based, of a character index."""
    if text is None:
        return 0, index
    before = text[:index]
    return before.count("\n"), index - (before.rfind("\n") + 1)


def yaml_error(exc: yaml.YAMLError, text: str | None, path: str | None = None) -> UnreadableFileError:
    """The :class:`UnreadableFileError` for a YAML parse error, with its line, column and a hint."""
    if isinstance(exc, yaml.reader.ReaderError):
        line, column = _position(text, exc.position)
        code = _READER.search(str(exc))
        char = f"#x{code['code']}" if code else repr(exc.character)
        problem = Message(
            f"ada karakter kendali {char} yang tidak boleh ada dalam YAML",
            f"there is a control character {char}, not allowed in YAML",
        )
        hint = Message(
            "Hapus karakter itu (biasanya terbawa saat menyalin dari PDF atau program lain).",
            "Remove the character (usually carried over when copying from a PDF or another program).",
        )
    elif isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        # An unclosed quote, bracket or key is found where the file ends or the
        # next line begins; the person needs the line where it was opened.
        if exc.context_mark is not None and (exc.context or "").startswith(_OPENED):
            mark = exc.context_mark
        line, column = mark.line, mark.column
        problem_text = exc.problem or ""
        for pattern, describe, hint in _KNOWN:
            if match := pattern.search(problem_text):
                problem = describe(match)
                break
        else:
            problem = Message(
                f"susunan YAML tidak dapat dibaca ({problem_text})", f"the YAML cannot be read ({problem_text})"
            )
            hint = Message(
                "Periksa indentasi dan tanda titik dua pada baris itu; nilai yang berisi : , [ ] { } # "
                "diberi tanda kutip.",
                "Check the indentation and the colons on that line; quote a value holding : , [ ] { } #.",
            )
    else:
        return UnreadableFileError(Message(f"YAML tidak sah: {exc}", f"invalid YAML: {exc}"), path=path)
    shown = _excerpt(text, line)
    excerpt_id = f" Baris {line + 1}: {shown}" if shown else ""
    excerpt_en = f" Line {line + 1}: {shown}" if shown else ""
    return UnreadableFileError(
        Message(
            f"YAML tidak sah di baris {line + 1} kolom {column + 1}: {problem.id}",
            f"invalid YAML at line {line + 1} column {column + 1}: {problem.en}",
        ),
        path=path,
        hint=Message(hint.id + excerpt_id, hint.en + excerpt_en),
    )
