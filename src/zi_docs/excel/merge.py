"""Put imported teams into a decree's team-composition Lampiran, team by team.

A workbook usually holds some of the teams of a Lampiran (the secretariat's list of
the six area teams, without PENGARAH and TIM KERJA), so by default only the teams
it names are replaced; the others stay where they are and new ones are added after
them.  With ``replace=True`` the workbook becomes the whole Lampiran.  Either way
:class:`TeamMerge` says which teams were replaced, added, kept or removed, so that
nothing vanishes without being named.  Teams are the same when their names are,
compared without regard to case and spacing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import ZiDocsError
from ..i18n import Message
from ..model import KelompokTim, Keputusan, LampiranSusunanTim
from .workbook import group_key

__all__ = ["LampiranSelectionError", "TeamMerge", "find_team_lampiran", "merge_groups", "merge_members", "merge_teams"]


class LampiranSelectionError(ZiDocsError):
    """The decree has no team-composition Lampiran to import into, or more than one."""

    def __init__(self, message: Message, *, available: list[str], hint: Message | None = None):
        self.available = available
        super().__init__(message, hint=hint)


def _describe(nomor: str | None) -> str:
    return nomor if nomor is not None else "(tanpa nomor)"


def find_team_lampiran(keputusan: Keputusan, lampiran: str | None = None) -> int:
    """The index in ``keputusan.lampiran`` of the team-composition Lampiran to fill.

    ``lampiran`` is its number as printed (``"I"``, compared without regard to case);
    ``None`` picks the only team-composition Lampiran.  Raises
    :class:`LampiranSelectionError`, naming the Lampiran present, when there is no
    such Lampiran, it is of another kind, or the choice is ambiguous.
    """
    listed = ", ".join(f"{_describe(item.nomor)} ({item.jenis})" for item in keputusan.lampiran) or "-"
    available = [_describe(item.nomor) for item in keputusan.lampiran]
    if lampiran is not None:
        wanted = lampiran.strip().upper()
        matches = [i for i, item in enumerate(keputusan.lampiran) if (item.nomor or "").strip().upper() == wanted]
        if not matches:
            raise LampiranSelectionError(
                Message(
                    f"tidak ada Lampiran {lampiran}; Lampiran yang ada: {listed}",
                    f"there is no Lampiran {lampiran}; Lampiran present: {listed}",
                ),
                available=available,
            )
        if len(matches) > 1:
            raise LampiranSelectionError(
                Message(
                    f"ada {len(matches)} Lampiran bernomor {lampiran}; perbaiki nomornya di keputusan",
                    f"{len(matches)} Lampiran are numbered {lampiran}; fix their numbers in the decree",
                ),
                available=available,
            )
        index = matches[0]
        if not isinstance(keputusan.lampiran[index], LampiranSusunanTim):
            raise LampiranSelectionError(
                Message(
                    f"Lampiran {lampiran} bukan susunan tim (jenis {keputusan.lampiran[index].jenis}); "
                    f"Lampiran yang ada: {listed}",
                    f"Lampiran {lampiran} is not a team composition (jenis {keputusan.lampiran[index].jenis}); "
                    f"Lampiran present: {listed}",
                ),
                available=available,
            )
    else:
        matches = [i for i, item in enumerate(keputusan.lampiran) if isinstance(item, LampiranSusunanTim)]
        if len(matches) != 1:
            numbers = ", ".join(_describe(keputusan.lampiran[i].nomor) for i in matches)
            raise LampiranSelectionError(
                Message(
                    f"keputusan tidak punya Lampiran susunan tim; Lampiran yang ada: {listed}"
                    if not matches
                    else f"keputusan punya {len(matches)} Lampiran susunan tim ({numbers}); pilih salah satu",
                    f"the decree has no team-composition Lampiran; Lampiran present: {listed}"
                    if not matches
                    else f"the decree has {len(matches)} team-composition Lampiran ({numbers}); choose one",
                ),
                available=available,
                hint=Message(
                    "Tambahkan Lampiran berjenis susunan_tim ke keputusan."
                    if not matches
                    else 'Sebutkan nomornya: --lampiran I (di Python: lampiran="I").',
                    "Add a Lampiran with jenis susunan_tim to the decree."
                    if not matches
                    else 'Give its number: --lampiran I (in Python: lampiran="I").',
                ),
            )
        index = matches[0]
    return index


# ------------------------------------------------------------------------- by team


def _name(group: KelompokTim) -> str:
    return " ".join(part for part in (group.label, " ".join(group.nama.split())) if part)


@dataclass(frozen=True)
class TeamMerge:
    """What an import did to one team-composition Lampiran: each team's name, by what happened to it."""

    lampiran: str | None
    """The Lampiran's number (``"I"``), ``None`` for an unnumbered one."""

    replaced: tuple[str, ...] = ()
    """Teams of the decree whose members now come from the workbook."""

    added: tuple[str, ...] = ()
    """Teams of the workbook the decree did not have."""

    kept: tuple[str, ...] = ()
    """Teams of the decree the workbook does not name, left as they were."""

    removed: tuple[str, ...] = ()
    """Teams of the decree the workbook does not name, dropped (only with ``replace=True``)."""

    def message(self) -> Message:
        """One line per kind of change, for the person who ran the import."""
        where = f"Lampiran {self.lampiran}" if self.lampiran else "Lampiran"
        parts = [
            (self.replaced, "diganti", "replaced"),
            (self.added, "ditambahkan", "added"),
            (self.kept, "tetap (tidak ada di buku kerja)", "kept (not in the workbook)"),
            (self.removed, "dihapus (tidak ada di buku kerja)", "removed (not in the workbook)"),
        ]
        lines_id = [f"{where}: {len(names)} tim {id_} ({'; '.join(names)})" for names, id_, _ in parts if names]
        lines_en = [
            f"{where}: {len(names)} team{'s' if len(names) != 1 else ''} {en} ({'; '.join(names)})"
            for names, _, en in parts
            if names
        ]
        return Message("\n".join(lines_id), "\n".join(lines_en))


