"""What a case-blind expression (`(?i)`) can find in an ASCII text, worked out once from the
expression itself, so that the gate asks ASCII texts (most help-centre text) the quick way
(issue 13, branch build62).

Python's `re` tries each alternative of a case-blind expression at every character of the
text (no first character to skip to), so a need such as `(?i)as[ \\t]|with[ \\t]|using|…` of
fifty words read a whole article fifty times over. For an ASCII text, two things follow from
the expression alone:

- `ascii_words(pattern)`: when the expression is a finite choice of literal strings (classes
  of a few characters and a trailing optional part allowed), whether it finds something in an
  ASCII text is whether the text, lower-cased, holds one of those strings lower-cased
  (`kbgen.core.word_needs.Words` asks that the quick way). Strings that need a character no
  ASCII character matches (`как`, `giriş`) are left out; one that `(?i)` matches to an ASCII
  letter (`ı` and `i`, `ſ` and `s`, the Kelvin sign and `k`) is spelt with that letter.
  A text that is not ASCII and holds one of them, lower-cased, is found by the expression
  too (the only characters whose lower case holds an ASCII letter are the Kelvin sign and
  `İ`, which `(?i)` matches to `k` and `i`); one that holds none may still be found by it
  (a `ſ`, a word of another script), so it is asked the expression.
- `leading_words(pattern)`: the strings of the longest start of the expression that is such a
  choice (`(?i)(?:password|key)\b` starts with `password` or `key`): an ASCII text that holds
  none of them, lower-cased, holds no match, and the expression need not be run on it.
- `may_match_ascii(pattern)`: False when every match needs such a character (`giriş` at the
  end of a Turkish shape, a word of Arabic script): such an expression finds nothing in an
  ASCII text and need not be run on one.

Both are worked out from `re`'s own parse of the expression; where an expression holds
anything else (a look-behind, an unbounded repeat inside a string), `ascii_words` gives None
and `may_match_ascii` True, and the expression is run as before.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product
from typing import Any

try:  # Python 3.11+
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _parse  # type: ignore[no-redef]

MAX_WORDS = 4096
"""A finite choice that spells out into more strings than this is run as an expression."""


class _NotFinite(Exception):
    """The expression is not a finite choice of literal strings."""


@cache
def _ascii_of(code: int, ignore_case: bool) -> frozenset[str]:
    """The ASCII characters of a lower-cased text that the pattern character `code` matches
    (case-blind when `ignore_case`), as `re` itself matches them; a letter matched only as
    written (not case-blind) is not a character of a lower-cased text: _NotFinite."""
    pattern = re.compile(re.escape(chr(code)), re.IGNORECASE if ignore_case else 0)
    matched = [chr(c) for c in range(128) if pattern.fullmatch(chr(c))]
    if not ignore_case and any(ch.isalpha() for ch in matched):
        raise _NotFinite
    return frozenset(ch.lower() for ch in matched)


def _choices(op: Any, av: Any, ignore_case: bool) -> frozenset[str]:
    """The characters one LITERAL or IN item matches in a lower-cased ASCII text."""
    if op is _sre.LITERAL:
        return _ascii_of(av, ignore_case)
    if op is _sre.IN:
        found: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                found |= _ascii_of(value, ignore_case)
            elif kind is _sre.RANGE:
                for code in range(value[0], value[1] + 1):
                    found |= _ascii_of(code, ignore_case)
            else:  # a negated class, a category (\w): not a few characters
                raise _NotFinite
        return frozenset(found)
    raise _NotFinite


def _spelt(items: Any, ignore_case: bool, tail: bool) -> set[str]:
    """Every string a sequence of parsed items matches; `tail`: the sequence ends the
    alternative, so an optional part at its end is left out (the alternative finds something
    where the part before it does). None (an empty set) where every match needs a character
    no ASCII character matches."""
    if _needs_other(items, ignore_case):
        return set()
    strings = {""}
    for index, (op, av) in enumerate(items):
        last = tail and index == len(items) - 1
        if op in (_sre.LITERAL, _sre.IN):
            options = {*_choices(op, av, ignore_case)}
        elif op is _sre.BRANCH:
            options = set().union(*(_spelt(branch, ignore_case, last) for branch in av[1]))
        elif op is _sre.SUBPATTERN:
            group, add, remove, inner = av
            flags = (ignore_case or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not (
                remove & _sre.SRE_FLAG_IGNORECASE)
            options = _spelt(inner, flags, last)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0 and last:
            options = {""}
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] != _sre.MAXREPEAT:
            lowest, highest, inner = av
            once = _spelt(inner, ignore_case, False)
            options = set()
            for count in range(lowest, highest + 1):
                options |= {"".join(parts) for parts in product(sorted(once), repeat=count)}
        else:
            raise _NotFinite
        strings = {start + end for start in strings for end in options}
        if len(strings) > MAX_WORDS:
            raise _NotFinite
    return strings


def ascii_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-case strings one of which a lower-cased ASCII text holds exactly when
    `pattern.search` finds something in it; None when `pattern` is not a finite choice of
    literal strings. An empty tuple: it finds nothing in any ASCII text."""
    parsed = _parse.parse(pattern.pattern, pattern.flags)
    ignore_case = bool(parsed.state.flags & _sre.SRE_FLAG_IGNORECASE)
    try:
        words = _spelt(list(parsed), ignore_case, True)
    except _NotFinite:
        return None
    if "" in words:
        return None  # it matches everywhere
    return tuple(sorted(words))


def leading_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which a lower-cased ASCII text holds wherever `pattern.search`
    finds something in it (not the other way round): the strings of the longest start of the
    expression that is a finite choice of literal strings (after any look-around or anchor it
    opens with, which reads no character), every match beginning with one of them. None when
    no start is such a choice."""
    parsed = _parse.parse(pattern.pattern, pattern.flags)
    ignore_case = bool(parsed.state.flags & _sre.SRE_FLAG_IGNORECASE)
    items = list(parsed)
    while items and items[0][0] in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        items = items[1:]
    found: set[str] | None = None
    for end in range(1, len(items) + 1):
        try:
            found = _spelt(items[:end], ignore_case, False)
        except _NotFinite:
            break
    if found is None or "" in found:
        return None
    return tuple(sorted(found))


def may_match_ascii(pattern: re.Pattern[str]) -> bool:
    """False when no ASCII text holds a match of `pattern`: every match needs a character that
    no ASCII character matches."""
    parsed = _parse.parse(pattern.pattern, pattern.flags)
    ignore_case = bool(parsed.state.flags & _sre.SRE_FLAG_IGNORECASE)
    return not _needs_other(list(parsed), ignore_case)


def _needs_other(items: Any, ignore_case: bool) -> bool:
    """Whether every match of a sequence of parsed items needs a non-ASCII character (False
    where that is not shown)."""
    for op, av in items:
        if op in (_sre.LITERAL, _sre.IN):
            try:
                if not _choices(op, av, ignore_case):
                    return True
            except _NotFinite:
                continue
        elif op is _sre.BRANCH:
            if all(_needs_other(branch, ignore_case) for branch in av[1]):
                return True
        elif op is _sre.SUBPATTERN:
            _, add, remove, inner = av
            flags = (ignore_case or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not (
                remove & _sre.SRE_FLAG_IGNORECASE)
            if _needs_other(inner, flags):
                return True
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            if _needs_other(av[2], ignore_case):
                return True
    return False
