"""The tables of a workbook read back into the decree: each sheet into the Lampiran it names.

A team sheet is merged team by team (:func:`~.merge.merge_groups`): the teams it
names are replaced, new ones added, the others kept, unless ``replace=True``; a
Rencana Aksi sheet replaces the plan's table.  The Lampiran's title, header and
signature always stay.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InvalidDataError, Problem
from ..i18n import Message
from ..model import Keputusan, LampiranRencanaAksi, LampiranSusunanTim
from .export import sheet_number
from .merge import TeamMerge, merge_groups
from .sheets import LembarExcel, read_excel
from .workbook import sheet_place

__all__ = ["import_excel", "import_excel_report"]


def _target(keputusan: Keputusan, sheet: LembarExcel) -> int | Message:
    """The index of the Lampiran a sheet goes into, or why there is none."""
    same_kind = [i for i, lamp in enumerate(keputusan.lampiran) if lamp.jenis == sheet.jenis]
    listed = ", ".join(f"{lamp.nomor or '(tanpa nomor)'} ({lamp.jenis})" for lamp in keputusan.lampiran) or "-"
    if not sheet.named or sheet.nomor is None:
        if len(same_kind) == 1:
            return same_kind[0]
        return Message(
            f"nama lembar tidak menyebut nomor Lampiran dan keputusan punya {len(same_kind)} Lampiran {sheet.jenis}; "
            f"namai lembar 'Lampiran <nomor> …' (Lampiran yang ada: {listed})",
            f"the sheet's name gives no Lampiran number and the decree has {len(same_kind)} {sheet.jenis} Lampiran; "
            f"name the sheet 'Lampiran <number> …' (Lampiran present: {listed})",
        )
    wanted = sheet.nomor.upper()
    matches = [i for i, lamp in enumerate(keputusan.lampiran) if sheet_number(lamp.nomor or "").upper() == wanted]
    if len(matches) != 1:
        return Message(
            f"keputusan tidak punya tepat satu Lampiran {sheet.nomor} (Lampiran yang ada: {listed})",
            f"the decree has no single Lampiran {sheet.nomor} (Lampiran present: {listed})",
        )
    if keputusan.lampiran[matches[0]].jenis != sheet.jenis:
        return Message(
            f"Lampiran {sheet.nomor} berjenis {keputusan.lampiran[matches[0]].jenis}, lembar ini {sheet.jenis}",
            f"Lampiran {sheet.nomor} is of kind {keputusan.lampiran[matches[0]].jenis}, this sheet {sheet.jenis}",
        )
    return matches[0]


def _keep_areas(new: Sequence[Any], old: Sequence[Any], key: Any) -> None:
    """A workbook without an AREA ZI column keeps the areas the decree's author set."""
    areas = {key(item): item.area for item in old}
    for item in new:
        if item.area is None:
            item.area = areas.get(key(item))


def import_excel_report(
    path: str | os.PathLike[str], into: Keputusan, *, replace: bool = False
) -> tuple[Keputusan, list[TeamMerge]]:
    """:func:`import_excel`, and for each team sheet which teams were replaced, added, kept or removed."""
    path = Path(path)
    sheets = read_excel(path)
    result = into.model_copy(deep=True)
    problems: list[Problem] = []
    used: dict[int, str] = {}
    reports: list[TeamMerge] = []
    for sheet in sheets:
        target = _target(result, sheet)
        if isinstance(target, Message):
            problems.append(Problem(sheet_place(sheet.sheet), target))
            continue
        if target in used:
            problems.append(
                Problem(
                    sheet_place(sheet.sheet),
                    Message(
                        f"Lampiran ini sudah diisi dari lembar '{used[target]}'",
                        f"this Lampiran is already filled from sheet '{used[target]}'",
                    ),
                )
            )
            continue
        used[target] = sheet.sheet
        lampiran = result.lampiran[target]
        if isinstance(lampiran, LampiranSusunanTim):
            # The sheet's NO. TIM and AREA ZI columns say what they hold, empty cells included;
            # only a sheet without an AREA ZI column leaves the decree's areas as they were.
            lampiran.kelompok, report = merge_groups(
                lampiran.kelompok,
                sheet.kelompok,
                replace=replace,
                keep_area=not sheet.has_area,
                keep_label=False,
                lampiran=lampiran.nomor,
            )
            reports.append(report)
        elif isinstance(lampiran, LampiranRencanaAksi):
            if not sheet.has_area:
                _keep_areas(sheet.bagian, lampiran.bagian, lambda b: b.nomor.strip().upper())
            lampiran.bagian = sheet.bagian
    if problems:
        raise InvalidDataError(problems, path=path)
    return result, reports


def import_excel(path: str | os.PathLike[str], into: Keputusan, *, replace: bool = False) -> Keputusan:
    """A copy of ``into`` whose team and Rencana Aksi tables come from the workbook.

    Each sheet goes into the Lampiran its name gives (``"Lampiran I …"``).  A team
    sheet replaces the teams it names and adds the new ones; teams of the decree it
    does not name are kept, unless ``replace`` (then the sheet is the whole team
    list).  A Rencana Aksi sheet replaces the plan's table.  The Lampiran's title,
    header and signature stay.  Raises :class:`~zi_docs.errors.InvalidDataError`
    naming every bad cell or sheet.  :func:`import_excel_report` also says what
    happened to each team.
    """
    return import_excel_report(path, into, replace=replace)[0]
