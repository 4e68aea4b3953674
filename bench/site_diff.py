"""Compare two built sites byte for byte: `python bench/site_diff.py SITE_A SITE_B`.

Prints each file that is missing from one side or differs, and exits 1 if any does. A kbgen
build holds no build time or other varying value, so nothing is ignored: a restructuring that
changes no output leaves this silent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def site_files(root: Path) -> dict[str, bytes]:
    """Every file under `root`, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def differences(first: Path, second: Path) -> list[str]:
    """One line per file that is only in one site or differs between them."""
    a, b = site_files(first), site_files(second)
    lines = [f"only in {first}: {name}" for name in sorted(a.keys() - b.keys())]
    lines += [f"only in {second}: {name}" for name in sorted(b.keys() - a.keys())]
    lines += [f"differs: {name}" for name in sorted(a.keys() & b.keys()) if a[name] != b[name]]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    lines = differences(args.first, args.second)
    print("\n".join(lines) if lines else f"identical: {len(site_files(args.first))} files")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
