"""A block's findings reported once (issue 19, branches xray59 and fixx59).

An armoured block (a key or a certificate printed over many lines between its BEGIN and END
lines, bare or as a list's quoted items) is one problem: each of its lines found as a token made
one finding a line (49 on one page of Xray's docs). `folded` makes them one finding at the
block's first line (its armour line) that names the block's last line (`Finding.last_line`), so
a reviewer reads one problem.

A run is read by structure only: two or more consecutive lines, each one value of the standard
base64 alphabet alone (indentation, a list's `- `, quotes and a trailing comma aside), every line
but the last of one width (16 or more), the last no wider, `=` only where the last ends, a BEGIN
armour line just before it and an END armour line just after it. A run without armour is
several values (an API's example keys, a ticket's keys) and keeps one finding a line.

Folding changes no verdict (fixx59, rev59's R1 and R3): only findings of one kind and one verdict
fold (advisory only if every member is); a run holding a key whose own prefix names its issuer
(`Finding.vendor`) folds nothing; and a `<!-- kb:allow token -->` marker accepts the folded
finding whole only when the block is one structure that parses (`one_structure`: its body
decodes as one DER object to its end, no line of it hex or of one case, no printable text of a
token's shape among the decoded bytes). Otherwise the finding keeps its members
(`Finding.members`) and a marker accepts only the member on its own line
(kbgen.core.allow_markers), as it did before blocks were folded.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import replace

from kbgen.core.privacy.model import Finding

_VALUE = re.compile(r"[ \t]*(?:- )?([\"']?)([A-Za-z0-9+/]{16,}={0,2})\1,?[ \t]*")
"""A line holding one value of the standard base64 alphabet, bare or as a list's quoted item."""
_TAIL = re.compile(r"[ \t]*(?:- )?([\"']?)([A-Za-z0-9+/]{1,15}={0,2})\1,?[ \t]*")
"""A block's last line shorter than a value alone (`eZ8=`), read only just before END armour."""
_ARMOUR = re.compile(r"[ \t]*(?:- )?[\"']?-{2,5} ?(BEGIN|END) [A-Za-z0-9 ]{1,40}?-{2,5}[\"']?,?"
                     r"[ \t]*")
"""An armour line opening or closing a block (two to five dashes a side; OpenVPN writes
`-----BEGIN OpenVPN Static key V1-----`)."""
MIN_WIDTH = 16
"""A block's lines are at least this wide (a token's shortest)."""


