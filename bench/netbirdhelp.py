"""A seventh real help centre, held out from all tuning: the NetBird documentation.

NetBird's documentation and help pages (docs.netbird.io, https://github.com/netbirdio/docs,
BSD-3-Clause, MDX pages under `src/pages/`) are already converted for the gate's bench
(`bench/gatecorpus/netbird.json.gz`: source, title, body as written, at commit d905fda2).
This module moves them into kbgen as a team would, with nothing added:

- title: the page's first `# ` heading (MDX pages carry no front-matter title), tags cut;
- summary: the body's first sentence;
- body: the MDX body without its `import`/`export` lines and that first heading, images
  reduced to their alt text, links inside the help centre reduced to their text;
- category: the page's top-level section; slug: its path (`help/troubleshooting-client/
  windows` -> `help-troubleshooting-client-windows`, `index` dropped).

Another product and audience than the other sets: a WireGuard-based VPN and its management
service, cloud and self-hosted (peers, routes, DNS, identity providers, a reverse proxy),
with pasted client and server errors.

Example:
    python bench/relevance.py --sets netbird      # this set only
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import gatecorpus  # noqa: E402
import realcorpus  # noqa: E402
import torsupport  # noqa: E402

QUERIES = BENCH / "netbirdhelp" / "queries.yml"
SITE_NAME = "NetBird Docs (benchmark copy)"
DOMAINS = ("netbird.io", "netbird.selfhosted", "example.com")
_H1 = re.compile(r"^#\s+(.+?)\s*$", re.M)
_MODULE_LINE = re.compile(r"^(?:import|export)\s[^\n]*\n", re.M)
_TAG = re.compile(r"<[A-Za-z][^>]*/?>")


def slug_of(source: str) -> str:
    """An article's slug: its path below `src/pages/`, `index` dropped."""
    path = source.removeprefix("src/pages/").rsplit(".", 1)[0].removesuffix("/index")
    return realcorpus._slug(path)


def convert() -> list[dict[str, Any]]:
    """The help centre's articles: slug, category, title, summary and body."""
    articles: list[dict[str, Any]] = []
    centre = next(c for c in gatecorpus.CENTRES if c.name == "netbird")
    for entry in gatecorpus.load(centre):
        source, body = entry["source"], _MODULE_LINE.sub("", entry["body"])
        heading = _H1.search(body)
        raw_title = heading.group(1) if heading else entry["title"].replace("-", " ")
        if heading:
            body = body[:heading.start()] + body[heading.end():]
        title = torsupport._short(" ".join(_TAG.sub("", raw_title).split()))
        body = realcorpus.moved_body(body)
        articles.append(realcorpus.moved_article(
            slug_of(source), source, source.removeprefix("src/pages/").split("/"), title, body))
    return articles


def load_queries() -> list[dict[str, Any]]:
    """The relevance set for the help centre."""
    return realcorpus.load_queries(QUERIES)


def write_project(root: Path) -> Path:
    """A kbgen project of the help centre below `root`; returns its mkdocs.yml."""
    return realcorpus.write_project(root, convert(), SITE_NAME, DOMAINS)
