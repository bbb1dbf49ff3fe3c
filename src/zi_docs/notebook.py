"""How decrees, attachments and findings look in Jupyter (``_repr_html_``).

A Keputusan shows its outline (heading, Menimbang, Mengingat, Memperhatikan, the
diktum, the enactment, each Lampiran folded under a ``<details>``); a team Lampiran
shows its member table and a Rencana Aksi its seven-column table; the findings of a
check show as a table with the severity coloured and the place named, as the
command line's text report does.

Styles are inline because notebook viewers (GitHub, VS Code, nbviewer) drop
``<style>`` blocks from outputs, and every text from the decree is escaped:
a member named ``<b>`` is shown as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from .i18n import Lang, default_lang
from .model import (
    Anggota,
    KelompokTim,
    Keputusan,
    LampiranBebas,
    LampiranRencanaAksi,
    LampiranSusunanTim,
    Paragraf,
)
from .model.tanggal import format_tanggal

if TYPE_CHECKING:
    from .checks.finding import Finding
    from .checks.run import FileResult

__all__ = [
    "MAX_ROWS",
    "SEVERITY_COLOURS",
    "findings_html",
    "kelompok_html",
    "keputusan_html",
    "lampiran_html",
]

#: Findings shown in one table; a notebook output of thousands of rows freezes the
#: browser, and the rest is one ``to_dataframe`` away.
MAX_ROWS = 500

#: Severity → (text colour, background), the traffic-light order reviewers expect.
SEVERITY_COLOURS = {
    "error": ("#8b0000", "#fde2e1"),
    "warning": ("#7a4b00", "#fff1cc"),
    "info": ("#0b4f8a", "#e3effb"),
}

_TABLE = "border-collapse:collapse;margin:0.3em 0;font-size:0.92em"
_CELL = "border:1px solid #c8c8c8;padding:2px 6px;text-align:left;vertical-align:top"
_HEAD = _CELL + ";background:#eef1f5;font-weight:bold"
_GROUP = _CELL + ";background:#f6f6f6;font-weight:bold"
_MUTED = "color:#666"

_WORDS = {
    "findings": ("temuan", "findings"),
    "no_findings": ("Tidak ada temuan.", "No findings."),
    "severity": ("Tingkat", "Severity"),
    "rule": ("Aturan", "Rule"),
    "message": ("Pesan", "Message"),
    "text": ("Teks", "Text"),
    "where": ("Letak", "Where"),
    "fix": ("Perbaikan", "Fix"),
    "file": ("Berkas", "File"),
    "unreadable": ("tidak dapat dibaca", "could not be read"),
    "more": (
        "… {n} temuan lagi tidak ditampilkan; gunakan zi_docs.to_dataframe()",
        "… {n} more findings not shown; use zi_docs.to_dataframe()",
    ),
    "needs_review": ("perlu ditinjau", "needs review"),
    "members": ("anggota", "members"),
    "groups": ("kelompok", "groups"),
    "sections": ("bagian", "sections"),
    "rows": ("baris", "rows"),
    "blocks": ("blok", "blocks"),
    "enacted": ("Ditetapkan di", "Enacted in"),
    "on": ("pada tanggal", "on"),
    "undated": ("belum bertanggal", "not dated yet"),
    "unparsed": ("potongan teks tidak terurai", "pieces of text not placed"),
    "area": ("area", "area"),
    "no": ("NO", "NO"),
    "nama": ("NAMA", "NAME"),
    "jabatan": ("JABATAN", "POSITION"),
    "kedudukan": ("KEDUDUKAN DALAM TIM", "ROLE IN THE TEAM"),
    "nip": ("NIP", "NIP"),
    "pangkat": ("PANGKAT/GOLONGAN", "RANK/GRADE"),
    "komponen": ("KOMPONEN", "COMPONENT"),
    "indikator": ("INDIKATOR", "INDICATOR"),
    "langkah": ("LANGKAH AKSI", "ACTION"),
    "bukti": ("BUKTI FISIK", "EVIDENCE"),
    "waktu": ("TARGET WAKTU", "TARGET TIME"),
    "capaian": ("TARGET CAPAIAN", "TARGET OUTPUT"),
}


def _w(key: str, lang: Lang) -> str:
    return _WORDS[key][1 if lang == "en" else 0]


def _e(value: object) -> str:
    """Escaped text with line breaks kept (a title broken where the document breaks)."""
    return "" if value is None else escape(str(value)).replace("\n", "<br>")


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(headers: Sequence[str], body: str) -> str:
    head = "".join(f'<th style="{_HEAD}">{escape(h)}</th>' for h in headers)
    return f'<table style="{_TABLE}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _row(cells: Iterable[str], style: str = _CELL) -> str:
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
        return _e(member.kolom_lain.get(column.split(":", 1)[1]))
    return _e(getattr(member, column))


def _group_title(group: KelompokTim, lang: Lang) -> str:
    title = _e(" ".join(part for part in (group.label, group.nama) if part))
    if group.area is not None:
        title += f' <span style="{_MUTED};font-weight:normal">({_w("area", lang)}: {escape(group.area.nama)})</span>'
    return title


def _members_table(groups: Sequence[KelompokTim], lang: Lang) -> str:
    columns = _member_columns(groups)
    body = []
    for group in groups:
        body.append(f'<tr><td colspan="{len(columns)}" style="{_GROUP}">{_group_title(group, lang)}</td></tr>')
        body.extend(_row(_member_cell(a, c) for c in columns) for a in group.anggota)
    return _table([_header_for(c, lang) for c in columns], "".join(body))


def kelompok_html(kelompok: KelompokTim, lang: Lang | None = None) -> str:
    """One group of a team table: its name row and its members."""
    return f"<div>{_members_table([kelompok], _lang(lang))}</div>"


# --------------------------------------------------------------------- attachments


def _rencana_aksi_table(lampiran: LampiranRencanaAksi, lang: Lang) -> str:
    columns = ["no", "komponen", "indikator", "langkah", "bukti", "waktu", "capaian"]
    body = []
    for bagian in lampiran.bagian:
        title = _e(f"{bagian.nomor} {bagian.judul}")
        if bagian.area is not None:
            title += (
                f' <span style="{_MUTED};font-weight:normal">({_w("area", lang)}: {escape(bagian.area.nama)})</span>'
            )
        body.append(f'<tr><td colspan="{len(columns)}" style="{_GROUP}">{title}</td></tr>')
        for baris in bagian.baris:
            body.append(
                _row(
                    [
                        _e(baris.nomor),
                        _e(baris.komponen),
                        _e(baris.indikator),
                        _e(baris.langkah_aksi),
                        _e(baris.bukti_fisik),
                        _e(baris.target_waktu.teks if baris.target_waktu else None),
                        _e(baris.target_capaian.teks if baris.target_capaian else None),
                    ]
                )
            )
    return _table([_w(c, lang) for c in columns], "".join(body))


def _bebas(lampiran: LampiranBebas) -> str:
    parts = []
    for blok in lampiran.isi:
        if isinstance(blok, Paragraf):
            parts.append(f"<p>{_e(blok.teks)}</p>")
            continue
        head, rest = blok.baris[: blok.baris_judul], blok.baris[blok.baris_judul :]
        rows = "".join(_row((_e(c) for c in r), _HEAD) for r in head)
        rows += "".join(_row(_e(c) for c in r) for r in rest)
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
    title = f"<b>{escape(_lampiran_name(lampiran))}</b> — {_e(lampiran.judul)}"
    counts = f' <span style="{_MUTED}">({escape(_lampiran_counts(lampiran, lang))})</span>'
    return f"<div><div>{title}{counts}</div>{_lampiran_body(lampiran, lang)}</div>"


# ------------------------------------------------------------------------- decree


def _items(items: Sequence[Any]) -> str:
    """A numbered part (Menimbang, Mengingat …) as a list with its printed markers."""
    lines = []
    for item in items:
        label = f"<b>{escape(item.label)}</b> " if getattr(item, "label", None) else ""
        lines.append(f"<li style='list-style:none'>{label}{_e(_short(item.teks))}</li>")
    return f"<ul style='margin:0.2em 0;padding-left:1.2em'>{''.join(lines)}</ul>"


def _section(title: str, body: str, *, open_: bool = True, count: int | None = None) -> str:
    shown = f"{escape(title)}" + (f' <span style="{_MUTED}">({count})</span>' if count is not None else "")
    return f"<details{' open' if open_ else ''}><summary><b>{shown}</b></summary>{body}</details>"


def keputusan_html(keputusan: Keputusan, lang: Lang | None = None) -> str:
    """The decree's outline: heading, each part with its items, the enactment, and each
    Lampiran folded with its table."""
    lang = _lang(lang)
    k = keputusan.kepala
    issuer = " ".join(part for part in (k.jenis, k.pejabat, k.instansi) if part)
    nomor = f"NOMOR {k.nomor}" + (f" TAHUN {k.tahun}" if k.tahun is not None else "")
    heading = f"{_e(issuer)}<br>{_e(nomor)}<br>TENTANG<br>{_e(k.tentang)}"
    parts = [f'<div style="text-align:center;font-weight:bold">{heading}</div>']
    if keputusan.jabatan_pembentuk:
        parts.append(f'<div style="text-align:center;margin:0.3em 0">{_e(keputusan.jabatan_pembentuk)}</div>')
    for name, items in (
        ("Menimbang", keputusan.menimbang),
        ("Mengingat", keputusan.mengingat),
        ("Memperhatikan", keputusan.memperhatikan),
    ):
        if items:
            parts.append(_section(name, _items(items), count=len(items)))
    if keputusan.menetapkan:
        parts.append(f"<div><b>Menetapkan</b>: {_e(keputusan.menetapkan)}</div>")
    if keputusan.diktum:
        lines = [
            f"<li style='list-style:none'><b>{escape(d.label)}</b> : {_e(_short(d.teks))}"
            + (f' <span style="{_MUTED}">(+{len(d.rincian)})</span>' if d.rincian else "")
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
            f"<div>{_w('enacted', lang)} {_e(p.tempat or '?')}, {_w('on', lang)} {escape(when)} — "
            f"{_e(p.jabatan)} <b>{_e(p.nama)}</b></div>"
        )
    for lampiran in keputusan.lampiran:
        title = f"{_lampiran_name(lampiran)}: {_short(lampiran.judul, 100)} ({_lampiran_counts(lampiran, lang)})"
        parts.append(_section(title, _lampiran_body(lampiran, lang), open_=False))
    if keputusan.tidak_terurai:
        n = len(keputusan.tidak_terurai)
        items = "".join(f"<li>{_e(_short(t.teks))}</li>" for t in keputusan.tidak_terurai)
        parts.append(_section(f"{n} {_w('unparsed', lang)}", f"<ul>{items}</ul>", open_=False))
    return f'<div class="zi-docs-keputusan" style="max-width:60em">{"".join(parts)}</div>'


# ------------------------------------------------------------------------ findings


def _badge(severity: str, lang: Lang) -> str:
    from .checks.finding import Severity

    colour, background = SEVERITY_COLOURS[severity]
    label = Severity(severity).label(lang)
    return (
        f'<span style="color:{colour};background:{background};padding:0 0.4em;border-radius:3px;'
        f'font-weight:bold">{escape(label)}</span>'
    )


def _finding_row(finding: Finding, lang: Lang, file: str | None) -> str:
    from .checks.report._common import place_words

    colour, background = SEVERITY_COLOURS[finding.severity.value]
    where = _e(finding.description(lang))
    place = place_words(finding, lang)
    if place:
        where += f' <span style="{_MUTED}">({escape(place)})</span>'
    fix = ""
    if finding.fix is not None:
        fix = f"{_e(finding.fix.old)} → <b>{_e(finding.fix.new)}</b>"
        if not finding.fix.safe:
            fix += f' <span style="{_MUTED}">({_w("needs_review", lang)})</span>'
    cells = [] if file is None else [_e(file)]
    cells += [
        _badge(finding.severity.value, lang),
        f"<code>{escape(finding.rule)}</code>",
        _e(finding.message(lang)),
        f"<q>{_e(_short(finding.text, 120))}</q>",
        where,
        fix,
    ]
    # The severity cell carries the colour, and a stripe on the row's left edge keeps
    # errors visible when the table is scrolled sideways.
    severity_at = 0 if file is None else 1
    styles = [_CELL] * len(cells)
    styles[0] += f";border-left:4px solid {colour}"
    styles[severity_at] += f";background:{background}"
    return "<tr>" + "".join(f'<td style="{style}">{cell}</td>' for style, cell in zip(styles, cells)) + "</tr>"


def _summary(findings: Sequence[Finding], lang: Lang) -> str:
    from .checks.finding import Severity

    counts = {s: 0 for s in Severity}
    for f in findings:
        counts[f.severity] += 1
    shown = ", ".join(f"{counts[s]} {escape(s.label(lang))}" for s in sorted(Severity, key=lambda s: -s.rank))
    return f"<b>{len(findings)} {_w('findings', lang)}</b>: {shown}"


def findings_html(findings: Sequence[Finding] | FileResult | Sequence[FileResult], lang: Lang | None = None) -> str:
    """The findings as a table: severity (coloured), rule, message, the exact text, where
    it is (part of the decree and line/paragraph/page), and the fix.

    Takes the list :func:`zi_docs.check` returns, one result of
    :func:`zi_docs.check_file`, or a list of them (a column then names the file).
    """
    from .checks.run import FileResult

    lang = _lang(lang)
    if isinstance(findings, FileResult):
        findings = [findings]
    items = list(findings)
    rows: list[tuple[Finding, str | None]] = []
    errors: list[str] = []
    by_file = bool(items) and all(isinstance(item, FileResult) for item in items)
    if by_file:
        for result in items:
            if result.error is not None:
                errors.append(
                    f'<div style="color:{SEVERITY_COLOURS["error"][0]}"><b>{_e(result.path)}</b>: '
                    f"{_w('unreadable', lang)}: {_e(result.error.text(lang))}</div>"
                )
            rows.extend((f, result.path) for f in result.findings)
    else:
        rows = [(f, None) for f in items]
    all_findings = [f for f, _ in rows]
    if not rows:
        return f"<div>{''.join(errors)}<p>{_w('no_findings', lang)}</p></div>"
    headers = ([_w("file", lang)] if by_file else []) + [
        _w(key, lang) for key in ("severity", "rule", "message", "text", "where", "fix")
    ]
    body = "".join(_finding_row(f, lang, file) for f, file in rows[:MAX_ROWS])
    more = ""
    if len(rows) > MAX_ROWS:
        more = f'<p style="{_MUTED}">{escape(_w("more", lang).format(n=len(rows) - MAX_ROWS))}</p>'
    return (
        f'<div class="zi-docs-findings">{"".join(errors)}<div>{_summary(all_findings, lang)}</div>'
        f"{_table(headers, body)}{more}</div>"
    )
