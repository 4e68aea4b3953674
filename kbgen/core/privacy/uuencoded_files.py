"""A uuencoded file read whole (issue 19, leak48): uuencoded reads each data line alone, and a
value that uuencode's 45 bytes a line cut in two (`…password: Kx7` / `Fenchel99…`) was found in
neither half. The data lines after a `begin` line are decoded together, and what the file's
text shows that no line alone does is reported at the first data line."""

from __future__ import annotations

from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import Finding
from kbgen.core.privacy.uuencoded import _BEGIN, _decoded, line_bytes
from kbgen.core.privacy.uuencoded import needs as _needs

MAX_LINES = 2_000
"""A block is read this many data lines at most (90 kB of text)."""


def uuencoded_across(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """What each uuencoded block's decoded text shows that its lines decoded alone do not."""
    if not any("begin" in line for line in lines) or not _needs(
            joined := "\n".join(lines), joined.lower()):
        return  # `begin` asked of the lines first: joining and folding every text cost more
    for first, last, text in _blocks(lines):
        alone = {(finding.kind, finding.excerpt) for index in range(first, last)
                 if (decoded := _decoded(lines[index])) is not None
                 for finding in _found(decoded[0], context)}
        for finding in _found(text, context):
            if (finding.kind, finding.excerpt) not in alone:
                _, start, end = line_bytes(lines[first]) or (b"", 0, len(lines[first]))
                yield first, _Hit(start, end, finding.kind,
                                  f"{finding.excerpt} (in uuencode)", finding.advice)
                break


def _blocks(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """(first data line, line after the last, decoded text) of each block of two or more data
    lines after a `begin` line that decodes to printable text."""
    index = 0
    while index < len(lines):
        if not _BEGIN.match(lines[index]):
            index += 1
            continue
        first = index = index + 1
        parts: list[bytes] = []
        while index < len(lines) and index - first < MAX_LINES:
            data = line_bytes(lines[index])
            if data is None:
                break
            parts.append(data[0])
            index += 1
        if len(parts) < 2:
            continue
        try:
            text = b"".join(parts).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in "\t\n\r" for ch in text):
            yield first, index, text


def _found(text: str, context: _Context) -> list[Finding]:
    """Findings in decoded text, by the detectors that read text as written."""
    from kbgen.core.privacy.detectors import DECODING, _may_find  # here: imports this module
    from kbgen.core.privacy.scanner import scan_part  # here: scanner imports this module

    detectors = tuple(d for d in _may_find(text) if d not in DECODING)
    return [finding for finding in scan_part(text, context.allowed,
                                        default_region=context.default_region,
                                        detectors=detectors) if not finding.advisory]
