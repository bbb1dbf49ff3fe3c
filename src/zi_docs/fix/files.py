"""``zi-docs fix``: check a file and apply the fixes, pass after pass, until nothing changes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..checks import check
from ..checks.config import CheckConfig
from ..checks.finding import Finding
from ..checks.registry import rules_for
from ..checks.run import check_reading
from ..errors import UnsupportedFormatError
from ..i18n import Message
from ..model import Keputusan
from ..readers import DATA_SUFFIXES, ReadResult, read
from ..storage.load_save import load, save, write_atomic
from ..storage.word_formats import needs_conversion
from .data_fix import fix_model
from .docx_fix import Edit, apply_fixes, nothing_to_fix
from .output import check_output, docx_suffix
from .report import FixReport
from .runs import replace_with_copy

if TYPE_CHECKING:
    from ..checks.run import CheckInput

__all__ = ["MAX_PASSES", "confirm_in_memory", "fix_file", "fix_in_passes"]

#: Passes of check-and-fix before giving up on a file whose fixes keep producing new findings.
MAX_PASSES = 10


def _refuse_format(path: Path) -> UnsupportedFormatError:
    return needs_conversion(path) or UnsupportedFormatError(
        Message(
            f"perbaikan otomatis tidak dapat ditulis ke berkas '{path.suffix or path.name}'",
            f"fixes cannot be written to a '{path.suffix or path.name}' file",
        ),
        path=path,
        hint=Message(
            "Perbaikan bekerja pada .docx, .yaml dan .json. Baca dulu PDF atau teks menjadi data "
            "(zi-docs read BERKAS -o keputusan.yaml), lalu perbaiki data itu.",
            "Fixing works on .docx, .yaml and .json. Read a PDF or text file into data first "
            "(zi-docs read FILE -o decree.yaml), then fix that.",
        ),
    )


def fix_file(
    path_in: str | os.PathLike[str],
    path_out: str | os.PathLike[str] | None,
    *,
    config: CheckConfig | None = None,
    unsafe: bool = False,
    dry_run: bool = False,
    max_passes: int = MAX_PASSES,
) -> FixReport:
    """Check a .docx, .yaml/.yml or .json file and apply the fixes, to ``path_out``.

    Checking and fixing repeat until a pass changes nothing (as Ruff does): one fix
    can make another finding go away or appear (a rule that copies the heading's
    name into Menetapkan sees the corrected name only after the name is fixed).
    The report lists every fix applied in every pass; ``skipped`` is what the last
    pass could not fix; ``converged`` is False when ``max_passes`` ran out.  Other
    formats are refused: a PDF or a text file cannot be written back faithfully.
    """
    path_in = Path(path_in)
    suffix = path_in.suffix.lower()
    if suffix not in (".docx", *DATA_SUFFIXES):
        raise _refuse_format(path_in)
    check_output(path_in, path_out, dry_run)
    if path_out is not None and suffix == ".docx" and Path(path_out).suffix.lower() != ".docx":
        raise docx_suffix(Path(path_out))
    config = config or CheckConfig()
    if suffix in DATA_SUFFIXES:
        return _fix_data_file(path_in, path_out, config, unsafe, dry_run, max_passes)
    total = FixReport()
    with tempfile.TemporaryDirectory(prefix="zi-docs-fix-") as scratch:
        first = read(path_in)
        current = fix_in_passes(
            path_in, first, check_reading(first, config), Path(scratch), config, unsafe, max_passes, total
        )
        if path_out is not None and not dry_run:
            # Unchanged, the output is the input's exact bytes.
            write_atomic(Path(path_out), current.read_bytes())
    return total


def fix_in_passes(
    current: Path,
    reading: ReadResult | CheckInput,
    findings: list[Finding],
    scratch: Path,
    config: CheckConfig,
    unsafe: bool,
    max_passes: int,
    total: FixReport,
    edit: Edit = replace_with_copy,
) -> Path:
    """Fix ``current`` (read as ``reading``, found ``findings``) pass after pass until nothing
    is left to fix, and return the last file written (``current`` when nothing changed).

    The one loop of ``fix`` and ``review`` (which passes an ``edit`` that tracks changes), so
    that Accept All of a review is what fix writes.  Each pass writes a file of the input's
    own name in a directory of its own under ``scratch``, so that the places the reader
    gives name the input.  ``total`` gathers every fix applied; its ``skipped`` is what the
    last pass could not fix, its ``converged`` False when ``max_passes`` ran out.
    """
    total.converged = False
    for total.passes in range(1, max_passes + 1):
        following = scratch / str(total.passes) / current.name
        report = nothing_to_fix(findings, unsafe)
        if report is None:
            report = apply_fixes(current, following, findings, unsafe=unsafe, source_map=reading.source_map, edit=edit)
        total.extend(report)
        total.skipped = report.skipped
        if not report:
            total.converged = True
            break
        current = following
        if total.passes == max_passes:
            break
        settled = confirm_in_memory(reading.keputusan, report, config, unsafe, printed=reading.printed)
        if settled is not None:
            total.passes += 1
            total.skipped = settled.skipped
            total.converged = True
            break
        reading = read(current)
        findings = check_reading(reading, config)
    return current


def confirm_in_memory(
    keputusan: Keputusan,
    applied: FixReport,
    config: CheckConfig,
    unsafe: bool,
    *,
    printed: dict[str, str] | None = None,
) -> FixReport | None:
    """The confirming pass of a check-and-fix loop, without reading the written file again.

    The fixes the pass made in the document are made in a copy of the decree it read,
    and the copy is checked: when nothing is left to fix, the loop is done, and the
    result is the (empty) report of that last pass, its unsafe fixes listed as skipped.
    None when a fix follows (a corrected name that another rule copies): then the
    written file is read and fixed again, so each fix is made where its words stand.
    Reading the file back was half of the cost of a fix and of a review.
    """
    fixed = keputusan.model_copy(deep=True)
    fix_model(fixed, [made.finding for made in applied], unsafe)
    # The lines as printed (a date, a label's colon) changed with the fixes made on them.
    lines = dict(printed or {})
    for made in applied:
        fix = made.finding.fix
        if fix is not None and made.finding.path in lines:
            lines[made.finding.path] = lines[made.finding.path].replace(fix.old, fix.new)
    # Only the rules that can propose a fix can stop the loop; the knock-ons that drop a fix
    # (checks.grouping) follow NAM001/NAM002, which fix and so run.
    idle = [rule.code for rule in rules_for(config.enabled) if not rule.fixes]
    confirming = config.merged(extend_ignore=idle) if idle else config
    return nothing_to_fix(check(fixed, config=confirming, printed=lines), unsafe)


def _fix_data_file(
    path_in: Path,
    path_out: str | os.PathLike[str] | None,
    config: CheckConfig,
    unsafe: bool,
    dry_run: bool,
    max_passes: int,
) -> FixReport:
    total = FixReport()
    total.converged = False
    keputusan = load(path_in)
    for total.passes in range(1, max_passes + 1):
        report = fix_model(keputusan, check(keputusan, config=config), unsafe)
        total.extend(report)
        total.skipped = report.skipped
        if not report:
            total.converged = True
            break
    if path_out is not None and not dry_run:
        save(keputusan, path_out, like=path_in)
    return total
