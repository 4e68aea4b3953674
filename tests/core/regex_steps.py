"""The work a backtracking matcher does for a pattern on a text, counted in steps, not seconds
(issue 19, redos55): a small interpreter of Python's parsed patterns (`re._parser`) that
backtracks as `re` does (greedy, lazy and possessive repeats, atomic groups, branches in order,
look-arounds) and counts every node it tries. What the count grows by from a line of n
characters to one of 4n (16 for quadratic work, 64 for cubic) does not depend on the machine's
speed or load, so a test can assert it."""

from __future__ import annotations

import re
import re._constants as C  # type: ignore[import-not-found]
import re._parser as P  # type: ignore[import-not-found]
import sys
from collections.abc import Callable
from typing import Any

Then = Callable[[int], bool]


class TooMuchWork(Exception):
    """The count passed the budget."""


_CATEGORIES = {
    C.CATEGORY_DIGIT: re.compile(r"\d"), C.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    C.CATEGORY_SPACE: re.compile(r"\s"), C.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    C.CATEGORY_WORD: re.compile(r"\w"), C.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
_WORD = re.compile(r"\w")
_IGNORECASE, _DOTALL, _MULTILINE = int(re.IGNORECASE), int(re.DOTALL), int(re.MULTILINE)
"""The flags as plain ints (and-ing the enum on every character was a third of the time)."""
_CHAR_OPS = frozenset({C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN})


class Steps:
    """Counts the steps of `search` (every start) or `match` of one pattern on one text."""

    def __init__(self, pattern: re.Pattern[str], budget: int = 2_000_000) -> None:
        self.parsed = P.parse(pattern.pattern, pattern.flags)
        self.flags = pattern.flags
        self.budget = budget
        self.steps = 0
        self.text = ""
        self.groups: dict[int, tuple[int, int]] = {}
        self.found = False
        """Whether the last count found a match (re's answer, for checking the interpreter)."""
        self._chars: dict[tuple[Any, int, str, int], bool] = {}
        """Each node's answer for each character (the same few characters are tried often)."""
        self._lists: dict[int, tuple[Any, list[Any]]] = {}
        """Each parsed sequence as a list, by its id (kept with it so the id stays its own)."""

    def count(self, text: str, search: bool = True) -> int:
        """Steps to find the first match (or none) of the pattern in `text`."""
        self.text, self.steps, self.groups, self.found = text, 0, {}, False
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20_000))
        try:
            for start in range(len(text) + 1 if search else 1):
                if self._seq(self._nodes(self.parsed), 0, start, lambda _: True, self.flags):
                    self.found = True
                    break
        finally:
            sys.setrecursionlimit(limit)
        return self.steps

    def _step(self) -> None:
        self.steps += 1
        if self.steps > self.budget:
            raise TooMuchWork

    def _nodes(self, sequence: Any) -> list[Any]:
        kept = self._lists.get(id(sequence))
        if kept is None:
            kept = self._lists[id(sequence)] = (sequence, list(sequence))
        return kept[1]

    def _char(self, op: Any, av: Any, ch: str, flags: int) -> bool:
        key = (op, id(av), ch, flags & (_IGNORECASE | _DOTALL))
        known = self._chars.get(key)
        if known is None:
            known = self._chars[key] = self._char_uncached(op, av, ch, flags)
        return known

    def _char_uncached(self, op: Any, av: Any, ch: str, flags: int) -> bool:
        if flags & _IGNORECASE:
            return self._char_exact(op, av, ch, flags) or self._char_exact(
                op, av, ch.lower(), flags) or self._char_exact(op, av, ch.upper(), flags)
        return self._char_exact(op, av, ch, flags)

    def _char_exact(self, op: Any, av: Any, ch: str, flags: int) -> bool:
        if op is C.LITERAL:
            return ord(ch) == av
        if op is C.NOT_LITERAL:
            return ord(ch) != av
        if op is C.ANY:
            return bool(flags & _DOTALL) or ch != "\n"
        if op is C.IN:
            negate = bool(av) and av[0][0] is C.NEGATE
            found = any(self._item(o, v, ch) for o, v in (av[1:] if negate else av))
            return found != negate
        raise NotImplementedError(op)

    @staticmethod
    def _item(op: Any, av: Any, ch: str) -> bool:
        if op is C.LITERAL:
            return ord(ch) == av
        if op is C.RANGE:
            return av[0] <= ord(ch) <= av[1]
        if op is C.CATEGORY:
            return bool(_CATEGORIES[av].match(ch))
        if op is C.NOT_LITERAL:
            return ord(ch) != av
        raise NotImplementedError(op)

    def _at(self, av: Any, pos: int, flags: int) -> bool:
        text, end = self.text, len(self.text)
        multi = bool(flags & _MULTILINE)
        if av is C.AT_BEGINNING:
            return pos == 0 or (multi and text[pos - 1] == "\n")
        if av is C.AT_BEGINNING_STRING:
            return pos == 0
        if av is C.AT_END:
            return pos == end or (pos == end - 1 and text[pos] == "\n") or (
                multi and pos < end and text[pos] == "\n")
        if av is C.AT_END_STRING:
            return pos == end
        word_before = pos > 0 and bool(_WORD.match(text[pos - 1]))
        word_after = pos < end and bool(_WORD.match(text[pos]))
        if av is C.AT_BOUNDARY:
            return word_before != word_after
        if av is C.AT_NON_BOUNDARY:
            return word_before == word_after
        raise NotImplementedError(av)

    def _first_end(self, nodes: list[Any], pos: int, flags: int) -> int | None:
        """Where `nodes` first match from `pos` (an atomic group's or an assertion's one try)."""
        ends: list[int] = []

        def keep(end: int) -> bool:
            ends.append(end)
            return True
        return ends[0] if self._seq(nodes, 0, pos, keep, flags) else None

    def _seq(self, nodes: list[Any], index: int, pos: int, then: Then, flags: int) -> bool:
        self._step()
        text = self.text
        while True:  # a run of characters in a loop, a step for each as if called in turn
            if index == len(nodes):
                return then(pos)
            op, av = nodes[index]
            if op not in _CHAR_OPS:
                break
            if not (pos < len(text) and self._char(op, av, text[pos], flags)):
                return False
            index, pos = index + 1, pos + 1
            self._step()
        if op is C.AT:
            return self._at(av, pos, flags) and self._seq(nodes, index + 1, pos, then, flags)
        rest: Then = lambda p: self._seq(nodes, index + 1, p, then, flags)  # noqa: E731
        if op is C.BRANCH:
            return any(self._seq(self._nodes(branch), 0, pos, rest, flags) for branch in av[1])
        if op is C.SUBPATTERN:
            group, add, remove, body = av
            inner = (flags | add) & ~remove

            def close(end: int, group: int | None = group, start: int = pos) -> bool:
                if group is None:
                    return rest(end)
                saved = self.groups.get(group)
                self.groups[group] = (start, end)
                if rest(end):
                    return True
                if saved is None:
                    self.groups.pop(group, None)
                else:
                    self.groups[group] = saved
                return False
            return self._seq(self._nodes(body), 0, pos, close, inner)
        if op is C.ATOMIC_GROUP:
            end = self._first_end(self._nodes(av), pos, flags)
            return end is not None and rest(end)
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, body = av
            if direction == 1:
                found = self._first_end(self._nodes(body), pos, flags) is not None
            else:
                width = body.getwidth()[0]
                found = pos >= width and self._matches_to(self._nodes(body), pos - width, pos,
                                                          flags)
            return found == (op is C.ASSERT) and rest(pos)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, body = av
            repeated = self._nodes(body)  # not `nodes`: `rest` reads that name when called
            if len(repeated) == 1 and repeated[0][0] in _CHAR_OPS:
                return self._char_repeat(repeated[0], low, high, op is C.MIN_REPEAT, pos, rest,
                                         flags)
            return self._repeat(repeated, low, high, op is C.MIN_REPEAT, 0, pos, rest, flags)
        if op is C.POSSESSIVE_REPEAT:
            low, high, body = av
            count, end = 0, pos
            while count < high:
                after = self._first_end(self._nodes(body), end, flags)
                if after is None or after == end:
                    break
                count, end = count + 1, after
            return count >= low and rest(end)
        if op is C.GROUPREF:
            span = self.groups.get(av)
            if span is None:
                return False
            captured = text[span[0]:span[1]]
            return text.startswith(captured, pos) and rest(pos + len(captured))
        if op is C.GROUPREF_EXISTS:
            group, yes, no = av
            branch = yes if group in self.groups else no
            return self._seq(self._nodes(branch) if branch else [], 0, pos, rest, flags)
        raise NotImplementedError(op)

    def _matches_to(self, nodes: list[Any], start: int, end: int, flags: int) -> bool:
        return self._seq(nodes, 0, start, lambda p: p == end, flags)

    def _char_repeat(self, node: tuple[Any, Any], low: int, high: int, lazy: bool, pos: int,
                     then: Then, flags: int) -> bool:
        """`_repeat` of one character (`\\s*`, `[^\\n]+?`), the commonest repeat, in a loop:
        the same steps in the same order (a pass: one for the repeat, one for the body, one
        for the body's end; the tries of `then` after the greedy run, longest first, or
        before each pass when lazy), without a Python call per character."""
        op, av = node
        text, end, count = self.text, len(self.text), 0
        while True:
            self._step()
            if lazy and count >= low and then(pos + count):
                return True
            if count >= high:
                break
            self._step()
            at = pos + count
            if not (at < end and self._char(op, av, text[at], flags)):
                break
            self._step()
            count += 1
        if lazy:
            return False
        return any(then(pos + passes) for passes in range(count, low - 1, -1))

    def _repeat(self, body: list[Any], low: int, high: int, lazy: bool, count: int, pos: int,
                then: Then, flags: int) -> bool:
        self._step()

        def again(end: int) -> bool:
            if end == pos and count >= low:
                return False  # an empty pass ends the repeat, as in sre
            return self._repeat(body, low, high, lazy, count + 1, end, then, flags)
        more = count < high
        if lazy:
            return (count >= low and then(pos)) or (more and self._seq(body, 0, pos, again,
                                                                           flags))
        return (more and self._seq(body, 0, pos, again, flags)) or (count >= low and then(pos))


def growth(pattern: re.Pattern[str], small: str, large: str, budget: int = 2_000_000
           ) -> tuple[int, int | None]:
    """Steps of `search` on the small and the large line (None: past the budget)."""
    counter = Steps(pattern, budget)
    first = counter.count(small)
    try:
        return first, counter.count(large)
    except TooMuchWork:
        return first, None
