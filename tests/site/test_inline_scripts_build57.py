"""A page's inline scripts are found with `str.find` (issue 13, build57), exactly as the
expression `INLINE_SCRIPT` (the one hosting.py used before) finds them: the same attributes
and bodies, in the same order, for tags that never end, bodies that never end, `src=` in and
out of a word, nested and data scripts, random texts of those pieces and every page of the
sample help centre."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kbgen.site.hosting import _executable_scripts, _inline_scripts

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
"""An inline script's attributes and body, as kbgen found them before build57."""

CASES = [
    "",
    "<script>ok()</script>",
    '<script type="module">a()</script><script src="x.js"></script><script>b()</script>',
    "<scriptsrc=1>inside()</script>",  # no word boundary before `src=`: an inline script
    "<script data-src=1>a()</script>",  # `-` is a boundary: `src=` read, so not inline
    "<script xsrc=1>a()</script>",
    "<script _src=1>a()</script>",
    "<script\nsrc=x>a()</script><script>b()</script>",
    "<script>never closed",
    "<script never ends <script>x</script>",
    "<script>a()</script><script>unclosed",
    "<script>one <script>two</script> three</script>",
    "<scripts>a</script>",
    "<SCRIPT>upper()</SCRIPT><script>lower()</script>",
    '<script type="application/json">{"a": 1}</script><script>run()</script>',
    '<script type="application/ld+json">{}</script>',
    "<script src=a><script>b</script>",
    "<script>é ü ß</script>",
    "<script></script></script><script></script>",
]
PIECES = ["<script", "<script>", "</script>", ">", "<", " src=", "src=", "xsrc=", "-src=",
          "tsrc=", ' type="application/json"', "application/ld+json", "a", " ", "\n",
          "<scripts", "</script", "</SCRIPT>", "<SCRIPT>", "<script src=x>", "=", '"', "é",
          "<script\n>", "</scr", "ipt>"]


def _expected(html: str) -> list[tuple[str, str]]:
    return [(found.group(1), found.group(2)) for found in INLINE_SCRIPT.finditer(html)]


@pytest.mark.parametrize("html", CASES)
def test_the_scripts_found_are_the_expression_s(html: str) -> None:
    assert _inline_scripts(html) == _expected(html)


def test_src_only_counts_at_a_word_boundary() -> None:
    assert _executable_scripts("<scriptsrc=1>inside()</script>") == ["inside()"]
    assert _executable_scripts("<script data-src=1>a()</script>") == []
    assert _executable_scripts("<script>one <script>two</script>") == ["one <script>two"]


def test_random_texts_of_the_pieces_give_the_same_scripts() -> None:
    rng = random.Random(57)
    wrong = {}
    for _ in range(20_000):
        html = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16)))
        if _inline_scripts(html) != _expected(html):
            wrong[html] = (_inline_scripts(html), _expected(html))
    assert wrong == {}


def test_every_page_of_the_sample_gives_the_same_scripts(sample_site: Path) -> None:
    pages = sorted(sample_site.rglob("*.html"))
    assert pages
    wrong = []
    for path in pages:
        html = path.read_text(encoding="utf-8")
        if _inline_scripts(html) != _expected(html):
            wrong.append(path.relative_to(sample_site).as_posix())
    assert wrong == []