def _inherit(group: KelompokTim, old: KelompokTim, *, keep_area: bool, keep_label: bool) -> None:
    # The workbook has no column for them (or left them empty); the decree's author set them by hand.
    if keep_area and group.area is None:
        group.area = old.area
    if keep_label and group.label is None:
        group.label = old.label


def merge_groups(
    old: Sequence[KelompokTim],
    new: Sequence[KelompokTim],
    *,
    replace: bool = False,
    keep_area: bool = True,
    keep_label: bool = True,
    lampiran: str | None = None,
) -> tuple[list[KelompokTim], TeamMerge]:
    """The groups of a Lampiran after an import of ``new``, and what happened to each team.

    Without ``replace`` a new group takes the place of the old group of the same name,
    the old groups the import does not name stay, and the other new groups follow
    them in their order.  With ``replace`` the new groups, in their order, are the
    whole list.  A new group without an area or a label takes the old group's
    (``keep_area``, ``keep_label``).  The groups returned are copies.
    """
    new = [group.model_copy(deep=True) for group in new]
    old_by_key: dict[str, KelompokTim] = {}
    for group in old:
        old_by_key.setdefault(group_key(group.nama), group)
    new_keys = {group_key(group.nama) for group in new}
    for group in new:
        if (previous := old_by_key.get(group_key(group.nama))) is not None:
            _inherit(group, previous, keep_area=keep_area, keep_label=keep_label)
    replaced = tuple(_name(g) for g in old if group_key(g.nama) in new_keys)
    added = tuple(_name(g) for g in new if group_key(g.nama) not in old_by_key)
    if replace:
        gone = tuple(_name(g) for g in old if group_key(g.nama) not in new_keys)
        return new, TeamMerge(lampiran, replaced=replaced, added=added, removed=gone)
    by_key: dict[str, list[KelompokTim]] = {}
    for group in new:
        by_key.setdefault(group_key(group.nama), []).append(group)
    merged: list[KelompokTim] = []
    kept: list[str] = []
    for group in old:
        key = group_key(group.nama)
        if key not in new_keys:
            merged.append(group.model_copy(deep=True))
            kept.append(_name(group))
        elif key in by_key:  # a second old group of that name is replaced by the same import
            merged.extend(by_key.pop(key))
    merged.extend(group for groups in by_key.values() for group in groups)
    return merged, TeamMerge(lampiran, replaced=replaced, added=added, kept=tuple(kept))


def merge_teams(
    keputusan: Keputusan, kelompok: Sequence[KelompokTim], lampiran: str | None = None, *, replace: bool = False
) -> tuple[Keputusan, TeamMerge]:
    """A copy of the decree with ``kelompok`` merged into its team-composition Lampiran, and what changed.

    ``lampiran`` is the Lampiran's number as printed (``"I"``); ``None`` picks the only
    team-composition one (see :func:`find_team_lampiran`).  Only the teams named in
    ``kelompok`` are replaced; the others are kept, unless ``replace`` (then the
    Lampiran holds exactly ``kelompok``; :attr:`TeamMerge.removed` names what went).
    An old team's ``area`` (and its ``label`` when the import has none) is kept for
    the imported team of the same name.  Neither ``keputusan`` nor ``kelompok`` is changed.
    """
    index = find_team_lampiran(keputusan, lampiran)
    result = keputusan.model_copy(deep=True)
    target = result.lampiran[index]
    assert isinstance(target, LampiranSusunanTim)
    target.kelompok, report = merge_groups(target.kelompok, kelompok, replace=replace, lampiran=target.nomor)
    return result, report


def merge_members(
    keputusan: Keputusan, kelompok: Sequence[KelompokTim], lampiran: str | None = None, *, replace: bool = False
) -> Keputusan:
    """A copy of the decree with ``kelompok`` merged into its team-composition Lampiran.

    :func:`merge_teams` without the account of what changed: only the teams named in
    ``kelompok`` are replaced, unless ``replace``.
    """
    return merge_teams(keputusan, kelompok, lampiran, replace=replace)[0]
