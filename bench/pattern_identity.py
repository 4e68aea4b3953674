"""Old and new forms of the patterns made linear in issue 19 (branch redos54b) find the same
matches: `finditer` spans, groups and named groups on every line and on every whole text of the
importer fixtures (tests/fixtures/import) and of the seen gate corpora (bench/gatecorpus, not
the held-out ones) with hostile.yml's texts, and of 200,000 random texts of the patterns'
pieces; links' heading text through `heading_text` against
the old pattern's group. Prints, for each pattern, texts read, matches and differing texts.
Usage: `python bench/pattern_identity.py`."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gatecorpus import CENTRES, load  # noqa: E402
from kbgen.core import links, made_up_records  # noqa: E402
from kbgen.importers import anchors, hugo_shortcodes, markdown_site, markdown_text  # noqa: E402

OLD = {
    "importers.anchors._OWN_ID": (
        re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*\{#([\w-]+)\}[ \t]*$", re.M),
        anchors._OWN_ID),
    "importers.markdown_site._HEADING": (
        re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*\n"), markdown_site._HEADING),
    "importers.markdown_text._HEADING_IAL": (
        re.compile(r"^(#{1,6}[ \t]+[^\n]*?)[ \t]*(?:\n)?\{:[^}\n]*?#([\w-]+)[^}\n]*\}[ \t]*$",
                   re.M), markdown_text._HEADING_IAL),
    "importers.markdown_text._OUTPUT_NAME": (
        re.compile(r"\{\{-?\s*([^|}]*?)\s*(?:\||-?\}\})"), markdown_text._OUTPUT_NAME),
    "importers.hugo_shortcodes._WITH_PARAMS": (
        re.compile(r"\{\{[<%]\s*([\w-]+)\s+([^{}]*?)\s*[>%]\}\}"),
        hugo_shortcodes._WITH_PARAMS),
}
_OLD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_OLD_RECORD_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")


def _record_heading(line: str) -> object:
    old = _OLD_RECORD_HEADING.match(line)
    return old.group(1) if old else None


def _record_heading_new(line: str) -> object:
    new = made_up_records._HEADING.match(line)
    return new.group(1).rstrip().rstrip("#").rstrip() if new else None


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


def _found(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _heading(line: str) -> object:
    old = _OLD_HEADING.match(line)
    return old.group(1) if old else None


def _heading_new(line: str) -> object:
    new = links._HEADING.match(line)
    return links._heading_text(new) if new else None


def compare(read: Iterator[str]) -> dict[str, tuple[int, int, int]]:
    """Per pattern: texts read, old matches, texts whose old and new answers differ."""
    counts: dict[str, list[int]] = {name: [0, 0, 0] for name in [
        *OLD, "core.links._HEADING", "core.made_up_records._HEADING"]}
    checks: dict[str, tuple[Callable[[str], object], Callable[[str], object]]] = {
        name: (lambda text, old=old: _found(old, text), lambda text, new=new: _found(new, text))
        for name, (old, new) in OLD.items()}
    for text in read:
        pieces = [text, *text.splitlines()]
        for name, (old, new) in checks.items():
            for piece in pieces:
                before, after = old(piece), new(piece)
                counts[name][0] += 1
                counts[name][1] += len(before)  # type: ignore[arg-type]
                counts[name][2] += before != after
        for line in text.splitlines():
            before, after = _heading(line), _heading_new(line)
            row = counts["core.links._HEADING"]
            row[0], row[1], row[2] = row[0] + 1, row[1] + (before is not None), \
                row[2] + (before != after)
            before, after = _record_heading(line), _record_heading_new(line)
            row = counts["core.made_up_records._HEADING"]
            row[0], row[1], row[2] = row[0] + 1, row[1] + (before is not None), \
                row[2] + (before != after)
    return {name: (read_, found, differ) for name, (read_, found, differ) in counts.items()}


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
]


def shuffled(count: int = 200_000) -> Iterator[str]:
    """Random texts of the patterns' own pieces (seeded: the same every run)."""
    pieces = [" ", " ", "\t", "#", "#", "{", "}", "{#", "{:", "a", "x-1", "\n", "-", "|", "<",
              ">", "%", "{{", "}}", "\u2003", "\r"]
    starts = ["", "# ", "##  ", "#\t", "{{< x ", "{{% x  ", "{{- ", "## a  {: #b"]
    ends = ["", "{#a}", " {#a} ", "\n", " >}}", "}}", " |", "{: #a}"]
    rng = random.Random(19)
    for _ in range(count):
        middle = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        yield rng.choice(starts) + middle + rng.choice(ends)


def main() -> None:
    results = compare(iter([*texts(), *SHAPES, "\n".join(SHAPES), *shuffled()]))
    print(f"{'pattern':42} {'texts+lines':>12} {'old matches':>12} {'differ':>7}")
    for name, (read_, found, differ) in results.items():
        print(f"{name:42} {read_:12,} {found:12,} {differ:7}")


if __name__ == "__main__":
    main()
