"""A second real help centre, held out from tuning: the Tor Project's support portal.

The Tor Project Support portal (https://support.torproject.org, source
https://gitlab.torproject.org/tpo/web/support mirrored at https://github.com/torproject/support)
is a Lektor site: each question is a `contents.lr` with a title (the question as customers
ask it), a slug and a Markdown answer. Its content is published under the Creative Commons
Attribution 3.0 United States licence (see bench/torsupport/README.md). This script takes the
English questions at a pinned commit as they are:

- title: the question (the one longer than kbgen's 120 characters cut at a word);
- summary: the answer's first sentence (the portal has no summaries);
- body: the answer's Markdown, images reduced to their alt text, links inside the portal
  reduced to their text.

Glossary entries (one-line definitions), topic pages (lists) and redirects are left out.
Nothing else is added. `bench/torsupport/tor-support.json.gz` holds the result.

Example:
    python bench/torsupport.py --repo ~/src/support   # at PINNED_COMMIT
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import realcorpus  # noqa: E402

CORPUS = BENCH / "torsupport" / "tor-support.json.gz"
QUERIES = BENCH / "torsupport" / "queries.yml"
SOURCE = "https://github.com/torproject/support"
PINNED_COMMIT = "8257515c350b8972d5e121e30d794727f6882133"
"""2025-09-04, the newest commit when the set was made."""

SITE_NAME = "Tor Project Support (benchmark copy)"
DOMAINS = ("torproject.org", "torproject.net")
_FIELD_BREAK = re.compile(r"^---\s*$", re.M)
_FIELD = re.compile(r"\A([\w-]+):[ \t]*(.*)\Z", re.S)


def fields(text: str) -> dict[str, str]:
    """The fields of a Lektor `contents.lr` (`name: value` blocks between `---` lines)."""
    found = {}
    for block in _FIELD_BREAK.split(text):
        match = _FIELD.match(block.strip("\n"))
        if match:
            found[match.group(1).strip().lstrip("_").replace("-", "_")] = match.group(2).strip()
    return found


def _files(repo: Path, commit: str) -> dict[str, str]:
    """Every English `contents.lr` under content/ at `commit` (a work tree or a bare git dir)."""
    git = ["git", "--git-dir", str(realcorpus._git_dir(repo))]
    names = subprocess.run([*git, "ls-tree", "-r", "--name-only", commit, "content"],
                           capture_output=True, check=True, text=True).stdout.split()
    return {name: subprocess.run([*git, "show", f"{commit}:{name}"], capture_output=True,
                                 check=True).stdout.decode("utf-8")
            for name in names if name.endswith("/contents.lr")}


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The portal's questions: slug, category, title, summary and body."""
    articles: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name, text in sorted(_files(repo, commit).items()):
        parts = name.split("/")[1:-1]
        meta = fields(text)
        if len(parts) < 2 or "question" not in meta.get("model", "question").replace(
                "_question", "question"):
            continue
        body = meta.get("description", "").replace("\n----\n", "\n---\n")
        if not meta.get("title") or not body.strip():
            continue
        body = realcorpus.moved_body(body)
        slug = realcorpus._slug(meta.get("seo_slug") or parts[-1])
        if slug in seen:
            slug = realcorpus._slug(f"{parts[0]}-{slug}")
        seen.add(slug)
        title = _short(" ".join(meta["title"].split()))
        articles.append({"slug": slug, "category": realcorpus._slug(parts[0]), "source": name,
                         "title": title,
                         "summary": realcorpus._first_sentence(body) or title, "body": body})
    return articles


def _short(title: str, limit: int = 120) -> str:
    """kbgen refuses titles over 120 characters; one question is longer: cut at a word."""
    return title if len(title) <= limit else title[:limit - 1].rsplit(" ", 1)[0] + "…"


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
