"""Team members: the member table (in a Lampiran or in a diktum) and a team written as a list."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...grammar import (
    COLUMN_NUMBER,
    GROUP_LABEL,
    ITEM,
    LIST_GROUP,
    LIST_ROLE,
    NIP_AFTER_NAME,
    PERSON,
    TEAM,
    member_columns,
    norm,
)
from ...model import Anggota, KelompokTim, Lokasi
from ...model.area import area_dari_nama
from .cursor import Cursor, LogicalLine
from .tables import header_kind
from .text import is_caps, join


def members(cur: Cursor, path: str, rows: list[LogicalLine], default_group: str) -> list[KelompokTim]:
    """The groups and members of a member table; ``default_group`` names members before any group row."""
    groups: list[dict[str, Any]] = []
    columns: dict[int, str] = {}
    header: tuple[str, ...] | None = None
    for row in rows:
        cells = tuple(norm(c) for c in (row.cells or ()))
        if header_kind(row) == TEAM:
            if header is None:
                header, columns = cells, member_columns(cells)
            continue  # a header repeated on the next page
        if all(COLUMN_NUMBER.fullmatch(c) for c in cells if c) and len([c for c in cells if c]) > 2:
            continue  # the column-number row 1 2 3 4
        filled = [c for c in cells if c]
        if not filled:
            continue
        values = {columns.get(i, f"kolom_lain:{i + 1}"): c for i, c in enumerate(cells)}
        nama = values.get("nama", "")
        # A group row: no name in the NAMA column, a single filled cell, or a
        # bold or merged row with just a label and a name ("1." | "PENGARAH").
        merged = header is not None and len(cells) < len(header)
        # In layout text a long group name may spill into the next column; a row
        # whose cells after the marker are all capitals and has no team position
        # is a group too.
        spilled = (
            GROUP_LABEL.match(filled[0] + " x") is not None
            and all(is_caps(c) for c in filled[1:])
            and not values.get("kedudukan")
        )
        is_group = not nama or len(filled) == 1 or (len(filled) <= 2 and (merged or row.bold)) or spilled
        if is_group:
            label, name = None, norm(" ".join(filled))
            if m := GROUP_LABEL.match(name):
                label, name = m["label"], norm(m["nama"])
            groups.append({"label": label, "nama": name, "area": area_dari_nama(name), "anggota": []})
            cur.source_map[f"{path}[{len(groups) - 1}]"] = row.loc
            continue
        if not groups:
            groups.append({"label": None, "nama": norm(default_group.replace("\n", " ")) or "ANGGOTA", "anggota": []})
        anggota: dict[str, Any] = {"kolom_lain": {}}
        for key, value in values.items():
            if not value:
                continue
            if key.startswith("kolom_lain:"):
                anggota["kolom_lain"][key.split(":", 1)[1]] = value
            else:
                anggota[key] = value
        if not anggota.get("nama"):
            cur.keep(row)
            continue
        if "nip" not in anggota and (nip := NIP_AFTER_NAME.search(anggota["nama"])):
            anggota["nama"], anggota["nip"] = anggota["nama"][: nip.start()].strip(), norm(nip["nip"])
        group_members = groups[-1]["anggota"]
        group_members.append(Anggota(**anggota))
        cur.source_map[f"{path}[{len(groups) - 1}].anggota[{len(group_members) - 1}]"] = row.loc
    return [KelompokTim(**g) for g in groups]


@dataclass
class _ListedMember:
    """A member read from a list (not a table): its number, name and place in the team."""

    nomor: str | None
    nama: str
    kedudukan: str
    person: bool
    """Numbered, or titled like a person: the lines under it are the person's unit."""
    loc: Lokasi
    jabatan: str | None = None

    def model(self) -> Anggota:
        values: dict[str, Any] = {"nomor": self.nomor, "nama": self.nama, "kedudukan": self.kedudukan}
        if self.jabatan is not None:
            values["jabatan"] = self.jabatan
        return Anggota(**values)


@dataclass
class _ListedGroup:
    """A group of a team read from a list, with its members."""

    label: str
    nama: str
    anggota: list[_ListedMember] = field(default_factory=list)


#: The most words a member's name line has; a list whose entries are longer is not a team.
_NAME_WORDS = 10


def members_from_list(cur: Cursor, base: str, lines: list[LogicalLine]) -> list[KelompokTim]:
    """A team composition written as a list rather than a table:

        I.   Pengarah
             Ketua     : Kepala Badan …
        III. Dewan Redaksi
             Anggota   : 1. Dr. Ir. Adang Agustian, MP
                           Pusat Sosial Ekonomi …

    Groups are the Roman-numbered lines, roles stand before a colon, members
    are the values (numbered or not), and the lines under a person's name are
    their unit (jabatan).  Returns nothing unless the text has that shape.
    """
    groups: list[_ListedGroup] = []
    member: _ListedMember | None = None
    role = ""
    for line in lines:
        text = line.text
        value = None
        if m := LIST_GROUP.match(text):
            groups.append(_ListedGroup(label=m["label"], nama=norm(m["name"])))  # no ZI area: a list
            role, value = norm(m["name"]), m["value"]
        elif groups and (m := LIST_ROLE.match(text)):
            role, value = norm(m["role"]), m["value"]
        elif groups and member is not None and not ITEM.match(text):
            if member.person:
                member.jabatan = join(member.jabatan or "", text)
            else:
                member.nama = join(member.nama, text)
            continue
        elif groups and (m := ITEM.match(text)):
            value = text
        else:
            return []
        if value:
            nomor = None
            if m := ITEM.match(value):
                nomor, value = m["label"], m["rest"]
            # A numbered entry is a person; otherwise a title (Gelar) says so.
            member = _ListedMember(
                nomor=nomor,
                nama=norm(value),
                kedudukan=role,
                person=nomor is not None or bool(PERSON.search(value)),
                loc=line.loc,
            )
            groups[-1].anggota.append(member)
    if not groups or sum(len(g.anggota) for g in groups) < 2:
        return []
    if any(len(item.nama.split()) > _NAME_WORDS for group in groups for item in group.anggota):
        return []  # sentences, not names: a list of duties ("I. Koordinator memiliki tugas: 1. …")
    result = []
    for g_index, group in enumerate(groups):
        for a_index, item in enumerate(group.anggota):
            cur.source_map[f"{base}[{g_index}].anggota[{a_index}]"] = item.loc
        result.append(KelompokTim(label=group.label, nama=group.nama, anggota=[item.model() for item in group.anggota]))
    return result
