"""Mailboxes the address reader's letters miss (hostile round 25):

- a local part or domain holding a script's vowel or tone marks (`สมชาย.ใจดี@gmail.com`,
  `somchai@ไทยเน็ต.ไทย`, Devanagari's `राहुल.शर्मा@gmail.com`): the marks are combining
  characters (Unicode's Mn and Mc), no word characters to a regular expression, so the
  address broke at the first mark and main published it;
- an address written against a Japanese or Chinese full stop and the next sentence
  (`tanaka@nttdocomo.co.jp。よろしく`): the full stop is read as a dot, and `jp.よろしく`
  then ends in no top-level domain, so the address was taken for prose around an `@`.

Read by structure, as the address reader reads, on a copy of the line of the same length:
each combining mark written as the letter it sits on, and each dot between a Latin letter
and a letter of a script written without spaces as a space. kbgen.core.privacy.emails then
judges the copy's addresses as any (examples, role mailboxes, allowed domains, placeholders),
and only those the copy changed are reported (the others, and a part of an address the line
as written gives, `ใจ@hotmail.com` of `น้ำใจ@…`, are the line's own findings). A domain
named the language's word for "example" is a placeholder (kbgen.core.example_domains.
translated_example). A finding's excerpt shows the line as written, not the copy."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core import example_domains
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.emails import _emails
from kbgen.core.search_segments import UNSPACED

_RUN_ON = re.compile(f"(?<=[A-Za-z])\\.(?=[{UNSPACED}])")
"""A dot between a top-level domain and the next sentence (`co.jp.よろしく`, `。` folded)."""
_MARKS = frozenset({"Mn", "Mc"})
def _marked(char: str) -> bool:
    return not char.isascii() and unicodedata.category(char) in _MARKS


def _copy(line: str) -> tuple[str, set[int]]:
    """The line as the address reader can read it, and where it differs."""
    chars = list(line)
    changed: set[int] = set()
    for at in range(1, len(chars)):
        if _marked(line[at]) and chars[at - 1].isalpha():
            chars[at] = chars[at - 1]
            changed.add(at)
    copy = "".join(chars)
    for match in _RUN_ON.finditer(copy):
        changed.add(match.start())
    copy = _RUN_ON.sub(" ", copy)
    return copy, changed


def _as_written(address: str) -> str:
    """The excerpt of an address as the address reader masks it."""
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}***@{domain[:1]}***.{domain.rsplit('.', 1)[-1]}"


def script_mailboxes(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each address only the copy of its line shows."""
    for index, line in enumerate(lines):
        if "@" not in line or line.isascii():
            continue
        copy, changed = _copy(line)
        if not changed:
            continue
        read = {hit.end for hit in _emails(line, context)}
        for hit in _emails(copy, context):
            if not hit.allowed and hit.end not in read and any(
                    hit.start <= at <= hit.end for at in changed):
                written = line[hit.start:hit.end]
                if not example_domains.translated_example(written.rpartition("@")[2]):
                    yield index, replace(hit, excerpt=_as_written(written))
