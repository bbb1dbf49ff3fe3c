"""How a decree, an attachment and a team look as HTML (Jupyter's ``_repr_html_``).

A Keputusan shows its outline (heading, Menimbang, Mengingat, Memperhatikan, the
diktum, the enactment, each Lampiran folded under a ``<details>``); a team Lampiran
shows its member table and a Rencana Aksi its seven-column table.  The findings of
a check are drawn by :mod:`zi_docs.checks.report.html` with the same table helpers.

Styles are inline because notebook viewers (GitHub, VS Code, nbviewer) drop
``<style>`` blocks from outputs, and every text from the decree is escaped:
a member named ``<b>`` is shown as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from ..i18n import Lang, Message, default_lang
from . import Anggota, KelompokTim, Keputusan, LampiranBebas, LampiranRencanaAksi, LampiranSusunanTim, Paragraf
from .tanggal import format_tanggal

__all__ = [
    "CELL",
    "MUTED",
    "escaped",
    "html_table",
    "kelompok_html",
    "keputusan_html",
    "lampiran_html",
    "shortened",
    "table_row",
]

_TABLE = "border-collapse:collapse;margin:0.3em 0;font-size:0.92em"
CELL = "border:1px solid #c8c8c8;padding:2px 6px;text-align:left;vertical-align:top"
_HEAD = CELL + ";background:#eef1f5;font-weight:bold"
_GROUP = CELL + ";background:#f6f6f6;font-weight:bold"
MUTED = "color:#666"

_WORDS: dict[str, Message] = {
    "members": Message("anggota", "members"),
    "groups": Message("kelompok", "groups"),
    "sections": Message("bagian", "sections"),
    "rows": Message("baris", "rows"),
    "blocks": Message("blok", "blocks"),
    "enacted": Message("Ditetapkan di", "Enacted in"),
    "on": Message("pada tanggal", "on"),
    "undated": Message("belum bertanggal", "not dated yet"),
    "unparsed": Message("potongan teks tidak terurai", "pieces of text not placed"),
    "area": Message("area", "area"),
    "no": Message("NO", "NO"),
    "nama": Message("NAMA", "NAME"),
    "jabatan": Message("JABATAN", "POSITION"),
    "kedudukan": Message("KEDUDUKAN DALAM TIM", "ROLE IN THE TEAM"),
    "nip": Message("NIP", "NIP"),
    "pangkat": Message("PANGKAT/GOLONGAN", "RANK/GRADE"),
    "komponen": Message("KOMPONEN", "COMPONENT"),
    "indikator": Message("INDIKATOR", "INDICATOR"),
    "langkah": Message("LANGKAH AKSI", "ACTION"),
    "bukti": Message("BUKTI FISIK", "EVIDENCE"),
    "waktu": Message("TARGET WAKTU", "TARGET TIME"),
    "capaian": Message("TARGET CAPAIAN", "TARGET OUTPUT"),
}


def _w(key: str, lang: Lang) -> str:
    return _WORDS[key](lang)


def escaped(value: object) -> str:
    """Escaped text with line breaks kept (a title broken where the document breaks)."""
    return "" if value is None else escape(str(value)).replace("\n", "<br>")


def shortened(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def html_table(headers: Sequence[str], body: str) -> str:
    head = "".join(f'<th style="{_HEAD}">{escape(h)}</th>' for h in headers)
    return f'<table style="{_TABLE}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def table_row(cells: Iterable[str], style: str = CELL) -> str:
    """A body row; ``cells`` are already escaped HTML."""
    return "<tr>" + "".join(f'<td style="{style}">{cell}</td>' for cell in cells) + "</tr>"


def _lang(lang: Lang | None) -> Lang:
    return lang or default_lang()


# ------------------------------------------------------------------------- members


def _member_columns(groups: Sequence[KelompokTim]) -> list[str]:
    """The model fields worth a column: NIP and rank only when some member has them,
    then every extra column of the source table, in first-seen order."""
    members = [a for g in groups for a in g.anggota]
    columns = ["nomor", "nama", "jabatan", "kedudukan"]
    columns += [name for name in ("nip", "pangkat_golongan") if any(getattr(a, name) for a in members)]
    extra: dict[str, None] = {}
    for a in members:
        extra.update(dict.fromkeys(a.kolom_lain))
    return columns + [f"kolom_lain:{key}" for key in extra]


def _header_for(column: str, lang: Lang) -> str:
    if column.startswith("kolom_lain:"):
        return column.split(":", 1)[1]
    return _w({"nomor": "no", "pangkat_golongan": "pangkat"}.get(column, column), lang)


def _member_cell(member: Anggota, column: str) -> str:
    if column.startswith("kolom_lain:"):
        return escaped(member.kolom_lain.get(column.split(":", 1)[1]))
    return escaped(getattr(member, column))


def _group_title(group: KelompokTim, lang: Lang) -> str:
    title = escaped(" ".join(part for part in (group.label, group.nama) if part))
    if group.area is not None:
        title += f' <span style="{MUTED};font-weight:normal">({_w("area", lang)}: {escape(group.area.nama)})</span>'
    return title


def _members_table(groups: Sequence[KelompokTim], lang: Lang) -> str:
    columns = _member_columns(groups)
    body = []
    for group in groups:
        body.append(f'<tr><td colspan="{len(columns)}" style="{_GROUP}">{_group_title(group, lang)}</td></tr>')
        body.extend(table_row(_member_cell(a, c) for c in columns) for a in group.anggota)
    return html_table([_header_for(c, lang) for c in columns], "".join(body))


def kelompok_html(kelompok: KelompokTim, lang: Lang | None = None) -> str:
    """One group of a team table: its name row and its members."""
    return f"<div>{_members_table([kelompok], _lang(lang))}</div>"


# --------------------------------------------------------------------- attachments


def _rencana_aksi_table(lampiran: LampiranRencanaAksi, lang: Lang) -> str:
    columns = ["no", "komponen", "indikator", "langkah", "bukti", "waktu", "capaian"]
    body = []
    for bagian in lampiran.bagian:
        title = escaped(f"{bagian.nomor} {bagian.judul}")
        if bagian.area is not None:
            title += (
                f' <span style="{MUTED};font-weight:normal">({_w("area", lang)}: {escape(bagian.area.nama)})</span>'
            )
        body.append(f'<tr><td colspan="{len(columns)}" style="{_GROUP}">{title}</td></tr>')
        for baris in bagian.baris:
            body.append(
                table_row(
                    [
                        escaped(baris.nomor),
                        escaped(baris.komponen),
                        escaped(baris.indikator),
                        escaped(baris.langkah_aksi),
                        escaped(baris.bukti_fisik),
                        escaped(baris.target_waktu.teks if baris.target_waktu else None),
                        escaped(baris.target_capaian.teks if baris.target_capaian else None),
                    ]
                )
            )
    return html_table([_w(c, lang) for c in columns], "".join(body))


def _bebas(lampiran: LampiranBebas) -> str:
    parts = []
    for blok in lampiran.isi:
        if isinstance(blok, Paragraf):
            parts.append(f"<p>{escaped(blok.teks)}</p>")
            continue
        head, rest = blok.baris[: blok.baris_judul], blok.baris[blok.baris_judul :]
        rows = "".join(table_row((escaped(c) for c in r), _HEAD) for r in head)
        rows += "".join(table_row(escaped(c) for c in r) for r in rest)
        parts.append(f'<table style="{_TABLE}"><tbody>{rows}</tbody></table>')
    return "".join(parts)


def _lampiran_name(lampiran: Any) -> str:
    return f"LAMPIRAN {lampiran.nomor}" if lampiran.nomor else "LAMPIRAN"


def _lampiran_counts(lampiran: Any, lang: Lang) -> str:
    if isinstance(lampiran, LampiranSusunanTim):
        members = sum(len(k.anggota) for k in lampiran.kelompok)
        return f"{len(lampiran.kelompok)} {_w('groups', lang)}, {members} {_w('members', lang)}"
    if isinstance(lampiran, LampiranRencanaAksi):
        rows = sum(len(b.baris) for b in lampiran.bagian)
        return f"{len(lampiran.bagian)} {_w('sections', lang)}, {rows} {_w('rows', lang)}"
    return f"{len(lampiran.isi)} {_w('blocks', lang)}"


def _lampiran_body(lampiran: Any, lang: Lang) -> str:
    if isinstance(lampiran, LampiranSusunanTim):
        return _members_table(lampiran.kelompok, lang)
    if isinstance(lampiran, LampiranRencanaAksi):
        return _rencana_aksi_table(lampiran, lang)
    return _bebas(lampiran)


def lampiran_html(lampiran: Any, lang: Lang | None = None) -> str:
    """An attachment: its number and title, then its table (or paragraphs)."""
    lang = _lang(lang)
    title = f"<b>{escape(_lampiran_name(lampiran))}</b> — {escaped(lampiran.judul)}"
    counts = f' <span style="{MUTED}">({escape(_lampiran_counts(lampiran, lang))})</span>'
    return f"<div><div>{title}{counts}</div>{_lampiran_body(lampiran, lang)}</div>"


# ------------------------------------------------------------------------- decree


def _items(items: Sequence[Any]) -> str:
    """A numbered part (Menimbang, Mengingat …) as a list with its printed markers."""
    lines = []
    for item in items:
        label = f"<b>{escape(item.label)}</b> " if getattr(item, "label", None) else ""
        lines.append(f"<li style='list-style:none'>{label}{escaped(shortened(item.teks))}</li>")
    return f"<ul style='margin:0.2em 0;padding-left:1.2em'>{''.join(lines)}</ul>"


def _section(title: str, body: str, *, open_: bool = True, count: int | None = None) -> str:
    shown = f"{escape(title)}" + (f' <span style="{MUTED}">({count})</span>' if count is not None else "")
    return f"<details{' open' if open_ else ''}><summary><b>{shown}</b></summary>{body}</details>"


def keputusan_html(keputusan: Keputusan, lang: Lang | None = None) -> str:
    """The decree's outline: heading, each part with its items, the enactment, and each
    Lampiran folded with its table."""
    lang = _lang(lang)
    k = keputusan.kepala
    issuer = " ".join(part for part in (k.jenis, k.pejabat, k.instansi) if part)
    nomor = f"NOMOR {k.nomor}" + (f" TAHUN {k.tahun}" if k.tahun is not None else "")
    heading = f"{escaped(issuer)}<br>{escaped(nomor)}<br>TENTANG<br>{escaped(k.tentang)}"
    parts = [f'<div style="text-align:center;font-weight:bold">{heading}</div>']
    if keputusan.jabatan_pembentuk:
        parts.append(f'<div style="text-align:center;margin:0.3em 0">{escaped(keputusan.jabatan_pembentuk)}</div>')
    for name, items in (
        ("Menimbang", keputusan.menimbang),
        ("Mengingat", keputusan.mengingat),
        ("Memperhatikan", keputusan.memperhatikan),
    ):
        if items:
            parts.append(_section(name, _items(items), count=len(items)))
    if keputusan.menetapkan:
        parts.append(f"<div><b>Menetapkan</b>: {escaped(keputusan.menetapkan)}</div>")
    if keputusan.diktum:
        lines = [
            f"<li style='list-style:none'><b>{escape(d.label)}</b> : {escaped(shortened(d.teks))}"
            + (f' <span style="{MUTED}">(+{len(d.rincian)})</span>' if d.rincian else "")
            + "</li>"
            for d in keputusan.diktum
        ]
        body = f"<ul style='margin:0.2em 0;padding-left:1.2em'>{''.join(lines)}</ul>"
        body += "".join(_members_table(d.kelompok, lang) for d in keputusan.diktum if d.kelompok)
        parts.append(_section("Diktum", body, count=len(keputusan.diktum)))
    if keputusan.penetapan is not None:
        p = keputusan.penetapan
        when = format_tanggal(p.tanggal) if p.tanggal is not None else _w("undated", lang)
        parts.append(
            f"<div>{_w('enacted', lang)} {escaped(p.tempat or '?')}, {_w('on', lang)} {escape(when)} — "
            f"{escaped(p.jabatan)} <b>{escaped(p.nama)}</b></div>"
        )
    for lampiran in keputusan.lampiran:
        title = f"{_lampiran_name(lampiran)}: {shortened(lampiran.judul, 100)} ({_lampiran_counts(lampiran, lang)})"
        parts.append(_section(title, _lampiran_body(lampiran, lang), open_=False))
    if keputusan.tidak_terurai:
        n = len(keputusan.tidak_terurai)
        items = "".join(f"<li>{escaped(shortened(t.teks))}</li>" for t in keputusan.tidak_terurai)
        parts.append(_section(f"{n} {_w('unparsed', lang)}", f"<ul>{items}</ul>", open_=False))
    return f'<div class="zi-docs-keputusan" style="max-width:60em">{"".join(parts)}</div>'
