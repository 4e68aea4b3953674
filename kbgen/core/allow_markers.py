"""Reviewed exceptions to the publishing gate, one line at a time, in the article itself.

```markdown
Complaints go to the regulator, casework@ico.org.uk. <!-- kb:allow email -->

<!-- kb:allow phone card -->
| Test line | +44 7700 900123 | 4000 0566 5566 5556 |
```

A marker at the end of a line accepts the findings of the kinds it names on that line; a
marker alone on a line accepts them on the next line. In a code block it may also be written
as a comment of the code's language (`# kb:allow token`, `// kb:allow token`, `-- `, `; `,
`% `, `/* kb:allow token */`), so that the code stays valid where the reader copies it; the
comment goes with it. It hides nothing else: another kind on
the same line, or the same kind on another line, is still an error. A marker without a kind or
with an unknown one is an error; one that accepts nothing is a warning (it would hide what is
pasted on that line later). Markers are never published: `strip_markers` removes them from
what is rendered and indexed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kbgen.core import privacy
from kbgen.core.deceptive_links import DECEPTIVE_LINK
from kbgen.core.privacy import Finding

MARKER = re.compile(r"<!--\s*kb:allow(?![\w-])(.*?)-->", re.IGNORECASE)
_UNCLOSED = re.compile(r"<!--\s*kb:allow(?![\w-])(?!.*?-->)", re.IGNORECASE)
HINT = "kb:allow"
"""What every marker contains (lower case): most bodies have none and are not read."""
KINDS = {
    "email": privacy.EMAIL,
    "phone": privacy.PHONE,
    "card": privacy.CARD,
    "iban": privacy.IBAN,
    "aws-key": privacy.AWS_KEY,
    "private-key": privacy.PRIVATE_KEY,
    "token": privacy.TOKEN,
    "url-password": privacy.URL_PASSWORD,
    "password": privacy.PASSWORD,
    "internal-ip": privacy.INTERNAL_IP,
    "internal-host": privacy.INTERNAL_HOST,
    "address": privacy.POSTAL_ADDRESS,
    "national-id": privacy.NATIONAL_ID,
    "bank-account": privacy.BANK_ACCOUNT,
    "payment-handle": privacy.PAYMENT_HANDLE,
    "link": DECEPTIVE_LINK,
}
"""The word a marker names for each kind of finding the gate reports (`link`: a link that
shows another address than it opens, kbgen.core.deceptive_links)."""
_SAID = {"link": "link that shows another address than it opens"}
"""How a message about a marker names a kind whose word alone would say more."""
LINK_KINDS = frozenset({DECEPTIVE_LINK})
"""The kinds the link check reports (kbgen.core.gate.unsafe_html)."""
SCAN_KINDS = frozenset(KINDS.values()) - LINK_KINDS
"""The kinds the privacy scan reports (kbgen.core.gate.personal_data)."""
KNOWN_KINDS = ", ".join(KINDS)
"""The kinds a marker may name, as every message about markers lists them."""
_WORD_OF = {kind: word for word, kind in KINDS.items()}


_MARKER_ENDING = re.compile(r"(?:ed|s|list)?(?:[-_.:]|$)")
"""What follows `allow` in a misspelt marker's name: `-email`, `_link`, `ed`, `list`."""


def misnamed_marker(name: str) -> str | None:
    """Why `<!-- kb:NAME ... -->` is read as no marker when NAME is one misspelt
    (`allow-email`, `allow_link`, `allowed`, `alow`), for check and build alike; None for
    another name."""
    lower = name.lower()
    rest = lower.removeprefix("allow") if lower != "allow" else None
    if rest is None or not (difflib.get_close_matches(lower, ["allow"], 1, 0.8)
                            or _MARKER_ENDING.match(rest) or rest in KINDS):
        return None
    return (f"`<!-- kb:{name} ... -->` is no reviewed exception and accepts nothing: write"
            f" `<!-- kb:allow KIND -->`, `kb:allow` then a space and the kinds the line may"
            f" publish (kinds: {KNOWN_KINDS})")


def marker_hint(kind: str) -> str:
    """How to accept one reviewed finding of `kind` in a body (said after the gate's advice):
    the marker with the word for that kind."""
    word = _WORD_OF.get(kind)
    return (f"; or, once reviewed as safe to publish, end the line with"
            f" `<!-- kb:allow {word} -->`") if word else ""


@dataclass(frozen=True)
class Marker:
    """One `<!-- kb:allow ... -->`: where it is written, the line it accepts and what."""

    line: int
    """The file line it is written on."""
    target: int
    """The file line it accepts findings on (its own, or the next one)."""
    words: tuple[str, ...]
    """The kinds as written (`email`, `phone`)."""

    @property
    def kinds(self) -> frozenset[str]:
        """The Finding.kind values it accepts."""
        return frozenset(KINDS[word] for word in self.words if word in KINDS)

    @property
    def shown(self) -> str:
        """The marker as an author writes it."""
        return f"<!-- kb:allow {' '.join(self.words)} -->"


