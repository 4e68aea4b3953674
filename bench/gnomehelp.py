"""A sixth real help centre, held out from all tuning: the GNOME desktop's help.

GNOME Help (https://help.gnome.org, source https://github.com/GNOME/gnome-user-docs,
`gnome-help/C/`, CC BY-SA 3.0, see `bench/gnomehelp/README.md`) is the help centre of a
Linux desktop for its everyday users: sound, screens, Wi-Fi, printers, files, accounts,
power and battery, with problem pages ("I cannot hear any sounds on the computer"). It is
written in Mallard XML, not Markdown; a team moving it into kbgen would convert each topic
page, and this module does that with nothing added:

- title: the page's title;
- summary: the page's own description (`<desc>`), else its first sentence;
- body: the page's text as Markdown: sections as `##` headings, paragraphs, steps and lists
  as lists, definition lists as bold terms, notes as paragraphs, tables as rows of text,
  code and screens as code blocks; links and interface names keep their text, editorial
  comments and media are left out; where a page says something per platform, the text for
  GNOME is kept;
- category: the page name's first part (`sound-nosound` -> `sound`).

Guide pages (lists of links, the home page) are left out, as tag and index pages were for
the other sets: 269 topic pages at the pinned commit. Another product and audience than the
other sets: a desktop operating system's users, not an app's, a search engine's, a
microcontroller's or a supercomputer's.

Example:
    python bench/gnomehelp.py --repo ~/src/gnome-user-docs   # writes the corpus
    python bench/relevance.py                               # measures it beside the others
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import realcorpus  # noqa: E402

CORPUS = BENCH / "gnomehelp" / "gnome-help.json.gz"
QUERIES = BENCH / "gnomehelp" / "queries.yml"
SOURCE = "https://github.com/GNOME/gnome-user-docs"
PINNED_COMMIT = "46747c67c12109de9234644bcbcb89d1ff5e7d37"
"""2026-08-07, the newest commit of the snapshot read."""
SITE_NAME = "GNOME Help (benchmark copy)"
DOMAINS = ("gnome.org",)
_M = "{http://projectmallard.org/1.0/}"
_IF = "{http://projectmallard.org/experimental/if/}"
_BLOCKS = {"p", "steps", "list", "terms", "note", "table", "code", "screen", "section",
           "media", "links", "example", "synopsis", "figure", "listing", "quote", "tree",
           "comment", "title", "info"}


def _local(tag: Any) -> str:
    return tag.split("}", 1)[1] if isinstance(tag, str) and "}" in tag else str(tag)


def _branch(choose: ET.Element) -> ET.Element | None:
    """The branch of an `if:choose` that GNOME shows: its `else`, else its first `when`."""
    branches = [child for child in choose if child.tag in (_IF + "when", _IF + "else")]
    fallback = [b for b in branches if b.tag == _IF + "else"]
    return (fallback or branches or [None])[0]


def _inline(element: ET.Element) -> str:
    """An element's text as one line of Markdown: inline markup kept as text."""
    parts = [element.text or ""]
    for child in element:
        name = _local(child.tag)
        if name in ("comment", "media", "info"):
            pass
        elif child.tag == _IF + "choose":
            branch = _branch(child)
            parts.append(_inline(branch) if branch is not None else "")
        elif name == "keyseq":
            parts.append("+".join(_inline(key).strip() for key in child
                                  if _local(key.tag) == "key") or _inline(child))
        elif name == "guiseq":
            parts.append(" ▸ ".join(_inline(gui).strip() for gui in child
                                    if _local(gui.tag) == "gui") or _inline(child))
        elif name in ("gui", "key"):
            parts.append(f"**{_inline(child).strip()}**")
        elif name in ("cmd", "sys", "file", "input", "output", "var"):
            parts.append(f"`{_inline(child).strip()}`")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _blocks(element: ET.Element, depth: int, out: list[str]) -> None:
    """The block children of `element` as Markdown paragraphs appended to `out`."""
    for child in element:
        name = _local(child.tag)
        if child.tag in (_IF + "choose",):
            branch = _branch(child)
            if branch is not None:
                _blocks(branch, depth, out)
        elif child.tag in (_IF + "if",):
            _blocks(child, depth, out)
        elif name == "p":
            text = _inline(child)
            if text:
                out.append(text)
        elif name == "section":
            title = child.find(f"{_M}title")
            if title is not None and _inline(title):
                out.append(f"{'#' * min(depth, 6)} {_inline(title)}")
            _blocks(child, depth + 1, out)
        elif name in ("steps", "list", "tree"):
            marker = "1." if name == "steps" else "-"
            for item in child.iter(f"{_M}item"):
                text = _item(item)
                if text:
                    out.append(f"{marker} {text}")
        elif name == "terms":
            for item in child.findall(f"{_M}item"):
                term = " / ".join(_inline(t) for t in item.findall(f"{_M}title"))
                out.append(f"**{term}**: {_item(item)}" if term else _item(item))
        elif name in ("note", "example", "figure", "listing", "quote", "synopsis"):
            _blocks(child, depth, out)
        elif name == "table":
            for row in child.iter(f"{_M}tr"):
                cells = [" ".join(_flat(cell)) for cell in row if _local(cell.tag) in ("td",
                                                                                        "th")]
                if any(cells):
                    out.append(" — ".join(c for c in cells if c))
        elif name in ("code", "screen"):
            text = "".join(child.itertext()).strip("\n")
            if text.strip():
                out.append(f"```\n{text}\n```")
        elif name not in _BLOCKS and _inline(child):
            out.append(_inline(child))


def _flat(element: ET.Element) -> list[str]:
    """Every paragraph's text below `element`, in order (list items and cells)."""
    found: list[str] = []
    _blocks(element, 3, found)
    return found or ([_inline(element)] if _inline(element) else [])


def _item(item: ET.Element) -> str:
    """A list item's own paragraphs as one line (nested lists are listed on their own)."""
    texts = [_inline(p) for p in item if _local(p.tag) == "p"]
    return " ".join(t for t in texts if t)


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One Mallard topic page as an article, or None for guide pages and pages without a
    title."""
    root = ET.fromstring(text)
    if root.get("type", "topic") != "topic":
        return None
    title_element = root.find(f"{_M}title")
    if title_element is None or not _inline(title_element):
        return None
    info = root.find(f"{_M}info")
    desc = info.find(f"{_M}desc") if info is not None else None
    lines: list[str] = []
    _blocks(root, 2, lines)
    body = realcorpus.moved_body("\n\n".join(lines))
    title = " ".join(_inline(title_element).split())
    summary = (_inline(desc) if desc is not None else "") or realcorpus._first_sentence(body)
    slug = Path(name).stem
    return {"slug": realcorpus._slug(slug), "category": realcorpus._slug(slug.split("-")[0]),
            "source": name, "title": title[:120], "summary": summary or title, "body": body}


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The help centre's topic pages at `commit`: slug, category, title, summary and body."""
    git = ["git", "--git-dir", str(realcorpus._git_dir(repo))]
    listing = subprocess.run([*git, "ls-tree", "-r", "--name-only", commit, "gnome-help/C/"],
                             capture_output=True, check=True, text=True).stdout.split("\n")
    articles = []
    for name in sorted(n for n in listing if n.endswith(".page")):
        text = subprocess.run([*git, "show", f"{commit}:{name}"], capture_output=True,
                              check=True, text=True).stdout
        article = convert_page(name, text)
        if article is not None:
            articles.append(article)
    return articles


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
