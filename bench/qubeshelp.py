"""A sixteenth real help centre, held out from all tuning: the Qubes OS documentation.

Qubes OS's documentation (qubes-os.org/doc, source https://github.com/QubesOS/qubes-doc,
Jekyll Markdown, GPL-2.0, see `bench/qubeshelp/README.md`) helps the people who run Qubes OS,
a desktop operating system that keeps work, banking and browsing in separate virtual machines
("qubes"): installing and upgrading it, copying files and text between qubes, USB devices,
networking and VPNs, templates and disposables, backups, hardware and troubleshooting, beside
its developers' pages and release notes, which the site's search covers too. Its pages are
moved into kbgen as a team would, with nothing added (DuckDuckGo's rules, `bench/realcorpus.py`):

- title: the front matter's title; summary: the body's first sentence;
- body: the Markdown body without Liquid tags and HTML tags (their text kept), images as
  their alt text, links inside the site as their text;
- category: the page's two top folders (`user-troubleshooting`); slug: the last part of the
  page's `permalink` (`/doc/vm-troubleshooting/` -> `vm-troubleshooting`), as the site names it.

Only the pages laid out as documentation (`layout: doc`) are moved: the downloads, hardware
list and screenshot pages are generated from data files. The commit read is the last one in
Markdown: the next ones moved the documentation to reStructuredText.

Example:
    python bench/qubeshelp.py --repo ~/src/qubes-doc   # writes the corpus
    python bench/relevance.py --sets qubes             # measures it
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import entehelp  # noqa: E402
import realcorpus  # noqa: E402
import torsupport  # noqa: E402

CORPUS = BENCH / "qubeshelp" / "qubes-help.json.gz"
QUERIES = BENCH / "qubeshelp" / "queries.yml"
SOURCE = "https://github.com/QubesOS/qubes-doc"
PINNED_COMMIT = "e3db139fe3a5c2be20f6624717905fd6871c5e75"
"""2025-07-01, the last commit before the pages were renamed to `.rst`."""
SITE_NAME = "Qubes OS Documentation (benchmark copy)"
DOMAINS = ("qubes-os.org", "example.com")
_HTML = re.compile(r"</?(?:a|b|br|center|code|details|div|em|font|h\d|hr|i|img|kbd|li|ol|p|"
                   r"pre|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)\b[^>]*>")


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One Jekyll page as an article, or None for a page not laid out as documentation."""
    match = realcorpus._FRONT.match(text)
    meta = (yaml.safe_load(match.group(1)) if match else None) or {}
    if meta.get("layout") != "doc" or not meta.get("title"):
        return None
    body = realcorpus._LIQUID.sub("", text[match.end():] if match else text)
    body = realcorpus.moved_body(_HTML.sub("", body))
    if not body.strip():
        return None
    parts = name.removesuffix(".md").split("/")
    permalink = str(meta.get("permalink") or parts[-1]).strip("/").split("/")[-1]
    article = realcorpus.moved_article(realcorpus._slug(permalink), name,
                                       ["-".join(parts[:2]) if len(parts) > 2 else parts[0],
                                        *parts[1:]],
                                       torsupport._short(" ".join(str(meta["title"]).split())),
                                       body)
    return article


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The documentation's pages at `commit`: slug, category, title, summary and body."""
    return entehelp.vitepress_pages(repo, commit, ".", re.compile(r"^(README|CONTRIBUTING)\.md$"),
                                    convert_page)

SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
