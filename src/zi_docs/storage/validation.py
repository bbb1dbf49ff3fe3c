"""Pydantic's validation errors, told to a person: a path in the document and a message.

Pydantic's own messages are English and name internal types; legal staff need
``lampiran[0].kelompok[2].anggota[4].jabatan: wajib diisi``.  The translation table
is ours because pydantic ships no Indonesian messages.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from rapidfuzz import process

from ..errors import Problem
from ..i18n import Message

#: The values of every discriminator in the model; pydantic puts the chosen one into
#: an error's location after the list index, where a person does not expect it.
_TAGS = {"susunan_tim", "rencana_aksi", "bebas", "paragraf", "tabel"}
_DATE_HINT = Message(
    "tulis tanggal sebagai 2025-09-08 atau 8 September 2025",
    "write the date as 2025-09-08 or 8 September 2025",
)


def path_of(loc: Sequence[int | str]) -> list[int | str]:
    """Pydantic's error location without the union tags it inserts."""
    path: list[int | str] = []
    for part in loc:
        if isinstance(part, str) and part in _TAGS and path and isinstance(path[-1], int):
            continue
        path.append(part)
    return path


def format_path(path: Sequence[int | str]) -> str:
    """``["lampiran", 0, "kelompok"]`` → ``lampiran[0].kelompok``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(dokumen)"


def _model_classes(annotation: Any) -> list[type[BaseModel]]:
    """The model classes an annotation can hold, looking through lists, unions, Annotated."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _model_classes(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        return [m for arg in typing.get_args(annotation) for m in _model_classes(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def _model_at(root: type[BaseModel], loc: Sequence[int | str]) -> type[BaseModel] | None:
    """The model class that holds the field at ``loc`` (to list its known fields)."""
    current: list[type[BaseModel]] = [root]
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        if part in _TAGS:
            current = [
                m
                for m in current
                if m.model_fields.get("jenis") is not None and part in str(m.model_fields["jenis"].annotation)
            ]
            continue
        nxt: list[type[BaseModel]] = []
        for model in current:
            field = model.model_fields.get(part)
            if field is not None:
                nxt += _model_classes(field.annotation)
        current = nxt
        if not current:
            return None
    return current[0] if len(current) == 1 else None


def _expected(ctx: dict[str, Any]) -> str:
    return str(ctx.get("expected", ctx.get("expected_tags", ""))).replace("'", "")


def _unknown_key(root: type[BaseModel] | None, loc: Sequence[int | str]) -> Message:
    name = str(loc[-1])
    model = _model_at(root, loc) if root else None
    if model is None:
        return Message(f"kolom '{name}' tidak dikenal", f"unknown field '{name}'")
    known = list(model.model_fields)
    match = process.extractOne(name, known, score_cutoff=70)
    if match:
        return Message(
            f"kolom '{name}' tidak dikenal; maksudnya '{match[0]}'?",
            f"unknown field '{name}'; did you mean '{match[0]}'?",
        )
    listed = ", ".join(known)
    return Message(
        f"kolom '{name}' tidak dikenal; kolom yang dikenal di sini: {listed}",
        f"unknown field '{name}'; the fields known here: {listed}",
    )


_SIMPLE: dict[str, Callable[[dict[str, Any]], Message]] = {
    "missing": lambda c: Message("wajib diisi", "is required"),
    "string_type": lambda c: Message("harus berupa teks", "must be text"),
    "int_type": lambda c: Message("harus berupa bilangan bulat", "must be a whole number"),
    "int_parsing": lambda c: Message("harus berupa bilangan bulat", "must be a whole number"),
    "int_from_float": lambda c: Message("harus berupa bilangan bulat", "must be a whole number"),
    "bool_type": lambda c: Message("harus true atau false", "must be true or false"),
    "bool_parsing": lambda c: Message("harus true atau false", "must be true or false"),
    "list_type": lambda c: Message("harus berupa daftar (- butir)", "must be a list (- items)"),
    "dict_type": lambda c: Message("harus berupa pemetaan (kunci: nilai)", "must be a mapping (key: value)"),
    "model_type": lambda c: Message("harus berupa pemetaan (kunci: nilai)", "must be a mapping (key: value)"),
    "model_attributes_type": lambda c: Message(
        "harus berupa pemetaan (kunci: nilai)", "must be a mapping (key: value)"
    ),
    "date_type": lambda c: Message(f"bukan tanggal; {_DATE_HINT.id}", f"not a date; {_DATE_HINT.en}"),
    "date_parsing": lambda c: Message(f"bukan tanggal yang sah; {_DATE_HINT.id}", f"not a valid date; {_DATE_HINT.en}"),
    "date_from_datetime_parsing": lambda c: Message(
        f"bukan tanggal yang sah; {_DATE_HINT.id}", f"not a valid date; {_DATE_HINT.en}"
    ),
    "tanggal_tidak_sah": lambda c: Message(
        f"'{c['teks']}' bukan tanggal; {_DATE_HINT.id}", f"'{c['teks']}' is not a date; {_DATE_HINT.en}"
    ),
    "tanggal_tidak_ada": lambda c: Message(
        f"tanggal {c['teks']} tidak ada: {c['bulan']} {c['tahun']} hanya sampai tanggal {c['hari_terakhir']}"
        if c["hari_terakhir"]
        else f"tanggal {c['teks']} tidak ada: bulan harus 1 sampai 12",
        f"the date {c['teks']} does not exist: {c['bulan']} {c['tahun']} has {c['hari_terakhir']} days"
        if c["hari_terakhir"]
        else f"the date {c['teks']} does not exist: the month must be 1 to 12",
    ),
    "bulan_tidak_dikenal": lambda c: Message(
        f"nama bulan '{c['bulan']}' tidak dikenal (Januari … Desember)",
        f"unknown month name '{c['bulan']}' (Januari … Desember)",
    ),
    "literal_error": lambda c: Message(f"harus salah satu dari: {_expected(c)}", f"must be one of: {_expected(c)}"),
    "enum": lambda c: Message(f"harus salah satu dari: {_expected(c)}", f"must be one of: {_expected(c)}"),
    "union_tag_invalid": lambda c: Message(
        f"jenis '{c.get('tag')}' tidak dikenal; harus salah satu dari: {_expected(c)}",
        f"unknown jenis '{c.get('tag')}'; must be one of: {_expected(c)}",
    ),
    "greater_than_equal": lambda c: Message(f"harus paling sedikit {c.get('ge')}", f"must be at least {c.get('ge')}"),
}


def message_for(error: dict[str, Any], root: type[BaseModel] | None = None) -> Message:
    """The bilingual message for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return _unknown_key(root, error["loc"])
    if kind == "union_tag_not_found":
        ctx = {"expected": "susunan_tim, rencana_aksi, bebas" if "lampiran" in error["loc"] else "paragraf, tabel"}
        return Message(
            f"kolom 'jenis' wajib diisi (salah satu dari: {ctx['expected']})",
            f"the field 'jenis' is required (one of: {ctx['expected']})",
        )
    if kind in _SIMPLE:
        return _SIMPLE[kind](ctx)
    return Message(error["msg"], error["msg"])


def problems_from(
    error: ValidationError,
    root: type[BaseModel] | None = None,
    line_of: Callable[[Sequence[int | str]], int | None] | None = None,
) -> list[Problem]:
    """Every error pydantic found, each as a :class:`Problem` with its path and line."""
    problems = []
    for item in error.errors(include_url=False):
        path = path_of(item["loc"])
        problems.append(
            Problem(
                where=format_path(path),
                message=message_for(item, root),
                line=line_of(path) if line_of else None,
            )
        )
    return problems
