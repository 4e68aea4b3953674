"""One relevance set in the browser: kbgen's search box and Pagefind on the same built site.

`bench/run.py --pagefind` measures every set this way, but a real help centre moved in as it is
may not build: kbgen refuses what its privacy gate reads as a secret and pages over its build
limits (the PhotoPrism docs: seven example credentials, two pages). Here, for the measure only,
the site is built as its owner would after review: a line the gate reads as a password gets
the reviewed exception (`<!-- kb:allow password -->`), a picture the move-in left behind is copied
in (a one-pixel stand-in: Authelia's docs), and any other refused page is left out (named
in the output); kbgen's loader leaves those pages out of `bench/relevance.py`'s figures too.
The first 5 results are read from the page, so MRR counts ranks 1 to 5.

Example:
    python bench/relevance_browser.py photoprism --json /tmp/photoprism-browser.json
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import pagefind  # noqa: E402
import relevance  # noqa: E402
import run  # noqa: E402

ALLOW_PASSWORD = " <!-- kb:allow password -->"
_REFUSED = re.compile(r"(content/\S+\.md):(\d+): error: (password or secret)?")
"""A refusal in kbgen's build log: the page, the line, and whether it is the gate's password."""
_MISSING = re.compile(r"content/\S+\.md:\d+: error: (?:image|link to) '[^']*' points to a missing"
                      r" file \(([^()\s]+\.(?!(?:md|markdown)\))[A-Za-z0-9]+)\)")
"""A picture or file the page shows that the move-in left behind (`bench/imported_help.py`
skips a snapshot's large pictures), or any other file but a page (PiKVM's `ezcoo1.docx`: left
out, its page took the pages linking to it along, round after round): the owner copies it in,
so the page stays."""
STAND_INS = {".svg": '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n',
             ".png": bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                   "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049"
                                   "454e44ae426082")}
"""What a left-behind file is replaced with: a one-pixel picture (others: empty)."""
ATTEMPTS = 4
ERRORS_SHOWN = len("build failed (1): ") + 1500
"""How much of a failed build's joined error lines run.build's message holds at most."""


def review(project: Path, log: str) -> list[str]:
    """Apply the owner's review to the refusals of a build `log` in `project`: a password line
    allowed, any other refused page left out (returned)."""
    log = whole_refusals(log)
    left_out = []
    stood_in = set()
    for missing in sorted(set(_MISSING.findall(log))):
        target = project / "content" / missing
        if (project / "content").resolve() not in target.resolve().parents:
            continue  # outside the site: the page is left out
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            stand_in = STAND_INS.get(target.suffix.lower(), b"")
            if isinstance(stand_in, str):
                target.write_text(stand_in, encoding="utf-8")
            else:
                target.write_bytes(stand_in)
        stood_in.add(missing)
    for path, line, password in sorted(set(_REFUSED.findall(log))):
        if _only_missing(log, path, stood_in):
            continue
        page = project / path
        if not page.exists():
            continue
        if password:
            lines = page.read_text(encoding="utf-8").split("\n")
            if not lines[int(line) - 1].endswith(ALLOW_PASSWORD):
                lines[int(line) - 1] += ALLOW_PASSWORD
            page.write_text("\n".join(lines), encoding="utf-8")
        else:
            page.unlink()
            left_out.append(path)
    return left_out


def _only_missing(log: str, path: str, stood_in: set[str]) -> bool:
    """Whether every refusal of page `path` in `log` is a missing file now stood in for."""
    refusals = re.findall(rf"{re.escape(path)}:\d+: error: ([^|\n]*)", log)
    return bool(refusals) and all(
        (found := _MISSING.search(f"{path}:1: error: {refusal}")) is not None
        and found.group(1) in stood_in for refusal in refusals)


def whole_refusals(log: str) -> str:
    """A failed build's log without the refusal its first line cuts short (run.build_errors
    keeps the joined errors' first 1,500 characters): the next build shows it whole."""
    first, _, rest = log.partition("\n")
    if len(first) >= ERRORS_SHOWN and " | " in first:
        first = first.rsplit(" | ", 1)[0]
    return f"{first}\n{rest}"


def checked(config: Path) -> str:
    """`kbgen check`'s whole output on the project of `config`: every refusal, where a failed
    build's message holds its first 1,500 characters (the PiKVM docs' 30 refused lines of
    EDID hex took more rounds than ATTEMPTS to show)."""
    done = subprocess.run([sys.executable, "-m", "kbgen", "check", "-f", str(config)],
                          capture_output=True, text=True, env=run.ENV, cwd=config.parent,
                          check=False)
    return done.stdout + done.stderr


def build_reviewed(config: Path, site: Path) -> list[str]:
    """Build the project of `config` into `site`, reviewing refusals until it builds; the
    pages left out."""
    left_out: list[str] = []
    for _ in range(ATTEMPTS):
        try:
            run.build(config, site, strict=False)
            return left_out
        except RuntimeError as exc:
            left_out += review(config.parent, f"{exc}\n{checked(config)}")
    raise RuntimeError(f"{config} does not build after {ATTEMPTS} reviews")


def measure(name: str, work: Path) -> dict[str, Any]:
    """kbgen's and Pagefind's recall@5 / MRR in Chromium on the set `name`."""
    config, queries, expected = relevance.sets(work / "sets")[name]
    site = work / "site"
    figures: dict[str, Any] = {"left_out": build_reviewed(config, site)}
    with run.chromium() as browser, run.serve(site) as base:
        figures["kbgen"] = relevance.scores(run.browser_rankings(browser, base, queries),
                                            expected, queries)
        indexed = pagefind.index(site)
        ranked = run.browser_rankings(browser, base, queries, pagefind.SEARCH_PAGE, 2_000)
        figures["pagefind"] = {**indexed, "version": pagefind.version(),
                               **relevance.scores(ranked, expected, queries)}
    return figures


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", help="A set of bench/relevance.py (not a held-out one).")
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    args = parser.parse_args(argv)
    if args.set in relevance.HELD_OUT:
        parser.error("held-out sets are measured with bench/relevance.py only")
    with tempfile.TemporaryDirectory(prefix="kbgen-relevance-browser-") as work:
        figures = measure(args.set, Path(work))
    for who in ("kbgen", "pagefind"):
        print(f"{who:<9} {figures[who]['recall_at_5']:.3f} / {figures[who]['mrr']:.3f}")
    print(f"left out: {', '.join(figures['left_out']) or 'none'}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
