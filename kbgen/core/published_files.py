"""Files copied into the site as they are (text, CSS, scripts, SVG, extra pages): their text
goes through the same gate as articles.

Binary files (pictures, fonts, archives) are not read; a file with a NUL byte is binary
whatever its name. Symbolic links are not followed: their targets are scanned where they are,
and links leaving the folder are refused elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kbgen.core.normalize import decode_escapes
from kbgen.core.privacy import Allowed, Finding, scan
from kbgen.core.sources import Source, Tree

BINARY_SUFFIXES = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".bmp", ".tif", ".tiff", ".heic",
    ".woff", ".woff2", ".ttf", ".otf", ".eot", ".pdf", ".zip", ".gz", ".tgz", ".br", ".zst",
    ".mp3", ".mp4", ".m4a", ".ogg", ".oga", ".ogv", ".wav", ".webm", ".mov", ".wasm",
})
"""Suffixes of files that are never text; they are not read."""
CODE_SUFFIXES = frozenset({".css", ".scss", ".js", ".mjs", ".map", ".svg", ".json", ".xml"})
"""Code and vector images: national phone numbers are not looked for in them (coordinates
and numbers in code read as phone numbers in many regions); international ones are."""
MAX_LINE = 20_000
"""Longer lines (minified code) are scanned in pieces of this size, overlapping a little."""
_OVERLAP = 200


def text_files(tree: Tree, skip: Callable[[str], bool] = lambda _: False) -> Iterator[Source]:
    """Every file of `tree` (a folder walked safely by `sources.walk`) that MkDocs would copy
    and that may be text; `skip(src_uri)` leaves files out."""
    for source in tree.sources():
        if source.path.suffix.lower() not in BINARY_SUFFIXES and not skip(source.src_uri):
            yield source


def read_published_text(source: Source) -> str | None:
    """The file's text (undecodable bytes replaced), or None for a binary file."""
    try:
        raw = source.path.read_bytes()
    except OSError:
        return None
    if b"\x00" in raw:
        return None
    return raw.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def scan_file(source: Source, allowed: Allowed, region: str | None) -> list[Finding]:
    """Every finding in one copied file (none for a binary one)."""
    text = read_published_text(source)
    if not text:
        return []
    suffix = source.path.suffix.lower()
    if suffix in CODE_SUFFIXES:
        region = None
        text = decode_escapes(text, css=suffix in (".css", ".scss"))
    lines = text.split("\n")
    if max(map(len, lines)) <= MAX_LINE:
        return scan(text, allowed, default_region=region)
    short = "\n".join("" if len(line) > MAX_LINE else line for line in lines)
    findings = scan(short, allowed, default_region=region)
    step = MAX_LINE - _OVERLAP
    for number, line in enumerate(lines, 1):
        for start in range(0, len(line) if len(line) > MAX_LINE else 0, step):
            findings += scan(line[start:start + MAX_LINE], allowed, number, region)
    unique = {(f.line, f.kind, f.excerpt): f for f in findings}
    return sorted(unique.values(), key=lambda finding: finding.line)
