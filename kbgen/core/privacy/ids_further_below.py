"""An identity number further below its label (hostile round 24): a heading or a label line
naming a scheme (`## SSN`, `PESEL klienta`, `<dt>BSN</dt>`), then the number alone on a later
line, past blank lines, a code fence's opening, an HTML tag or one short line between
(`The customer's number:`, `Mary Quinn`). kbgen.core.privacy.national_ids reads a number on
the label's line, in its table's column, or opening the next non-blank line under a line that
ends with the scheme's name or a colon; main published these.

Read: a label line is short (at most 60 characters and 8 words once its markup is taken out:
heading marks, emphasis, list marks, a `<dt>`/`<th>`/`<hN>` tag, a quote's `>`), holds no digit
and no sentence's end, names a scheme, and is a heading, emphasised, ends in a colon or has at
most three words (hostile66's must-publish texts: `SSN of the caller was verified`, `We checked
the SSN. Then:`). The number is the first of the next five lines whose text opens with a
digit or capitals and a digit, after at most one line between that is a lead-in ending in a
colon or a person's name and calls no example (`For example:`), and no more than two blank
lines in a row; it is judged as national_ids
judges `label: number` (the scheme's shape and check, its famous examples, a named example).
A new heading or another label ends the search."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.field_examples import named_example
from kbgen.core.privacy.national_ids import _ANY_NAME, _under
from kbgen.core.privacy.national_ids import needs as _names_scheme

_QUOTE = re.compile(r"^(?:[ \t]*>)+[ \t]?")
_MARKUP = re.compile(r"</?(?:dt|dd|th|td|tr|h[1-6]|p|b|strong|em|i|span|div|label|li)\b[^>]*>"
                     r"|^[ \t]*(?:#{1,6}|[-*+]|\d+[.)])[ \t]+|\*\*|__|[*_`|]")
"""Markup around a label's or a number's text."""
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)")
_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|<h[1-6]\b)")
_OPENS_NUMBER = re.compile(r"[ \t]*(?P<value>(?:[A-Z]{1,6}[ \t]?)?\d)")
"""A number, or capitals before it (`QQ 12 34 56 C`, `RSSMRA85…`); not a word (`order 524…`)."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_EMPHASIS = re.compile(r"^[ \t>]*(?:\*\*|__|<(?:dt|th|b|strong|label)\b)")
_COLON = re.compile(r"[:：][^\w]*$")
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}")
"""A person's name alone on a line (`Mary Quinn`)."""
MAX_BLANKS = 2
"""Blank lines in a row past which a number is another part's (`SSN:` then three blanks)."""
MAX_BARE_LABEL = 3
"""The words of a label that is neither a heading nor emphasised and ends in no colon
(`PESEL klienta`); a longer one is a sentence (`SSN of the caller was verified`)."""
LOOK_AHEAD = 5
"""The lines read below a label."""
MAX_LABEL = 60


def _text(line: str) -> str:
    return _MARKUP.sub(" ", _QUOTE.sub("", line)).strip().rstrip(":：").strip()


def _label(line: str) -> str | None:
    """The label a line is, or None: short, no digit, naming a scheme."""
    if len(line) > 200:
        return None
    text, bare = _text(line), _QUOTE.sub("", line)
    if (not text or len(text) > MAX_LABEL or len(text.split()) > 8
            or any(char.isdigit() for char in text) or not _names_scheme(text.lower())
            or _ANY_NAME.search(text) is None or _SENTENCE_END.search(text)):
        return None
    marked = _HEADING.match(bare) or _EMPHASIS.match(bare) or _COLON.search(bare)
    return text if marked or len(text.split()) <= MAX_BARE_LABEL else None


def _number_line(lines: list[str], start: int) -> int | None:
    """The index of the line below `start` whose text opens with a number, or None."""
    words = blanks = 0
    for index in range(start + 1, min(start + 1 + LOOK_AHEAD, len(lines))):
        line = lines[index]
        text = _text(line)
        if not text or _FENCE.match(_QUOTE.sub("", line)):
            blanks = blanks + 1 if not text else 0
            if blanks > MAX_BLANKS:
                return None
            continue
        blanks = 0
        if _HEADING.match(_QUOTE.sub("", line)) or _label(line) is not None:
            return None
        if _OPENS_NUMBER.match(text):
            return index
        words += 1
        if (words > 1 or named_example(text, text)
                or not (_COLON.search(line) or _NAME.fullmatch(text))):
            return None  # only a lead-in (`The customer's number:`) or a name between
    return None


def national_ids_further_below(lines: list[str], context: _Context
                               ) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each identity number a label line names further above it."""
    if not _names_scheme("\n".join(lines).lower()):
        return
    for index, line in enumerate(lines):
        label = _label(line) if _names_scheme(line.lower()) else None
        if label is None:
            continue
        below = _number_line(lines, index)
        if below is None:
            continue
        raw, shown = lines[below], _text(lines[below])
        start = raw.find(shown.split()[0])
        if start < 0:
            continue
        cell = re.split(r"</|\||`", raw[start:], maxsplit=1)[0]
        yield from _under(label, below, start, cell.rstrip(), context)
