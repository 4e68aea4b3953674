"""A nineteenth real help centre, a fresh tuning set: the PhotoPrism documentation.

The PhotoPrism docs (https://docs.photoprism.app, source
https://github.com/photoprism/photoprism-docs, `docs/`, CC BY-NC-SA 4.0, see
`bench/photoprismhelp/README.md`) serve the people who run PhotoPrism, a self-hosted photo
library: installing it (Docker on a NAS, a Raspberry Pi, Windows, macOS), its settings,
importing and indexing, albums, places and faces, sharing, WebDAV and phone sync, backups,
troubleshooting (MariaDB, Docker, permissions, missing pictures), the FAQ, the release notes
and the developers' pages (the site's search covers them, as Joplin's). Its MkDocs Markdown
pages are moved into kbgen as a team would, with nothing added (the libretro docs' rules,
`bench/retroarchhelp.py`):

- title: the front matter's title, else the first `#` heading, without the closing `#`s some
  headings carry (`# Albums #`: Markdown does not show them) or its bold markers;
- summary: the front matter's description, else the body's first sentence (past admonition
  markers and list numbers);
- body: the Markdown body without the title's heading; images as their alt text, links inside
  the site as their text;
- category: the page's top folder (`getting-started`, `user-guide`, `developer-guide`, ...);
  slug: its path (`getting-started/troubleshooting/mariadb` ->
  `getting-started-troubleshooting-mariadb`).

Example:
    python bench/photoprismhelp.py --repo ~/src/photoprism-docs   # writes the corpus
    python bench/relevance.py --sets photoprism                   # measures it
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
import retroarchhelp  # noqa: E402

CORPUS = BENCH / "photoprismhelp" / "photoprism-help.json.gz"
QUERIES = BENCH / "photoprismhelp" / "queries.yml"
SOURCE = "https://github.com/photoprism/photoprism-docs"
PINNED_COMMIT = "6e3c387f498333c6301e0a2e393634dce4069d67"
"""2025-08-16, the newest commit of the snapshot read."""
SITE_NAME = "PhotoPrism Docs (benchmark copy)"
DOMAINS = ("photoprism.app", "example.com")
ROOT = "docs/"
_LEFT_OUT = re.compile(r"^$")
"""Nothing below `docs/` is left out."""
_CLOSING = re.compile(r"\s#+$")
"""A heading's closing `#`s (CommonMark: a blank, then `#`s at its end)."""


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One page as an article (the libretro docs' rules); the title as Markdown shows it."""
    article = retroarchhelp.convert_page(name, text, ROOT)
    if article:
        article["title"] = _CLOSING.sub("", article["title"].replace("**", "")).strip()
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
