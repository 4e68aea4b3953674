"""`kbgen serve` started again from the last preview: what the kept record gives (issue 14).

The record of what the pages read, kept by the last server (kbgen.site.kept_reads), for the
first save that builds: the server's whole build at the start (its CPU seconds, user +
system of all its processes) and how many pages' records held, then a new article: seconds
until its page shows it, the catch-up's CPU seconds and how many pages it rendered.
`--forget-record` deletes the record first: the same start and save without it.
The server listens where the last one did (bench/incremental.py keeps the project's port):
the address is on every page, so a restart elsewhere renders every page anew.

Example:
    python bench/serve_restart.py --project P --seed 7 --json out.json
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path
from random import Random
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
from bench.incremental import ENV, OTHER_SAVES, Preview, cpu_seconds  # noqa: E402
from bench.serve_catch_up import NARROWED, printed, server_options  # noqa: E402
from kbgen.site.kept_reads import RECORD  # noqa: E402
from kbgen.site.on_demand import CAUGHT_UP  # noqa: E402

RELOADED = "Reloading browsers"
HOLD = re.compile(r"(\d+) of (\d+) pages' records hold")


def restart(project: Path, seed: int, forget: bool, code: Path | None) -> dict[str, Any]:
    """The figures of one server started from the last preview of `project`."""
    record = project / ".kbgen-cache" / RECORD
    if not (project / ".kbgen-cache" / "preview" / "index.html").is_file():
        raise SystemExit(f"{project} has no last preview: run bench/serve_catch_up.py"
                         " --settle first")
    if forget:
        record.unlink(missing_ok=True)
    figures: dict[str, Any] = {"record_bytes": record.stat().st_size if record.exists() else 0,
                               "load_at_start": os.getloadavg()[0]}
    env = dict(ENV, PYTHONPATH=str(code)) if code else ENV
    started = time.perf_counter()
    preview = Preview(project, env)
    try:
        preview.wait_for_log(RELOADED)
        figures["whole_build_s"] = round(time.perf_counter() - started, 1)
        figures["whole_build_cpu_s"] = round(cpu_seconds(preview.process.pid), 2)
        held = HOLD.search(preview.output())
        figures["records_held"] = f"{held[1]} of {held[2]}" if held else None
        time.sleep(1)
        cpu, saved = cpu_seconds(preview.process.pid), time.perf_counter()
        figures["new_article_visible_s"] = round(
            OTHER_SAVES["new_article"](preview, project, Random(seed)), 2)
        preview.wait_for_log(CAUGHT_UP)
        figures["catch_up_s"] = round(time.perf_counter() - saved, 1)
        figures["catch_up_cpu_s"] = round(cpu_seconds(preview.process.pid) - cpu, 2)
        narrowed = NARROWED.findall(preview.output())
        figures["rendered_of_waiting"] = narrowed[-1] if narrowed else None
        figures["load_at_end"] = os.getloadavg()[0]
        return figures
    finally:
        preview.stop()


def main(argv: list[str] | None = None) -> int:
    parser = server_options(__doc__.splitlines()[0], "A generated project served before with"
                            " --settle (bench/serve_catch_up.py).", "The checkout whose kbgen"
                            " serves (default this one).")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--forget-record", action="store_true",
                        help="Delete the kept record first.")
    args = parser.parse_args(argv)
    return printed(restart(args.project, args.seed, args.forget_record, args.code), args.json)


if __name__ == "__main__":
    sys.exit(main())
