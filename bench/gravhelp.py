"""A fourteenth real help centre, held out from all tuning: Grav's documentation (Grav Learn).

Grav Learn (learn.getgrav.org, source https://github.com/getgrav/grav-learn, `pages/`, MIT,
see `bench/gravhelp/README.md`) serves the people who build and run a website with Grav, a
flat-file CMS: installing, content and page headers, themes and Twig, plugins, the admin
panel, forms, the CLI, web servers and hosting, troubleshooting, migration, security. A
product's own help for site owners, unlike the other sets: CMS configuration in YAML beside
hosting walkthroughs and error pages. Its pages are moved into kbgen as a team would, with
nothing added (Ente's rules, `bench/entehelp.py`):

- title: the front matter's title; summary: the body's first sentence;
- body: the Markdown body without Grav's shortcode tags (`[prism ...]`, `[ui-tabs]`, the
  title of a `[ui-tab]` kept as a line) and notice markers (`!!` at a line's start); images
  as their alt text, links inside the site as their text;
- category: the page's top folder without its ordering number (`troubleshooting`, ...);
  slug: its folders without numbers (`11.troubleshooting/01.page-not-found/docs.md` ->
  `troubleshooting-page-not-found`).

Pages kept for older Grav versions (`docs.16.md`, `default.17.md`) and the site's search page
are left out: the unnumbered page is the current one.

Example:
    python bench/gravhelp.py --repo ~/src/grav-learn   # writes the corpus
    python bench/relevance.py --sets grav               # measures it
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

CORPUS = BENCH / "gravhelp" / "grav-help.json.gz"
QUERIES = BENCH / "gravhelp" / "queries.yml"
SOURCE = "https://github.com/getgrav/grav-learn"
PINNED_COMMIT = "6ed2437ce391a5ad228a4b495d0eaac06a786eef"
"""2024-03-01, the newest commit of the snapshot read."""
SITE_NAME = "Grav Learn (benchmark copy)"
DOMAINS = ("getgrav.org", "example.com")
ROOT = "pages/"
_LEFT_OUT = re.compile(r"^pages/search/|.*\.\d+\.md$")
_ORDER = re.compile(r"^\d+\.")
_TAB_TITLE = re.compile(r"\[ui-tab\s+title=\"([^\"]*)\"[^\]]*\]")
_SHORTCODE = re.compile(r"\[/?(?:prism|ui-tabs|ui-tab|ui-accordion|ui-accordion-item|notice|"
                        r"center|columns|column|section|div|span)\b[^\]]*\]")
_NOTICE = re.compile(r"^!{1,4} ", re.MULTILINE)


def page_name(name: str) -> str:
    """A Grav page file's name as a page path: ordering numbers and the template's file name
    dropped (`pages/02.content/07.media/docs.md` -> `pages/content/media.md`)."""
    folders = name.removeprefix(ROOT).split("/")[:-1]
    return ROOT + "/".join(_ORDER.sub("", folder) for folder in folders) + ".md"


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One Grav page as an article (Ente's rules, Grav's shortcodes and notice markers
    dropped)."""
    text = _NOTICE.sub("", _SHORTCODE.sub("", _TAB_TITLE.sub(lambda m: m.group(1), text)))
    return entehelp.convert_page(page_name(name), text, ROOT)


convert = partial(entehelp.vitepress_pages, root=ROOT, left_out=_LEFT_OUT,
                  convert_one=convert_page)
"""Grav Learn's pages at a commit (`convert(repo, commit)`): slug, category, title, summary
and body."""


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
