"""What a check reports: a finding with its rule, severity, text, place and fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..i18n import Lang, Message
from ..model import Lokasi
from .codes import severity_label


class Severity(str, Enum):
    """How serious a finding is; ``--fail-on`` compares against this order."""

    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)

    def label(self, lang: Lang | None = None) -> str:
        return severity_label(self.value, lang)


@dataclass(frozen=True)
class Fix:
    """A replacement of ``old`` by ``new`` in the finding's text.

    ``safe`` fixes are applied by ``zi-docs fix``; the others only with
    ``--unsafe-fixes`` because they need a person's judgement.
    """

    old: str
    new: str
    safe: bool = True


@dataclass(frozen=True)
class Finding:
    """One mistake, at one place: never "there is a duplicate", always which one."""

    rule: str
    """The rule's code, e.g. ``"NAM001"``."""

    severity: Severity
    message: Message
    text: str
    """The exact offending text, as it stands in the decree."""

    path: str
    """Where in the model: ``"lampiran[0].kelompok[6].anggota[2].jabatan"``."""

    description: Message
    """Where for a person: "Lampiran I, Tim Penguatan Pengawasan, baris 3"."""

    location: Lokasi | None = None
    """Where in the source file (line, paragraph, page, table row), when read from one."""

    fix: Fix | None = None
    related: tuple[str, ...] = field(default=())
    """Other model paths involved (the first occurrence of a duplicate, …)."""

    cause: str | None = None
    """The model path of the same rule's finding this one follows from (a label renumbered
    because the one before it is): it joins that finding's group, as its knock-on."""

    group: str | None = None
    """The id of the mistake this finding is an occurrence or a knock-on of
    (:func:`zi_docs.checks.grouping.group_findings`); ``None`` before grouping."""
