"""The one family of errors zi_docs raises for bad input.

Every error carries a message in Indonesian and English that says what is wrong,
where, and what to do; the command line prints it and exits with 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .i18n import Lang, Message


class ZiDocsError(Exception):
    """Base of every error caused by the user's input rather than by zi_docs itself."""

    def __init__(self, message: Message, *, path: str | Path | None = None, hint: Message | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.hint = hint
        super().__init__(self.text())

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled with its fields (``zi-docs check -j`` returns errors from worker
        # processes); the default would call __init__ with the text alone.
        return (_rebuild, (type(self), self.__dict__.copy(), self.args))

    def text(self, lang: Lang | None = None) -> str:
        """The whole message for a person: file, what is wrong, what to do."""
        lines = [f"{self.path}: {self.message(lang)}" if self.path else self.message(lang)]
        lines += self.detail_lines(lang)
        if self.hint is not None:
            lines.append(self.hint(lang))
        return "\n".join(lines)

    def detail_lines(self, lang: Lang | None = None) -> list[str]:
        return []


def _rebuild(cls: type[ZiDocsError], state: dict[str, object], args: tuple[object, ...]) -> ZiDocsError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    error.args = args
    return error


class UnreadableFileError(ZiDocsError):
    """The file is missing, cannot be opened, or is not what its name says."""


class UnsupportedFormatError(ZiDocsError):
    """zi_docs has no reader or writer for this kind of file."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, with where it is."""

    where: str
    """A path in the document (``lampiran[0].kelompok[2].anggota[4].jabatan``) or a
    place in a spreadsheet (``lembar 'PENGARAH', baris 5``)."""

    message: Message
    line: int | None = None
    """The line in the source file, where known."""

    def text(self, lang: Lang | None = None) -> str:
        place = self.where if self.line is None else f"{self.where} ({'line' if lang == 'en' else 'baris'} {self.line})"
        return f"{place}: {self.message(lang)}"


class InvalidDataError(ZiDocsError):
    """The data does not fit the decree model; every problem is listed at once."""

    def __init__(
        self,
        problems: list[Problem],
        *,
        path: str | Path | None = None,
        message: Message | None = None,
        hint: Message | None = None,
    ):
        self.problems = problems
        count = len(problems)
        super().__init__(
            message
            or Message(
                f"data tidak sah, {count} masalah:",
                f"invalid data, {count} problem{'s' if count != 1 else ''}:",
            ),
            path=path,
            hint=hint,
        )

    def detail_lines(self, lang: Lang | None = None) -> list[str]:
        return [f"  - {p.text(lang)}" for p in self.problems]


class TemplateError(ZiDocsError):
    """A DOCX template is broken or asks for something the model does not provide."""


class ConversionError(ZiDocsError):
    """Converting a document (DOCX to PDF through LibreOffice) failed."""


class LimitExceededError(ZiDocsError):
    """The input is larger than zi_docs is set to accept (size, expansion, depth)."""


class UnwritableFileError(ZiDocsError, OSError):
    """An output file cannot be written (folder missing or read-only, disk full, …).

    Also an :class:`OSError`, so code that already handles ``OSError`` from a write
    keeps working; ``errno``, ``strerror`` and ``filename`` are those of the cause.
    """

    def __init__(
        self,
        message: Message,
        *,
        path: str | Path | None = None,
        hint: Message | None = None,
        cause: OSError | None = None,
    ):
        super().__init__(message, path=path, hint=hint)
        if cause is not None:
            self.errno, self.strerror, self.filename = cause.errno, cause.strerror, cause.filename

    def __str__(self) -> str:
        return self.text()


class NotADecreeError(ZiDocsError):
    """The input has none of a decree's landmarks (heading, Menimbang/Mengingat,
    MEMUTUSKAN/Menetapkan, diktum, Lampiran): a letter, a list, a spreadsheet, random bytes."""
