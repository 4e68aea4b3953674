"""Markdoc's conditions and functions on an imported page, decided where the page's values
decide them: `{% if $frontmatter.beta %}…{% else /%}…{% /if %}` keeps the branch the page
showed and drops the others (named in the summary); `{% default($frontmatter.x, "y") %}`
prints what the page printed. A condition on a value the old site's settings held (`$env.x`)
is not decided: every branch's text is kept, as before."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

TAG = re.compile(r"\{%[ \t]*(if|else|/if)\b([^%\n]*)%\}")
"""An `{% if … %}`, `{% else … /%}` or `{% /if %}` tag: group 2 its condition."""
PRINTED = re.compile(r"\{%[ \t]*((?:default|equals|not|and|or)\([^%\n]*\))[ \t]*/?%\}")
"""A function's value printed: `{% default($frontmatter.x, "y") %}`."""
_CALL = re.compile(r"(\w+)\((.*)\)", re.S)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
UNKNOWN = object()
"""A value the page does not hold (the old site's settings held it)."""
KNOWN_ROOTS = ("frontmatter",)
"""Variables the page holds: missing ones are Markdoc's `undefined` (false)."""


@dataclass
class Decided:
    """What the conditions kept and dropped, for the summary."""

    dropped: list[str] = field(default_factory=list)
    undecided: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)


@dataclass
class _If:
    branches: list[tuple[str, list[Any]]]
    source: str


def decided(text: str, values: dict[str, Any], notes: Decided) -> str:
    """`text` with its conditions decided by `values` and its printed functions filled."""
    if "{%" not in text:
        return text
    nodes, _, closed = _parse(text, list(TAG.finditer(text)), 0, 0)
    out = _render(nodes, values, notes) if closed else text
    return PRINTED.sub(lambda match: _printed(match, values, notes), out)


def _parse(text: str, tags: list[re.Match[str]], index: int, position: int
           ) -> tuple[list[Any], int, bool]:
    """Nodes (text, _If) from tag `index` on, until an `else` or `/if` of an outer `if`:
    the nodes, the next tag's index, and False when an `if` is never closed."""
    nodes: list[Any] = []
    while index < len(tags):
        tag = tags[index]
        nodes.append(text[position:tag.start()])
        if tag[1] != "if":
            return nodes, index, True
        branches: list[tuple[str, list[Any]]] = []
        condition, index, position = _condition(tag), index + 1, tag.end()
        while True:
            inner, index, closed = _parse(text, tags, index, position)
            if not closed or index >= len(tags):
                return nodes, index, False
            branches.append((condition, inner))
            end = tags[index]
            position, index = end.end(), index + 1
            if end[1] == "/if":
                break
            condition = _condition(end) or "true"
        nodes.append(_If(branches, text[tag.start():position]))
    nodes.append(text[position:])
    return nodes, index, True


def _condition(tag: re.Match[str]) -> str:
    """A tag's condition, without the self-closing slash (`{% else /%}`)."""
    return tag[2].strip().removesuffix("/").rstrip()


def _render(nodes: list[Any], values: dict[str, Any], notes: Decided) -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
            continue
        chosen = None
        for condition, inner in node.branches:
            value = evaluate(condition, values)
            if value is UNKNOWN:
                notes.undecided.append(node.branches[0][0])
                chosen = None
                out.append("".join(_render(inner, values, notes) for _, inner in node.branches))
                break
            if _true(value):
                chosen = inner
                break
        else:
            chosen = []
        if chosen is not None:
            if len(node.branches) > 1 or not chosen:
                notes.dropped.append(node.branches[0][0])
            out.append(_render(chosen, values, notes))
    return "".join(out)


def _true(value: Any) -> bool:
    return value is not None and value is not False


def _printed(match: re.Match[str], values: dict[str, Any], notes: Decided) -> str:
    value = evaluate(match[1], values)
    if value is UNKNOWN or value is None:
        return match[0]
    notes.printed.append(match[1])
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def evaluate(expression: str, values: dict[str, Any]) -> Any:
    """The value of a Markdoc expression (`$a.b`, a string, number, `true`, `false`, `null`,
    `equals`, `not`, `and`, `or`, `default`), UNKNOWN when the page does not decide it."""
    expression = expression.strip()
    if expression in ("true", "false"):
        return expression == "true"
    if expression == "null":
        return None
    if len(expression) >= 2 and expression[0] == expression[-1] and expression[0] in "\"'":
        return expression[1:-1]
    if _NUMBER.fullmatch(expression):
        return float(expression) if "." in expression else int(expression)
    if expression.startswith("$"):
        return _lookup(values, expression[1:])
    call = _CALL.fullmatch(expression)
    if call is None:
        return UNKNOWN
    arguments = [evaluate(part, values) for part in _arguments(call[2])]
    name = call[1]
    if name == "default" and len(arguments) == 2:
        return arguments[1] if arguments[0] is None else arguments[0]
    if UNKNOWN in arguments:
        return UNKNOWN
    if name == "equals" and len(arguments) >= 2:
        return all(argument == arguments[0] for argument in arguments[1:])
    if name == "not" and len(arguments) == 1:
        return not _true(arguments[0])
    if name == "and" and arguments:
        return all(_true(argument) for argument in arguments)
    if name == "or" and arguments:
        return any(_true(argument) for argument in arguments)
    return UNKNOWN


def _lookup(values: dict[str, Any], name: str) -> Any:
    parts = name.split(".")
    if parts[0] not in values:
        return UNKNOWN
    found: Any = values
    for part in parts:
        if not isinstance(found, dict) or part not in found:
            return None if parts[0] in KNOWN_ROOTS or parts[0] in values else UNKNOWN
        found = found[part]
    return found


def _arguments(text: str) -> list[str]:
    """`text` split at its top-level commas (not in quotes or brackets)."""
    parts, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part for part in parts if part.strip()]
