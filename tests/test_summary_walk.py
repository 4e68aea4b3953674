"""`kbgen build`'s summary counts the files `rglob` finds, each asked for its size once
(kbgen.commands.summary): the same figures on a site with linked files and folders."""

from __future__ import annotations

from pathlib import Path

from kbgen.commands.summary import summarise

COUNTS = {"published": 2, "drafts": 0, "internal": 0}


def _site(root: Path) -> Path:
    site = root / "site"
    for relative, size in (("index.html", 10), ("a/b/page.html", 20), ("search/index.json", 30),
                           ("search/kb-text/0.json", 40), ("assets/app.js", 50),
                           (".nojekyll", 0)):
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_bytes(b"x" * size)
    outside = root / "outside"
    outside.mkdir()
    (outside / "big.html").write_bytes(b"x" * 1000)
    (site / "linked").symlink_to(outside, target_is_directory=True)  # not entered
    (site / "copy.html").symlink_to(outside / "big.html")  # a file: its target's size
    return site


def test_summary_counts_what_rglob_finds(tmp_path: Path) -> None:
    site = _site(tmp_path)
    files = [p for p in site.rglob("*") if p.is_file()]
    summary = summarise(site, COUNTS, 1.0)
    assert (summary.pages, summary.site_bytes, summary.search_bytes) == (
        sum(p.suffix == ".html" for p in files), sum(p.stat().st_size for p in files),
        sum(p.stat().st_size for p in files
            if p.relative_to(site).as_posix() == "search/index.json"))
    assert (summary.pages, summary.site_bytes, summary.search_bytes) == (3, 1150, 30)
