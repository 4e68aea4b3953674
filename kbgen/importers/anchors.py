"""Stale `#anchors` between imported articles, fixed where it is safe, so that a fresh import
passes `kbgen build --strict`: an anchor that differs from one heading's only in case,
punctuation or a generator's numbering (`users--groups`, `Step-2`, `setup_1`) is that
heading's; an anchor no heading of the target has leads to the page itself (the reader lands
on the right article, at its top). A stale anchor to a heading of the same article cannot be
fixed so: it is left, and the report says where and what to do. An anchor the old page set
with an HTML element before a heading (`<a name="ubuntu-2404"></a>`, BookStack) is that
heading's, and so is an anchor written as the text of a heading that has its own id."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from kbgen.core.frontmatter import split_front_matter
from kbgen.core.links import anchors_of, find_links, heading_anchors, resolve
from kbgen.importers.plan import PlannedArticle

_LOOSE = re.compile(r"[\W_]+")
"""What an anchor may differ in: punctuation and spaces, not letters of any script
(`#redis에 연결할 수 없음` is `#redis에-연결할-수-없음`, Misskey Hub)."""
_NUMBERED = re.compile(r"[_-]\d+$")
_HTML_ANCHOR = re.compile(
    r"""^[ \t]*<a\s(?:[^<>]*?\s)?(?:name|id)=["']([^"'<>]+)["'][^<>]*>\s*</a>[ \t]*$""", re.I)
"""An empty `<a name="x"></a>` or `<a id="x" ...></a>` on a line of its own: an anchor."""
_IN_HEADING = re.compile(
    r"""<a\s(?:[^<>]*?\s)?(?:name|id)=["']([^"'<>]+)["'][^<>]*?(?:/>|>\s*</a>)""", re.I)
"""An empty anchor in a heading's text: each one names that heading."""
_OWN_ID = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]++|(?:[ \t](?=[ \t]))++(?=[ \t]\{#[\w-]+\}[ \t]*$))"
                     r"((?:[ \t]*+[^ \t\n])+?|[ \t])[ \t]*+\{#([\w-]+)\}[ \t]*$", re.M)
"""A heading with its own id (`## 公開ベースパスの設定 {#setting-a-public-base-path}`)."""


def _unaccented(text: str) -> str:
    """`text` without its accents (`hinzufügen` -> `hinzufugen`): GitHub's anchors keep them,
    kbgen's ASCII slugs drop them (Hetzner's German tutorials: 8 of 10 stale anchors)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def _loose(anchor: str) -> str:
    return _LOOSE.sub("", _NUMBERED.sub("", _unaccented(anchor).lower()))


def closest(anchor: str, anchors: frozenset[str]) -> str | None:
    """The one heading anchor `anchor` means, written another way; None when none or many."""
    wanted = _loose(anchor)
    same = [a for a in anchors if _loose(a) == wanted] if wanted else []
    if len(same) > 1:  # `setup`, `setup_1`: the one numbered as written, else none
        same = [a for a in same if _unaccented(a.lower()) == _unaccented(anchor.lower())]
    return same[0] if len(same) == 1 else None


def _line_with(lines: list[str], start: int, written: str) -> int | None:
    """The line, from `start` to the end of its block, where a link's address is written
    (a link's text may wrap: `[a long\ntext](page.md#old)` starts a line above)."""
    for index in range(start, len(lines)):
        if written in lines[index]:
            return index
        if index > start and not lines[index].strip():
            return None
    return None


def html_anchors(body: str) -> dict[str, str]:
    """Each HTML anchor of `body` that stands right before a heading (blank lines between),
    and that heading's anchor as kbgen writes it."""
    lines = body.split("\n")
    headings = heading_anchors(body)
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        if index in headings and "<a" in line:  # `### _Liberapay_<a name="Liberapay"></a><a
            for inline in _IN_HEADING.finditer(line):  # name="LiberapayID"></a>`
                found.setdefault(inline.group(1), headings[index])
        named = _HTML_ANCHOR.match(line) if "<a" in line else None
        if named:
            after = next((n for n in range(index + 1, len(lines)) if lines[n].strip()), None)
            if after in headings:
                found.setdefault(named.group(1), headings[after])
    return found


def text_anchors(body: str) -> dict[str, str]:
    """Each heading of `body` with its own id, by its text as an anchor would write it: a link
    by the text (VitePress' Japanese docs link `#公開ベースパスの設定`) means that id."""
    return {loose: found.group(2) for found in _OWN_ID.finditer(body)
            if (loose := _loose(found.group(1)))}


def fix_anchors(articles: Iterable[PlannedArticle], prefix: str = "") -> None:
    """Rewrite each stale anchor of the planned articles' texts (links between them only),
    with a warning on the article naming the line and what was done or is to do."""
    planned = list(articles)
    bodies = {a.src_uri: split_front_matter(a.text) for a in planned}
    anchors = {uri: anchors_of(split.body) for uri, split in bodies.items()}
    aliases = {uri: html_anchors(split.body) if "<a" in split.body else {}
               for uri, split in bodies.items()}
    for article in planned:
        split = bodies[article.src_uri]
        lines = split.body.split("\n")
        changed = False
        for link in find_links(split.body, split.body_line):
            if not link.anchor or link.image or not link.is_relative:
                continue
            target = resolve(article.src_uri, link.target) if link.target else article.src_uri
            if target not in anchors or link.anchor in anchors[target]:
                continue
            written = f"{link.target}#{link.anchor}"
            index = _line_with(lines, link.line - split.body_line, written)
            if index is None:
                continue
            aliased = aliases[target].get(link.anchor)
            by_text = None if aliased else text_anchors(bodies[target].body).get(
                _loose(link.anchor))
            better = aliased or by_text or closest(link.anchor, anchors[target])
            if better is not None:
                lines[index] = lines[index].replace(written, f"{link.target}#{better}", 1)
                article.source.warnings.append(
                    f"line {link.line}: link to '{written}' now ends '#{better}', " + (
                        f"the heading the old page's anchor `<a name=\"{link.anchor}\">` stood"
                        " before" if aliased else
                        "the id of the heading whose text it names" if by_text else
                        "the heading it names written as kbgen writes anchors"))
            elif link.target:
                lines[index] = lines[index].replace(written, link.target, 1)
                article.source.warnings.append(
                    f"line {link.line}: link to '{written}': no such heading in"
                    f" {prefix}{target}; now links to the article's top (link a heading"
                    " there if one says what the old anchor did)")
            else:
                article.source.warnings.append(
                    f"line {link.line}: '#{link.anchor}' names no heading of this article"
                    " (kbgen check warns; --strict refuses): point it at a heading that"
                    " exists, or remove the link")
                continue
            changed = True
        if changed:
            start = len(article.text) - len(split.body)
            article.text = article.text[:start] + "\n".join(lines)
