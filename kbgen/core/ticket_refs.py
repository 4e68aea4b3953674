"""An article's own ticket references (`tickets`), wherever its published text quotes them.

`tickets` is never published, so the reference pasted into the summary, the body or the
known-issue block would publish it anyway (on the page, the status page, banners, feeds and
the search index): the gate refuses that, as `kbgen reply` does. Each line is read as written
and as shown (rev36): `ZD&#45;4711`, `ＺＤ-4711`, `ZD‑4711`, `ZD-47<!-- -->11`, `**ZD**-4711`
or `ZD\\-4711` show the reader the same reference. Lines are also read transliterated
(leak37: `ZД-4711`, `ΖΔ-4711`, `ЗД-4711` in Cyrillic or Greek letters, by anyascii), and a
reference matches with its separators left out or changed (`ZD 4711`, `ZD4711`, `ZD_4711`) and
with `O`/`o` for a zero, `l`/`I`/`|` for a one (`ZD-47l1`, `CUST-OO42`), and with its letters
split by a space or a mark (`T K T-4411`, leak39).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anyascii import anyascii

from kbgen.core.model import Article
from kbgen.core.normalize import normalize_line, rendered_line
from kbgen.core.privacy.scanner import _strings
from kbgen.errors import Problem

PRIVATE_KEYS = ("tickets",)


def ticket_words(values: list[str]) -> list[str]:
    """The references of `values` looked for, longest first (those of one or two characters
    are too short to tell)."""
    return sorted({v.strip() for v in values if len(v.strip()) > 2}, key=len, reverse=True)


def ticket_pattern(values: list[str]) -> re.Pattern[str] | None:
    """Any of `values` as a whole word, in any case (None when there is none to look for:
    references of one or two characters are too short to tell). A hyphen or an underscore
    joining it to a word still shows it (`/support/HD-4821-reset`, `reset-hd-4821`,
    `HD_4821_log.txt`: a path, a tag, an anchor; hostile62); one joining it to more digits
    makes another reference (`HD-48-2` is not `HD-48`)."""
    words = ticket_words(values)
    if not words:
        return None
    return re.compile(_ALONE_BEFORE + "(?:" + "|".join(map(_spellings, words)) + ")"
                      + _ALONE_AFTER, re.IGNORECASE)


_ALONE_BEFORE = r"(?<![^\W_])(?<!\d[-_])"
"""No letter or digit before a reference, nor digits joined to it."""
_ALONE_AFTER = r"(?![^\W_])(?![-_]\d)"
"""No letter or digit after a reference, nor digits joined to it."""


_SEPARATOR = r"(?:[.:#][ \t]|[\s_./:#-])?"
"""What a reference may be written with between its parts, or without (`ZD 4711`, `ZD4711`;
a mark and a space: `C.U.S.T. 0042`, leak41)."""
_LETTER_GAP = r"(?:\.[ \t]|[ \t._-])?"
"""What may split a reference's letters (`T K T-4411`, `I-N-C 0012345`: leak39; `C. U. S. T.`:
leak41); its digits stay whole (`12 34` is no `1234`)."""
_DIGIT_LOOKALIKES = {"0": "[0oO]", "1": "[1lI|]"}
"""ASCII letters a reader takes for a reference's digits (`ZD-47l1`, `CUST-OO42`)."""


def _spellings(word: str) -> str:
    """A regular expression of `word` as a reader would still take it for itself: any or no
    separator where it has one or where letters meet digits, digit look-alikes (leak37)."""
    parts = [part for part in re.split(r"[\s_./:#-]+", word) if part]
    if not parts:
        return re.escape(word)
    pieces = []
    for part in parts:
        runs = re.findall(r"\d+|\D+", part)
        pieces.append(_SEPARATOR.join(
            "".join(_DIGIT_LOOKALIKES.get(ch, re.escape(ch)) for ch in run) if run.isdigit()
            else _LETTER_GAP.join(map(re.escape, run)) for run in runs))
    return _SEPARATOR.join(pieces)


def may_quote(words: list[str], texts: list[str]) -> bool:
    """False only when no text can match the pattern of `words` (ticket_words): ASCII words
    whose skeleton (_skeleton) no ASCII text's holds (compiling each article's new pattern
    cost more than this search). Other characters may match in re's case folding (`\u212a`
    is `K`, `\u017f` is `s`): they may always quote."""
    if not all(word.isascii() for word in words):
        return True
    skeletons = [_skeleton(word) for word in words]
    for text in texts:
        if not text.isascii():
            return True
        folded = _skeleton(text)
        if any(skeleton in folded for skeleton in skeletons):
            return True
    return False


_SKELETON = str.maketrans("oli|", "0111", " \t_./:#-")


def _skeleton(text: str) -> str:
    """`text` in lower case, separators gone, digit look-alikes as the digits (what every
    spelling _spellings matches shares with the reference's)."""
    return text.lower().translate(_SKELETON)


def quoted_tickets(article: Article, text: str) -> list[str]:
    """The article's ticket references that `text` quotes."""
    pattern = ticket_pattern([str(t) for t in article.meta.tickets])
    return list(dict.fromkeys(m.group() for m in pattern.finditer(text))) if pattern else []


def as_shown(text: str) -> str:
    """Each line of `text` as written, then as shown (decoded, folded, markup gone), between
    spaces on the same line: a reference written either way is found on its line."""
    if text.isascii() and not any(mark in text for mark in "&%<\\*_`[{~=^"):
        return text
    return "\n".join(" ".join(dict.fromkeys((line, shown := normalize_line(line),
                                              rendered_line(shown), *_transliterated(shown))))
                     for line in text.split("\n"))


def _transliterated(shown: str) -> tuple[str, ...]:
    """`shown` and its view in Latin letters (anyascii: `ЗД-4711` is `ZD-4711`), when it has
    other letters."""
    if shown.isascii():
        return ()
    latin = anyascii(shown)
    return latin, rendered_line(latin)


def ticket_problems(article: Article) -> Iterator[Problem]:
    """An error at each line of the published front matter or body that quotes one of the
    article's `tickets`."""
    tickets = [str(t) for t in article.meta.tickets]
    words = ticket_words(tickets)
    if not words:
        return
    shown = article.meta.model_dump(mode="json", exclude=set(PRIVATE_KEYS))
    strings = [(key, as_shown(text)) for key, text in _strings(shown, "", frozenset(PRIVATE_KEYS))]
    body = as_shown(article.public_body)
    pattern = (ticket_pattern(tickets)
               if may_quote(words, [*(text for _, text in strings), body]) else None)
    if pattern is None:
        return
    origin = article.origin

    def problem(line: int, found: str) -> Problem:
        return Problem(origin.display_path, line, "error",
                       f"the ticket reference '{found}' (listed in `tickets`, never published)"
                       " would be published here; remove it, or keep it in an `!!! internal`"
                       " note")
    for key, text in strings:
        if pattern.search(text) is None:
            continue
        first = origin.line_of(key) + (1 if "\n" in text.rstrip("\n") else 0)  # a block `|`
        for number, line in enumerate(text.split("\n")):
            yield from (problem(first + number, found) for found in _found(pattern, line))
    if pattern.search(body) is None:
        return  # a line's match is the body's: one search spares most bodies every line
    for number, line in enumerate(body.split("\n")):
        yield from (problem(article.body_line + number, found)
                    for found in _found(pattern, line))


def _found(pattern: re.Pattern[str], line: str) -> list[str]:
    """The references `line` (written and shown) quotes, each once."""
    return list(dict.fromkeys(m.group() for m in pattern.finditer(line)))
