"""A table row whose first cell names the password and whose next cell is one word of letters,
no colon: `| Password | sunflower |`, `<td>Пароль</td><td>подсолнух</td>` (issue 19, branch
leak36).

A column of types (`| password | string |`) and describing words (`| Password | required |`)
are a schema's, and defaults and placeholders stay accepted (kbgen.core.examples), as after a
colon (kbgen.core.privacy.colon_letters)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.privacy.colon_letters import _WORDS, _plain
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.word_needs import Words

_ROW = re.compile(
    folded_pattern(r"(?i)(?:^[ \t]*+\||<t[dh](?:[ \t][^<>]*+)?>)[ \t]*+(?:\*\*|__)?[ \t]*+"
    rf"(?:{'|'.join(re.escape(word) for word in _WORDS)})"
    r"[ \t]*+(?:\*\*|__)?[ \t]*+(?:\|[ \t]*+|</t[dh]>[ \t]*+<t[dh](?:[ \t][^<>]*+)?>[ \t]*+)"
    r"(?:(?P<open>[\"'`“‘「『]|\*\*|__)[ \t]*+)?(?P<value>[^\W\d_]{4,64})"
    r"(?(open)[ \t]*+(?:[\"'`”’」』]|\*\*|__)|)[ \t]*+(?:\||</t[dh]>)"))
"""The row's first cell is a password word alone (in a Markdown or an HTML table), the next
cell one word of letters (maybe quoted or bold). Blank runs read once (what follows each
cannot start with a blank: the same matches; two runs around an optional `**` split a long
blank run every way, 3,200 blanks 3.2 s: issue 19, redos55)."""

TYPES = frozenset({
    "string", "str", "text", "boolean", "bool", "integer", "int", "number", "object", "array",
    "list", "varchar", "char", "bytes", "binary", "secret", "password", "field", "value",
    "input", "hash", "hashed", "null", "nullable", "type", "credential", "credentials",
    "sensitive", "redacted", "write", "read", "only", "none", "enum", "json", "yaml", "blob",
    "строка", "текст"})
"""Words of a schema's type column (`| password | string |`), folded."""


def _password_rows(line: str, context: _Context) -> Iterator[_Hit]:
    """A word of letters in the cell after one naming the password, but a type's name."""
    for match in _ROW.finditer(line):
        value = match.group("value")
        if value.lower() not in TYPES and _plain(value, bool(match.group("open"))):
            yield _famous_or_hit(line, match.start("value"), value)


_NEEDED = Words(_WORDS)
"""_WORDS, asked quickly (word_needs)."""


def needs(folded: str) -> bool:
    """A folded text holds a table's cell and a password word."""
    return ("|" in folded or "<t" in folded) and _NEEDED(folded)
