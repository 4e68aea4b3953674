"""Files copied into the site as they are (text, CSS, scripts, SVG, pictures, documents,
archives): their text goes through the same gate as articles.

What a file is comes from its bytes, not its name (kbgen.core.file_text): the text of a
UTF-16 file, the members of a zip or `.docx`, a gzip's content, a PDF's strings and a
picture's metadata are all scanned; a file whose bytes name no container kbgen reads (a font,
a video) is not. A copied text file must not be marked unpublished either: front matter that
says `draft`, `internal` or `status: draft`, a team-only key, or an internal note (`!!!
internal`) is refused, as it would be published whatever it says. Symbolic links are not
followed: their targets are scanned where they are, and links leaving the folder are refused
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from kbgen.core.control_characters import without_controls
from kbgen.core.file_text import HEAD, file_text, is_binary_head, texts
from kbgen.core.internal import split_internal, unrecognised_notes
from kbgen.core.normalize import decode_escapes, normalize_text
from kbgen.core.privacy import (
    ADVICE,
    AWS_KEY,
    CARD,
    EMAIL,
    IBAN,
    PHONE,
    PRIVATE_KEY,
    TOKEN,
    Allowed,
    Finding,
    scan,
)
from kbgen.core.sources import Source, Tree

CODE_SUFFIXES = frozenset({".css", ".scss", ".js", ".mjs", ".map", ".svg", ".json", ".xml"})
"""Code and vector images: national phone numbers are not looked for in them (coordinates
and numbers in code read as phone numbers in many regions); international ones are."""
TEXT_SUFFIXES = frozenset({".txt", ".csv", ".tsv", ".json", ".vtt", ".srt", ".log", ".svg",
                           ".xml", ".css", ".js", ".rtf", ".md", ""})
"""Files a browser shows as text, whatever their bytes: read as text too."""
NAME_KINDS = frozenset({EMAIL, PHONE, CARD, IBAN})
"""What a copied file's name is checked for: personal data (a name that looks random is an
asset's hash or a version, not a key)."""
MAX_TEXT = 4_000_000
"""Characters of text checked in one copied file, all its parts together: four articles'
worth (real manuals, changelogs and e-books on the work machine: 1.7 MB at most). A zip of
1.5 MB could expand to 64 MB of text, 20 s of the gate's CPU before this limit (hostile46)."""
MAX_LINE = 20_000
"""Longer lines (minified code) are scanned in pieces of this size, overlapping a little."""
_OVERLAP = 200


def text_files(tree: Tree, skip: Callable[[str], bool] = lambda _: False) -> Iterator[Source]:
    """Every file of `tree` (a folder walked safely by `sources.walk`) that MkDocs would copy;
    `skip(src_uri)` leaves files out."""
    for source in tree.sources():
        if not skip(source.src_uri):
            yield source


def file_problems(source: Source, allowed: Allowed, region: str | None,
                  private_keys: Iterable[str] = ()) -> Iterator[tuple[int | None, str]]:
    """(line or None, message) for everything in one copied file that must not be published:
    findings in its text wherever it hides, refusals (archive bombs, encrypted members, GPS
    coordinates) and unpublished marks; `private_keys` are team-only front matter keys."""
    try:
        data = _bytes(source)
    except OSError:
        return  # unreadable files are reported by the loader
    yield from ((None, message) for message in name_problems(source.src_uri, allowed, region))
    found = file_text(data, source.path.suffix.lower() in TEXT_SUFFIXES)
    for refusal in found.refusals:
        yield None, refusal
    amount = sum(len(text) for _, text in texts(found))
    if amount > MAX_TEXT:
        yield None, (f"it holds {amount / 1e6:.1f} MB of text (its own, or inside it), more"
                     f" than the {MAX_TEXT / 1e6:.0f} MB kbgen checks in one file; split it"
                     " into smaller files, or publish it elsewhere and link to it")
        return
    told: set[str] = set()  # a part's message once (a PDF's pages repeat its footer)
    for where, text in texts(found):
        own = not where
        for line, message in unpublished_marks(text, private_keys):
            yield (line, message) if own else (None, f"in {where}: {message}")
        findings = scan_text(source, text, allowed, region,  # read as its kind, in any encoding
                             code=not _READ_AS.sub("", where))
        if len(findings) >= MAX_FINDINGS:
            yield None, (f"{f'in {where}: ' if where else ''}{MAX_FINDINGS} findings or more;"
                         " kbgen stopped reading here and names the first ones: remove the"
                         " file (or the personal data and secrets in it) and check again")
            findings = findings[:MAX_FINDINGS]
        for finding in findings:
            message = (f"{finding.kind} ({finding.excerpt}){finding.extent} would be published:"
                       f" {finding.advice}")
            if own:
                told.add(f": {message}")  # not again from a reading in another encoding
                yield finding.line, message
            elif (part := f"{_READ_AS.sub('', where)}: {message}") not in told:
                told.add(part)  # and once for the encodings that read it alike
                yield None, f"in {where}: {message}"


