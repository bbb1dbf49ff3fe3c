"""``zi-docs members``: import a member list kept in Excel into a team-composition Lampiran."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UnsupportedFormatError
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
        "pernah ditimpa. Hanya tim yang ada di buku kerja yang diganti; tim baru ditambahkan dan tim lain tetap, "
        "kecuali dengan --replace. Kode keluar 0 bila berhasil, 2 bila ada kesalahan.",
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
    parser.add_argument(
        "--replace",
        action="store_true",
        help="ganti seluruh isi Lampiran dengan tim dari buku kerja (bawaan: hanya tim yang ada di buku kerja "
        "diganti, tim lain tetap) / replace the whole Lampiran (default: only the workbook's teams)",
    )
    parser.set_defaults(func=run)


def _refuse(message: Message, lang: Lang) -> int:
    print(message(lang), file=sys.stderr)
    return 2


def _summary(groups: list[KelompokTim], source: str, lang: Lang) -> Message:
    members = sum(len(group.anggota) for group in groups)
    return Message(
        f"{source}: {len(groups)} kelompok, {members} anggota diimpor",
        f"{source}: imported {len(groups)} group{'s' if len(groups) != 1 else ''}, "
        f"{members} member{'s' if members != 1 else ''}",
    )


def run(args: argparse.Namespace) -> int:
    from ..excel import load_members, merge_teams
    from ..storage.files import same_file
    from ..storage.load_save import JSON_SUFFIXES, YAML_SUFFIXES, load, save, write_atomic
    from ..storage.yaml_io import dump_yaml

    lang: Lang = args.lang
    workbook = Path(args.workbook)
    output = Path(args.output) if args.output else None

    if args.lampiran is not None and args.into is None:
        return _refuse(
            Message("--lampiran hanya berlaku bersama --into", "--lampiran only applies together with --into"), lang
        )
    if args.replace and args.into is None:
        return _refuse(
            Message("--replace hanya berlaku bersama --into", "--replace only applies together with --into"), lang
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
            if same_file(output, source):
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
        updated, report = merge_teams(keputusan, groups, args.lampiran, replace=args.replace)
        save(updated, output, like=args.into)
        target = f"Lampiran {report.lampiran}" if report.lampiran else "Lampiran"
        print(f"{summary(lang)} → {target} → {output}", file=sys.stderr)
        # Which teams changed, and which stayed or went, so that nothing vanishes unnoticed.
        print(report.message()(lang), file=sys.stderr)
        return 0

    # Empty kolom_lain and other defaults say nothing to the reader of the YAML.
    data = [group.model_dump(mode="json", exclude_none=True, exclude_defaults=True) for group in groups]
    if output is None:
        sys.stdout.write(dump_yaml(data))
    elif output.suffix.lower() in JSON_SUFFIXES:
        write_atomic(output, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        write_atomic(output, dump_yaml(data))
    print(summary(lang) + (f" → {output}" if output is not None else ""), file=sys.stderr)
    return 0
