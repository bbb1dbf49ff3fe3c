"""Load a decree from YAML or JSON and save it back, without loss.

``load`` reports every problem in the data at once, each with its path in the
document and its line in the file; ``save`` writes atomically so that an
interrupted save never leaves half a file where a good one was.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import (
    InvalidDataError,
    LimitExceededError,
    Problem,
    UnreadableFileError,
    UnsupportedFormatError,
    ZiDocsError,
)
from ..i18n import Message
from ..model import Keputusan
from ..storage.regex_cache import regex
from .files import (
    JSON_SUFFIXES,
    TEXT_SUFFIXES,  # noqa: F401  (importable from here too, as it always was)
    YAML_SUFFIXES,
    read_text_utf8,
)
from .resources import resource_dir
from .validation import problems_from
from .writing import refuse_overwriting_inputs, write_atomic  # noqa: F401  (importable from here, as always)
from .yaml_io import YamlDocument, dump_yaml

#: ``save(..., schema=AUTO)`` points the file at the JSON Schema shipped with zi_docs.
AUTO = "auto"


#: Largest decree data file read, in bytes (a real decree is a few hundred kB).
MAX_BYTES = 20 * 1024 * 1024


def _too_deep(path: Path) -> LimitExceededError:
    return LimitExceededError(
        Message("data bersarang terlalu dalam untuk dibaca", "the data is nested too deeply to be read"),
        path=path,
        hint=Message(
            "Periksa asal berkas; data keputusan hanya bersarang beberapa tingkat.",
            "Check where the file comes from; decree data is nested only a few levels.",
        ),
    )


def _validate(data: Any, path: Path, line_of: Any = None) -> Keputusan:
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k != "$schema"}
    elif data is not None:
        raise InvalidDataError(
            [
                Problem(
                    "(dokumen)",
                    Message(
                        "isi berkas harus berupa pemetaan (kepala: …, menimbang: …)",
                        "the file must hold a mapping (kepala: …, menimbang: …)",
                    ),
                )
            ],
            path=path,
        )
    if data is None:
        raise InvalidDataError([Problem("(dokumen)", Message("berkas kosong", "the file is empty"))], path=path)
    try:
        return Keputusan.model_validate(data)
    except RecursionError:
        raise _too_deep(path) from None
    except ValidationError as exc:
        raise InvalidDataError(problems_from(exc, Keputusan, line_of), path=path) from None


def load(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> Keputusan:
    """Read a decree from a ``.yaml``/``.yml`` or ``.json`` file and validate it.

    Raises :class:`~zi_docs.errors.InvalidDataError` listing every problem (path in
    the document, line in the file, message),
    :class:`~zi_docs.errors.UnreadableFileError` when the file cannot be parsed, or
    :class:`~zi_docs.errors.LimitExceededError` when it is larger than ``max_bytes``
    (default :data:`MAX_BYTES`, checked before reading) or expands too far.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in YAML_SUFFIXES + JSON_SUFFIXES:
        raise UnsupportedFormatError(
            Message(
                f"format '{suffix or path.name}' tidak didukung untuk data keputusan",
                f"format '{suffix or path.name}' is not supported for decree data",
            ),
            path=path,
            hint=Message("Gunakan berkas .yaml atau .json.", "Use a .yaml or .json file."),
        )
    text = read_text_utf8(path, MAX_BYTES if max_bytes is None else max_bytes)
    if suffix in JSON_SUFFIXES:
        try:
            data = json.loads(text)
        except RecursionError:
            raise _too_deep(path) from None
        except json.JSONDecodeError as exc:
            raise UnreadableFileError(
                Message(
                    f"JSON tidak sah di baris {exc.lineno} kolom {exc.colno}: {exc.msg}",
                    f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
                ),
                path=path,
            ) from None
        return _validate(data, path)
    document = YamlDocument(text, str(path))
    return _validate(document.data, path, document.line_of)


def _without_empty(value: Any) -> Any:
    """Drop keys whose value is ``None`` or an empty list or mapping.

    Every such field has that value as its default, so nothing is lost, and a
    person reading the YAML sees only what the decree says.
    """
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v is not None and v != [] and v != {}}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def to_data(keputusan: Keputusan) -> dict[str, Any]:
    """The decree as plain data (dates as ISO text), with empty fields left out."""
    return _without_empty(keputusan.model_dump(mode="json"))