def folded(findings: list[Finding], text: str, first_line: int = 1) -> list[Finding]:
    """`findings` (of `text`, whose first line is file line `first_line`) with the findings
    of each block's lines made one (see the module's docstring), in line order. A text with
    fewer than two findings is not split into lines (every scan ends here)."""
    if len(findings) < 2:
        return findings
    lines = text.split("\n")
    runs = _runs(lines)
    if not runs:
        return findings
    out: list[Finding] = []
    folding: dict[tuple[int, str, bool], list[Finding]] = {}
    vendors = {run for run in runs for finding in findings
               if finding.vendor and run[0] <= finding.line - first_line <= run[1]}
    for finding in findings:
        index = finding.line - first_line
        run = next((run for run in runs if run[0] <= index <= run[1]), None)
        if run is None or run in vendors or finding.last_line is not None or not _within_value(
                finding, lines[index]):
            out.append(finding)
        else:
            folding.setdefault((run[0], finding.kind, finding.advisory), []).append(finding)
    for (start, _, _), members in folding.items():
        if len(members) == 1:
            out.extend(members)
            continue
        run = next(run for run in runs if run[0] == start)
        first, last = _extent(lines, run)
        whole = one_structure(lines[run[0]:run[1] + 1])
        out.append(replace(members[0], line=first + first_line, last_line=last + first_line,
                           members=() if whole else tuple(members)))
    return sorted(out, key=lambda finding: finding.line)


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) 0-based lines of each run of block lines. A start that makes no run
    is followed by the line its reading stopped at (`_run_from`): the lines between are values
    of its width and alphabet, each a start that would read the same lines to the same end,
    after a value line rather than BEGIN armour, so none makes a run either (each line is
    read a bounded number of times: a 1 MB blob of 76-character lines was quadratic)."""
    runs = []
    index = 0
    while index < len(lines):
        last, stop = _run_from(lines, index)
        if last > index and _extent(lines, (index, last)) == (index - 1, last + 1):
            runs.append((index, last))
            index = last + 1
        else:
            index = max(index + 1, stop)
    return runs


def _run_from(lines: list[str], start: int) -> tuple[int, int]:
    """The last line of the block starting on line `start` (`start` itself if none): a
    block ends where a line of no value (its END armour, a blank, prose) follows it, never
    against a wider line, one of another alphabet or another container. Second, the line
    the reading stopped at (the one that decided, or the text's end)."""
    first = _VALUE.fullmatch(lines[start])
    if first is None or first.group(2).endswith("="):
        return start, start + 1
    width = len(first.group(2))
    last = start
    for index in range(start + 1, len(lines)):
        value = _VALUE.fullmatch(lines[index])
        if value is None:
            tail = _TAIL.fullmatch(lines[index])
            closed = index + 1 < len(lines) and (armour := _ARMOUR.fullmatch(
                lines[index + 1])) is not None and armour.group(1) == "END"
            return (index if tail and tail.group(1) == first.group(1) and closed else last,
                    index)
        if value.group(1) != first.group(1) or len(value.group(2)) > width:
            return start, index
        if len(value.group(2)) < width or value.group(2).endswith("="):
            ends = index + 1 == len(lines) or not _VALUE.fullmatch(lines[index + 1])
            return (index if ends else start), index  # the last line: shorter, or padded
        last = index
    return last, len(lines)


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


_STRINGS = frozenset({0x0C, 0x12, 0x13, 0x14, 0x16, 0x17, 0x18, 0x1A, 0x1E})
"""DER's string and time types (UTF8String ... BMPString): text inside a structure."""
_TOKEN_TEXT = re.compile(rb"[A-Za-z0-9_\-]{20,}|[ -~]{16,}")
"""Decoded bytes that read as text: a token's shape, or a printable run."""
_MIXED = re.compile(r"(?=.*[a-z])(?=.*[A-Z])")


def one_structure(body: list[str]) -> bool:
    """The run's lines (an armoured block's body) are one DER structure: base64 that decodes to
    one SEQUENCE ending where the bytes end, every element's length consistent, each full line
    of both cases (a hex or one-case line is another value), and no text of a token's shape
    among the bytes but inside DER's own string types."""
    values = [_VALUE.fullmatch(line) for line in body[:-1]] + [
        _VALUE.fullmatch(body[-1]) or _TAIL.fullmatch(body[-1])]
    text = "".join(value.group(2) for value in values if value)
    if len(values) != len(body) or not all(
            _MIXED.match(value.group(2)) for value in values[:-1] if value):
        return False
    try:
        der = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    return len(der) > 2 and der[0] == 0x30 and _clean(der, 0) == len(der)


def _clean(der: bytes, depth: int) -> int | None:
    """The length of the DER element at the start of `der` when it and all it holds parse
    and hold no text of a token's shape outside a string; None otherwise."""
    if depth > 16 or len(der) < 2:
        return None
    tag, size, at = der[0], der[1], 2
    if size & 0x80:
        count = size & 0x7F
        if not 0 < count <= 3 or len(der) < 2 + count:
            return None
        size, at = int.from_bytes(der[2:2 + count], "big"), 2 + count
    end = at + size
    if end > len(der):
        return None
    content = der[at:end]
    if tag & 0x20:  # constructed: its elements, one after another, to its end
        offset = 0
        while offset < len(content):
            length = _clean(content[offset:], depth + 1)
            if length is None:
                return None
            offset += length
        return end
    if tag in _STRINGS or tag & 0xC0 == 0x80:  # a name's text, a URI, a host
        return end if not re.search(rb"[A-Za-z0-9_\-]{24,}", content) else None
    if tag in (0x03, 0x04) and content:  # a BIT or OCTET STRING holding DER of its own
        inner = content[1:] if tag == 0x03 else content
        if inner[:1] == b"\x30" and _clean(inner, depth + 1) == len(inner):
            return end
    return None if _TOKEN_TEXT.search(content) else end
