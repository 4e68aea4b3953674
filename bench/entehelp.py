"""A ninth real help centre, a tuning set: Ente's help (photos, 2FA codes, documents).

Ente's help centre (https://ente.com/help, source https://github.com/ente-io/ente, `docs/docs/`,
AGPL-3.0, see `bench/entehelp/README.md`) is a consumer product's: an end-to-end encrypted
photo backup app (Ente Photos), a 2FA code app (Ente Auth), a document locker and their
self-hosted server. Its VitePress Markdown pages are moved into kbgen as a team would, with
nothing added:

- title: the front matter's title (kbgen's 120-character limit cut at a word);
- summary: the front matter's description, else the body's first sentence;
- body: the Markdown body without its first `#` heading (the title), heading anchors
  (`{#id}`) and VitePress container fences (`:::`) dropped, images reduced to their alt text,
  links inside the help centre to their text;
- category: the page's product folder (`photos`, `auth`, `locker`, ...); slug: its path
  (`photos/faq/troubleshooting` -> `photos-faq-troubleshooting`, `index` dropped).

Left out: the German pages (`de/`), changelogs and the writers' style guide; where `x.md` and
`x/index.md` both exist (moved-page stubs), the first is kept. 202 pages at the pinned commit.

Example:
    python bench/entehelp.py --repo ~/src/ente   # writes the corpus
    python bench/relevance.py --sets ente        # measures it
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import realcorpus  # noqa: E402
import torsupport  # noqa: E402

CORPUS = BENCH / "entehelp" / "ente-help.json.gz"
QUERIES = BENCH / "entehelp" / "queries.yml"
SOURCE = "https://github.com/ente-io/ente"
PINNED_COMMIT = "a621d733154a834f23754e7e874de769be532d9d"
"""2026-07-01, the newest commit of the snapshot read."""
SITE_NAME = "Ente Help (benchmark copy)"
DOMAINS = ("ente.com", "ente.io")
_LEFT_OUT = re.compile(r"^docs/docs/(de/|.*changelog\.md$|.*STYLE_GUIDE\.md$)")
_ANCHOR = re.compile(r"\s*\{#[^}]*\}\s*$", re.M)
_CONTAINER = re.compile(r"^\s*:::.*$", re.M)
_TITLE = re.compile(r"^#\s+(.+)\n", re.M)


ROOT = "docs/docs/"
"""The folder of the help centre's pages in the repository."""


def slug_of(name: str, root: str = ROOT) -> str:
    """An article's slug: its path below `root`, `index` dropped."""
    path = name.removeprefix(root).removesuffix(".mdx").removesuffix(".md").removesuffix("index")
    return realcorpus._slug(path.strip("/") or "home")


def convert_page(name: str, text: str, root: str = ROOT) -> dict[str, Any] | None:
    """One VitePress page below `root` as an article, or None for a page with neither title
    nor text."""
    match = realcorpus._FRONT.match(text)
    meta = (yaml.safe_load(match.group(1)) if match else None) or {}
    body = text[match.end():] if match else text
    heading = _TITLE.search(body)
    if heading:
        body = body[:heading.start()] + body[heading.end():]
    body = realcorpus.moved_body(_CONTAINER.sub("", _ANCHOR.sub("", body)))
    title = str(meta.get("title") or (heading.group(1) if heading else "")).strip()
    if not title or not body.strip():
        return None
    folders = name.removeprefix(root).split("/")
    summary = " ".join(str(meta.get("description") or "").split())
    article = realcorpus.moved_article(slug_of(name, root), name, folders,
                                       torsupport._short(" ".join(title.split())), body)
    if summary:
        article["summary"] = summary
    return article


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The help centre's pages at `commit`: slug, category, title, summary and body."""
    return vitepress_pages(repo, commit, ROOT, _LEFT_OUT, convert_page)


def vitepress_pages(repo: Path, commit: str, root: str, left_out: re.Pattern[str],
                    convert_one: Any, suffixes: tuple[str, ...] = (".md",)
                    ) -> list[dict[str, Any]]:
    """The Markdown pages (names ending in one of `suffixes`) below `root` at `commit` (less
    `left_out`), each converted by `convert_one(name, text)`; the first page of a slug is
    kept."""
    git = ["git", "--git-dir", str(realcorpus._git_dir(repo))]
    listing = subprocess.run([*git, "ls-tree", "-r", "--name-only", commit, root],
                             capture_output=True, check=True, text=True).stdout.split("\n")
    return git_pages(repo, commit, sorted(n for n in listing
                                          if n.endswith(suffixes) and not left_out.match(n)),
                     convert_one)


def git_text(repo: Path, commit: str, name: str) -> str:
    """A file's text at `commit` of a clone (work tree or bare)."""
    return subprocess.run(["git", "--git-dir", str(realcorpus._git_dir(repo)), "show",
                           f"{commit}:{name}"], capture_output=True, check=True, text=True).stdout


def git_pages(repo: Path, commit: str, names: Iterable[str], convert_one: Any
              ) -> list[dict[str, Any]]:
    """The files `names` at `commit`, in that order, each converted by
    `convert_one(name, text)` (None: left out); the first page of a slug is kept."""
    articles: list[dict[str, Any]] = []
    for name in names:
        article = convert_one(name, git_text(repo, commit, name))
        if article is not None and article["slug"] not in {a["slug"] for a in articles}:
            articles.append(article)
    return articles

SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
