r"""Values split over two lines (`AKIAIOSFOD\` + `NN7EXAMPLE`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from kbgen.core import ids, names, nearby
from kbgen.core.privacy.context import (
    MAX_SPLIT_PART,
    Detector,
    _Context,
    _fold,
    _Hit,
    _mask_secret,
)
from kbgen.core.privacy.detectors import _NEEDS, _hits_in_line
from kbgen.core.privacy.model import TOKEN
from kbgen.core.privacy.row_labels import repeats_row_label
from kbgen.core.privacy.setting_values import random_setting_value
from kbgen.core.privacy.tokens import _high_entropy, _secrets

_RUN_AT_END = re.compile(r"""([A-Za-z0-9+/_=-]{2,})["'`]?\s*[+\\&]?\s*$""")

_RUN_AT_START = re.compile(r"""^[\s>]*[+&]?\s*["'`]?([A-Za-z0-9+/_=-]{2,})""")

_BEFORE_A_TAIL = re.compile(r"""[^A-Za-z0-9+/_=\-"'`\\&\s][A-Za-z0-9+/_=\-"'`\\&\s]*$""")
"""The last character of a line that no match of _RUN_AT_END can hold (none of its run's,
quotes', marks' or spaces'): a match starts after it. Searched from there, the run's
expression is not tried (and backtracked) at every character of a long run that a `.`
ends (`reset-your-password.md`): ~0.3 ms for a page's name, the same match. Linear: it
starts only at such a character and reads on to the next."""

_WORD_OR_NUMBER = re.compile(r"\d{4,}|[a-z]{3,}|[A-Z][a-z]{2,}")
"""A line ending with a number or a word in lower case or capitalised: its end is no half of a
key (a key's halves run on; an upper-case run such as `AKIAIOSFOD` may be one)."""

_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]{2,}")
"""A word in lower case or capitalised: no half of a key when a sentence goes on after it."""

_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{4}", re.I)
"""Four consonants in a row (`y` counts as a vowel): rare in words, common in random letters."""


def _opens_sentence(second: str) -> bool:
    """A plain word (`Restarting`, `will`), not random lower-case letters that end a key
    (`wkqsbyd`): a word in lower case needs vowels and no run of four consonants."""
    if not _PLAIN_WORD.fullmatch(second):
        return False
    if second[0].isupper():
        return True
    vowels = sum(ch in "aeiouy" for ch in second)
    return vowels * 5 >= len(second) and not _CONSONANT_RUN.search(second)


_DOTTED_NAME_END = re.compile(r"[A-Za-z0-9]\.$")
"""A run right after a dot between letters or digits ends a dotted name: keys split over two
lines have no dot (a JWT's parts are found whole on their own line)."""

_MAY_END_A_RUN = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-\"'`\\&")
"""The last characters, but whitespace, of a line _RUN_AT_END can match: a run's, a quote or
a continuation mark."""

_KEY_AFTER = re.compile(r"""["']?:(?:\s|$)""")
_ENV_NAME = re.compile(r"[A-Z][A-Z0-9_]*=")
"""An environment variable's name and `=` opening a line (its value follows)."""
_HEADER_LINE = re.compile(r"[ \t]*[A-Za-z][\w-]{0,40}:[ \t]+\S+[ \t]*$")
"""A `Field: value` line of one value (an HTTP header, a mapping's entry): followed by another
key, its value ended with it."""
"""A run followed by a colon and a space (`FTLCONF_debug_api: 'true'`): the key of a mapping
(YAML, JSON); after a quoted value closed on the line above, never the rest of that value."""

_SETTING_LINE = re.compile(r"[ \t>]*(?:export[ \t]+)?[A-Za-z_][\w.]{0,60}[ \t]*=[ \t]*")
"""A settings line's name and `=` (`EMAIL_PORT = `, `export PORT=`, `max_age = `): its value
follows."""

_MARKS_ALONE = re.compile(r"[-=_+/]+")
"""A run of marks and no letter or digit (`---`, `===`, `___`): no half of a key (the gate's
test of front matter drew `---` above an 18-character token, read joined only outside front
matter)."""
MIN_SPLIT_LENGTH = 16
"""Joined halves shorter than this are never read as a key."""


def _settings_in_a_row(first: str, value_start: int, second: str, head: re.Match[str]) -> bool:
    """`first` is a setting's whole line (`NAME = value`, the run at `value_start` its whole
    value) and `second` opens the next setting (`NAME = …`) with the run `head`: that run is
    no half of a key but the next setting's name. A key broken over two lines goes on with its
    second half, never with a name and `=`."""
    opened = _SETTING_LINE.match(first)
    following = _SETTING_LINE.match(second)
    if opened is None or opened.end() != value_start or following is None or (
            random_setting_value(head.group(1))):
        return False  # a random "name" (`K7MDENGbPxRfiCYq = 1`) is a key's second half
    value = second[following.end():].rstrip()
    return (head.start(1) == len(second) - len(second.lstrip(" \t>"))
            and value != "" and not value.startswith("="))  # not a half's `=` or `==` padding


