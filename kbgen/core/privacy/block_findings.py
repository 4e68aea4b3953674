"""A block's findings reported once (issue 19, branch xray59).

A run of lines that together are one value (a key or a certificate printed over many lines, a
base64 body, a list's quoted items holding one) is one problem: each of its lines found as a
token made one finding a line (49 on one page of Xray's docs). `folded` makes them one finding
at the block's first line (its armour line, when one opens it) that names the block's last
line (`Finding.last_line`), so a reviewer reads one problem, and a `<!-- kb:allow token -->`
marker on the line before the block (or ending its first line) accepts it whole.

A run is read by structure only: two or more consecutive lines, each one value of a base64
alphabet alone (indentation, a list's `- `, quotes and a trailing comma aside), every line but
the last of one width (16 or more), the last no wider, `=` only where the last ends, and a
line of no value after the last. A shorter line with more of the block after it, a wider line
or one of another alphabet (a token written into the block) makes it no block: its lines are
reported as before. Only findings of one kind within the value of their line fold;
anything else found on a line of it (another kind, a value that is part of the line) stays its
own finding. Folding accepts nothing: every block found before is found, once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kbgen.core.privacy.model import Finding

_VALUE = re.compile(r"[ \t]*(?:- )?([\"']?)([A-Za-z0-9+/_-]{16,}={0,2})\1,?[ \t]*")
"""A line holding one value of a base64 alphabet, bare or as a list's quoted item."""
_ARMOUR = re.compile(r"[ \t]*(?:- )?[\"']?-{2,5} ?(BEGIN|END) [A-Za-z0-9 ]{1,40}?-{2,5}[\"']?,?"
                     r"[ \t]*")
"""An armour line opening or closing a block (two to five dashes a side; OpenVPN writes
`-----BEGIN OpenVPN Static key V1-----`)."""
_STANDARD = frozenset("+/")
_URL_SAFE = frozenset("-_")
MIN_WIDTH = 16
"""A block's lines are at least this wide (a token's shortest)."""


def folded(findings: list[Finding], lines: list[str], first_line: int = 1) -> list[Finding]:
    """`findings` (of `lines`, the first of which is file line `first_line`) with the
    findings of each block's lines made one (see the module's docstring), in line order."""
    if len(findings) < 2:
        return findings
    runs = _runs(lines)
    if not runs:
        return findings
    out: list[Finding] = []
    folding: dict[tuple[int, str], list[Finding]] = {}
    for finding in findings:
        index = finding.line - first_line
        run = next((run for run in runs if run[0] <= index <= run[1]), None)
        if run is None or finding.last_line is not None or not _within_value(
                finding, lines[index]):
            out.append(finding)
        else:
            folding.setdefault((run[0], finding.kind), []).append(finding)
    for (start, _), members in folding.items():
        if len(members) == 1:
            out.extend(members)
            continue
        first, last = _extent(lines, next(run for run in runs if run[0] == start))
        out.append(replace(members[0], line=first + first_line, last_line=last + first_line))
    return sorted(out, key=lambda finding: finding.line)


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) 0-based lines of each run of block lines."""
    runs = []
    index = 0
    while index < len(lines):
        last = _run_from(lines, index)
        if last > index:
            runs.append((index, last))
            index = last + 1
        else:
            index += 1
    return runs


def _run_from(lines: list[str], start: int) -> int:
    """The last line of the block starting on line `start` (`start` itself if none): a
    block ends where a line of no value (its END armour, a blank, prose) follows it, never
    against a wider line, one of another alphabet or another container."""
    first = _VALUE.fullmatch(lines[start])
    if first is None or first.group(2).endswith("="):
        return start
    width = len(first.group(2))
    chars = set(first.group(2))
    last = start
    for index in range(start + 1, len(lines)):
        value = _VALUE.fullmatch(lines[index])
        if value is None:
            break
        chars |= set(value.group(2))
        if value.group(1) != first.group(1) or len(value.group(2)) > width or (
                chars & _STANDARD and chars & _URL_SAFE):
            return start
        if len(value.group(2)) < width or value.group(2).endswith("="):
            ends = index + 1 == len(lines) or not _VALUE.fullmatch(lines[index + 1])
            return index if ends else start  # the last line: shorter, or padded
        last = index
    return last


def _extent(lines: list[str], run: tuple[int, int]) -> tuple[int, int]:
    """The run with the armour lines that open and close it, if any."""
    first, last = run
    if first > 0 and (armour := _ARMOUR.fullmatch(lines[first - 1])) and armour.group(1) == (
            "BEGIN"):
        first -= 1
    if last + 1 < len(lines) and (armour := _ARMOUR.fullmatch(lines[last + 1])) and (
            armour.group(1) == "END"):
        last += 1
    return first, last


def _within_value(finding: Finding, line: str) -> bool:
    """The finding is (part of) its line's value, the line nothing but that value: its
    excerpt shows characters of it (kbgen.core.privacy.context masks a token as its first
    four, then `*`)."""
    value = _VALUE.fullmatch(line)
    shown = finding.excerpt.split("*", 1)[0]
    return value is not None and len(shown) >= 4 and shown in value.group(2)
