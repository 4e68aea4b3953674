"""Values hidden in base64 (`data:text/plain;base64,...`, `Authorization: Basic ...`) or UTF-7."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD, Finding

_BASE64_RE = re.compile(r"(?i)(?:base64,|\bbasic\s+)([A-Za-z0-9+/_-]{8,}={0,2})")

_MEDIA_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"RIFF", b"%PDF", b"wOF", b"PK\x03\x04",
                b"\x00\x00\x01\x00", b"OTTO", b"\x00\x01\x00\x00", b"BM", b"\x1f\x8b", b"ftyp")

MAX_DECODED = 100_000
"""Longer base64 payloads (a picture, say) are not decoded to be read."""


def _base64_decode(payload: str) -> bytes | None:
    import base64
    import binascii

    if len(payload) > MAX_DECODED * 4 // 3 + 4:
        return None
    padded = payload.rstrip("=") + "=" * (-len(payload.rstrip("=")) % 4)
    try:
        return base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None


def _base64_kind(payload: str) -> str:
    """`media` (a picture or font), `text` (UTF-8 that reads as text) or `other`."""
    decoded = _base64_decode(payload)
    if decoded is None:
        return "other"
    if decoded.startswith(_MEDIA_MAGIC) or decoded[4:8] == b"ftyp" or b"<svg" in decoded[:512]:
        return "media"
    try:
        text = decoded.decode("utf-8")
    except UnicodeDecodeError:
        return "other" if len(decoded) < 256 else "media"
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text)
    return "text" if text and printable >= 0.9 * len(text) else "other"


def _base64_payloads(line: str, context: _Context) -> Iterator[_Hit]:
    """What a base64 payload hides once decoded (`data:...;base64,` or a Basic
    authorization); a decoded `user:password` is a password."""
    from kbgen.core.privacy.scanner import scan_part  # here: scanner imports this module
    for match in _BASE64_RE.finditer(line):
        payload = match.group(1)
        if _base64_kind(payload) != "text":
            continue
        decoded = (_base64_decode(payload) or b"").decode("utf-8")
        start, end = match.span(1)
        if not match.group().lower().startswith("base64") and re.fullmatch(
                r"[^:\s]+:\S{4,}", decoded.strip()):
            yield _Hit(start, end, PASSWORD, f"Basic {_mask_secret(payload)} (base64)")
            continue
        found = scan_part(decoded, context.allowed, default_region=context.default_region)
        if found:
            first = found[0]
            yield _Hit(start, end, first.kind, f"{first.excerpt} (in base64)", first.advice)


_UTF7_SHIFT = re.compile(r"\+([A-Za-z0-9/][A-Za-z0-9+/]{1,400})-?")
"""A UTF-7 shifted run: `+`, modified base64 of UTF-16 (`+AEA-` is `@`)."""


def _utf7_decoded(line: str) -> tuple[str, int, int] | None:
    """The line with its UTF-7 runs decoded, and where the first and last run are; None when
    no run decodes to printable text."""
    spans: list[tuple[int, int, str]] = []
    for match in _UTF7_SHIFT.finditer(line):
        try:
            text = f"+{match.group(1)}-".encode("ascii").decode("utf-7")
        except (UnicodeError, ValueError):
            continue
        if text and text.isprintable() and any(ch.isascii() for ch in text):
            spans.append((match.start(), match.end(), text))
    if not spans:
        return None
    out, at = [], 0
    for start, end, text in spans:
        out += [line[at:start], text]
        at = end
    return "".join(out) + line[at:], spans[0][0], spans[-1][1]


def _utf7_payloads(line: str, context: _Context) -> Iterator[_Hit]:
    """What UTF-7 text hides (`jane+AEA-gmail.com`, `+AGoAYQBuAGU-...`): the line read with
    its shifted runs decoded, where it shows what the line as written does not."""
    decoded = _utf7_decoded(line)
    if decoded is not None:
        yield from decoded_hits(line, *decoded, context, "UTF-7")


def decoded_hits(line: str, text: str, start: int, end: int, context: _Context,
                 encoding: str) -> Iterator[_Hit]:
    """The first finding in `text` (`line` decoded; its encoded part is [start, end) of
    `line`) that `line` as written does not show, as a hit there naming `encoding`. Both are
    read without the decoding detectors (detectors.DECODING): one decoding a line, so the
    work stays a few readings of it however many encodings it mixes."""
    from kbgen.core.privacy.detectors import DECODING, _may_find  # here: imports this module
    from kbgen.core.privacy.scanner import scan_part  # here: scanner imports this module

    def found(text: str) -> list[Finding]:
        detectors = tuple(d for d in _may_find(text) if d not in DECODING)
        return scan_part(text, context.allowed, default_region=context.default_region,
                    detectors=detectors)

    decoded = found(text)
    seen = {(finding.kind, finding.excerpt) for finding in found(line)} if decoded else set()
    for finding in decoded:  # the line as written is read only when the decoded one finds
        if (finding.kind, finding.excerpt) not in seen:
            yield _Hit(start, end, finding.kind, f"{finding.excerpt} (in {encoding})",
                       finding.advice)
            return


def replaced_hits(line: str, runs: list[tuple[int, int, str]], context: _Context,
                  encoding: str, span: tuple[int, int] | None = None) -> Iterator[_Hit]:
    """decoded_hits of `line` with each run (start, end, its decoded text; in line order, one
    overlapping an earlier run skipped) replaced by its text, a hit at `span` (from the first
    run kept to the last); a line longer than LONG_LINE is read so only around its runs
    (`windows`)."""
    kept, last = [], 0
    for start, end, text in runs:
        if start >= last:
            kept.append((start, end, text))
            last = end
    if not kept:
        return
    start, end = span or (kept[0][0], kept[-1][1])
    if len(line) <= LONG_LINE:
        yield from decoded_hits(line, _replaced(line, kept, 0, len(line)), start, end, context,
                                encoding)
        return
    for first, last in windows(line, [(run[0], run[1]) for run in kept]):
        inside = [run for run in kept if first <= run[0] and run[1] <= last]
        for hit in decoded_hits(line[first:last], _replaced(line, inside, first, last),
                                inside[0][0] - first, inside[-1][1] - first, context,
                                encoding):
            yield _Hit(start, end, hit.kind, hit.excerpt, hit.advice)
            return


LONG_LINE = 4_000
"""Longer lines (a whole page without a line break) are read again decoded only within
MARGIN characters of each decoded run: read whole, each run's decoding cost a reading of all
of it (a 1 MB line with number words: 12 s of the gate's 19)."""
MARGIN = 1_000
"""Characters read on each side of a decoded run of a long line (a value's label, its
sentence), widened to the nearest blank."""


def windows(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) of the parts of `line` within MARGIN characters of each span (in line
    order), widened to a blank (or the line's end) and joined where they overlap."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        first, last = max(0, start - MARGIN), min(len(line), end + MARGIN)
        if first and (blank := line.rfind(" ", max(0, first - MARGIN), first)) >= 0:
            first = blank + 1
        if (blank := line.find(" ", last, last + MARGIN)) >= 0:
            last = blank
        if joined and first <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], last))
        else:
            joined.append((first, last))
    return joined


def _replaced(line: str, runs: list[tuple[int, int, str]], first: int, end: int) -> str:
    """line[first:end] with each run (inside it, in order, not overlapping) replaced."""
    decoded, at = [], first
    for start, stop, text in runs:
        decoded += [line[at:start], text]
        at = stop
    decoded.append(line[at:end])
    return "".join(decoded)
