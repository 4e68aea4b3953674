"""Every item of a list of secrets written inline (issue 19, branch leak53): JSON's
`"passwords": ["…", "…"]`, TOML's `api_keys = ["…", "…"]` (on one line or over several), YAML's
flow `tokens: [… , …]`, and an INI or `.env` value of comma-separated secrets (`API_KEYS=…,…`,
`passwords = …, …`). The rules that read `password: value` take one value after the sign, so
a bracket or a comma hid every item; a YAML block list's items are empty_keys'.

The key's name must say it holds secrets (`PASS`, `SECRET`, `TOKEN`, `CRED`, a `KEY` named
after something: `api_keys`; not `keys` alone, nor `AUTH_LIST`, a list of who may log in),
and each item must look like a password as prose's values do (digits or symbols with
letters, not a word, a placeholder or a variable: `keys = ["id", "title"]`, `tokens:
[hello, world]` are code's); Secret objects' names under `secretNames:` stay accepted
(secret_name_lists)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.empty_keys import _LIST_KEY
from kbgen.core.privacy.secret_name_lists import listed_secret_name
from kbgen.core.privacy.values import _looks_like_key, _looks_like_password

_KEY = re.compile(
    r"""(?<![\w.-])(?P<quote>["'`]?)(?P<name>[A-Za-z_][\w.-]{0,100})["'`]?[ \t]*"""
    r"(?P<sign>=>|:=|[:=])[ \t]*(?P<open>[\[(])?")
"""A key and its sign (`"passwords": [`, `API_KEYS=`), and the bracket opening its list (a
tuple's parenthesis too)."""

_ITEM = re.compile(r"""[ \t]*(?P<quote>["'`]?)(?P<value>[^\s"'`,\[\](){}#;]{4,128})(?P=quote)"""
                   r"[ \t]*(?=[,;\])]|$)")
"""One item of a list: a token, maybe quoted, before a comma or a semicolon, the closing
bracket or the line's end."""
_SEPARATOR = re.compile(r"[,;]")
_CLOSING = re.compile(r"[\])]")
_ASSIGNMENT = re.compile(r"[=:][^=]")
"""An item that sets something itself (`CUSTOM_VAR=value`, `host:port`), no bare secret
(base64's closing `=` aside)."""

MAX_ROWS = 256
"""Lines of one bracketed list read after its key's line."""

_HINT = re.compile(r"(?i)pass|pwd|pw|secret|key|token|auth|cred")


def needs(text: str, folded: str) -> bool:
    """A text holding a secret's word and a list's bracket or comma."""
    return bool(_HINT.search(folded)) and any(mark in text for mark in "[(,;")


def _items(line: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(start, value) of each item of line[start:end], separated by commas or semicolons."""
    position = start
    while position < end:
        separator = _SEPARATOR.search(line, position, end)
        stop = end if separator is None else separator.start()
        item = _ITEM.match(line[:stop], position)
        if item is not None and item.end() == stop:
            yield item.start("value"), item.group("value")
        position = stop + 1


def _judged(line: str, name: str, start: int, value: str) -> _Hit | None:
    """The hit of one item, if it is a secret (maybe allowed as a famous example)."""
    if (listed_secret_name(name, value) or _ASSIGNMENT.search(value)
            or not _looks_like_password(value, False)):
        return None
    if _looks_like_key(value):
        return None  # a random key: the token rules judge it by its entropy
    return _famous_or_hit(line, start, value)


def _lists_on(line: str) -> Iterator[tuple[str, int, int, bool]]:
    """(key's name, start, end, closed) of each list under a secret's key on `line`: a
    bracket's (closed when its `]` is on the line) or, with no bracket, a comma-separated
    value's (the rest of the line, up to a comment)."""
    for match in _KEY.finditer(line):
        name = match.group("name")
        if not _LIST_KEY.search(name):
            continue
        start = match.end()
        if match.group("open"):
            close = line.find("]" if match.group("open") == "[" else ")", start)
            yield name, start, len(line) if close < 0 else close, close >= 0
        elif _setting(line, match):
            comment = re.search(r"[ \t][#;]", line[start:])
            end = start + comment.start() if comment else len(line)
            if _SEPARATOR.search(line, start, end):
                yield name, start, end, True


def _setting(line: str, key: re.Match[str]) -> bool:
    """The key sets a value as configuration does, so a comma-separated value is a list:
    with `=` (INI, `.env`), or with `:` when the key, unquoted, starts its line (a numbered
    item's quoted `encryption_key` then `: 32-char, base64` describes a setting in prose:
    NetBox)."""
    return key.group("sign") != ":" or (
        not key.group("quote") and not line[:key.start()].strip())


def listed_on_line(line: str, context: _Context) -> Iterator[_Hit]:
    """Each secret among the items of an inline list under a secret's key on `line`; a value
    without brackets is a list only when every part between its commas is one token
    (`KEY=VALUE pairs. E.g. … A=debug,B=value` is prose: NetBird)."""
    for name, start, end, _ in _lists_on(line):
        items = list(_items(line, start, end))
        if line[start - 1:start] not in "[(" and len(items) != len(
                _SEPARATOR.findall(line, start, end)) + 1:
            continue
        for value_start, value in items:
            hit = _judged(line, name, value_start, value)
            if hit is not None:
                yield hit


def listed_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each secret among the items of a bracketed list under a secret's
    key continued on the lines after the key's (`"passwords": [` / `"…",` / `]`)."""
    for index, line in enumerate(lines):
        if "[" not in line and "(" not in line:
            continue
        for name, _, _, closed in _lists_on(line):
            if not closed:
                yield from _continued(lines, index + 1, name, context)


def _continued(lines: list[str], first: int, name: str, context: _Context
               ) -> Iterator[tuple[int, _Hit]]:
    """The items of a bracketed list's lines from `first` to its `]` (or a tuple's `)`)."""
    for row in range(first, min(len(lines), first + MAX_ROWS)):
        line = lines[row]
        closing = _CLOSING.search(line)
        close = -1 if closing is None else closing.start()
        for value_start, value in _items(line, 0, len(line) if close < 0 else close):
            hit = _judged(line, name, value_start, value)
            if hit is not None and not hit.allowed:
                hit = _clearly_example(line, hit, context.default_region)
            if hit is not None and not hit.allowed:
                yield row, hit
        if close >= 0:
            return
