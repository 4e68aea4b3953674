"""A thirteenth real help centre, held out from all tuning: darktable's user manual.

darktable's user manual (docs.darktable.org, source https://github.com/darktable-org/dtdocs,
`content/`, GPL-3.0, see `bench/darktablehelp/README.md`) serves the photographers who
develop raw photos in a desktop application: importing and tagging in the lighttable, the
darkroom's modules (exposure, filmic, color balance, masks, ...), export, printing,
tethering, preferences, scripting in Lua, and how the manual itself is written. A desktop
application's reference manual, unlike the other sets: long module pages of controls listed
as definitions. Its Hugo pages are moved into kbgen as a team would, with nothing added
(Ente's rules, `bench/entehelp.py`):

- title: the front matter's title; summary: the body's first sentence;
- body: the Markdown body without Hugo's `details` shortcode tags (the summary they show is
  kept as a line); images as their alt text, links inside the site as their text;
- category: the page's top folder (`darkroom`, `module-reference`, ...); slug: its path
  (`module-reference/processing-modules/exposure` ->
  `module-reference-processing-modules-exposure`).

Sections' list pages with no text of their own (`_index.md` holding only front matter) are
left out by Ente's rule (no body). 290-odd pages at the pinned commit.

Example:
    python bench/darktablehelp.py --repo ~/src/dtdocs   # writes the corpus
    python bench/relevance.py --sets darktable           # measures it
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

CORPUS = BENCH / "darktablehelp" / "darktable-help.json.gz"
QUERIES = BENCH / "darktablehelp" / "queries.yml"
SOURCE = "https://github.com/darktable-org/dtdocs"
PINNED_COMMIT = "ab0aefdda645477fd0cb09aab70ca1de4638b216"
"""2026-08-22, the newest commit of the snapshot read."""
SITE_NAME = "darktable user manual (benchmark copy)"
DOMAINS = ("darktable.org", "example.com")
ROOT = "content/"
_LEFT_OUT = re.compile(r"^$")
_DETAILS = re.compile(r"\{\{<\s*details\s+summary=\"([^\"]*)\"[^}]*>\}\}|\{\{<\s*/details\s*>\}\}")


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One Hugo page as an article (Ente's rules, a `details` shortcode's tags dropped, the
    summary it shows kept as a line)."""
    text = _DETAILS.sub(lambda m: m.group(1) or "", text)
    return entehelp.convert_page(name.replace("/_index.md", "/index.md"), text, ROOT)


convert = partial(entehelp.vitepress_pages, root=ROOT, left_out=_LEFT_OUT,
                  convert_one=convert_page)
"""The manual's pages at a commit (`convert(repo, commit)`): slug, category, title, summary
and body."""


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