def name_problems(src_uri: str, allowed: Allowed, region: str | None) -> Iterator[str]:
    """Personal data in a published file's path (a copied file's, or a page's, whose address
    is its path: `articles/billing/card-4556-7375-8689-9855.md`), as its address shows it."""
    names, spaced = name_text(src_uri)
    named = {finding.kind: finding for finding in [
        *scan(spaced, allowed),  # `2024_01_15_10_30` is no national number
        *scan(names, allowed, default_region=region)]}  # the name as it is, where both find
    for finding in named.values():
        if finding.kind not in NAME_KINDS and not _service_key(finding):
            continue  # hashed asset names (`logo.3f9a8b7c.png`) are not keys
        yield (f"the file's name would publish a {finding.kind} ({finding.excerpt}) in"
               f" its address: rename the file ({finding.advice})")


def name_text(src_uri: str) -> tuple[str, str]:
    """A file's path as the gate reads it, one line per way of reading each name: as it is and
    without its suffixes (`jane@gmail.com.png` is an address, then a picture's suffix); and
    the same with `_` and `-` read as spaces (`tel_+44_7911_123456.pdf`,
    `card-4556-7375-8689-9855.md`: a slug's words are a reader's spaces)."""
    lines = []
    for part in src_uri.split("/"):
        stem = part
        for _ in range(3):  # `.png`, `.tar.gz`
            lines.append(stem)
            if "." not in stem[1:]:
                break
            stem = stem.rsplit(".", 1)[0]
    spaced = [line.replace("_", " ").replace("-", " ") for line in lines
              if "_" in line or "-" in line]
    return "\n".join(dict.fromkeys(lines)), "\n".join(dict.fromkeys(spaced))


def _service_key(finding: Finding) -> bool:
    """A key a service issues (an AWS access key, a GitHub or Stripe token: their advice
    names the service), not a random-looking name."""
    return finding.kind in (AWS_KEY, PRIVATE_KEY) or (
        finding.kind == TOKEN and finding.advice != ADVICE[TOKEN])


_READ_AS = re.compile(r" ?\(read as [^)]*\)$")
"""How a part read in another encoding is named (kbgen.core.file_text.encodings)."""
MAX_READ = 64 * 1024 * 1024
"""A larger file (a video) is read at its start and end only, where metadata is kept."""


