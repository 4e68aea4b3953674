"""A real public help centre moved into kbgen as it is, for the relevance benchmark.

The DuckDuckGo Help Pages (https://github.com/duckduckgo/duckduckgo-help-pages, MIT licence,
see bench/realcorpus/LICENSE) are Jekyll Markdown: a title, a description and a body, and no
symptoms, errors or tags, which is how most teams' existing articles arrive. This script takes
them as they are, at a pinned commit:

- title: the front matter's title (articles without one are redirects and are skipped, as are
  the machine-translated copies under `_docs/translated/`);
- summary: the description, unless it is boilerplate shared by several articles, else the body's
  first sentence;
- body: the Markdown body, with Jekyll's `{% include %}` inlined, other Liquid tags removed,
  images reduced to their alt text and links to the old site reduced to their text.

Nothing else is added. `bench/realcorpus/duckduckgo-help.json.gz` holds the result;
`write_project` turns it into a kbgen project (Markdown articles with front matter).

Example:
    python bench/realcorpus.py --repo ~/src/duckduckgo-help-pages   # at PINNED_COMMIT
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
CORPUS = BENCH / "realcorpus" / "duckduckgo-help.json.gz"
QUERIES = BENCH / "realcorpus" / "queries.yml"
SOURCE = "https://github.com/duckduckgo/duckduckgo-help-pages"
PINNED_COMMIT = "5e11a4669099c53b55ed1640b642513d783523c2"
"""2025-03-28, the newest commit when the set was made."""

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_INCLUDE = re.compile(r"\{%-?\s*include\s+([\w./-]+)[^%]*%\}")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_BRACKETED = r"((?:[^\[\]]|\[[^\[\]]*\])*)"
"""A link's or image's text: brackets inside it (`[user@host] ~` in an alt text) kept."""
_IMAGE = re.compile(r"!\[" + _BRACKETED + r"\]\([^)]*\)")
_LOCAL_LINK = re.compile(r"\[" + _BRACKETED + r"\]\((?!https?:|mailto:)[^)]*\)")
_SENTENCE = re.compile(r"(.+?[.!?])(?:\s|$)", re.S)
_MARKUP = re.compile(r"<[^>]+>|[#*_`>\[\]|]|\([^)]*\)")


def _files(repo: Path, commit: str) -> dict[str, str]:
    """Every Markdown file of the repository at `commit` (a work tree or a bare git dir)."""
    data = subprocess.run(["git", "--git-dir", str(_git_dir(repo)), "archive", "--format=tar",
                           commit], capture_output=True, check=True).stdout
    found = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.endswith(".md"):
                handle = tar.extractfile(member)
                if handle is not None:
                    found[member.name] = handle.read().decode("utf-8")
    return found


def _git_dir(repo: Path) -> Path:
    return repo / ".git" if (repo / ".git").exists() else repo


def moved_body(body: str) -> str:
    """A body as a help centre's import keeps it: images as their alt text, links inside the
    help centre as their text (links out stay), no runs of blank lines."""
    body = _IMAGE.sub(lambda m: m.group(1), body)
    body = _LOCAL_LINK.sub(lambda m: m.group(1), body)
    return re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"


def _first_sentence(body: str) -> str:
    for paragraph in re.split(r"\n\s*\n", body):
        text = " ".join(_MARKUP.sub(" ", paragraph).split())
        if len(text.split()) >= 4 and not paragraph.lstrip().startswith(("#", "|", "<")):
            match = _SENTENCE.match(text)
            return (match.group(1) if match else text)[:300]
    return ""


def moved_article(slug: str, source: str, folders: list[str], title: str,
                  body: str) -> dict[str, Any]:
    """An article of a help centre moved in as it is: its first folder is its category
    (`general` at the top), its summary the body's first sentence."""
    category = _slug(folders[0]) if len(folders) > 1 else "general"
    return {"slug": slug, "category": category, "source": source, "title": title,
            "summary": _first_sentence(body) or title, "body": body}


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The help centre's articles: slug, category, title, summary and body."""
    files = _files(repo, commit)
    includes = {name.removeprefix("_includes/"): text for name, text in files.items()
                if name.startswith("_includes/")}
    raw = []
    for name, text in sorted(files.items()):
        if (not name.startswith("_docs/") or name.startswith("_docs/translated/")
                or name.endswith("_defaults.md")):
            continue
        match = _FRONT.match(text)
        meta = (yaml.safe_load(match.group(1)) if match else None) or {}
        if not meta.get("title") or meta.get("layout") == "redirect":
            continue
        body = text[match.end():] if match else text
        body = _INCLUDE.sub(lambda m: includes.get(m.group(1), ""), body)
        body = _LIQUID.sub("", body)
        body = moved_body(body)
        raw.append((name, meta, body))
    shared = Counter(str(meta.get("description", "")) for _, meta, _ in raw)
    articles: list[dict[str, Any]] = []
    slugs: Counter[str] = Counter()
    for name, meta, body in raw:
        parts = name.removeprefix("_docs/").removesuffix(".md").split("/")
        category = _slug(parts[0]) if len(parts) > 1 else "general"
        slug = _slug(parts[-1])
        if slug in {"getting-started", "privacy", "troubleshooting", "faq", "android", "ios",
                    "safari", "opera", "firefox", "uc-browser", "vpn-index"} or slugs[slug]:
            slug = _slug("-".join(parts[-2:]))
        if slugs[slug]:
            slug = _slug("-".join(parts[-3:]))
        slugs[slug] += 1
        description = " ".join(str(meta.get("description") or "").split())
        summary = (description if description and shared[description] < 3
                   else _first_sentence(body) or str(meta["title"]))
        articles.append({"slug": slug, "category": category, "source": name,
                         "title": " ".join(str(meta["title"]).split()), "summary": summary,
                         "body": body})
    return articles


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read_corpus(path: Path) -> list[dict[str, Any]]:
    """Converted articles as `command_line` wrote them (gzip-compressed JSON)."""
    return json.loads(gzip.decompress(path.read_bytes()))


