"""A batch script's own variables, not a password (issue 19, branch rust58).

RustDesk's deployment script builds a random password in cmd's delayed expansion: `set
rustdesk_pw=!rustdesk_pw!!alfanum:~%%c,1!` appends one character of `alfanum`, picked by the
loop's `%%c`, to `rustdesk_pw`. The password detector reads the assigned value as a password;
it is the script's references to its own variables, the same in every copy, and nothing of
the password it makes (other shells' `$VAR`, `${VAR}`, `$env:VAR`, `{{ var }}` are accepted
before this rule).

Accepted only when all of these hold: the value lies in what a `set` statement (`set`,
`set /a`, `set /p`) of a fenced code block assigns, and that is wholly cmd references (no
character of its own, not even a quote): `%name%`, `!name!`, either with a substring
(`:~4`, `:~%%c,1`, never a substitution `:old=new`, which writes text), and loop or argument
variables (`%%c`, `%~1`); each name is spelt from words or abbreviations of up to 3 letters
and no digit (`rustdesk_pw`, `alfanum`: not `Hx7pQ2`), and the same block assigns it (`set
alfanum=...`, `for %%c in ...`): a reference to what the block never set is not the block's
own. A value with a literal part (`!pw!Hx7pQ2`), a substitution, a name the block never
assigns, or outside a fenced block stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import word_like
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "a batch script's references to its own variables, not a password"

_SET = re.compile(r"(?i)^\s*(?:@\s*)?set\s+(?:/[ap]\s+)?\"?([A-Za-z_][\w]{0,63})=(.*?)\"?\s*$")
"""A `set` statement: the variable it assigns and what it assigns (quotes aside)."""
_INDEX = r"-?(?:\d{1,4}|%%[A-Za-z])"
_REFERENCE = re.compile(
    rf"%([A-Za-z_]\w{{0,63}})(?::~{_INDEX}(?:,{_INDEX})?)?%"
    rf"|!([A-Za-z_]\w{{0,63}})(?::~{_INDEX}(?:,{_INDEX})?)?!"
    r"|%%([A-Za-z])|%~?[0-9]")
"""One cmd reference: `%name%`, `!name!` (with a substring), `%%c`, `%1`, `%~1`."""
_LOOP = re.compile(r"(?i)\bfor\b[^%\n]*%%([A-Za-z])\s+in\b")
"""A `for` loop and the variable it sets (`for %%c in (...)`, `for /L %%b in ...`)."""


def _named(name: str) -> bool:
    """`name` is spelt from words or abbreviations of up to 3 letters, with no digit."""
    parts = [part for part in name.lower().split("_") if part]
    return bool(parts) and all(part.isalpha() and part.isascii()
                               and (len(part) <= 3 or word_like(part)) for part in parts) \
        and any(len(part) > 3 for part in parts)


def _only_references(value: str) -> list[tuple[str, str]] | None:
    """(kind, name) of each reference if `value` is references and nothing else: kind
    `var` for a variable, `loop` for a loop's; None if anything else is written."""
    references: list[tuple[str, str]] = []
    position = 0
    while position < len(value):
        match = _REFERENCE.match(value, position)
        if match is None:
            return None
        if match.group(1) or match.group(2):
            references.append(("var", (match.group(1) or match.group(2)).lower()))
        elif match.group(3):
            references.append(("loop", match.group(3)))
        position = match.end()
    for index in re.findall(r"%%([A-Za-z])", "".join(
            part.group(0) for part in _REFERENCE.finditer(value) if part.group(1) or
            part.group(2))):
        references.append(("loop", index))
    return references or None


CHARSET = 36
"""Distinct characters a character set holds at least (`A-Z`, `a-z`, `0-9`: 62)."""


def _charset(value: str) -> bool:
    """`value` is a character set to pick from: letters and digits, none twice, CHARSET or
    more of them."""
    return value.isascii() and value.isalnum() and len(set(value)) == len(value) >= CHARSET


class _Block:
    """What one code block assigns: its `set` variables and its loops' variables."""

    def __init__(self, lines: list[str]) -> None:
        self.values: dict[str, list[str]] = {}
        for line in lines:
            if match := _SET.match(line):
                self.values.setdefault(match.group(1).lower(), []).append(match.group(2))
        self.variables = set(self.values)
        self.loops = {name for line in lines for name in _LOOP.findall(line)}

    def generated(self, name: str, seen: frozenset[str] = frozenset()) -> bool:
        """Every value the block gives `name` is empty, a character set (CHARSET: `alfanum`'s
        letters and digits, picked from by a loop) or references to variables that are
        themselves so made (a chain back to itself counts): never literal pieces that join
        into a password (`set first=summer`, `set second=2024`: fixr58)."""
        if name in seen:
            return True
        for value in self.values.get(name, []):
            if not value or _charset(value):
                continue
            references = _only_references(value)
            if references is None or not all(
                    kind == "loop" or self.generated(other, seen | {name})
                    for kind, other in references):
                return False
        return True

    def assigns(self, kind: str, name: str) -> bool:
        """The block sets this variable or loops over this loop variable."""
        if kind == "loop":
            return name in self.loops
        return name in self.variables and _named(name) and self.generated(name)


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values a batch block assigns that are only references to its own
    variables."""
    blocks: Blocks | None = None
    judged: dict[tuple[int, int], _Block] = {}
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and line == lines[index] \
                and ("%" in line or "!" in line) and (statement := _SET.match(line)) \
                and statement.start(2) <= hit.start and hit.end <= statement.end(2) \
                and (references := _only_references(statement.group(2))) \
                and (span := (blocks := blocks or Blocks(lines)).span(index)) is not None:
            if span not in judged:
                judged[span] = _Block(lines[span[0]:span[1]])
            if all(judged[span].assigns(kind, name) for kind, name in references):
                context.accept(index, hit, REASON)
                continue
        yield index, line, hit
