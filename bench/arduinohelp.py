"""A third real help centre, held out from tuning: the Arduino Help Center.

The Arduino Help Center (support.arduino.cc, the Markdown export of a Zendesk help centre at
https://github.com/arduino/help-center-content, CC BY-SA 4.0) is already converted for the
gate's bench (`bench/gatecorpus/arduino.json.gz`: source, title, body as written). This
module moves it into kbgen as a team would, with nothing added:

- title: the article's title (kbgen's 120-character limit cut at a word);
- summary: the body's first sentence (Zendesk articles open with "Learn how to ...");
- body: the Markdown body, images reduced to their alt text, links inside the help centre
  reduced to their text; GitHub-style `> [!NOTE]` markers dropped (kept as quotes);
- category: the article's section (the folder it sits in).

The seven "hub" pages (`content/Custom/Hubs/`, lists of links to other articles) are left
out, as the Tor portal's topic pages are. Another product and audience than the DuckDuckGo
and Tor sets: hardware boards, an IDE, a cloud service, a store; error messages pasted from a
compiler or uploader.

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

QUERIES = BENCH / "arduinohelp" / "queries.yml"
SITE_NAME = "Arduino Help Center (benchmark copy)"
DOMAINS = ("arduino.cc", "arduino.local")
_ALERT = re.compile(r"^(>\s*)\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$", re.M)
_HUBS = "content/Custom/"


def convert() -> list[dict[str, Any]]:
    """The help centre's articles: slug, category, title, summary and body."""
    articles: list[dict[str, Any]] = []
    seen: set[str] = set()
    centre = next(c for c in gatecorpus.CENTRES if c.name == "arduino")
    for entry in gatecorpus.load(centre):
        source = entry["source"]
        if source.startswith(_HUBS):
            continue
        body = realcorpus.moved_body(_ALERT.sub(r"\1", entry["body"]))
        parts = source.removeprefix("content/").removesuffix(".md").split("/")
        slug = realcorpus._slug(parts[-1])
        if slug in seen:
            slug = realcorpus._slug(f"{parts[-2]}-{slug}")
        seen.add(slug)
        title = torsupport._short(" ".join(entry["title"].split()))
        articles.append({"slug": slug, "category": realcorpus._slug(parts[-2]), "source": source,
                         "title": title, "summary": realcorpus._first_sentence(body) or title,
                         "body": body})
    return articles


def load_queries() -> list[dict[str, Any]]:
    """The relevance set for the help centre."""
    return realcorpus.load_queries(QUERIES)


def write_project(root: Path) -> Path:
    """A kbgen project of the help centre below `root`; returns its mkdocs.yml."""
    return realcorpus.write_project(root, convert(), SITE_NAME, DOMAINS)
