"""A secret given to a flag in a list of arguments (issue 19, branch leak39).

`["--client-secret","Kq8vNz3Lw2Pd"]` (JSON, TOML, a Dockerfile's exec form `CMD [...]`, a
YAML flow list `[--client-secret, Kq8vNz3Lw2Pd]`): the flag and its value are items of one
list, so the rules reading `--flag value` on a command line saw a quoted flag and a quoted
value. Here each flag naming a secret and the item after it are read as `<name>: <value>`
by the rules that read a key before its value (variables, placeholders stay accepted)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from kbgen.core.privacy.context import _Hit, judged_as_key
from kbgen.core.privacy.data_paths import children

_SECRET_FLAG = r"--?[\w-]{0,40}?(?:secret|passw(?:or)?d|pass|pwd|token|api[_-]?key|key)[\w-]{0,20}"
"""A flag whose name says its value is a secret (`--client-secret`, `-password`)."""

_ITEMS = re.compile(
    r"""(?:(?P<q>["'])(?P<flag>""" + _SECRET_FLAG + r""")(?P=q)"""
    r"""|(?<=[\[,])[ \t]*(?P<bare>""" + _SECRET_FLAG + r"""))[ \t]*,[ \t]*"""
    r"""(?:(?P<q2>["'])(?P<value>[^"'\s]{1,200})(?P=q2)|(?P<plain>[^"'\s,\]]{1,200}))""",
    re.IGNORECASE)
"""A flag naming a secret as a list's item, quoted (or bare in a flow list), `,`, the next
item."""

_FLAG_LINE = re.compile(r"""[ \t]*(?:-[ \t]+)?(?P<q>["']?)(?P<flag>""" + _SECRET_FLAG
                        + r""")(?P=q)[ \t]*+(?:,[ \t]*+)?$""", re.IGNORECASE)
"""A list's item alone on its line (JSON, TOML): a flag naming a secret."""

_ITEM_LINE = re.compile(r"""[ \t]*(?:-[ \t]+)?(?P<q>["']?)(?P<value>[^"'\s,\]]{1,200})(?P=q)"""
                        r"""[ \t]*+(?:[,\]][ \t]*+)?$""")
"""The next item alone on its line. Its line's end is read once (the two blank runs around an
optional `,` split a long blank run every way: 3,200 blanks 0.06 s, quadratic; the same
matches: issue 19, redos55); so is _FLAG_LINE's."""

_HINT = re.compile(r"[\"'\[,][ \t]*-")
"""What a flag as a list's item opens with (a quick test before _ITEMS)."""

Judge = Callable[[str], list[_Hit]]


def listed(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each item after a secret's flag in a list of arguments, placed in `line`."""
    if _HINT.search(line) is None:
        return
    for match in _ITEMS.finditer(line):
        group = "value" if match.group("value") is not None else "plain"
        yield from _judged(match.group("flag") or match.group("bare"), match.group(group),
                           match.start(group), judge)


def listed_below(lines: list[str], judge: Judge) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of an item on the line under its flag's (`"--client-secret",` /
    `"…"`)."""
    for index in range(len(lines) - 1):
        if "-" not in lines[index] or (flag := _FLAG_LINE.fullmatch(lines[index])) is None:
            continue
        if (item := _ITEM_LINE.fullmatch(lines[index + 1])) is not None:
            yield from ((index + 1, hit) for hit in _judged(
                flag.group("flag"), item.group("value"), item.start("value"), judge))


def _judged(flag: str, value: str, start: int, judge: Judge) -> Iterator[_Hit]:
    """Hits in `value` (at `start` of its line) of `<flag's name>: <value>` as `judge` reads
    it."""
    yield from judged_as_key(flag.lstrip("-"), value, start, judge, value_only=True)


_FLAG_ITEM = re.compile(_SECRET_FLAG, re.IGNORECASE)


def flag_items(value: Any, path: str, ignore: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(key path, `[flag, item]`) of each item of a parsed list (front matter, a data file)
    after an item that is a flag naming a secret (`args: [--client-secret, …]`): the items
    are scanned one by one, so neither holds both."""
    for child, index, item in children(value, path, ignore):
        if isinstance(item, (dict, list)):
            yield from flag_items(item, child, ignore)
        elif (isinstance(index, int) and index and isinstance(item, str)
              and isinstance(flag := value[index - 1], str)
              and _FLAG_ITEM.fullmatch(flag.strip())):
            yield child, f"[{flag.strip()}, {item.strip()}]"


def needs(text: str) -> bool:
    """A text may hold a flag as a list's item (a cheap superset)."""
    return "-" in text and "," in text
