"""Loading and saving decrees: nothing is lost, in YAML and in JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import keputusan

import zi_docs
from zi_docs.model import Keputusan


def test_example_load_dump_load_is_identity(example: Keputusan, tmp_path: Path) -> None:
    for name in ("again.yaml", "again.json"):
        saved = zi_docs.save(example, tmp_path / name)
        assert zi_docs.load(saved) == example
    assert Keputusan.model_validate(example.model_dump()) == example
    assert Keputusan.model_validate_json(example.model_dump_json()) == example


def test_saved_yaml_names_the_schema_and_drops_empty_fields(example: Keputusan, tmp_path: Path) -> None:
    text = zi_docs.save(example, tmp_path / "k.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    reference = text.splitlines()[0].split("$schema=", 1)[1]
    assert (tmp_path / reference).resolve().is_file(), reference
    assert ": null" not in text and ": []" not in text
    data = json.loads(zi_docs.save(example, tmp_path / "k.json").read_text(encoding="utf-8"))
    assert data["$schema"].endswith("keputusan.schema.json")
    assert data["kepala"]["nomor"] == "42"


def test_example_starts_with_the_schema_line(example_path: Path) -> None:
    first = example_path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/keputusan.schema.json"
    assert (example_path.parent / "../schemas/keputusan.schema.json").resolve().is_file()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=keputusan())
def test_arbitrary_decrees_survive_yaml_and_json(k: Keputusan, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("rt")
    assert zi_docs.load(zi_docs.save(k, folder / "k.yaml")) == k
    assert zi_docs.load(zi_docs.save(k, folder / "k.json")) == k


def test_save_is_atomic_and_keeps_the_old_file_on_failure(example: Keputusan, tmp_path: Path, monkeypatch) -> None:
    target = zi_docs.save(example, tmp_path / "k.yaml")
    before = target.read_bytes()

    def broken_dump(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("zi_docs.storage.load_save.dumps", broken_dump)
    with pytest.raises(RuntimeError):
        zi_docs.save(example, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["k.yaml"]


def test_plain_text_targets_are_parsed_but_kept_as_written() -> None:
    row = zi_docs.BarisRencanaAksi(
        target_waktu="September - Desember 2025 (Kartu Kendali)", target_capaian="4 (empat) Bulan"
    )
    assert row.target_waktu.teks == "September - Desember 2025 (Kartu Kendali)"
    assert (row.target_waktu.mulai.isoformat(), row.target_waktu.selesai.isoformat()) == ("2025-09-01", "2025-12-31")
    assert (row.target_capaian.jumlah, row.target_capaian.terbilang, row.target_capaian.satuan) == (4, "empat", "Bulan")
    assert zi_docs.TargetWaktu.model_validate("Per Triwulan").berkala == "triwulanan"
    assert zi_docs.TargetWaktu.model_validate("November 2025 - Februari 2026").selesai.isoformat() == "2026-02-28"
    assert zi_docs.TargetWaktu.model_validate("Desember 2025").mulai.isoformat() == "2025-12-01"
    unparsed = zi_docs.TargetWaktu.model_validate("setelah rapat pleno")
    assert (unparsed.teks, unparsed.mulai, unparsed.berkala) == ("setelah rapat pleno", None, None)


def test_indonesian_dates_are_accepted() -> None:
    p = zi_docs.Penetapan(jabatan="KETUA,", nama="X", tanggal="8 September 2025")
    assert p.tanggal.isoformat() == "2025-09-08"
    assert zi_docs.Penetapan(jabatan="KETUA,", nama="X", tanggal="2025-09-08") == p


def test_the_model_accepts_a_decree_with_mistakes(example: Keputusan) -> None:
    """Finding mistakes is the checker's job: the schema must not refuse them."""
    data = example.model_dump()
    data["kepala"]["instansi"] = "KOMISI PEMILIHAN UMUM KABUPATEN PETAJAM PASER UTARA"
    team = data["lampiran"][0]["kelompok"][2]
    team["anggota"].append(dict(team["anggota"][0]))
    data["diktum"][2]["label"] = "KEEMPAT"
    data["lampiran"][1]["bagian"][0]["baris"][0]["target_capaian"] = None
    assert Keputusan.model_validate(data).kepala.instansi.endswith("PETAJAM PASER UTARA")
