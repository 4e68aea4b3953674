"""An eighth real help centre, a tuning set: the Mastodon documentation.

Mastodon's documentation (docs.joinmastodon.org, https://github.com/mastodon/documentation,
GNU FDL 1.3, see `bench/mastodonhelp/LICENSE`; Hugo Markdown pages under `content/en/`) is
already converted for the gate's bench (`bench/gatecorpus/mastodon.json.gz`: source, title,
body as written, at commit 2903485d, Hugo shortcodes removed). This module moves it into kbgen
as a team would, with nothing added:

- title: the front matter's title (kbgen's 120-character limit cut at a word);
- summary: the body's first sentence;
- body: the Markdown body, images reduced to their alt text, links inside the help centre
  reduced to their text;
- category: the page's top-level section (`user`, `admin`, `methods`, ...); slug: its path
  (`admin/optional/tor` -> `admin-optional-tor`, `_index` dropped, the home page `what-is`).

Another product and audience than the other sets: a federated social network, its users
(posting, moving accounts, blocking), its server admins (install, tootctl, scaling, errors
pasted from logs) and its API clients (OAuth, rate limits, entities). A tuning set: its misses
may be read.

Example:
    python bench/relevance.py --sets mastodon
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import gatecorpus  # noqa: E402
import realcorpus  # noqa: E402
import torsupport  # noqa: E402

QUERIES = BENCH / "mastodonhelp" / "queries.yml"
SITE_NAME = "Mastodon documentation (benchmark copy)"
DOMAINS = ("joinmastodon.org", "mastodon.social", "example.com")


def slug_of(source: str) -> str:
    """An article's slug: its path below `content/en/`, `_index` dropped."""
    path = source.removeprefix("content/en/").rsplit(".", 1)[0].removesuffix("_index")
    return realcorpus._slug(path.strip("/") or "what-is")


def convert() -> list[dict[str, Any]]:
    """The help centre's articles: slug, category, title, summary and body."""
    articles: list[dict[str, Any]] = []
    centre = next(c for c in gatecorpus.CENTRES if c.name == "mastodon")
    for entry in gatecorpus.load(centre):
        source = entry["source"]
        body = realcorpus.moved_body(entry["body"])
        if not body.strip():
            continue
        parts = source.removeprefix("content/en/").split("/")
        category = realcorpus._slug(parts[0]) if len(parts) > 1 else "general"
        title = torsupport._short(" ".join(entry["title"].split()))
        articles.append({"slug": slug_of(source), "category": category, "source": source,
                         "title": title,
                         "summary": realcorpus._first_sentence(body) or title, "body": body})
    return articles


def load_queries() -> list[dict[str, Any]]:
    """The relevance set for the help centre."""
    return realcorpus.load_queries(QUERIES)


def write_project(root: Path) -> Path:
    """A kbgen project of the help centre below `root`; returns its mkdocs.yml."""
    return realcorpus.write_project(root, convert(), SITE_NAME, DOMAINS)
