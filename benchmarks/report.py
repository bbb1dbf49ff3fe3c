"""The table and the report of ``benchmarks/run.py``: rows, ratios, profiles of missed targets."""

from __future__ import annotations

import cProfile
import os
import platform
import pstats
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from benchmarks.timing import Stat, ratio_in_turn

COMMAND = "python benchmarks/run.py"


@dataclass
class Row:
    section: str
    what: str
    ours: str
    baseline: str = "–"
    ratio: float | None = None
    ratio_text: str = "–"
    target: str = "–"
    met: bool | None = None
    profile: Callable[[], object] | None = field(default=None, repr=False)
    note: str = ""


def ratio_row(
    section: str, what: str, ours: Stat, label: str, base: Stat, limit: float, profile: Callable[[], object]
) -> Row:
    ratio = ratio_in_turn(ours, base)
    return Row(
        section,
        what,
        ours.ms(),
        f"{label}: {base.ms()}",
        ratio,
        f"{ratio:.2f}×",
        f"≤ {limit:g}×",
        ratio <= limit,
        profile,
    )


# --------------------------------------------------------------------------- profiles
def _owner(filename: str) -> str:
    if "/zi_docs/" in filename:
        return "zi_docs." + filename.split("/zi_docs/", 1)[1].removesuffix(".py").replace("/", ".")
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    return "python (stdlib, builtins)"


def profile(function: Callable[[], object], calls: int = 5) -> str:
    """Where the time of ``function`` goes: own time by package or zi_docs module, top functions."""
    function()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        function()
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values()) or 1.0
    owners: dict[str, float] = {}
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.items():
        owners[_owner(filename)] = owners.get(_owner(filename), 0.0) + tottime
    ours = sum(t for o, t in owners.items() if o.startswith("zi_docs"))
    lines = [f"- our code (zi_docs): {ours / total:.0%} of the time; libraries and Python: {1 - ours / total:.0%}"]
    for owner, t in sorted(owners.items(), key=lambda kv: -kv[1])[:8]:
        lines.append(f"  - {owner}: {t / total:.0%}")
    top = sorted(stats.items(), key=lambda kv: -kv[1][2])[:6]
    lines.append("- functions with the most own time:")
    for (filename, line, name), (_cc, nc, tottime, cumtime, _callers) in top:
        where = filename.split("site-packages/", 1)[-1].split("/src/", 1)[-1]
        lines.append(f"  - `{where}:{line} {name}`: {tottime / total:.0%} own, {nc} calls")
    return "\n".join(lines)


# --------------------------------------------------------------------------- report
#: What is known about a target that may be missed, and whose the time is.
NOTES = {
    "PDF → model": (
        "The time is the library's.  The reader uses pypdf's layout mode, "
        "`extract_text(extraction_mode='layout')`, because only a text placed by its position keeps a "
        "decree's columns (label, colon, item, text; the member table's cells) apart "
        "(`readers/pdf_lines.py` explains why); layout mode costs about twice plain `extract_text()` in "
        "pypdf itself, as the note on this row shows (zi_docs against the layout extraction alone).  "
        "Our part (page cleaning, the structural parser) is a few per cent.  Fixing it would mean a "
        "different PDF library for the text layer (pypdfium2's C text extraction with character "
        "boxes, or pdfminer.six's layout analysis), a change to `readers/pdf_lines.py`, not a tweak."
    ),
    "pool": (
        "Compare the CPU time per decree in the pool with the sequential one (note on this row): "
        "when they are about equal, the work itself parallelises and the missing speed-up is cores "
        "the pool did not get, because other processes were using them (see the load average).  "
        "Each decree is independent; the workers share nothing but the read-only template, "
        "dictionary and gazetteer, loaded before timing."
    ),
}


