"""How often the gate's owner readings of a code block's surroundings fire (issue 19, own63).

Counts the texts of tests/hostile/own63_cases.py that get an error about an internal address:
ordinary tutorials naming software, a distribution, an OS or a cloud around a block (`The
output of Docker:`, `Grafana's log:`; none should), leaks naming an owner never seen (all
should), hosts written with their netmask (all should) and networks (none should).

    python bench/owner_readings.py          # the counts
    python bench/owner_readings.py --show   # and each text's verdict
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kbgen.core.privacy import INTERNAL_IP, scan  # noqa: E402
from tests.hostile.own63_cases import LEAKS, NETMASK_LEAKS, NETWORKS, ORDINARY  # noqa: E402

GROUPS = (("ordinary tutorials (none should)", ORDINARY), ("owners never seen (all should)", LEAKS),
          ("hosts with a netmask (all should)", NETMASK_LEAKS),
          ("networks (none should)", NETWORKS))


def main(argv: list[str] | None = None) -> int:
    """Print, for each group, how many of its texts get an error."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="List each text's verdict.")
    args = parser.parse_args(argv)
    for title, cases in GROUPS:
        found = 0
        for case, text in cases:
            error = any(f.kind == INTERNAL_IP and not f.advisory for f in scan(text))
            found += error
            if args.show:
                print(f"  {'error' if error else 'pass '}  {case}")
        print(f"{title}: {found} of {len(cases)} with an error")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
