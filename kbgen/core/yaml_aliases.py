"""How much YAML aliases (`*name`) add to a document once expanded, counted without
expanding it, and a safe loader that refuses a "billion laughs".

PyYAML builds an anchored value once and shares it, so loading is quick; whatever then walks
the data (MkDocs' settings, an importer's tags, a JSON dump) walks every repetition: nine
anchors of nine aliases each are a million values in 600 bytes, one level more ten million.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

MAX_ALIASED = 100_000
"""Values YAML aliases may add to a document once expanded: in mkdocs.yml a million added two
minutes to `kbgen check` and build; in an imported page's front matter a billion stopped
`kbgen import` for good. A document without aliases adds none."""


class TooManyAliased(yaml.YAMLError):
    """A document whose aliases expand past MAX_ALIASED values."""


MAX_NESTING = 100
"""Lists and mappings inside each other a document may hold: PyYAML composes and builds them
by recursion and stops at a few hundred with a RecursionError, after 1-3 s of work per reading
(an import reads a site's settings a dozen times); no page or setting needs 100."""


class NestedTooDeeply(yaml.YAMLError):
    """A document nested deeper than MAX_NESTING, refused before PyYAML reads it (a
    RecursionError, which the callers of a YAML reader do not expect, as a YAMLError they do:
    an imported page skipped as unreadable, not the whole import stopped: hostile62)."""

    def __init__(self, text: str) -> None:
        super().__init__(f"line {deepest_line(text)}: YAML nested too deeply to read (more"
                         f" than {MAX_NESTING} lists or keys inside each other)")


def aliases_added(root: Node | None, written: int) -> tuple[int, Node] | None:
    """(values added, the anchored node that adds most) when expanding `root`'s aliases adds
    more than MAX_ALIASED values to its `written` nodes; None otherwise. Each node's expanded
    size is counted once, after its children's, so the count itself expands nothing."""
    if root is None:
        return None
    sizes: dict[int, int] = {}
    uses: dict[int, int] = {}
    nodes: dict[int, Node] = {}
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, ready = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if ready:
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in children)
            nodes[id(node)] = node
            for child in children:
                uses[id(child)] = uses.get(id(child), 0) + 1
            continue
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    added = sizes[id(root)] - written
    if added <= MAX_ALIASED:
        return None
    anchor = max((key for key, count in uses.items() if count > 1),
                 key=lambda key: sizes[key] * (uses[key] - 1), default=id(root))
    return added, nodes[anchor]


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [child for pair in node.value for child in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _count(root: Node | None) -> int:
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen.add(id(node))
            stack.extend(_children(node))
    return len(seen)


def refuse_many_aliases(text: str, loader: type[yaml.SafeLoader] = yaml.SafeLoader) -> None:
    """Raise TooManyAliased (a YAMLError) when `text`'s aliases add more than MAX_ALIASED
    values, or NestedTooDeeply; composing reads the text's nodes only (other YAML errors raise
    as they are)."""
    if nesting(text) > MAX_NESTING:
        raise NestedTooDeeply(text)
    try:
        root = yaml.compose(text, Loader=loader)  # noqa: S506 - a SafeLoader or a subclass
    except RecursionError:
        raise NestedTooDeeply(text) from None
    added = aliases_added(root, _count(root))
    if added:
        line = added[1].start_mark.line + 1
        raise TooManyAliased(f"line {line}: YAML aliases (*name) expand the text by"
                             f" {added[0]:,} values (at most {MAX_ALIASED:,})")


def safe_load_bounded(text: str) -> Any:
    """`yaml.safe_load(text)`, refusing (TooManyAliased, a YAMLError) a document whose aliases
    add more than MAX_ALIASED values, or NestedTooDeeply."""
    refuse_many_aliases(text)
    try:
        return yaml.safe_load(text)
    except RecursionError:
        raise NestedTooDeeply(text) from None


def deepest_line(text: str) -> int:
    """The line where brackets are nested deepest (where to look), or the most indented; only
    brackets are visited one by one (a line of 6,000 blanks is one `lstrip`)."""
    best, line_of_best, depth = -1, 1, 0
    for number, line in enumerate(text.splitlines(), 1):
        indent = len(line) - len(line.lstrip(" "))
        for bracket in _BRACKETS.finditer(line):
            depth += 1 if bracket.group() in "[{" else -1
            if depth > best:
                best, line_of_best = depth, number
        if depth == 0 and indent > best:
            best, line_of_best = indent, number
    return line_of_best


def nesting(text: str, limit: int = MAX_NESTING) -> int:
    """How deep `text`'s lists and mappings nest, read in one pass without parsing (and no
    further than one past `limit`): brackets (`[{`, quotes not told apart: an overcount only
    refuses sooner), and block levels by indentation, each `- ` opening a line one more."""
    deepest = flow = 0
    indents: list[int] = []
    for line in text.splitlines():
        if not flow:
            stripped = line.lstrip(" ")
            if stripped and not stripped.startswith("#"):
                indent = len(line) - len(stripped)
                while indents and indents[-1] >= indent:
                    indents.pop()
                indents.append(indent)
                items = len(stripped) - len(stripped.lstrip("- "))
                deepest = max(deepest, len(indents) + items // 2)
        for bracket in _BRACKETS.finditer(line):
            if bracket.group() in "[{":
                flow += 1
                deepest = max(deepest, flow + len(indents))
                if deepest > limit:
                    return deepest
            elif flow:
                flow -= 1
        if deepest > limit:
            break
    return deepest


_BRACKETS = re.compile(r"[\[\]{}]")
