"""A customer's two-factor backup codes pasted as a list (hostile round 25): the codes a site
gives for a lost phone (`8472 9103`, `k3m9-x2p7`), each a password to the account, under their
label in a ticket, a table or a list. One code alone is short and plain (eight digits, two
groups of four), so no reader read them and main published them.

Read by structure: a line naming backup or recovery codes (LABEL, in the languages sites
write it; a heading, bold, prose or a table's header), then the codes: on that line after the
name, or on the lines after it (up to WINDOW, past blank lines, list marks, numbers, table
pipes, code marks and tags, and one line of lead-in) that hold nothing but codes, until a
heading or a line of prose. A code
is four to ten letters and digits with a digit, maybe two such groups joined by `-` or a space
(CODE; a table's or a list's number beside it is no word); MIN_CODES different codes of one
shape (the same lengths and joint) make a list, so a single documented example (`a code looks
like a1b2c-3d4e5`), a template (`XXXX-XXXX`, one code repeated) and a sentence about the codes
publish. Nor a series (each value differs from another of the list in fewer than half its
letters and digits, place by place: `E1001 E1002 E2003` error codes, `X100 X200 X300` device
models, `8443 9443` ports, `TN243 TN247` SKUs, what the sentence before such a list names
under a recovery heading): a site's codes are random, so two of them share so many places
by chance once in thousands of pairs. Each code line is a finding."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD

_LABEL_WORDS = (
    r"(?:backup|recovery|scratch|emergency|reserve|one-time|rescue)[ -]?codes?|"
    r"(?:backup|wiederherstellungs|sicherungs|notfall|reserve)-?codes|"
    r"codes? de (?:secours|récupération|recuperation|sauvegarde)|"
    r"c[óo]digos? de (?:respaldo|recuperaci[óo]n|seguran[çc]a|backup|reserva)|"
    r"codici (?:di )?(?:backup|recupero|riserva)|kody (?:zapasowe|odzyskiwania)|"
    r"herstelcodes|back-?upcodes|varmuuskoodit|palautuskoodit|yedek kodlar[ıi]?|"
    r"kurtarma kodlar[ıi]|reservekoder|gjenopprettingskoder|återställningskoder|"
    r"резервные коды|коды восстановления|バックアップ\s?コード|リカバリー\s?コード|"
    r"復旧コード|备用码|恢复码|備用碼|救援代码|백업 코드|복구 코드")
LABEL = re.compile(folded_pattern(_LABEL_WORDS), re.IGNORECASE)
"""A name of two-factor backup codes, also as the gate reads it: normalize_text turns
Cyrillic and Greek letters that look Latin into Latin ones (`коды` is read `koды`), so the
names in those scripts are matched in that form too (kbgen.core.folded_words)."""
_CODE = re.compile(r"(?<![\w.:/-])(?=[A-Za-z]*\d)[A-Za-z0-9]{4,10}(?:[- ][A-Za-z0-9]{4,10})?"
                   r"(?![\w.:/-])")
_MARKUP = re.compile(r"^[\s>]*(?:[-*+]|\d{1,2}[.)])?\s*|[|`*,;]|<[^>]*>")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|<h[1-6]\b)", re.IGNORECASE)
_RANGE = re.compile(r"(?:19|20)\d\d[- ](?:19|20)\d\d")
WINDOW = 15
"""Lines after the label read for codes."""
MIN_CODES = 2


_STEMS = ("cod", "cód", "kod", "kood", "koд", "код", "コード", "码", "碼", "코드")
"""What every name of LABEL holds, folded (`codes`, `códigos`, `kody`, `koodit`, `коды` as
written and as read, `コード`, `码`)."""
NEAR_STEM = 40
"""Characters either side of a stem where its name is looked for (the longest is ~30)."""


def needs(text: str) -> bool:
    """Whether a text names backup codes: LABEL looked for around each of its stems only
    (searched through a whole text, its many names cost 1 ms per 1,000 lines: hostile69)."""
    folded = text.lower()
    if len(folded) != len(text):
        return LABEL.search(text) is not None
    for stem in _STEMS:
        at = folded.find(stem)
        while at >= 0:
            if LABEL.search(text, max(0, at - NEAR_STEM), at + NEAR_STEM) is not None:
                return True
            at = folded.find(stem, at + 1)
    return False


def _shape(code: str) -> tuple[tuple[int, ...], str]:
    """A code's groups' lengths and its joint."""
    joint = "-" if "-" in code else " " if " " in code else ""
    return tuple(len(part) for part in re.split(r"[- ]", code)), joint


def _codes(text: str) -> list[re.Match[str]] | None:
    """The codes a line holds, or None when it holds anything else (a word, a sentence)."""
    codes = [match for match in _CODE.finditer(text) if not _RANGE.fullmatch(match.group())]
    rest = _MARKUP.sub(" ", _CODE.sub(" ", text)).strip()
    return codes if codes and not re.search(r"[^\W\d]|\d{3,}", rest) else None


def _close(one: str, other: str) -> bool:
    """Whether two codes of one shape differ in fewer than half their letters and digits."""
    places = [(a, b) for a, b in zip(one, other, strict=True) if a not in "- "]
    return sum(a.lower() != b.lower() for a, b in places) <= (len(places) - 1) // 2


def _series(values: set[str]) -> bool:
    """Whether each value is close to another: numbered identifiers, not random codes."""
    return all(any(_close(value, other) for other in values if other != value)
               for value in values)


def _listed(lines: list[str], index: int, after: int) -> list[tuple[int, re.Match[str]]]:
    """(line index, code) of the codes on the label's line after `after` and below it."""
    found: list[tuple[int, re.Match[str]]] = []
    first = _codes(lines[index][after:])
    if first is not None:
        found += [(index, match) for match in first]
    blanks = prose = 0
    for below in range(index + 1, min(len(lines), index + 1 + WINDOW)):
        line = lines[below]
        if not line.strip() or line.strip().startswith(("```", "~~~", "|--", "|:-", "| -")):
            blanks += not line.strip()
            if blanks > 2:
                break
            continue
        if _HEADING.match(line):
            break
        if (codes := _codes(line)) is None:
            prose += 1
            if found or prose > 1:
                break
            continue
        blanks = 0
        found += [(below, match) for match in codes]
    return found


def recovery_code_lists(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each line of a list of backup codes."""
    if not needs("\n".join(lines)):
        return
    for index, line in enumerate(lines):
        label = LABEL.search(line)
        if label is None:
            continue
        codes = _listed(lines, index, label.end())
        shapes: dict[tuple[tuple[int, ...], str], set[str]] = {}
        for _, match in codes:
            shapes.setdefault(_shape(match.group()), set()).add(match.group())
        listed = {shape for shape, values in shapes.items()
                  if len(values) >= MIN_CODES and not _series(values)}
        done: set[int] = set()
        for at, match in codes:
            if _shape(match.group()) in listed and at not in done:
                done.add(at)
                offset = label.end() if at == index else 0
                yield at, _Hit(match.start() + offset, match.end() + offset, PASSWORD,
                               _mask_secret(match.group()))
