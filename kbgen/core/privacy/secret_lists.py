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

import bisect
import re
from collections.abc import Generator, Iterator

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.empty_keys import _LIST_KEY
from kbgen.core.privacy.secret_name_lists import listed_secret_name
from kbgen.core.privacy.values import _looks_like_key, _looks_like_password
from kbgen.core.word_needs import Words

_KEY = re.compile(
    r"""(?<![\w.-])(?P<quote>["'`]?)(?P<name>[A-Za-z_][\w.-]{0,100})["'`]?[ \t]*"""
    r"(?P<sign>=>|:=|[:=])[ \t]*(?:(?:(?:List|Set|Arrays|ImmutableList|ImmutableSet|Stream)"
    r"\.(?:of|asList|copyOf)|(?:mutable)?(?:listOf|setOf|arrayOf)|list|set|frozenset|tuple"
    r"|Array|array)?(?P<open>[\[(])(?:(?<=\()\[)?)?")
"""A key and its sign (`"passwords": [`, `API_KEYS=`), and the bracket opening its list (a
tuple's parenthesis too, and a call that makes a list of its arguments: Java's
`List.of("…", "…")`, Kotlin's `listOf(…)`, Python's `set([…])`: atk54)."""

_ITEM = re.compile(r"""[ \t]*(?P<quote>["'`]?)(?P<value>[^\s"'`,\[\](){}#;]{4,128})(?P=quote)"""
                   r"[ \t]*(?=[,;\])]|$)")
"""One item of a list: a token, maybe quoted, before a comma or a semicolon, the closing
bracket or the line's end."""
_SEPARATOR = re.compile(r"[,;]")
_COMMENT = re.compile(r"[ \t](?:[#;]|//)")
"""A comment after a value (`API_KEYS=a,b  # old`, `// old`)."""
_CLOSING = re.compile(r"[\])]")
_NAME = r"[A-Za-z_][\w.:]{0,100}"
_TYPE = rf"{_NAME}(?:<[ \t]*[\w.:?]{{1,100}}(?:[ \t]*,[ \t]*[\w.:?]{{1,100}}){{0,8}}[ \t]*>)?"
_GENERIC = re.compile(rf"[ \t]*(?:new[ \t]+)?{_NAME}<[ \t]*{_TYPE}(?:[ \t]*,[ \t]*{_TYPE}){{0,8}}"
                      rf"[ \t]*>")
"""A value that opens as a generic type, names inside its angle brackets
(`BTreeMap<Uuid, ApplicationPassword>`, `new Map<K, V>`, `Vec<SCIMSshKey>`): the comma between
its arguments or after it parts no list, so what follows a key is code (Kanidm's `type
ApplicationPasswords = BTreeMap<Uuid, ApplicationPassword>;`, `ssh_keys: Vec<SCIMSshKey>,`); a
generic later on the line (`A=x,y // Map<K, V>`) hides nothing. A separator after a list's
last item (`A=x,y,`, `a, b;`) ends the list and makes nothing code (rev54: it hid every item
of a real list)."""
_ASSIGNMENT = re.compile(r"[=:][^=]")
"""An item that sets something itself (`CUSTOM_VAR=value`, `host:port`), no bare secret
(base64's closing `=` aside)."""

_HINT = re.compile(r"(?i)pass|pwd|pw|secret|key|token|auth|cred")


_HINT_WORDS = Words(("pass", "pwd", "pw", "secret", "key", "token", "auth", "cred"))
"""_HINT's words, asked of a folded text (context._fold) as substrings: there re.I finds a
lower-case ASCII word where `in` does (a whole article's `(?i)` search tried every character;
gcpu58)."""


def needs(text: str, folded: str) -> bool:
    """A text holding a secret's word and a list's bracket or comma (`folded`: its _fold)."""
    return _HINT_WORDS(folded) and any(mark in text for mark in "[(,;")


MAX_PART = 1024
"""Characters of one part between a list's commas read as a possible item (an item is at
most 128 characters and its quotes and spaces): a longer part is no item, and is not read."""


class _Marks:
    """Where a line's separators, closing brackets and comments are, found once a line (a
    line of many keys asks for each: linear work however many there are)."""

    def __init__(self, line: str) -> None:
        self.separators = [m.start() for m in _SEPARATOR.finditer(line)]
        self.comments = [m.start() for m in _COMMENT.finditer(line)]
        self.closing = {bracket: [i for i, c in enumerate(line) if c == bracket]
                        for bracket in "])"}

    @staticmethod
    def first(positions: list[int], start: int, end: int) -> int | None:
        """The first of `positions` in [start, end), else None."""
        at = bisect.bisect_left(positions, start)
        return positions[at] if at < len(positions) and positions[at] < end else None


