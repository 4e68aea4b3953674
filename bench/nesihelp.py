"""A fourth real help centre, held out from all tuning: the NeSI Support Documentation.

The NeSI Support Documentation (docs.nesi.org.nz, the MkDocs help centre of New Zealand's
research computing service, https://github.com/nesi/support-docs, GPL-3.0) is already
converted for the gate's bench (`bench/gatecorpus/nesi.json.gz`: source, title, body as
written, at commit 16ba8d49). This module moves it into kbgen as a team would, with nothing
added:

- title: the page's title, or, where it has none, its file name as MkDocs shows it
  (underscores and hyphens read as spaces);
- summary: the body's first sentence (the pages have none);
- body: the Markdown body, images reduced to their alt text, links inside the help centre
  reduced to their text;
- category: the page's top-level section.

Pages that are not articles are left out: the repository's own notes for its writers
(CONTRIBUTING, FORMAT, MACROS, NEWPAGE, GLOSSARY), the home, tag and update lists, the spell
checker's assets and redirect stubs (fewer than 5 words). Another product and audience than
the other sets: a supercomputing service for researchers (logins, batch jobs, storage
quotas, data transfer, scientific software), with pasted scheduler and shell errors.

Example:
    python bench/relevance.py      # measures this set beside the others
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

QUERIES = BENCH / "nesihelp" / "queries.yml"
SITE_NAME = "NeSI Support (benchmark copy)"
DOMAINS = ("nesi.org.nz", "reannz.co.nz")
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?|===)[^\n]*$", re.M)
_NOT_ARTICLES = ("docs/CONTRIBUTING.md", "docs/FORMAT.md", "docs/GLOSSARY.md", "docs/MACROS.md",
                 "docs/NEWPAGE.md", "docs/index.md", "docs/tags.md", "docs/updates.md",
                 "docs/assets/")


def _title(entry: dict[str, Any]) -> str:
    """The title the help centre shows: its own, or the file name as MkDocs reads it."""
    title = " ".join(re.sub(r"[_-]+", " ", entry["title"]).split())
    return torsupport._short(title[:1].upper() + title[1:])


def _summary(body: str, title: str) -> str:
    """The body's first sentence, read past admonition and tab markers (`!!! note`)."""
    return realcorpus._first_sentence(_ADMONITION.sub("", body)) or title


def convert() -> list[dict[str, Any]]:
    """The help centre's articles: slug, category, title, summary and body."""
    articles: list[dict[str, Any]] = []
    seen: set[str] = set()
    centre = next(c for c in gatecorpus.CENTRES if c.name == "nesi")
    for entry in gatecorpus.load(centre):
        source = entry["source"]
        if source.startswith(_NOT_ARTICLES) or len(entry["body"].split()) < 5:
            continue
        body = realcorpus.moved_body(entry["body"])
        parts = source.removeprefix("docs/").removesuffix(".md").split("/")
        slug, up = realcorpus._slug(parts[-1]), 2
        while slug in seen or slug == "index":  # the folder names a page called `index`
            slug = realcorpus._slug(f"{parts[-up]}-{slug}")
            up += 1
        seen.add(slug)
        title = _title(entry)
        articles.append({"slug": slug, "category": realcorpus._slug(parts[0]), "source": source,
                         "title": title, "summary": _summary(body, title),
                         "body": body})
    return articles


def load_queries() -> list[dict[str, Any]]:
    """The relevance set for the help centre."""
    return realcorpus.load_queries(QUERIES)


def write_project(root: Path) -> Path:
    """A kbgen project of the help centre below `root`; returns its mkdocs.yml."""
    return realcorpus.write_project(root, convert(), SITE_NAME, DOMAINS)