def _overlaps(spans: Iterable[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _joined_detectors(joined: str) -> tuple[Detector, ...]:
    """The detectors that could find a key in two halves joined."""
    folded = _fold(joined)
    return tuple(d for d in (_secrets, _high_entropy) if _NEEDS[d](joined, folded))


def _split_values(lines: list[str], skip: set[int], spans: dict[int, list[tuple[int, int]]],
                  context: _Context, public_blocks: Sequence[tuple[int, int]] = ()
                  ) -> Iterator[tuple[int, _Hit]]:
    """Keys and tokens broken over two lines (by a newline or a `\\` continuation), at the
    line where they start: only what the two halves make together, when neither half was
    found on its own (`spans`: what was found on each line). Two lines of one armoured block
    of public material (`public_blocks`: its BEGIN and END lines, kbgen.core.pem_blocks) are
    no halves: its lines are read on their own, as any line of it is."""
    found: dict[str, list[_Hit]] = {}
    columns = ids.Columns(lines)
    public = {index for begin, end in public_blocks for index in range(begin, end)}
    for index in range(len(lines) - 1):
        if index in skip or index + 1 in skip or index in public:
            continue
        end = lines[index].rstrip()
        if not end or end[-1] not in _MAY_END_A_RUN:
            continue  # most lines: no search needed to see that no run ends them
        offset = max(0, len(lines[index]) - MAX_SPLIT_PART)
        if before := _BEFORE_A_TAIL.search(lines[index], offset):
            offset = before.start() + 1  # past that character
        tail = _RUN_AT_END.search(lines[index], offset)  # not the whole line: it backtracks
        head = _RUN_AT_START.match(lines[index + 1][:MAX_SPLIT_PART]) if tail else None
        if not tail or not head:
            continue
        first, second = tail.group(1), head.group(1)
        if _MARKS_ALONE.fullmatch(first):
            continue  # a rule, a YAML document's marker or a heading's underline (`---`)
        if _DOTTED_NAME_END.search(lines[index], 0, tail.start(1)):
            continue  # the end of a version, a file or a module name (`Python/3.11.6-foss`)
        if all(_WORD_OR_NUMBER.fullmatch(part) for part in first.split("/")) or any(
                names.GENERATED_NAME.fullmatch(half) for half in (first, second)):
            continue  # `size: 113926178937`, `Pull complete`, `library/nginx`, then the next
            # line's first word
        if _overlaps(spans.get(index, ()), tail.span(1)) or _overlaps(
                spans.get(index + 1, ()), head.span(1)):
            continue
        if (lines[index][tail.end(1):tail.end(1) + 1] in ("'", '"')
                or _HEADER_LINE.match(lines[index])) \
                and (_KEY_AFTER.match(lines[index + 1], head.end(1))
                     or _ENV_NAME.fullmatch(second) and lines[index + 1][head.end(1):].strip()):
            continue  # a quoted value closed (`'8082,443s'`), or a header's value
            # (`X-Forwarded-Server: 5789f594e7d5`, fp48), then the next line's key, or its
            # variable assigned (`PORT="443"`, then `SIGNAL_PORT="443"`: fp50)
        if _settings_in_a_row(lines[index], tail.start(1), lines[index + 1], head):
            if random_setting_value(first):  # its whole value, judged alone (rev68 finding 2)
                yield index, _Hit(tail.start(1), tail.end(1), TOKEN, _mask_secret(first))
            continue  # `EMAIL_PORT = 587`, then `DEFAULT_FROM_EMAIL = …`: a value, then the
            # next setting's name (fp68)
        if repeats_row_label(lines[index], second):
            continue  # the next row of a listing, under the same label (`TemplateTwo{12}:`)
        if _opens_sentence(second) and lines[index + 1][head.end(1):head.end(1) + 1] == " ":
            continue  # the next line opens with a word of a sentence (`Restarting machine …`)
        joined = first + second
        if len(joined) < MIN_SPLIT_LENGTH or not _joined_detectors(joined):
            continue  # asked before the id checks below, which cost more
        if (ids.header(lines[index][-MAX_SPLIT_PART:])
                or ids.identifier(first, nearby.before(lines[index], tail.start(1)),
                                  nearby.around(lines[index], tail.start(1), tail.end(1)))
                or columns.id_column(index, tail.start(1))
                or columns.id_column(index + 1, head.start(1))):
            continue  # a listing's header, then its first row; an id, then the next line
        if joined not in found:
            found[joined] = _hits_in_line(joined, context, _joined_detectors(joined))
        for hit in found[joined]:
            if hit.start < len(first) < hit.end:
                yield index, replace(hit, start=tail.start(1) + hit.start,
                                     end=tail.start(1) + hit.end)