def table(rows: list[Row]) -> str:
    out = [
        "| step | what | zi_docs (median ±spread) | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        met = "–" if r.met is None else ("yes" if r.met else "**no**")
        out.append(f"| {r.section} | {r.what} | {r.ours} | {r.baseline} | {r.ratio_text} | {r.target} | {met} |")
    return "\n".join(out)


def report(rows: list[Row], mode_name: str, elapsed: float, profiles: dict[str, str]) -> str:
    targets = [r for r in rows if r.met is not None]
    met = [r for r in targets if r.met]
    missed = [r for r in targets if not r.met]
    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    parts = [
        "# Performance",
        "",
        (
            f"Generated by `{COMMAND}` (issues 9 and 17); do not edit by hand, run it again.  "
            f"`{COMMAND} --quick` is the short version CI runs."
        ),
        "",
        (
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {mode_name} run of {elapsed:.0f} s, on "
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"load average at the end of the run {load}.  Each row is the median of repeated runs with its spread "
            "(max − min); what a row compares was measured taking turns (ours, then the baseline, then "
            "ours again …), and its ratio is the median of the ratios of each pair of runs, so the ratios "
            "hold even where the machine's speed changed during the run and the milliseconds do not."
        ),
        "",
        table(rows),
        "",
        f"**Targets: {len(met)} of {len(targets)} met.**"
        + ("" if not missed else "  Missed: " + "; ".join(f"{r.section} ({r.what})" for r in missed) + "."),
        "",
        "## Targets",
        "",
        "- render ≤ 1.5× raw docxtpl rendering the same template with the same context;",
        "- read DOCX ≤ 2× python-docx opening the file and walking every paragraph and cell;",
        "- read PDF ≤ 1.5× pypdf `extract_text()` of every page;",
        (
            "- check ≤ 0.5× the time to read the same DOCX (per decree, with everything loaded; again for decrees "
            "the process has not checked yet, in the batch);"
        ),
        "- loading for the first check in a fresh process ≤ 80 ms (CPU);",
        (
            "- `zi-docs --version`, `--help`, `rules` ≤ 8× a bare `python -c pass`; `zi-docs check one.docx` "
            "≤ 2.5× importing python-docx + pydantic's BaseModel + PyYAML (whole processes, issue 17; "
            "`import pydantic` alone loads almost nothing of pydantic);"
        ),
        "- a decree's render + read + check ≤ 1× raw docxtpl's render plus python-docx's walk of it (batch);",
        "- batch with 2 processes ≥ 1.7× sequential; `zi-docs check -j` on every core ≥ 1.5× `-j 1`;",
        "- one call for 20 files ≥ 3× faster per file than one call per file;",
        "- a spelling suggestion ≤ 1/100 of the hunspell engine's (spylls) `suggest`.",
        "",
        "## What is measured",
        "",
        (
            "- **render**: `render_docx_bytes` (context from the model, sandboxed Jinja, paper and font, "
            "document properties) against plain `DocxTemplate.render` + `save` with the same template and "
            "context.  zi_docs keeps the compiled Jinja template of each template part between renders, "
            "so in a long-running process it is faster than raw docxtpl, which compiles on every render."
        ),
        (
            "- **read**: `zi_docs.read` (lines with their locations, then the structural parser) against "
            "the libraries reading the same file without understanding it."
        ),
        (
            "- **check**: `zi_docs.check` with every rule, taking turns with the read it is compared with; "
            "the loading row takes the CPU time of the example's first check in a fresh interpreter minus "
            "that of the same check in a fresh interpreter that has checked another government's decree "
            "first (dictionary, gazetteer and rules loaded, none of the example's texts seen; the two "
            "take turns); each timed check starts after `gc.collect()`, so that a full collection owed by "
            "the imports and the reading before it is not counted as the check's loading."
        ),
        (
            "- **startup**: the wall time of whole `zi-docs` processes (`python -m zi_docs.cli`, byte-code "
            "caches and the compiled-pattern cache used as in an installed package that has run once), "
            "taking turns with the baseline process; the median of the repeats."
        ),
        (
            "- **batch**: synthetic decrees from `benchmarks/synthetic.py`, one per KPU office (38 "
            "provinces, 514 kabupaten/kota from the gazetteer; generated rosters and plans, seeded); "
            "each is rendered to DOCX, read back and checked."
        ),
        (
            "- **pdf**: `convert_to_pdf` with all files in one call (one LibreOffice process per core, "
            "each converting its share in order) against one call per file, taking turns; both include "
            "our finishing step (metadata with pypdf, the outline from pdfium's page text), which in one "
            "call runs for each PDF while LibreOffice converts the next file.  Both use a fresh "
            "LibreOffice profile per run, as every call does."
        ),
        (
            "- **spelling**: `Kamus.suggest` against spylls' `Dictionary.suggest` on a sample of the same "
            "words (spylls takes a tenth to a quarter of a second per word, so it gets a sample)."
        ),
    ]
    if missed:
        parts += ["", "## Missed targets: where the time goes", ""]
        for r in missed:
            parts += [f"### {r.section}: {r.what} ({r.ratio_text}, target {r.target})", ""]
            if r.what in profiles:
                parts += [profiles[r.what], ""]
            for key, note in NOTES.items():
                if key in r.what:
                    parts += [note, ""]
    notes = [f"- {r.section}, {r.what}: {r.note}" for r in rows if r.note]
    if notes:
        parts += ["", "## Notes", "", *notes]
    return "\n".join(parts).rstrip() + "\n"
