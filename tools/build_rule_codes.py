"""Regenerate the rule code table (src/zi_docs/checks/rule_table.py) from the rule classes.

    python tools/build_rule_codes.py          # write the table
    python tools/build_rule_codes.py --check  # exit 1 when the committed table is stale

Run it after adding, renaming or moving a rule (its module, class, name, severity,
summary or source); tests/checks/test_rule_codes.py fails until you do.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from zi_docs.checks.registry import RULE_TABLE, rule_table_source

TARGET = ROOT / "src" / "zi_docs" / "checks" / RULE_TABLE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only say whether the table is stale")
    args = parser.parse_args()
    text = rule_table_source()
    if args.check:
        stale = not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != text
        print(f"{TARGET.relative_to(ROOT)}: {'stale' if stale else 'up to date'}")
        return int(stale)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
