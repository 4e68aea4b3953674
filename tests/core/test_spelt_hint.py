"""The gate's cheap test for addresses spelt out for people (`jane at gmail dot com`): its
hints searched one by one say exactly what the one expression of them all said, so the
lines `_spelt` rewrites are the same."""

from __future__ import annotations

import re
from random import Random

from kbgen.core.normalize import _CLOSE, _OPEN, _spelt, _spelt_hint, normalize_text

ALL_AT_ONCE = re.compile(
    rf"(?i){_OPEN}\s{{0,3}}(?:at|dot|@|\.)\s{{0,3}}{_CLOSE}|\sat\s|@\s|\d[OoIl]|[OoIl]\d"
    r"|[^\w\s]at[^\w\s]|_at_|\sarroba\s|\s@|\(a\)|(?<!\S)\S \S \S \S ")
"""The hint as one regular expression (before it was split)."""
PIECES = [*"aAtTdDoOIilLl0123456789@_.()[]{}<>-*xrRbB\n\t\u0130\u0131\u0661é ", " at ",
          "dot", "arroba", "(a)", "jane", "gmail", "com"]


def test_the_hints_one_by_one_agree_with_one_expression_of_them_all() -> None:
    chooser = Random(13)
    texts = ["".join(chooser.choice(PIECES) for _ in range(chooser.randint(0, 14)))
             for _ in range(30_000)]
    found = [text for text in texts if ALL_AT_ONCE.search(text)]
    assert 0.2 < len(found) / len(texts) < 0.8  # both answers are tried often
    assert [text for text in texts if _spelt_hint(text) != bool(ALL_AT_ONCE.search(text))] == []


def test_each_hint_alone_still_starts_the_rewrite() -> None:
    assert normalize_text("Write to jane at gmail dot com.") == "Write to jane@gmail.com."
    assert _spelt("jane [at] gmail [dot] com") == "jane@gmail.com"
    assert _spelt("jane @ gmail . com") == "jane@gmail.com"
    assert _spelt("call 79l1 l23456") == "call 7911 123456"
    assert normalize_text("Restart the hub.\nIt is fine.") == "Restart the hub.\nIt is fine."
