"""A seventeenth real help centre, a tuning set: the RetroArch and libretro documentation.

The libretro docs (https://docs.libretro.com, source https://github.com/libretro/docs, `docs/`,
MIT, see `bench/retroarchhelp/README.md`) serve the people who play old games with RetroArch,
a frontend for emulators ("cores"): installing it on a PC, a phone, a console or a Raspberry
Pi (Lakka), controllers and hotkeys, BIOS files, shaders, netplay, achievements, playlists
and thumbnails, one page per core (what it emulates, its BIOS files, its options), and the
developers' pages (the site's search covers them). A game player's help, unlike the other
sets. Its MkDocs Markdown pages are moved into kbgen as a team would, with nothing added
(Ente's rules, `bench/entehelp.py`):

- title: the front matter's title, else the first `#` heading;
- summary: the front matter's description, else the body's first sentence (past admonition
  markers and list numbers, NeSI's rule);
- body: the Markdown body without the title's heading; images as their alt text, links inside
  the site as their text;
- category: the page's top folder (`library`, `guides`, `shader`, `development`, ...); slug:
  its path (`guides/retroachievements` -> `guides-retroachievements`).

368 pages at the pinned commit; the MkDocs theme's own templates are not pages.

Example:
    python bench/retroarchhelp.py --repo ~/src/libretro-docs   # writes the corpus
    python bench/relevance.py --sets retroarch                 # measures it
"""

from __future__ import annotations

import re
import sys
from functools import partial
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import entehelp  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "retroarchhelp" / "retroarch-help.json.gz"
QUERIES = BENCH / "retroarchhelp" / "queries.yml"
SOURCE = "https://github.com/libretro/docs"
PINNED_COMMIT = "8fb1967e37d0f93f717b1f0f90a0b4c4a024e196"
"""2026-08-22, the newest commit of the snapshot read."""
SITE_NAME = "Libretro Docs (benchmark copy)"
DOMAINS = ("libretro.com", "retroarch.com")
ROOT = "docs/"
_LEFT_OUT = re.compile(r"^docs/overrides/")


_NOT_PROSE = re.compile(r"^\s*(?:!!!|\?\?\?\+?|===)[^\n]*$|^\s*(?:\d+\.|[-*+])\s+", re.M)
"""Admonition and tab markers (`!!! note`, a line of their own) and list markers (`1. `)."""


def summary_of(body: str, title: str) -> str:
    """The body's first sentence, read past admonition markers and list numbers (NeSI's rule:
    `!!!` or `1.` alone is no summary)."""
    return realcorpus._first_sentence(_NOT_PROSE.sub("", body)) or title


def convert_page(name: str, text: str, root: str = ROOT) -> dict[str, Any] | None:
    """One page as an article (Ente's rules: the docs are plain MkDocs Markdown); without a
    description, the summary is `summary_of` the body."""
    article = entehelp.convert_page(name, text, root)
    if article and article["summary"] == (realcorpus._first_sentence(article["body"])
                                          or article["title"]):
        article["summary"] = summary_of(article["body"], article["title"])
    return article


convert = partial(entehelp.vitepress_pages, root=ROOT, left_out=_LEFT_OUT,
                  convert_one=convert_page)
"""The help centre's pages at a commit (`convert(repo, commit)`): slug, category, title,
summary and body."""


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
