"""The publishing gate's problems with its articles judged in a pool of processes and in one
process, on the seen gate corpora's texts (bench/gatecorpus; the held-out ones are never
read): each seen article (one in `--every`) written as a published article of one site, as its
author wrote it, and the site's `gate_problems` made both ways; prints both counts, the CPU
and wall seconds of each, and whether the two lists are equal, problem for problem, in order.

Example:
    python bench/gate_pool_equivalence.py --every 5 --site /tmp/seen-site
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

CONFIG = """\
site_name: Seen texts
site_url: https://help.test.example/
docs_dir: content
theme:
  name: material
  font: false
plugins:
  - search
  - kbgen
"""
CATEGORIES = "corpus:\n  title: Corpus\n  description: Seen texts.\n"


def write_site(root: Path, every: int) -> int:
    """The seen texts as a site under `root`; how many articles."""
    import gatecorpus

    count = 0
    for centre in gatecorpus.CENTRES:
        if centre.held_out:
            continue
        for number, text in enumerate(gatecorpus.load(centre)[::every]):
            path = root / f"content/articles/corpus/{centre.name}-{number}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            title = json.dumps(f"{centre.name} page {number}")
            path.write_text(f"---\ntitle: {title}\nsummary: A page.\nstatus: published\n---\n\n"
                            f"{text['body']}", encoding="utf-8")
            count += 1
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (root / "content/_data").mkdir(parents=True, exist_ok=True)
    (root / "content/_data/categories.yml").write_text(CATEGORIES, encoding="utf-8")
    (root / "content/index.md").write_text("# Home\n", encoding="utf-8")
    return count


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=1, help="one seen article in EVERY")
    parser.add_argument("--site", type=Path, required=True, help="where the site is written")
    args = parser.parse_args()
    from kbgen.build.memo import Memo
    from kbgen.core import gate, loader, process_map
    from kbgen.project import find_project

    articles = write_site(args.site, args.every)
    project = find_project(args.site / "mkdocs.yml")
    kb, _ = loader.load(project.content_dir, project.settings, gate=False)
    print(f"{articles} seen articles; load {os.getloadavg()[0]:.1f};"
          f" {process_map.usable_cpus()} usable CPUs", flush=True)
    found = {}
    for name, pool_from in (("pool", 1), ("one process", 10 ** 9)):
        gate.POOL_FROM = pool_from
        wall, cpu = time.perf_counter(), _cpu()
        found[name] = [str(problem) for problem in loader.gate_problems(
            project.content_dir, project.settings, kb, Memo())]
        print(f"{name}: {len(found[name])} problems"
              f" ({sum(': error: ' in p for p in found[name])} errors),"
              f" {time.perf_counter() - wall:.1f} s wall, {_cpu() - cpu:.1f} CPU s,"
              f" load {os.getloadavg()[0]:.1f}", flush=True)
    same = found["pool"] == found["one process"]
    print("equal, in order" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