def _items(line: str, start: int, end: int, marks: _Marks | None = None, every: bool = False
           ) -> Iterator[tuple[int, str | None]]:
    """(start, value) of each item of line[start:end], separated by commas or semicolons;
    `every`: also (start, None) for a part that is no item, where the walk stops (the list
    is then no list: `listed_on_line`)."""
    marks = marks or _Marks(line)
    position = start
    while position < end:
        separator = marks.first(marks.separators, position, end)
        stop = end if separator is None else separator
        part = line[position:stop] if stop - position <= MAX_PART else ""
        item = _ITEM.match(part) if part else None
        if item is not None and item.end() == len(part):
            yield position + item.start("value"), item.group("value")
        elif every:
            yield position, None
            return
        position = stop + 1


def _judged(line: str, name: str, start: int, value: str) -> _Hit | None:
    """The hit of one item, if it is a secret (maybe allowed as a famous example)."""
    if (listed_secret_name(name, value) or _ASSIGNMENT.search(value)
            or not _looks_like_password(value, False)):
        return None
    if _looks_like_key(value):
        return None  # a random key: the token rules judge it by its entropy
    return _famous_or_hit(line, start, value)


def _lists_on(line: str, marks: _Marks | None = None) -> Iterator[tuple[str, int, int, bool]]:
    """(key's name, start, end, closed) of each list under a secret's key on `line`: a
    bracket's (closed when its `]` is on the line) or, with no bracket, a comma-separated
    value's (the rest of the line, up to a comment). A list ends where the next secret's key
    on the line begins (its items are that key's: a line of many keys is read once)."""
    keys = [match for match in _KEY.finditer(line) if _LIST_KEY.search(match.group("name"))]
    if not keys:
        return
    marks = marks or _Marks(line)
    for match, after in zip(keys, [*keys[1:], None], strict=True):
        name, start = match.group("name"), match.end()
        reach = limit = len(line) if after is None else after.start()
        if after is not None:  # the comma before the next key parts the two lists
            while limit > start and line[limit - 1] in " \t,;":
                limit -= 1
        if match.group("open"):
            close = marks.first(marks.closing["]" if match.group("open") == "[" else ")"],
                                start, len(line))
            yield (name, start, limit if close is None else min(close, limit),
                   close is not None)
        elif _setting(line, match):
            comment = marks.first(marks.comments, start, limit)
            end = limit if comment is None else comment
            if marks.first(marks.separators, start, reach if comment is None else comment
                           ) is not None:
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
    marks = _Marks(line)
    for name, start, end, _ in _lists_on(line, marks):
        if _GENERIC.match(line, start, end):
            continue  # a generic type's arguments: code, not a list
        bracketed = line[start - 1:start] in "[("
        items = list(_items(line, start, end, marks, every=not bracketed))
        if items and items[-1][1] is None:
            continue  # a part of no item: prose, not a list
        for value_start, value in items:
            hit = _judged(line, name, value_start, value) if value is not None else None
            if hit is not None:
                yield hit


def listed_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each secret among the items of a bracketed list under a secret's
    key continued on the lines after the key's (`"passwords": [` / `"…",` / `]`), to its `]`
    however far (leak53 stopped at 256 lines): one pass, the lines below continuing only the
    last list opened (leak54)."""
    name: str | None = None
    for index, line in enumerate(lines):
        if name is not None:
            closed = yield from _continued(line, index, name, context)
            name = None if closed else name
        if "[" not in line and "(" not in line:
            continue
        unclosed = [key for key, _, _, closed in _lists_on(line) if not closed]
        if unclosed:  # the lines below continue the last list opened
            name = unclosed[-1]


def _continued(line: str, row: int, name: str, context: _Context
               ) -> Generator[tuple[int, _Hit], None, bool]:
    """The items of one line of a bracketed list, up to its `]` (or a tuple's `)`); returns
    whether the line closed the list."""
    closing = _CLOSING.search(line)
    close = -1 if closing is None else closing.start()
    for value_start, value in _items(line, 0, len(line) if close < 0 else close):
        hit = _judged(line, name, value_start, value) if value is not None else None
        if hit is not None and not hit.allowed:
            hit = _clearly_example(line, hit, context.default_region)
        if hit is not None and not hit.allowed:
            yield row, hit
    return close >= 0