def schema_reference(target: Path) -> str:
    """Where a file saved at ``target`` finds the bundled JSON Schema: a relative path
    when both are on one drive (it survives moving the folder together), else a URI."""
    schema = resource_dir("schemas") / "keputusan.schema.json"
    try:
        return Path(os.path.relpath(schema, target.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return schema.as_uri()


def dumps(keputusan: Keputusan, fmt: str = "yaml", schema: str | None = None) -> str:
    """The decree as YAML or JSON text; ``schema`` names the JSON Schema for editors."""
    data = to_data(keputusan)
    if fmt == "json":
        if schema:
            data = {"$schema": schema, **data}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    header = f"# yaml-language-server: $schema={schema}\n" if schema else ""
    return header + dump_yaml(data)


def save(
    keputusan: Keputusan,
    path: str | os.PathLike[str],
    schema: str | None = AUTO,
    *,
    like: str | os.PathLike[str] | None = None,
) -> Path:
    """Write the decree to ``path`` as YAML or JSON (by its suffix); returns the path.

    The file names its JSON Schema (``schema``: a path or URL; ``AUTO`` for the one
    shipped with zi_docs; ``None`` for none) so that editors complete and check it.

    ``like`` names the YAML file the decree was loaded from: a YAML ``path`` is then
    that file with only the changed values changed, its comments (the
    ``# zi-docs: abaikan …`` marks among them), key order, quoting and schema line
    kept (``schema`` is not used).  Should the kept file not read back as exactly
    this decree, it is written afresh instead, as without ``like``.
    """
    path = Path(path)
    fmt = _format_of(path)
    if like is not None and fmt == "yaml" and Path(like).suffix.lower() in YAML_SUFFIXES:
        kept = _kept_yaml(keputusan, Path(like), path)
        if kept is not None:
            write_atomic(path, kept)
            return path
    if schema == AUTO:
        schema = schema_reference(path)
    write_atomic(path, dumps(keputusan, fmt, schema))
    return path


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return "yaml"
    if suffix in JSON_SUFFIXES:
        return "json"
    raise UnsupportedFormatError(
        Message(f"tidak dapat menyimpan ke format '{suffix}'", f"cannot save to format '{suffix}'"),
        path=path,
        hint=Message("Gunakan akhiran .yaml atau .json.", "Use a .yaml or .json suffix."),
    )


def _kept_yaml(keputusan: Keputusan, like: Path, target: Path) -> str | None:
    """The text of ``like`` changed to hold ``keputusan``, or None when it cannot be kept."""
    # Imported here: only the commands that rewrite a file need ruamel.yaml.
    from .yaml_roundtrip import RoundTripError, update_yaml

    original = load(like)
    text = read_text_utf8(like, MAX_BYTES)
    wanted = to_data(keputusan)
    # The closest to the original first (values written as their text, untouched
    # lines byte for byte); the next when that does not read back as the decree.
    for shorthand, keep_lines in ((True, True), (True, False), (False, True), (False, False)):
        try:
            updated = update_yaml(text, to_data(original), wanted, shorthand=shorthand, keep_lines=keep_lines)
        except RoundTripError:
            return None
        updated = move_schema_line(updated, like, target)
        try:
            document = YamlDocument(updated, str(target))
            if to_data(_validate(document.data, target, document.line_of)) == wanted:
                return updated
        except ZiDocsError:
            pass
    return None


_SCHEMA_LINE = regex(r"^(# yaml-language-server: \$schema=)(\S+)", re.MULTILINE)


def move_schema_line(text: str, source: Path, target: Path) -> str:
    """The schema line of a file moved from ``source`` to ``target``, still naming its schema.

    A relative schema path that leads to a file from ``source``'s folder is
    written relative to ``target``'s folder; a URL or a path that leads nowhere
    stays as written.
    """
    match = _SCHEMA_LINE.search(text)
    if match is None or "://" in match[2] or Path(match[2]).is_absolute():
        return text
    schema = (source.resolve().parent / match[2]).resolve()
    if not schema.is_file():
        return text
    try:
        moved = Path(os.path.relpath(schema, target.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        moved = schema.as_uri()
    return text[: match.start(2)] + moved + text[match.end(2) :]
