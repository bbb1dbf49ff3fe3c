"""Excel workbooks in and out of a decree.

* :mod:`.export`: the team composition and Rencana Aksi of a decree to ``.xlsx``
  (:func:`export_excel`);
* :mod:`.sheets` and :mod:`.tables`: such a workbook read back (:func:`read_excel`)
  and into the decree (:func:`import_excel`);
* :mod:`.members`: member lists in the layouts secretariats keep
  (:func:`load_members`), and :mod:`.merge` to put them into a decree team by team
  (:func:`merge_members`, :func:`merge_teams`);
* :mod:`.workbook`: what all of them share (opening a workbook safely, cell text,
  headers), also used by the reports' realisation sheet.
"""

from __future__ import annotations

from .export import RENCANA_AKSI_HEADERS, TEAM_HEADERS, export_excel
from .members import load_members, split_label
from .merge import LampiranSelectionError, TeamMerge, find_team_lampiran, merge_members, merge_teams
from .sheets import LembarExcel, read_excel
from .tables import import_excel, import_excel_report
from .workbook import EXCEL_SUFFIXES, HEADER_SEARCH_ROWS

__all__ = [
    "EXCEL_SUFFIXES",
    "HEADER_SEARCH_ROWS",
    "RENCANA_AKSI_HEADERS",
    "TEAM_HEADERS",
    "LampiranSelectionError",
    "LembarExcel",
    "TeamMerge",
    "export_excel",
    "find_team_lampiran",
    "import_excel",
    "import_excel_report",
    "load_members",
    "merge_members",
    "merge_teams",
    "read_excel",
    "split_label",
]