@dataclass(frozen=True)
class Markers:
    """The markers of one body, and what is wrong with them."""

    markers: tuple[Marker, ...] = ()
    errors: tuple[tuple[int, str], ...] = ()
    """(file line, message) of each marker without a kind or with an unknown one."""

    def accepting(self, finding: Finding) -> Marker | None:
        """The marker that accepts a finding, if one does."""
        for marker in self.markers:
            if marker.target == finding.line and finding.kind in marker.kinds:
                return marker
        return None

    def split(self, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(findings that stay errors, findings accepted by a marker)."""
        kept: list[Finding] = []
        accepted: list[Finding] = []
        for finding in findings:
            marker = self.accepting(finding)
            if marker is None:
                kept.append(finding)
            elif not finding.members:
                accepted.append(finding)
            else:  # a block of several values: the marker accepts its own line's only
                for member in finding.members:
                    (accepted if self.accepting(member) else kept).append(member)
        return kept, accepted

    def unused(self, findings: Iterable[Finding], judged: frozenset[str] | None = None
               ) -> Iterator[tuple[int, str]]:
        """(file line, message) of each kind a marker names that accepts nothing, of the
        kinds in `judged` (the kinds the check that found `findings` reports; all if None)."""
        found = {(finding.line, finding.kind) for finding in findings}
        for marker in self.markers:
            idle = [word for word in marker.words
                    if word in KINDS and (judged is None or KINDS[word] in judged)
                    and (marker.target, KINDS[word]) not in found]
            if idle:
                where = "this line" if marker.target == marker.line else f"line {marker.target}"
                said = ", ".join(_SAID.get(word, word) for word in idle)
                yield marker.line, (f"`{marker.shown}`: no {said} on {where} to accept;"
                                    " remove the marker (or the kinds it does not need)")


def _marker_errors(line: int, words: tuple[str, ...]) -> list[tuple[int, str]]:
    if not words:
        return [(line, "`<!-- kb:allow -->` names no kind of data; write what this line may"
                       f" publish, e.g. `<!-- kb:allow email -->` (kinds: {KNOWN_KINDS})")]
    unknown = [word for word in words if word not in KINDS]
    if unknown:
        return [(line, f"`<!-- kb:allow {' '.join(words)} -->`: unknown kind"
                       f" {', '.join(repr(word) for word in unknown)}; use one of: {KNOWN_KINDS}")]
    return []


_OTHER_BREAK = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""Characters that editors and browsers may show as a new line, within one Markdown line."""


def _other_break_error(code: int) -> str:
    """Why a marker on a line holding another line break accepts nothing: a reviewer sees two
    lines there, and would accept what is on the one they did not review."""
    return (f"the line of this `<!-- kb:allow -->` marker holds a line break character"
            f" (U+{code:04X}) that editors show as a new line, so the marker would accept"
            " more than the line you see; replace it with a real line break (or a space)")


_CODE_MARKER = re.compile(r"(?:^|[ \t]+)(?:#|//|--|;|%|/\*)[ \t]*kb:allow(?![\w-])(.*?)"
                          r"[ \t]*(?:\*/)?[ \t]*$", re.IGNORECASE)
"""A marker written as a comment of a code block's language, at the end of a code line."""
_EMPTY_COMMENT = re.compile(r"(?:^|[ \t]+)(?:#|//|--)[ \t]*$")
"""What is left of `# <!-- kb:allow token -->` in code once the marker is gone."""


def _code_lines(body: str) -> set[int]:
    """The 0-based lines of `body` inside code blocks that mention a marker."""
    from kbgen.core.markdown_code import code_map

    lines = body.split("\n")
    if not any(HINT in line.lower() for line in lines):
        return set()
    code = code_map(body)
    return {index for index, line in enumerate(lines)
            if HINT in line.lower() and code.is_code(index)}


def _in_code(text: str) -> tuple[str, str] | None:
    """(the code before it, the kinds as written) of a comment marker ending a code line."""
    if MARKER.search(text):
        return None
    found = _CODE_MARKER.search(text)
    return (text[:found.start()], found.group(1)) if found else None


def _shown_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each inline code span of `body` that holds a marker: Markdown shows
    what a code span holds as text, so a marker there is the author writing about markers
    (`` `<!-- kb:allow email -->` ``), never a hidden comment, and accepts nothing."""
    if "`" not in body:
        return []
    from kbgen.core.markdown_code import code_map

    return [(span.start, span.end) for span in code_map(body).spans
            if HINT in body[span.start:span.end].lower()]


def _outside(spans: list[tuple[int, int]], at: int) -> Callable[[re.Match[str]], bool]:
    """Whether a marker matched in a line that starts at offset `at` is outside `spans`."""
    return lambda match: not any(start <= at + match.start() < end for start, end in spans)


def read_markers(body: str, first_line: int = 1) -> Markers:
    """The markers of a Markdown body whose first line is file line `first_line`. A marker
    shown as text, in an inline code span, is none."""
    if HINT not in body.lower():
        return Markers()
    markers: list[Marker] = []
    errors: list[tuple[int, str]] = []
    code_lines = _code_lines(body)
    shown = _shown_spans(body)
    at = 0
    for offset, text in enumerate(body.split("\n")):
        line_start, at = at, at + len(text) + 1
        if shown and offset not in code_lines:
            text = _unmarked(text, shown, line_start)
        found = list(MARKER.finditer(text))
        line = first_line + offset
        comment = _in_code(text) if offset in code_lines else None
        code_break = _OTHER_BREAK.search(text) if comment is not None else None
        if code_break:
            errors.append((line, _other_break_error(ord(code_break.group()))))
            continue  # as for `<!-- kb:allow -->`: the reviewer saw two lines (review s32)
        if comment is not None:
            named = tuple(word.lower() for word in re.split(r"[\s,]+", comment[1]) if word)
            errors += _marker_errors(line, named)
            if named:
                markers.append(Marker(line, line + 1 if not comment[0].strip() else line,
                                      named))
            continue
        if _UNCLOSED.search(MARKER.sub("", text)):
            errors.append((line, "`<!-- kb:allow` is not closed on its line; write the whole"
                                 " marker on one line, e.g. `<!-- kb:allow email -->`"))
        if not found:
            continue
        other_break = _OTHER_BREAK.search(text)
        if other_break:
            errors.append((line, _other_break_error(ord(other_break.group()))))
            continue
        alone = not MARKER.sub("", text).strip()
        words: tuple[str, ...] = ()
        for match in found:
            named = tuple(word.lower() for word in re.split(r"[\s,]+", match.group(1)) if word)
            errors += _marker_errors(line, named)
            words += named
        if words:
            markers.append(Marker(line, line + 1 if alone else line, words))
    return Markers(tuple(markers), tuple(errors))


def _unmarked(text: str, spans: list[tuple[int, int]], at: int) -> str:
    """A line (starting at offset `at`) with each marker inside `spans` blanked."""
    outside = _outside(spans, at)
    return MARKER.sub(lambda match: match.group() if outside(match)
                      else " " * len(match.group()), text)


_ALONE = re.compile(r"^[ \t]*(?:<!--\s*kb:allow(?![\w-]).*?-->[ \t]*)+(?:\n|$)",
                    re.IGNORECASE | re.MULTILINE)


def strip_markers(markdown: str, keep_lines: bool = True) -> str:
    """Markdown without its markers. A marker alone on its line leaves the line blank, or,
    unless `keep_lines` (line numbers must hold), takes it away: a blank line would end the
    paragraph, list or table it stands in."""
    if HINT not in markdown.lower():
        return markdown
    code_lines = _code_lines(markdown)
    if code_lines:
        markdown = _strip_in_code(markdown, code_lines, keep_lines)
    if not keep_lines:
        markdown = _ALONE.sub("", markdown)
    outside = _outside(_shown_spans(markdown), 0)  # text about markers stays as written
    return MARKER.sub(lambda match: "" if outside(match) else match.group(), markdown)


def _strip_in_code(markdown: str, code_lines: set[int], keep_lines: bool) -> str:
    """Markers of code lines taken away with the comment that holds them (`# kb:allow
    token`, `# <!-- kb:allow token -->`), so the code shown and copied holds none of it."""
    lines = markdown.split("\n")
    kept: list[str] = []
    for index, text in enumerate(lines):
        if index in code_lines:
            comment = _in_code(text)
            before = comment[0] if comment is not None else MARKER.sub("", text)
            if comment is None and before != text:
                before = _EMPTY_COMMENT.sub("", before)
            if not before.strip() and not keep_lines:
                continue  # the marker was the line: the code keeps its own lines
            text = before.rstrip() if before.strip() else ""
        kept.append(text)
    return "\n".join(kept)


def data_markers(value: Any, line_of: Callable[[str], int], path: str = ""
                 ) -> Iterator[tuple[int, str]]:
    """(file line, message) of each marker in front matter (or other published data): it
    accepts nothing there, and would be published as text."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from data_markers(item, line_of, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from data_markers(item, line_of, f"{path}[{index}]")
    elif isinstance(value, str) and HINT in value.lower():
        yield line_of(path), (f"`{path}` holds a `<!-- kb:allow -->` marker, which would be"
                              " published as text: markers work in the body only; remove it"
                              " (and what it was meant to accept)")