def load() -> list[dict[str, Any]]:
    """The converted articles shipped in bench/realcorpus/."""
    return read_corpus(CORPUS)


def load_queries(path: Path = QUERIES) -> list[dict[str, Any]]:
    """A real-corpus relevance set: query, expected slugs (any of them counts), kind."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    for row in rows:
        expected = row["expected"]
        row["expected"] = [expected] if isinstance(expected, str) else list(expected)
    return rows


CONFIG = """\
site_name: {site_name}
site_url: https://help.example.test/
docs_dir: content
use_directory_urls: false
theme:
  name: material
  custom_dir: {repo}/theme
  font: false
  features: [search.share]
plugins:
  - search
  - kbgen
exclude_docs: |
  *.yml
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - tables
extra:
  kb:
    privacy:
      # The help centre is already public: its own addresses, links and numbers stay.
      allow_domains: [{domains}]
      allow_patterns: [".+"]
"""


def write_project(root: Path, articles: list[dict[str, Any]] | None = None,
                  site_name: str = "DuckDuckGo Help (benchmark copy)",
                  domains: tuple[str, ...] = ("duck.com", "duckduckgo.com")) -> Path:
    """A kbgen project of the articles below `root`; returns its mkdocs.yml."""
    articles = load() if articles is None else articles
    repo = BENCH.parent
    (root / "content" / "_data").mkdir(parents=True, exist_ok=True)
    categories = {}
    for order, category in enumerate(sorted({a["category"] for a in articles})):
        categories[category] = {"title": category.replace("-", " ").title(),
                                "description": f"Articles about {category.replace('-', ' ')}.",
                                "order": order}
    (root / "content/_data/categories.yml").write_text(yaml.safe_dump(categories),
                                                       encoding="utf-8")
    (root / "content/index.md").write_text("# Help\n\n<!-- kb:search -->\n", encoding="utf-8")
    for article in articles:
        path = root / "content/articles" / article["category"] / f"{article['slug']}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        front = yaml.safe_dump({"title": article["title"], "summary": article["summary"],
                                "status": "published"}, allow_unicode=True, width=10_000)
        path.write_text(f"---\n{front}---\n\n{article['body']}", encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(CONFIG.format(repo=repo, site_name=site_name, domains=", ".join(domains)),
                      encoding="utf-8")
    return config


def command_line(argv: list[str] | None, description: str, source: str, commit: str,
                 corpus: Path, converter: Any) -> int:
    """Convert a checkout of `source` (`converter(repo, commit)`) into `corpus`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--repo", type=Path, required=True,
                        help=f"A clone of {source} (work tree or bare).")
    parser.add_argument("--commit", default=commit, help="Commit to read.")
    args = parser.parse_args(argv)
    articles = converter(args.repo, args.commit)
    corpus.parent.mkdir(exist_ok=True)
    text = json.dumps(articles, ensure_ascii=False, separators=(",", ":"))
    corpus.write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    print(f"{len(articles)} articles -> {corpus.relative_to(BENCH.parent)}", file=sys.stderr)
    return 0


class Shipped:
    """A help centre converted and shipped under bench/: its articles, its relevance set, a
    project of it, and the command line that converts a checkout of `source` again. (A plain
    class: the tests load bench modules without registering them, which dataclasses need.)"""

    def __init__(self, corpus: Path, queries: Path, site_name: str, domains: tuple[str, ...],
                 source: str, commit: str, converter: Any) -> None:
        self.corpus, self.queries = corpus, queries
        self.site_name, self.domains = site_name, domains
        self.source, self.commit, self.converter = source, commit, converter

    def load(self) -> list[dict[str, Any]]:
        """The converted articles."""
        return read_corpus(self.corpus)

    def load_queries(self) -> list[dict[str, Any]]:
        """The relevance set."""
        return load_queries(self.queries)

    def write_project(self, root: Path) -> Path:
        """A kbgen project of the help centre below `root`; returns its mkdocs.yml."""
        return write_project(root, self.load(), self.site_name, self.domains)

    def main(self, argv: list[str] | None = None) -> int:
        """Command line: convert a checkout into `corpus`."""
        return command_line(argv, f"Convert {self.source} into {self.corpus.name}.",
                            self.source, self.commit, self.corpus, self.converter)


def main(argv: list[str] | None = None) -> int:
    """Command line: convert a checkout into bench/realcorpus/duckduckgo-help.json.gz."""
    return command_line(argv, __doc__.split("\n\n")[0], SOURCE, PINNED_COMMIT, CORPUS, convert)

if __name__ == "__main__":
    sys.exit(main())
