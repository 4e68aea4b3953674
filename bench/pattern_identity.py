"""Old and new forms of the patterns made linear in issue 19 find the same matches: `finditer`
spans, groups and named groups (and the call site's own `match`/`fullmatch`/`search`, or the
heading text its helper reads) on every distinct line and every distinct whole text of the
importer fixtures (tests/fixtures/import), of the seen gate corpora (bench/gatecorpus, never
the held-out ones) and of hostile.yml's texts; on the growth probe's own lines of each old
pattern (bench/regex_pieces.py, small sizes); and on random texts of the patterns' pieces
(seeded). Prints, for each pattern, texts read, old matches and differing texts (0 is the
proof). Usage: `python bench/pattern_identity.py [--only NAME ...] [--random N]`."""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gatecorpus import CENTRES, load  # noqa: E402
from bench.regex_pieces import probe_lines  # noqa: E402
from kbgen.core import api_examples, ids, links, made_up_records  # noqa: E402
from kbgen.core.privacy import (  # noqa: E402
    argument_lists,
    joined_items,
    password_rows,
    passwords,
    split_passwords,
    tabbed_examples,
    world_passwords,
)
from kbgen.importers import anchors, hugo_shortcodes, markdown_site, markdown_text  # noqa: E402

Reading = Callable[[re.Pattern[str], str], object]


def _found(pattern: re.Pattern[str], text: str) -> object:
    """Every match: span, groups, named groups."""
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _called(method: str) -> Reading:
    """The call site's one match (`match`, `fullmatch`, `search`): span and groups."""
    def read(pattern: re.Pattern[str], text: str) -> object:
        found = getattr(pattern, method)(text)
        return found and (found.span(), found.groups())
    return read


@dataclass(frozen=True)
class Case:
    """A pattern's old and new forms and how the call site reads them."""

    name: str
    old: re.Pattern[str]
    new: re.Pattern[str]
    readings: tuple[tuple[Reading, Reading], ...] = ((_found, _found),)
    """(reading of the old form, reading of the new form) pairs, compared on every text."""
    whole: bool = False
    """Also compared on whole texts (the call site reads one), not only on lines."""
    cap: int | None = None
    """The call site reads at most this many characters (ids' label tail: 80): compared on
    each line's first and last `cap` characters."""

    def _pieces(self, text: str) -> tuple[str, ...]:
        return (text,) if self.cap is None else (text[:self.cap], text[-self.cap:])

    def differs(self, text: str) -> bool:
        return any(old(self.old, piece) != new(self.new, piece) for old, new in self.readings
                   for piece in self._pieces(text))

    def matches(self, text: str) -> int:
        return sum(len(list(self.old.finditer(piece))) for piece in self._pieces(text))


def _heading_group(pattern: re.Pattern[str], line: str) -> object:
    found = pattern.match(line)
    return found.group(1) if found else None


def _heading_reader(text_of: Callable[[re.Match[str]], str]) -> Reading:
    def read(pattern: re.Pattern[str], line: str) -> object:
        found = pattern.match(line)
        return text_of(found) if found else None
    return read


def _record_heading_text(found: re.Match[str]) -> str:
    return found.group(1).rstrip().rstrip("#").rstrip()


