"""Whether two kbgen trees' privacy gates find the same things: every finding (line, kind,
excerpt, advisory, advice) and every value accepted with its reason, on every article of the
seen gate corpora (as `bench/gate.py` scans them: with each help centre's allowances, and
bare), every article body of bench/gate_shapes.py (part `shapes`, at the sizes given: 1 MB
articles of one line, many lines, blobs...), every text of the hostile set (`bench/gate.py`'s
hostile cases, each text whole and each of its lines alone: short texts are most of what the
gate scans, front matter values and page names), and a generated project's whole gate
(`loader.gate_problems`). A cut of the gate's CPU must leave them all the same (issue 13).

Each tree runs in its own subprocess with that tree on PYTHONPATH; both read the texts of
this file's own tree (the corpora and hostile set as they are here), never the held-out
corpora. Differences are printed, the first few in full.

Example:
    git archive main | tar -x -C /tmp/main
    python bench/generate.py /tmp/kb-2k --articles 2000 --seed 1 --as-of 2026-12-01
    python bench/gate_equivalence.py /tmp/main . --project /tmp/kb-2k
    python bench/gate_equivalence.py /tmp/main . --only hostile   # the quick part
    python bench/gate_equivalence.py /tmp/main . --only shapes --shape-sizes 100000 1000000
    python bench/gate_equivalence.py /tmp/main . --only seen --keep-before /tmp/main-seen.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent

_RUN = """
import hashlib, ipaddress, json, sys
import kbgen  # the tree's, before bench/gate.py puts its own tree first on sys.path
from kbgen.core.privacy import Allowed, scan
from kbgen.core.phone_regions import national_regions
assert kbgen.__file__.startswith({tree!r}), kbgen.__file__
sys.path.insert(0, {bench!r})
import gate
from gatecorpus import CENTRES, load

parts, out = {parts!r}, {{}}


def scanned(text, allowed, region):
    accepted = []
    findings = scan(text, allowed, explain=accepted, default_region=region)
    return ([[f.line, f.kind, f.excerpt, f.advisory, f.advice] for f in findings],
            [[a.line, a.kind, a.excerpt, a.reason] for a in accepted])


if "seen" in parts:
    seen = [(centre.name, load(centre)) for centre in CENTRES if not centre.held_out]
    seen += [(name, json.loads(gate.gzip.decompress(path.read_bytes())))
             for name, path in (("torsupport", gate.TOR), ("ente", gate.ENTE))]
    for name, articles in seen:
        allowed = Allowed(domains=frozenset(gate.OWN_DOMAINS[name]),
                          phones_e164=frozenset(gate.OWN_PHONES.get(name, ())),
                          networks=tuple(map(ipaddress.ip_network,
                                             gate.OWN_NETWORKS.get(name, ()))))
        region = gate.MAIN_REGIONS.get(name)
        for number, article in enumerate(articles):
            key = f"seen {{name}} {{number}} {{article.get('source', '')}}"
            out[key] = scanned(article["body"], allowed, region)
            if {bare!r}:
                out[key + " bare"] = scanned(article["body"], Allowed(), region)
if "hostile" in parts:
    for number, case in enumerate(gate.hostile_cases()):
        allowed = Allowed(national_regions=national_regions(case.languages, (), case.region),
                          domains=frozenset(case.allow_domains))
        out[f"hostile {{number}} {{case.name}}"] = scanned(case.text, allowed, case.region)
        lines = case.text.split("\\n")
        for index, line in enumerate(lines if len(lines) > 1 else ()):
            if line.strip():
                out[f"hostile {{number}} line {{index + 1}} {{case.name}}"] = scanned(
                    line, allowed, case.region)
if "shapes" in parts:
    import gate_shapes
    for shape in gate_shapes.SHAPES:
        for size in {shape_sizes!r}:
            text = gate_shapes.article_text(shape, size)
            body = text.split("\\n---\\n", 1)[1] if text.startswith("---\\n") else text
            out[f"shape {{shape}} {{size}}"] = scanned(body, Allowed(), None)
if "project" in parts:
    from kbgen.build.memo import Memo
    from kbgen.core import loader
    from kbgen.project import find_project
    project = find_project({project!r})
    kb, _ = loader.load(project.content_dir, project.settings, gate=False)
    problems = loader.gate_problems(project.content_dir, project.settings, kb, Memo(),
                                    project.site_host)
    out["project gate_problems"] = [[str(problem) for problem in problems], []]
    allowed = Allowed()
    for article in kb.public_articles():
        out[f"project {{article.origin.src_uri}}"] = scanned(article.body, allowed, None)
with open({output!r}, "w", encoding="utf-8") as file:
    json.dump(out, file)
"""


def findings(tree: Path, parts: list[str], project: Path | None, bare: bool,
             shape_sizes: tuple[int, ...] = (100_000,)) -> dict[str, list]:
    """What the gate of `tree` finds in each text of `parts`, by the text's name."""
    tree = tree.resolve()
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as file:
        output = file.name
    code = _RUN.format(tree=str(tree), bench=str(BENCH), parts=parts, bare=bare,
                       shape_sizes=shape_sizes,
                       project=str(project / "mkdocs.yml") if project else "", output=output)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tree, check=False,
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{tree} failed:\n{done.stderr[-3000:]}")
    result: dict[str, list] = json.loads(Path(output).read_text(encoding="utf-8"))
    os.unlink(output)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="a kbgen tree (e.g. main as git archive)")
    parser.add_argument("after", type=Path, help="another kbgen tree")
    parser.add_argument("--project", type=Path, help="a generated project (bench/generate.py)")
    parser.add_argument("--only", nargs="+", choices=("seen", "hostile", "project", "shapes"),
                        help="compare only these parts")
    parser.add_argument("--shape-sizes", type=int, nargs="+", default=[100_000],
                        help="sizes of bench/gate_shapes.py's articles (part shapes)")
    parser.add_argument("--bare", action="store_true",
                        help="the seen corpora scanned with nothing allowed too")
    parser.add_argument("--keep-before", type=Path,
                        help="a file keeping the first tree's findings: read if it exists"
                             " (the same parts), else written")
    parser.add_argument("--show", type=int, default=5, help="differences printed in full")
    args = parser.parse_args()
    parts = list(args.only or ("seen", "hostile", "project"))
    if "project" in parts and args.project is None:
        parts.remove("project")
    kept = args.keep_before
    if kept is not None and kept.exists():  # the same tree's findings, found once
        before = json.loads(kept.read_text(encoding="utf-8"))
    else:
        before = findings(args.before, parts, args.project, args.bare,
                          tuple(args.shape_sizes))
        if kept is not None:
            kept.write_text(json.dumps(before), encoding="utf-8")
    after = findings(args.after, parts, args.project, args.bare, tuple(args.shape_sizes))
    differ = sorted(key for key in before.keys() | after.keys()
                    if before.get(key) != after.get(key))
    for key in differ[:args.show]:
        print(f"DIFFERENT {key}\n  before: {before.get(key)}\n  after:  {after.get(key)}")
    for key in differ[args.show:]:
        print(f"DIFFERENT {key}")
    counted = sum(len(value[0]) for value in before.values())
    print(json.dumps({"parts": parts, "texts": len(before), "findings_before": counted,
                      "different": len(differ)}))
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
