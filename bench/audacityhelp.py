"""A fifteenth real help centre, held out from all tuning: Audacity Support.

Audacity Support (support.audacityteam.org, source https://github.com/audacity/audacity-support,
GitBook Markdown, CC BY 4.0, see `bench/audacityhelp/README.md`) helps the people who record
and edit sound with Audacity, a desktop audio editor: installing it and FFmpeg, recording a
microphone or the computer's own sound, editing, effects, noise and clicks, exporting, macros,
music, error messages and recording problems, and the release notes of every version. Its
pages are moved into kbgen as a team would, with nothing added (Ente's rules,
`bench/entehelp.py`):

- title: the page's first `#` heading; summary: the front matter's `description`, else the
  body's first sentence;
- body: the Markdown body without GitBook's block tags (`{% hint %}`, `{% tabs %}`,
  `{% embed %}`, `{% content-ref %}`; a tab's title kept as a line), HTML figures as their
  caption or alt text, `&#x20;` as a space; images as their alt text, links inside the site
  as their text;
- category: the page's top folder (`basics`, `troubleshooting`, ...); slug: its path without
  `.md`, a folder's `README.md` named by the folder.

Only the pages the site's table of contents (`SUMMARY.md`) lists are moved: those it publishes.

Example:
    python bench/audacityhelp.py --repo ~/src/audacity-support   # writes the corpus
    python bench/relevance.py --sets audacity                    # measures it
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import entehelp  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "audacityhelp" / "audacity-help.json.gz"
QUERIES = BENCH / "audacityhelp" / "queries.yml"
SOURCE = "https://github.com/audacity/audacity-support"
PINNED_COMMIT = "58ecdb504039b73bdd6cb9315bd72ff7df903831"
"""2025-07-04, the newest commit of the snapshot read."""
SITE_NAME = "Audacity Support (benchmark copy)"
DOMAINS = ("audacityteam.org", "example.com")
_LISTED = re.compile(r"\]\(([^)\s]+\.md)\)")
_TAB_TITLE = re.compile(r"\{%\s*tab\s+title=\"([^\"]*)\"\s*%\}")
_TAG = re.compile(r"\{%.*?%\}")
_FIGURE = re.compile(r"<figure>(.*?)</figure>", re.S)
_CAPTION = re.compile(r"<figcaption>(.*?)</figcaption>", re.S)
_ALT = re.compile(r"\balt=\"([^\"]*)\"")
_MARKUP = re.compile(r"<[^>]+>")


def page_name(name: str) -> str:
    """A GitBook page's file as a page path: a folder's `README.md` is its index page, named
    by the folder (`music/working-with-audio-loops/README.md` -> `.../index.md`, slug
    `music-working-with-audio-loops`; the top one `home`)."""
    return name.removesuffix("README.md") + "index.md" if name.endswith("README.md") else name


def _figure_text(figure: re.Match[str]) -> str:
    """An HTML figure as a reader's text: its caption, else its image's alt text."""
    inner = figure.group(1)
    caption = _CAPTION.search(inner)
    alt = _ALT.search(inner)
    text = _MARKUP.sub(" ", caption.group(1)) if caption else (alt.group(1) if alt else "")
    return " ".join(html.unescape(text).split())


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One GitBook page as an article (Ente's rules, GitBook's tags and figures dropped)."""
    text = _TAG.sub("", _TAB_TITLE.sub(lambda m: m.group(1), text))
    text = _FIGURE.sub(_figure_text, text).replace("&#x20;", " ")
    return entehelp.convert_page(page_name(name), text, "")


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The pages `SUMMARY.md` lists at `commit`: slug, category, title, summary and body."""
    listed = _LISTED.findall(entehelp.git_text(repo, commit, "SUMMARY.md"))
    return entehelp.git_pages(repo, commit, dict.fromkeys(listed), convert_page)

SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