_SPAN = (_found, _found)
CASES = [
    # redos54b
    Case("importers.anchors._OWN_ID", re.compile(
        r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*\{#([\w-]+)\}[ \t]*$", re.M), anchors._OWN_ID,
        whole=True),
    Case("importers.markdown_site._HEADING",
         re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*\n"), markdown_site._HEADING, whole=True),
    Case("importers.markdown_text._HEADING_IAL", re.compile(
        r"^(#{1,6}[ \t]+[^\n]*?)[ \t]*(?:\n)?\{:[^}\n]*?#([\w-]+)[^}\n]*\}[ \t]*$", re.M),
        markdown_text._HEADING_IAL, whole=True),
    Case("importers.markdown_text._OUTPUT_NAME",
         re.compile(r"\{\{-?\s*([^|}]*?)\s*(?:\||-?\}\})"), markdown_text._OUTPUT_NAME,
         whole=True),
    Case("importers.hugo_shortcodes._WITH_PARAMS",
         re.compile(r"\{\{[<%]\s*([\w-]+)\s+([^{}]*?)\s*[>%]\}\}"), hugo_shortcodes._WITH_PARAMS,
         whole=True),
    Case("core.links._HEADING", re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$"), links._HEADING,
         ((_heading_group, _heading_reader(links._heading_text)),)),
    Case("core.made_up_records._HEADING", re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$"),
         made_up_records._HEADING, ((_heading_group, _heading_reader(_record_heading_text)),)),
    # redos55
    Case("core.privacy.world_passwords._ALONE", re.compile(
        r"""[ \t>*-]*(?:\*\*|__|["'`])*(?P<value>[^\s"'`<|*]{6,64})(?:\*\*|__|["'`])*[ \t]*$"""),
        world_passwords._ALONE, (_SPAN, (_called("fullmatch"),) * 2)),
    Case("core.privacy.split_passwords._ALONE_WORD", re.compile(
        r"""[ \t>*-]*(?:\*\*|__|["'`])*(?P<value>[^\W\d_]{4,64})"""
        r"""(?:\*\*|__|["'`])*[ \t]*[.!]?[ \t]*$"""),
        split_passwords._ALONE_WORD, (_SPAN, (_called("fullmatch"),) * 2)),
    Case("core.privacy.passwords._DEFINITION", re.compile(
        r"^ {0,3}:[ \t]+(?:\*\*|__|[\"'`])*(?P<value>\S+?)(?:\*\*|__|[\"'`])*\s*$"),
        passwords._DEFINITION, (_SPAN, (_called("match"),) * 2)),
    Case("core.api_examples._HEADING", re.compile(
        r"^ {0,3}#{1,6}\s+(.*?)\s*(?:\{[^{}]*\})?\s*#*\s*$"), api_examples._HEADING,
        ((_heading_group, _heading_reader(api_examples._heading_text)),)),
    Case("core.privacy.tabbed_examples._TAB_FENCE", re.compile(
        r"""[ \t]*(?:`{3,}|~{3,})[^\n]*\btab=["'][^"']+["']"""), tabbed_examples._TAB_FENCE,
        (_SPAN, (_called("match"),) * 2)),
    Case("core.ids._LABEL_WORDS", re.compile(
        r"""[\w.-]*["'`]?\s*(?:[:=#|]\s*|\.{2,}\s*|…\s*)?["'`]?\s*$"""), ids._LABEL_WORDS,
        (_SPAN, (_called("search"),) * 2), cap=80),
    Case("core.privacy.joined_items._BLOCK_ITEM", re.compile(
        r"([ \t]*)-[ \t]+[\"']?([^\"'\n]{1,64}?)[\"']?[ \t]*$"), joined_items._BLOCK_ITEM,
        (_SPAN, (_called("fullmatch"),) * 2)),
    Case("core.privacy.password_rows._ROW", re.compile(  # its words' order varies by run
        password_rows._ROW.pattern.replace("*+", "*")), password_rows._ROW),
    Case("core.privacy.argument_lists._ITEM_LINE", re.compile(
        r"""[ \t]*(?:-[ \t]+)?(?P<q>["']?)(?P<value>[^"'\s,\]]{1,200})(?P=q)"""
        r"""[ \t]*[,\]]?[ \t]*$"""), argument_lists._ITEM_LINE,
        (_SPAN, (_called("fullmatch"),) * 2)),
    Case("core.privacy.argument_lists._FLAG_LINE", re.compile(
        argument_lists._FLAG_LINE.pattern.replace(r"[ \t]*+(?:,[ \t]*+)?$", r"[ \t]*,?[ \t]*$"),
        re.IGNORECASE), argument_lists._FLAG_LINE, (_SPAN, (_called("fullmatch"),) * 2)),
]
"""Every pattern fixed, with its old text; the redos54b ones first."""


def texts() -> Iterator[str]:
    """Each whole text: fixture files, seen corpus bodies, hostile rows."""
    for path in sorted((ROOT / "tests/fixtures/import").rglob("*")):
        if path.is_file():
            try:
                yield path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
    for centre in CENTRES:
        if not centre.held_out:
            for article in load(centre):
                yield article.get("body") or ""
    for row in yaml.safe_load((ROOT / "bench/gatecorpus/hostile.yml").read_text()) or []:
        yield str(row.get("text", ""))


SHAPES = [
    "## Setup {#setup}", "##   {#x}", "# a #  {#id}  ", "#\t\ttitle\t {#a-b}\t", "# x{#y}",
    "# Title\n", "  \n# Title ##  \n", "#  \t # \n", "# #\n", "# a # b ##\n",
    "## Title {: #old}", "## Title  \n{: .c #old data=x}", "## T\t{:#a}", "#  {: #a}",
    "{{ site.url }}", "{{- page.title | x }}", "{{  }}", "{{ a  -}}", "{{-  b  }}",
    "{{< figure src=x >}}", "{{% notice  tip   %}}", "{{<  x   y  >}}", "{{< x\ny >}}",
    "# a", "#", "# ", "#  #", "# a ###", "# a#", "# a #b", "######## x", "# a \\#", "#\ta\t#\t",
    "# a # # #", "#\u2003a\u2003#\u2003", "# a\x0b", "# \u00a0", "## Ports { #ports }",
    "#   {#id}", "#   {#a} x {#b}", "#  \t\n", "#   \n", "# ##\n", "{{<  x   >}}", "{{-}}",
    "{{--}}", "{{   x}y}}", "##  \t  {: #a}", "## \n{: #b}",
    # redos55
    "->abcde", "-> abcdef", "**Tr0ub4dor&3**", "> __hunter2024__", "`hunter2024`.", "***x***",
    ":   **Hunter2Secret!x**", ":   ***", ":   **", ":   \"", ":   *_*", ":   a**b***",
    ":   x__", ":   ''a''", ": a b", "```js tab='a'", "~~~ tab=\"b\"", "```` tab='", "ID: ",
    "request id... ", "key…", "id\" : \"", "# Example {#ex} ##", "# a {b} {c}", "# a {b}} #",
    "# {x}", "#  {}", "# 200: OK { .a }", "#### Response {#response}", "-  ", "-   \"",
    "- 'a b' ", "  - x", "-\t\t'",
    "| Password | sunflower |", "|  **Passwort** |  `sunflower`  |",
    "<td>Password</td><td>abcd</td>",
    "<th x>PIN</th> <td class=a> **abcde** </td>", '  "--client-secret", ', "  'abc'  ]  ",
    "- x ,", '"--password"\t,\t',
]

PIECES = [" ", " ", "\t", "#", "#", "{", "}", "{#", "{:", "a", "x-1", "\n", "-", "|", "<", ">",
          "%", "{{", "}}", "\u2003", "\r", "*", "**", "_", "__", '"', "'", "`", "```", "~~~",
          "tab=", "tab='", ":", "=", ".", "..", "…", "abcdef", "Tr0ub4dor", "!"]
STARTS = ["", "# ", "##  ", "#\t", "{{< x ", "{{% x  ", "{{- ", "## a  {: #b", ":   ", " : ",
          "> ", "- ", "**", "```", "~~~ ", "id", "a.b", "### x "]
ENDS = ["", "{#a}", " {#a} ", "\n", " >}}", "}}", " |", "{: #a}", "**", " ", "\x00", " x"]


def shuffled(count: int) -> Iterator[str]:
    """Random texts of the patterns' own pieces (seeded: the same every run)."""
    rng = random.Random(19)
    for _ in range(count):
        middle = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
        yield rng.choice(STARTS) + middle + rng.choice(ENDS)


def compare(cases: list[Case], read: Iterable[str]) -> dict[str, tuple[int, int, int]]:
    """Per pattern: distinct texts and lines read (lines only, unless the case reads whole
    texts), old matches, texts whose answers differ."""
    seen: set[str] = set()
    counts = {case.name: [0, 0, 0] for case in cases}
    for text in read:
        lines = text.splitlines()
        for piece in (text, *lines):
            if piece in seen:
                continue
            seen.add(piece)
            line = piece in lines or "\n" not in piece
            for case in cases:
                if not (line or case.whole):
                    continue
                row = counts[case.name]
                row[0] += 1
                row[1] += case.matches(piece)
                row[2] += case.differs(piece)
    return {name: (read_, found, differ) for name, (read_, found, differ) in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=[], help="names containing these")
    parser.add_argument("--random", type=int, default=200_000, help="random texts")
    args = parser.parse_args()
    cases = [case for case in CASES if not args.only or any(o in case.name for o in args.only)]
    probed = [line for case in cases for size in (1, 2, 3, 5, 8, 13, 40)
              for line in probe_lines(case.old, size)]
    sources = {"corpora": list(texts()), "shapes": [*SHAPES, "\n".join(SHAPES)],
               "probe": probed, "random": list(shuffled(args.random))}
    print(f"{'pattern':44} {'source':8} {'texts+lines':>12} {'old matches':>12} {'differ':>7}")
    for source, read in sources.items():
        for name, (read_, found, differ) in compare(cases, read).items():
            print(f"{name:44} {source:8} {read_:12,} {found:12,} {differ:7}")


if __name__ == "__main__":
    main()