def _bytes(source: Source) -> bytes:
    """The whole file, or a large binary file's start and end."""
    with source.path.open("rb") as stream:
        head = stream.read(MAX_READ + 1)
        if len(head) <= MAX_READ or not is_binary_head(head[:HEAD]):
            return head + stream.read()
        stream.seek(-MAX_READ // 2, 2)
        return head[:MAX_READ // 2] + stream.read()


def scan_text(source: Source, text: str, allowed: Allowed, region: str | None,
              code: bool = True) -> list[Finding]:
    """Every finding in the text of one copied file (or of a part of it), read also as a
    browser shows it when it holds control characters (kbgen.core.control_characters)."""
    suffix = source.path.suffix.lower()
    if code and suffix in CODE_SUFFIXES:
        region = None
        text = decode_escapes(text, css=suffix in (".css", ".scss"))
    if code and suffix == ".svg":
        text = geometry_blanked(text)
    findings = _scan_lines(text, allowed, region)
    if (shown := without_controls(text)) == text:
        return findings
    unique = {(f.line, f.kind, f.excerpt): f
              for f in [*findings, *_scan_lines(shown, allowed, region)]}
    return sorted(unique.values(), key=lambda finding: finding.line)


def _scan_lines(text: str, allowed: Allowed, region: str | None) -> list[Finding]:
    lines = text.split("\n")
    if max(map(len, lines)) <= MAX_LINE:
        return _scan_in_parts(lines, allowed, region)
    findings = _scan_in_parts(["" if len(line) > MAX_LINE else line for line in lines],
                              allowed, region)
    step = MAX_LINE - _OVERLAP
    for number, line in enumerate(lines, 1):
        for start in range(0, len(line) if len(line) > MAX_LINE else 0, step):
            if len(findings) < MAX_FINDINGS:
                findings += scan(line[start:start + MAX_LINE], allowed, number, region)
    unique = {(f.line, f.kind, f.excerpt): f for f in findings}
    return sorted(unique.values(), key=lambda finding: finding.line)


MAX_FINDINGS = 1000
"""Findings in one copied file after which the rest of it is not read: a file of thousands is
no file to publish, and each finding costs the gate's judgement (120,000 Secret names in 4 MB:
30 s of CPU)."""
PART = 1_000_000
"""Characters of a copied text scanned at once (an article's limit); a longer text is scanned
in parts of whole lines, overlapping by PART_OVERLAP lines (a value wrapped over lines)."""
PART_OVERLAP = 10


def _scan_in_parts(lines: list[str], allowed: Allowed, region: str | None) -> list[Finding]:
    """Every finding in `lines`, scanned PART characters at a time until MAX_FINDINGS."""
    findings: list[Finding] = []
    first = parts = 0
    while first < len(lines) and len(findings) < MAX_FINDINGS:
        end, size = first, 0
        while end < len(lines) and (size <= PART or end == first):
            size += len(lines[end]) + 1
            end += 1
        findings += scan("\n".join(lines[first:end]), allowed, first + 1, region)
        first = end - PART_OVERLAP if end < len(lines) else end
        parts += 1
    if parts == 1:
        return findings
    unique = {(f.line, f.kind, f.excerpt): f for f in findings}
    return sorted(unique.values(), key=lambda finding: finding.line)


_GEOMETRY_ATTRIBUTES = {"path": "d", "glyph": "d", "missing-glyph": "d", "polygon": "points",
                        "polyline": "points", "svg": "viewBox", "symbol": "viewBox",
                        "marker": "viewBox", "pattern": "viewBox", "view": "viewBox"}
"""The drawing elements and their geometry attribute; any element's transforms too."""
_DRAWN = frozenset(_GEOMETRY_ATTRIBUTES.values())
_START_TAG = re.compile(r"""<(?P<name>[\w:.-]+)(?P<attributes>(?:\s+[^\s<>="'/]+\s*=\s*"""
                        r"""(?:"[^"]*"|'[^']*'))*)\s*/?>""")
_GEOMETRY = re.compile(
    r"""(\s(?P<name>d|points|viewBox|transform|gradientTransform|patternTransform)\s*=\s*)"""
    r"""(["'])([\s\d.,eE+\-MmLlHhVvCcSsQqTtAaZz]*|(?:\s*(?:matrix|translate|scale|rotate"""
    r"""|skewX|skewY)\s*\([\s\d.,eE+\-]*\))*\s*)\3""")


def geometry_blanked(svg: str) -> str:
    """An SVG's text with the values of its geometry attributes (a path's `d`, a polygon's
    `points`, a viewport's `viewBox`, transforms) as spaces, lines kept: numbers and drawing
    commands only, never text anyone reads, where coordinates made phone numbers (`...
    1.17209,5.0017175 ...` in an icon of Home Assistant's companion docs stopped its build).
    Only in the start tag of an element that draws with it: the same words in text, a title,
    a comment or a script (`<desc>Call d="+1 415 867 5309"</desc>`), or a `d` on a `<text>`,
    are read (rev43)."""
    def attribute(element: str, match: re.Match[str]) -> str:
        if match["name"] in _DRAWN and \
                _GEOMETRY_ATTRIBUTES.get(element.rsplit(":", 1)[-1]) != match["name"]:
            return match[0]
        return match[1] + match[3] + re.sub(r"[^\n]", " ", match[4]) + match[3]

    def tag(match: re.Match[str]) -> str:
        start, end = match.span("attributes")
        return (match.string[match.start():start]
                + _GEOMETRY.sub(lambda found: attribute(match["name"], found), match["attributes"])
                + match.string[end:match.end()])

    return _START_TAG.sub(tag, svg)


UNPUBLISHED_FLAGS = ("draft", "internal", "private", "unlisted", "hidden", "unpublished")
"""Keys that mark a text unpublished when true (`draft: true`, `"internal": "yes"`)."""
UNPUBLISHED_STATUSES = ("draft", "internal", "private", "unpublished")
"""Values of `status` that mark a text unpublished."""
_FENCE = re.compile(r"(?:---|\+\+\+)[ \t]*")
_KEY = r"""[ \t]*["']?({keys})["']?[ \t]*[:=][ \t]*["']?"""
_FLAG = re.compile(_KEY.format(keys="|".join(UNPUBLISHED_FLAGS))
                   + r"(?:true|yes|on|1)\b", re.IGNORECASE)
_STATUS = re.compile(_KEY.format(keys="status")
                     + f"(?:{'|'.join(UNPUBLISHED_STATUSES)})\\b", re.IGNORECASE)
MAX_FRONT_MATTER_LINES = 200


def unpublished_marks(text: str, private_keys: Iterable[str] = ()) -> Iterator[tuple[int, str]]:
    """(line, message) for what marks a copied text unpublished: in its front matter (`---`
    or `+++`, YAML or TOML) or a JSON document, a true `draft`/`internal`/... flag, a `status`
    of draft or internal, or a team-only key; anywhere, an internal note."""
    text = normalize_text(text)
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), 0)
    header: range = range(0)
    if _FENCE.fullmatch(lines[first].strip("\ufeff") if lines else ""):
        end = next((index for index in range(first + 1, min(len(lines), first
                                                            + MAX_FRONT_MATTER_LINES))
                    if _FENCE.fullmatch(lines[index])), min(len(lines), first
                                                             + MAX_FRONT_MATTER_LINES))
        header = range(first + 1, end)
    elif lines and lines[first].lstrip().startswith(("{", "[")):
        header = range(first, len(lines))  # JSON: a record anywhere may be marked
    private = re.compile(_KEY.format(keys="|".join(map(re.escape, private_keys))),
                         re.IGNORECASE) if private_keys else None
    for index in header:
        line = lines[index]
        if _FLAG.match(line) or _STATUS.match(line) or (
                header.start == first and _JSON_MARK.search(line)):
            yield index + 1, (f"'{line.strip()[:60]}' marks this text unpublished, but the file"
                              " is copied into the site as it is and would be published;"
                              " remove the file (or move it out of the content folder)")
        elif private is not None and private.match(line):
            yield index + 1, (f"'{line.strip()[:60]}' is a team-only key, but the file is"
                              " copied into the site as it is and would be published; remove"
                              " the key or the file")
    public, notes = split_internal(text)
    for note in notes:
        yield note.line, ("an internal note would be published: the file is copied into the"
                          " site as it is, notes and all; remove the note (internal notes"
                          " are only hidden in articles)")
    for number, message in unrecognised_notes(public):
        yield number, message


_JSON_MARK = re.compile(
    r"""["']({flags})["'][ \t]*:[ \t]*(?:true|["'](?:true|yes)["'])|["']status["'][ \t]*:"""
    r"""[ \t]*["']({statuses})["']""".format(flags="|".join(UNPUBLISHED_FLAGS),
                                          statuses="|".join(UNPUBLISHED_STATUSES)),
    re.IGNORECASE)
