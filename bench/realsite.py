"""A 10,000-article help centre of real text, for the search's loading figures (issue 13).

The synthetic site (bench/generate.py) draws its words from a small vocabulary (about 6,900
terms at 10,000 articles); a real help centre's is far richer, and the index's head grows
with it (Arduino's was 72.5 kB gzip at 600 articles). This script builds a project whose
every word is real: the paragraphs of the development help centres under bench/ (DuckDuckGo,
Tor, Arduino, the sample, CSC's user guide, no longer held out) and of three public
documentation snapshots mirrored on this machine (Pi-hole, AdGuard's knowledge base in
English, Mastodon), when present. The held-out
centres (NeSI, GNOME, NetBird) are never read.

Article `n` takes a real article's title and its first paragraphs, then paragraphs of other
real articles, drawn with `seed`: the same words as the sources, combined as a larger help
centre's would be. Code blocks, tables and markup are left out (only prose paragraphs).

Example:
    python bench/realsite.py /tmp/real-10000 --articles 10000
    python -m kbgen build -f /tmp/real-10000/mkdocs.yml -d /tmp/real-site
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import arduinohelp  # noqa: E402
import gatecorpus  # noqa: E402
import realcorpus  # noqa: E402
import torsupport  # noqa: E402

MIRRORS = Path("/work/.mirror")
SNAPSHOTS = {"pi-hole+docs": "docs/", "AdguardTeam+KnowledgeBase": "docs/",
             "mastodon+documentation": "content/en/"}
"""Mirrored documentation (`fetch`ed git directories) and the folder of their English pages."""
HELD_OUT = ("nesi", "gnome", "netbird")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]*>|\{\{[^}]*\}\}|\{[%#][^}]*[%#]\}")
_TITLE = re.compile(r"^title:\s*['\"]?(.+?)['\"]?\s*$", re.M)
_HEADING = re.compile(r"^#\s+(.+)$", re.M)


class Source(NamedTuple):
    """A real article: where it comes from, its title and its prose paragraphs."""

    name: str
    title: str
    paragraphs: list[str]


def prose(markdown: str) -> list[str]:
    """The prose paragraphs of `markdown` (8 words or more), links as their text, no markup."""
    text = _TAG.sub(" ", _LINK.sub(r"\1", _FENCE.sub("", _FRONT.sub("", markdown))))
    found = []
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if not block or block[0] in "#|:>-*!=+" or block.startswith(("import ", "export ")):
            continue
        words = " ".join(block.split())
        if len(words.split()) >= 8 and not any(c in words for c in "{}`$\\"):
            found.append(words)
    return found


def _moved(name: str, articles: list[dict[str, Any]]) -> Iterator[Source]:
    for article in articles:
        paragraphs = prose(article["body"])
        if paragraphs:
            yield Source(name, " ".join(article["title"].split()), paragraphs)


def _snapshot(repo: str, folder: str) -> Iterator[Source]:
    git = ["git", "--git-dir", str(MIRRORS / repo / "repo")]
    names = subprocess.run([*git, "ls-tree", "-r", "--name-only", "HEAD", folder],
                           capture_output=True, check=True, text=True).stdout.split("\n")
    for name in sorted(n for n in names if n.endswith((".md", ".mdx"))):
        text = subprocess.run([*git, "show", f"HEAD:{name}"], capture_output=True,
                              check=True, text=True).stdout
        found = _TITLE.search(text) or _HEADING.search(text)
        paragraphs = prose(text)
        if found and paragraphs:
            yield Source(repo.split("+")[0].lower(), found.group(1).strip()[:110], paragraphs)


def _sample() -> Iterator[Source]:
    for path in sorted((BENCH.parent / "content" / "articles").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        found = _TITLE.search(text)
        paragraphs = prose(text)
        if found and paragraphs:
            yield Source("sample", found.group(1).strip(), paragraphs)


def _csc() -> Iterator[Source]:
    centre = next(c for c in gatecorpus.CENTRES if c.name == "csc")
    for entry in gatecorpus.load(centre):
        found = _HEADING.search(entry["body"])
        paragraphs = prose(entry["body"])
        if found and paragraphs:
            yield Source("csc", found.group(1).strip()[:110], paragraphs)


def sources() -> list[Source]:
    """Every real article available, development sets and mirrored snapshots."""
    found = [*_sample(), *_moved("duckduckgo", realcorpus.load()),
             *_moved("tor", torsupport.load()), *_moved("arduino", arduinohelp.convert()),
             *_csc()]
    for repo, folder in SNAPSHOTS.items():
        if (MIRRORS / repo / "repo").is_dir():
            found.extend(_snapshot(repo, folder))
    assert not any(s.name in HELD_OUT for s in found)
    return found


def articles(count: int, seed: int = 1) -> list[dict[str, Any]]:
    """`count` articles of real text (see the module's docstring)."""
    real = sources()
    pool = [paragraph for source in real for paragraph in source.paragraphs]
    chance = random.Random(seed)
    made = []
    for number in range(count):
        base = real[number % len(real)]
        own = base.paragraphs[:chance.randint(1, 3)]
        body = own + chance.sample(pool, chance.randint(2, 5))
        title = torsupport._short(base.title, 110)
        title = title if number < len(real) else f"{title} ({number // len(real)})"
        made.append({"slug": f"{realcorpus._slug(base.title)[:60].strip('-')}-{number}",
                     "category": f"{base.name}-{number % 12}", "title": title,
                     "summary": realcorpus._first_sentence("\n\n".join(body)) or title,
                     "body": "\n\n".join(body) + "\n"})
    return made


def main(argv: list[str] | None = None) -> int:
    """Command line: write the project."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="Where to write the project.")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    made = articles(args.articles, args.seed)
    config = realcorpus.write_project(args.root, made, site_name="Real words (benchmark copy)",
                                      domains=("example.test",))
    words = {w for a in made for w in re.findall(r"[a-z]+", a["body"].lower())}
    print(f"{len(made)} articles, {len(words):,} distinct words -> {config}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
