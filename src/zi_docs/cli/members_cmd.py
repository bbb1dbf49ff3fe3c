"""``zi-docs members``: import a member list kept in Excel into a team-composition Lampiran."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UnsupportedFormatError, ZiDocsError
from ..i18n import Lang, Message

if TYPE_CHECKING:
    from ..model import KelompokTim


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "members",
        parents=[common],
        help="impor daftar anggota tim dari Excel / import team members from Excel",
        description="Membaca daftar anggota tim dari buku kerja Excel (.xlsx): satu lembar per tim, atau satu "
        "lembar dengan kolom TIM. Tanpa --into, kelompok dicetak sebagai YAML (atau ditulis ke -o). Dengan "
        "--into, Lampiran susunan tim keputusan diisi dan keputusan baru ditulis ke -o; berkas masukan tidak "
        "pernah ditimpa. Kode keluar 0 bila berhasil, 2 bila ada kesalahan.",
        epilog="contoh: zi-docs members anggota.xlsx --into keputusan.yaml --lampiran I -o keputusan-baru.yaml",
    )
    parser.add_argument("workbook", metavar="ANGGOTA.xlsx", help="buku kerja Excel berisi daftar anggota")
    parser.add_argument(
        "--into", metavar="KEPUTUSAN.yaml", help="keputusan (YAML/JSON) yang Lampiran susunan timnya diisi"
    )
    parser.add_argument(
        "--lampiran", metavar="NOMOR", help="nomor Lampiran susunan tim, mis. I (bawaan: satu-satunya yang ada)"
    )
    parser.add_argument(
        "-o", "--output", metavar="KELUARAN.yaml", help="berkas keluaran .yaml/.json (wajib dengan --into)"
    )
    parser.set_defaults(func=run)


def _refuse(message: Message, lang: Lang) -> int:
    print(message(lang), file=sys.stderr)
    return 2


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)  # also catches links to the same file
    except OSError:
        pass
    return a.resolve() == b.resolve()


def _summary(groups: list[KelompokTim], source: str, lang: Lang) -> Message:
    members = sum(len(group.anggota) for group in groups)
    return Message(
        f"{source}: {len(groups)} kelompok, {members} anggota diimpor",
        f"{source}: imported {len(groups)} group{'s' if len(groups) != 1 else ''}, "
        f"{members} member{'s' if members != 1 else ''}",
    )


def _cannot_write(path: Path, exc: OSError) -> ZiDocsError:
    return ZiDocsError(
        Message(f"tidak dapat menulis berkas: {exc.strerror}", f"cannot write the file: {exc.strerror}"), path=path
    )


def _write(path: Path, content: str) -> None:
    try:
        from ..storage.load_save import write_atomic

        write_atomic(path, content)
    except OSError as exc:
        raise _cannot_write(path, exc) from None


def run(args: argparse.Namespace) -> int:
    from ..members_excel import find_team_lampiran, load_members, merge_members
    from ..storage.load_save import JSON_SUFFIXES, YAML_SUFFIXES, load, save
    from ..storage.yaml_io import dump_yaml

    lang: Lang = args.lang
    workbook = Path(args.workbook)
    output = Path(args.output) if args.output else None

    if args.lampiran is not None and args.into is None:
        return _refuse(
            Message("--lampiran hanya berlaku bersama --into", "--lampiran only applies together with --into"), lang
        )
    if args.into is not None and output is None:
        return _refuse(
            Message(
                "--into memerlukan -o KELUARAN.yaml; keputusan masukan tidak ditimpa",
                "--into needs -o OUTPUT.yaml; the input decree is not overwritten",
            ),
            lang,
        )
    if output is not None:
        inputs = [workbook] + ([Path(args.into)] if args.into else [])
        for source in inputs:
            if _same_file(output, source):
                return _refuse(
                    Message(
                        f"-o {args.output} sama dengan berkas masukan {source}; pilih nama keluaran lain",
                        f"-o {args.output} is the input file {source}; choose another output name",
                    ),
                    lang,
                )
        if output.suffix.lower() not in YAML_SUFFIXES + JSON_SUFFIXES:
            raise UnsupportedFormatError(
                Message(
                    f"tidak dapat menyimpan ke format '{output.suffix}'", f"cannot save to format '{output.suffix}'"
                ),
                path=output,
                hint=Message("Gunakan akhiran .yaml atau .json.", "Use a .yaml or .json suffix."),
            )

    # Load the decree before the workbook so that a mistyped --into is reported
    # before the (slower) workbook is read.
    keputusan = load(args.into) if args.into is not None else None
    groups = load_members(workbook)
    summary = _summary(groups, str(workbook), lang)

    if keputusan is not None:
        assert output is not None
        index = find_team_lampiran(keputusan, args.lampiran)
        updated = merge_members(keputusan, groups, args.lampiran)
        try:
            save(updated, output)
        except OSError as exc:
            raise _cannot_write(output, exc) from None
        nomor = keputusan.lampiran[index].nomor
        target = f"Lampiran {nomor}" if nomor else "Lampiran"
        print(f"{summary(lang)} → {target} → {output}", file=sys.stderr)
        return 0

    # Empty kolom_lain and other defaults say nothing to the reader of the YAML.
    data = [group.model_dump(mode="json", exclude_none=True, exclude_defaults=True) for group in groups]
    if output is None:
        sys.stdout.write(dump_yaml(data))
    elif output.suffix.lower() in JSON_SUFFIXES:
        _write(output, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        _write(output, dump_yaml(data))
    print(summary(lang) + (f" → {output}" if output is not None else ""), file=sys.stderr)
    return 0
