"""A secret's key left empty, its value alone on the next line (issue 19, branch leak38):
`- SSO_CLIENT_SECRET=` / `- Kq8vNz3Lw2Pd` (a YAML or docker-compose `environment:` list),
`SSO_CLIENT_SECRET=\\` / `Kq8vNz3Lw2Pd` (a continued `.env` line), `client_secret:` /
`  Kq8vNz3Lw2Pd` (a YAML plain scalar continued), `"API_KEY=",` / `"Kq8vNz3Lw2Pd"`; and in a
table's or an HTML table's next cell: `| SSO_CLIENT_SECRET= | Kq8vNz3Lw2Pd |`.

The rules that read a key and its value across lines (kbgen.core.privacy.split_passwords)
join the two lines as a sentence, so a list's dash stood between `=` and the value. Here the
key's name must say it holds a secret (`SECRET`, `PASSWORD`, `TOKEN`, `KEY`), and the next line
hold one token that looks like a password (not another setting, a switch, a placeholder or a
variable)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.data_paths import children
from kbgen.core.privacy.passwords import _SECRET_NAME
from kbgen.core.privacy.secret_name_lists import listed_secret_name
from kbgen.core.privacy.values import _looks_like_key, _looks_like_password

_EMPTY_KEY_REVERSED = re.compile(
    r"[ \t]*+(?P<cell>>(?:[dh]t|td)/<)?[ \t]*+,?[ \t]*+(?:\*\*|__)?(?:\\|\"{3}|'{3}|[\"'`])?[ \t]*+"
    r"(?P<sign>=|[-+]?[|>][ \t]*+:|:)?[ \t]*+[\"']?(?P<name>[\w.-]{0,100}[A-Za-z_])"
    r"(?=[\s\[{(\"'`*>-]|$)")
"""A line that sets a key to nothing, read from its end backwards (matched at the reversed
line's start: a search for the key from every place of the line was quadratic): `- NAME=`,
`NAME=\\`, `name:`, `name: |`, `"NAME=",`, `<td>NAME=</td>`, TOML's `name = '''` (rev38).
Its blank runs are possessive: a line ending in `|` and a hundred blanks took 4.6 s of
backtracking between them (fs54)."""

MAX_KEY_LINE = 120
"""How much of a line's end is read for the key."""


def _key_at_end(line: str) -> tuple[str, str] | None:
    """(the key's name, its sign) of a line ending with a key set to nothing."""
    match = _EMPTY_KEY_REVERSED.match(line[-MAX_KEY_LINE:][::-1])
    if match is None or not match.group("sign"):
        return None  # `<td>adminPass</td>`: a field's name, as in a command's output (CSC)
    return match.group("name")[::-1], match.group("sign")[::-1]


_ALONE = re.compile(
    r"[ \t>]*(?:[-*+][ \t]+|[\[{(][ \t]*|<(?:t[dh]|dd)(?:[ \t][^<>]{0,200})?>)?"
    r"(?:\*\*|__|[\"'`])*(?P<value>[^\s\"'`<>|*=:,]{4,128})"
    r"(?:\*\*|__|[\"'`])*[ \t]*[,\]})]*[ \t]*(?:</(?:t[dh]|dd)>)?[ \t]*")
"""A line of one token, maybe a list's item, quoted, in a code span or an HTML cell."""

_IN_NEXT_CELL = re.compile(
    r"(?P<name>[A-Za-z_][\w.-]{0,100})(?:=|:)[ \t]*(?:`|\*\*|__)?[ \t]*"
    r"(?:\||</t[dh]>[ \t]*<t[dh](?:[ \t][^<>]{0,200})?>|</dt>[ \t]*<dd(?:[ \t][^<>]{0,200})?>)"
    r"[ \t]*(?:\*\*|__|[\"'`]|<code>)*"
    r"(?P<value>[^\s\"'`<>|*=:,]{4,128})(?:\*\*|__|[\"'`]|</code>)*[ \t]*"
    r"(?:\||</t[dh]>|</dd>|$)")
"""`| NAME= | value |`, `<td>NAME=</td><td>value</td>`, `<dt>NAME=</dt><dd>value</dd>`: the
key's cell, then the value's. The sign is asked for: `| adminPass | DL5D7HESPahe |` (CSC, a
command's output) is a table of a command's fields, judged by the password table rules."""

_CELL_AFTER_SIGN = re.compile(r"[=:][ \t]*(?:`|\*\*|__)?[ \t]*(?:\||</t[dh]>|</dt>)")
"""What _IN_NEXT_CELL needs (one search from a literal, cheap)."""

_HINT = re.compile(r"(?i)pass|pwd|pw|secret|key|token|auth|cred")

_ENDS = ("=", ":", "\\", '",', "',", '"', "'", "`", "=,", "|", ">", "-", "+")
"""What a key's line ends with (a cheap test before _EMPTY_KEY)."""

_ANCHOR_AT_END = re.compile(r"(?<=:)[ \t]+(?:&[^\s,{}\[\]]+|!![a-z]+)[ \t]*$")
"""A YAML anchor or core tag after an empty key (`passwords: &pws`), its value below."""

MAX_SKIPPED = 2
"""Blank or comment lines that may stand between the key and its value."""


def _values_after_empty_keys(lines: list[str], context: _Context
                             ) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of a secret alone on the line after its key set to nothing (a blank
    or a comment line may come between)."""
    items = _Items(lines)
    for index in range(len(lines) - 1):
        line = lines[index]
        if "&" in line or "!!" in line:
            line = _ANCHOR_AT_END.sub("", line)  # `passwords: &pws`: the key is still empty
        if not line.rstrip().endswith(_ENDS):
            continue
        key = _key_at_end(line)
        if key is None or not _SECRET_NAME.search(key[0]):
            continue
        row = _next_value_row(lines, index)
        if row is None:
            continue
        following = lines[row]
        if key[1].startswith(":") and not _continues(line, following):
            continue
        for row in items.rows(row) if _LIST_KEY.search(key[0]) else (row,):
            hit = _value_hit(lines[row], key, context)
            if hit is not None:
                yield row, hit


def _value_hit(following: str, key: tuple[str, str], context: _Context) -> _Hit | None:
    """The secret `following` holds alone as the value of `key` (name, sign), if any."""
    alone = _ALONE.fullmatch(following)
    if alone is None:
        return None
    value = alone.group("value")
    if listed_secret_name(key[0], value):
        return None  # a Secret object's name under `secretNames:` (fr52)
    if not _looks_like_password(value, key[1] == "=") or _looks_like_key(value):
        return None
    hit = _famous_or_hit(following, alone.start("value"), value)
    if not hit.allowed:
        hit = _clearly_example(following, hit, context.default_region)
    return None if hit.allowed else hit


_ITEM = re.compile(r"(?P<indent>[ \t]*)[-*+][ \t]")
"""A list's item (YAML's `- `, Markdown's)."""

_LIST_KEY = re.compile(r"(?i)pass|pwd|secret|token|(?<=[a-z])[_.-]?keys?\b|cred")
"""A key whose every item is a secret: not `keys:` alone (CircleCI's cache keys,
`- rubygems-v1-fallback`: Jekyll), nor `auth` (a list of who may log in)."""

class _Items:
    """The lists of a text's lines, read once (issue 19, branch leak54): each list item's next
    item at its indent, so every item of a secret's list is read however long the list
    (leak53 stopped at 256 items: the 257th secret was published), and no item is read again
    for a second key (`- TOKEN=` items each opening a list below them): linear work."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._next: dict[int, int] | None = None
        self._read: set[int] = set()

    def rows(self, first: int) -> Iterator[int]:
        """`first`, and when it is a list's item, the rows of the items after it at its indent
        (a blank or a comment line may stand between; a deeper line continues an item) not
        read yet for another key: every item of a secret's list is a secret
        (`passwords:` / `- …` / `- …`)."""
        yield first
        following = self._following().get(first)
        while following is not None and following not in self._read:
            self._read.add(following)
            yield following
            following = self._following().get(following)

    def _following(self) -> dict[int, int]:
        """Each item's row -> its next item's row, found in one pass with a stack of the
        items still open (a line at an item's depth or less, not an item at its indent, ends
        its list)."""
        if self._next is None:
            self._next = {}
            open_items: list[tuple[int, int]] = []  # (indent, row), deepest last
            for row, line in enumerate(self._lines):
                stripped = line.strip()
                if not stripped or stripped.startswith("#"):
                    continue
                item = _ITEM.match(line)
                depth = len(item.group("indent")) if item else len(line) - len(line.lstrip())
                while open_items and (open_items[-1][0] > depth
                                      or item is None and open_items[-1][0] == depth):
                    open_items.pop()
                if item is None:
                    continue
                if open_items and open_items[-1][0] == depth:
                    self._next[open_items.pop()[1]] = row
                open_items.append((depth, row))
        return self._next


def _next_value_row(lines: list[str], index: int) -> int | None:
    """The first line after `index` that is neither blank nor a comment, within MAX_SKIPPED."""
    for row in range(index + 1, min(len(lines), index + 2 + MAX_SKIPPED)):
        stripped = lines[row].strip()
        if stripped and not stripped.startswith(("#", "//", "<!--")):
            return row
    return None


def _continues(line: str, following: str) -> bool:
    """After `name:`, the value is the key's only when YAML reads it so: indented deeper (a
    plain scalar continued, or the key's list), or the key's list at its own indent
    (`secretNames:` / `- …`: YAML's compact sequence)."""
    indent, key_indent = len(following) - len(following.lstrip()), len(line) - len(line.lstrip())
    return indent > key_indent or indent == key_indent and following.lstrip().startswith("- ")


def _next_cell_values(line: str, context: _Context) -> Iterator[_Hit]:
    """A secret in the cell after its key's cell (`| SSO_CLIENT_SECRET= | … |`)."""
    if not _CELL_AFTER_SIGN.search(line):
        return
    for match in _IN_NEXT_CELL.finditer(line):
        value = match.group("value")
        if _SECRET_NAME.search(match.group("name")) and _looks_like_password(value, False):
            yield _famous_or_hit(line, match.start("value"), value)


def needs(text: str, folded: str) -> bool:
    """A text holds a secret's word and a cell's border."""
    return ("|" in text or "<t" in folded) and bool(_HINT.search(folded))


_ITEM_KEY = re.compile(r"[ \t]*(?P<name>[A-Za-z_][\w.-]{0,100})[ \t]*(?:=|:)[ \t]*")
"""A parsed list's item that is a key set to nothing (`SSO_CLIENT_SECRET=`)."""


def item_values(value: Any, path: str, ignore: frozenset[str]) -> Iterator[tuple[str, _Hit]]:
    """(key path, hit) of each item of a parsed list (front matter, a data file) that is a
    secret following an item that sets the secret's key to nothing (`environment:
    ["SSO_CLIENT_SECRET=", "Kq8vNz3Lw2Pd"]`): the items are scanned one by one, so neither
    holds both."""
    for child, index, item in children(value, path, ignore):
        if isinstance(item, (dict, list)):
            yield from item_values(item, child, ignore)
        elif (isinstance(index, int) and index and isinstance(item, str)
              and isinstance(value[index - 1], str)):
            hit = _item_after_key(value[index - 1], item)
            if hit is not None:
                yield child, hit


def _item_after_key(key_item: str, item: str) -> _Hit | None:
    key = _ITEM_KEY.fullmatch(key_item)
    alone = _ALONE.fullmatch(item) if key and _SECRET_NAME.search(key.group("name")) else None
    if alone is None or not _looks_like_password(alone.group("value"), True):
        return None
    hit = _famous_or_hit(item, alone.start("value"), alone.group("value"))
    hit = hit if hit.allowed else _clearly_example(item, hit)
    return None if hit.allowed else hit
