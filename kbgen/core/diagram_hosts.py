"""Addresses a page draws as the nodes of its network diagram, for the gate (issue 19).

A network manual draws the topology its how-to builds before configuring it, and then gives
the same addresses in its settings: an `nwdiag` block (`fw2 [address = "192.168.2.20"]`,
`label = "Ext-VTI\\n192.168.123.1 <--> 192.168.123.2"`), a Mermaid chart, or boxes drawn in a
code block (`+----------+ 10.1.1.5        10.1.1.6 +----------+`). Such addresses are the
tutorial's own example network, declared on the page as surely as a network written in CIDR
(kbgen.core.privacy.page_networks), whatever range the author picked (`10.1.1.5`, not a home
router's default).

What counts as a drawing is structure, not words: a block of a diagram language
(`nwdiag {` … its closing brace, `blockdiag`, `seqdiag`, `actdiag`, `packetdiag`, `rackdiag`), a
fenced block or an reStructuredText directive of Mermaid, or a paragraph in which one line holds
two boxes' edges apart (`+-----+   +-----+`, `┌───┐ ┌───┐`): a grid table's borders touch
(`+-----+-----+`), so a table of hosts is no drawing. A drawing whose own text places anything
(a customer, our office, a company, a person, a machine's job: kbgen.core.default_networks)
declares nothing; each mention elsewhere on the page is still judged in its own setting, and a
page with many such hosts maps a network (default_networks.MAP_SIZE).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from kbgen.core import default_networks
from kbgen.core.markdown_code import find_fences

LANGUAGES = ("nwdiag", "blockdiag", "seqdiag", "actdiag", "packetdiag", "rackdiag")
"""The diagram languages of blockdiag (Sphinx's `sphinxcontrib-nwdiag`, Kroki, PlantUML)."""

MAX_DRAWING_LINES = 400
"""The longest drawing read: a diagram left open would otherwise run to the page's end."""

_HINTS = ("diag", "mermaid", "+--", "┌", "└", "╔", "╚", "╭", "╰")
"""What a page with a drawing holds somewhere (each pattern below needs one): a page without
any is not read further."""
_LANGUAGE_OPEN = re.compile(r"(?<![\w-])(?:" + "|".join(LANGUAGES) + r")[ \t]*\{")
_MERMAID_FENCE = re.compile(r"[ \t>]*(?:`{3,}|~{3,})[ \t]*\{?[ \t]*\.?mermaid\b")
_DIRECTIVE = re.compile(r"([ \t]*)\.\.[ \t]+(?:mermaid|" + "|".join(LANGUAGES) + r")::")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_UNDERLINE = re.compile(r"([=\-~^\"'`*+#.:_])\1{2,}[ \t]*")
"""A reStructuredText title's underline (`------`), as Sphinx reads any repeated punctuation."""
_OWNED = re.compile(r"(?i)\b(?!(?:it|let|that|what|here|there|who|where|how)['’]s\b)"
                    r"[^\W\d_]+['’]s\b|\b(?:of|for|from)[ \t]+(?:the|a|an|our|my|his|her|their"
                    r"|your)[ \t]+[^\W\d_]")
"""A node labelled as someone's (`the boss's computer`, `Router of the subscriber`): a drawing
has no sentence to read its owner from (kbgen.core.stated_owners), so any possessive refuses it."""
_EDGE = re.compile(r"\+-{2,}\+|[┌└╔╚╭╰][─═━]{2,}[┐┘╗╝╮╯]")
_ADDRESS = re.compile(r"(?<![/@])(?:(?<=\\n)|(?<![\w.:]))(?:\d{1,3}(?:\.\d{1,3}){3}"
                      r"|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:]|\.\d)")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def drawn_hosts(lines: list[str]) -> frozenset[Address]:
    """The private addresses (not loopback) the drawings of `lines` hold, from drawings that
    label no node as someone's (_OWNED) and whose own text, its section up to it (heading,
    caption) and the paragraph after it place nothing (default_networks.placed:
    `**Company Network with Remote Client**` over an `nwdiag`)."""
    text = "\n".join(lines)
    if not any(hint in text for hint in _HINTS):
        return frozenset()
    found: set[Address] = set()
    for first, last in drawings(lines):
        drawing = "\n".join(lines[first:last + 1])
        hosts = set(_private(drawing))
        if hosts and not _OWNED.search(drawing) and not default_networks.placed("\n".join(
                [*_caption(lines, first), drawing, *_after(lines, last)])):
            found |= hosts
    return frozenset(found)


def _private(text: str) -> Iterator[Address]:
    """The private addresses (not loopback) written in `text`, but a URL's host (`//10.0.0.5`,
    `user@10.0.0.5`) or an address with a port (`10.0.0.5:3389`): a service's, not a node."""
    for match in _ADDRESS.finditer(text):
        try:
            address = ipaddress.ip_address(match.group())
        except ValueError:
            continue
        if address.is_private and not address.is_loopback:
            yield address


def drawings(lines: list[str]) -> Iterator[tuple[int, int]]:
    """[first, last] lines of each drawing of `lines` (see the module's docstring), a fenced
    one with its fences, a drawing inside a directive or a fence once, as the outer one."""
    fences = [(first, last) for first, last, _ in find_fences(lines)]
    mermaid = {first: last for first, last in fences if _MERMAID_FENCE.match(lines[first])}
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in mermaid:
            span = index, mermaid[index]
        elif "::" in line and (directive := _DIRECTIVE.match(line)):
            span = index, _directive_end(lines, index, len(directive.group(1)))
        elif "diag" in line and _LANGUAGE_OPEN.search(line):
            span = index, _brace_end(lines, index)
        elif _boxes_apart(line):
            span = _paragraph(lines, index)
        else:
            index += 1
            continue
        first, last = span
        for start, end in fences:
            if start < first <= end:
                first, last = start, max(last, end)
        yield first, last
        index = max(index, last) + 1


def _boxes_apart(line: str) -> bool:
    """`line` holds two boxes' edges with a blank between them (`+---+   +---+`): a drawing's
    line, where a grid table's borders touch (`+---+---+`)."""
    edges = list(_EDGE.finditer(line)) if "+-" in line or "─" in line or "═" in line \
        or "━" in line else []
    return any(" " in line[one.end():two.start()] or "\t" in line[one.end():two.start()]
               for one, two in zip(edges, edges[1:]))


def _brace_end(lines: list[str], first: int) -> int:
    """The line closing the brace opened on line `first` (a diagram language's block)."""
    depth = 0
    for index in range(first, min(len(lines), first + MAX_DRAWING_LINES)):
        depth += lines[index].count("{") - lines[index].count("}")
        if depth <= 0:
            return index
    return min(len(lines), first + MAX_DRAWING_LINES) - 1


def _directive_end(lines: list[str], first: int, indent: int) -> int:
    """The last line of the directive on line `first`: its content is indented deeper."""
    last = first
    for index in range(first + 1, min(len(lines), first + MAX_DRAWING_LINES)):
        line = lines[index]
        if line.strip():
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = index
    return last


def _caption(lines: list[str], first: int) -> list[str]:
    """What leads to the drawing on line `first`: its section from the heading (a Markdown `#`
    line or a reStructuredText title over its underline) down to it, as far as
    MAX_DRAWING_LINES back (a ticket two paragraphs above a pasted diagram places it too)."""
    top = max(0, first - MAX_DRAWING_LINES)
    for above in range(first - 1, top - 1, -1):
        if _HEADING.match(lines[above]) or above + 1 < len(lines) and lines[above].strip() \
                and _UNDERLINE.fullmatch(lines[above + 1]) and not _UNDERLINE.fullmatch(
                    lines[above]):
            top = above
            break
    return lines[top:first]


def _after(lines: list[str], last: int) -> list[str]:
    """The paragraph after line `last` (a caption written under the drawing)."""
    index = last + 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines):
        return []
    _, end = _paragraph(lines, index)
    return lines[index:end + 1]


def _paragraph(lines: list[str], index: int) -> tuple[int, int]:
    """[first, last] of the run of non-blank lines holding line `index`."""
    first = last = index
    while first > 0 and index - first < MAX_DRAWING_LINES and lines[first - 1].strip():
        first -= 1
    while last + 1 < len(lines) and last - index < MAX_DRAWING_LINES and lines[last + 1].strip():
        last += 1
    return first, last
