"""The words of a Markdown body that search indexes: what a reader sees, code as written."""

from __future__ import annotations

import html
import re

from kbgen.core.markdown_code import code_map

_HIDDEN_OPENING = re.compile(
    r"<(script|style|template|noscript|textarea|select|math|svg)\b|<!--", re.I)
"""What a reader never sees as text: dropped with its content by the sanitiser (sanitize.py),
or drawn rather than written (svg)."""
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_REFERENCE = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\[\]\n]{1,999}\]:[^\n]*$", re.M)
"""A link reference definition (`[old]: https://… "title"`, the `[//]: # (comment)` idiom):
never shown, so never indexed (a footnote, `[^1]: …`, is shown)."""
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
_ATTRIBUTES = re.compile(r"\{:?[^{}\n]*\}")
_ADMONITION = re.compile(r'^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+"([^"]*)")?[ \t]*$', re.M)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+([^\n]+)", re.M)
"""An ATX heading; its closing `#`s are stripped after matching (a lazy group before them
would retry at every position: quadratic on a long line)."""
_PUNCTUATION = re.compile(r"^[ \t]*(?:[-+*]|\d+[.)]|>+)[ \t]+|[|#]", re.M)
"""Markdown's punctuation: a list's or a quote's mark at a line's start, table bars and `#`s
(its specification: replaced as `_MARKS`, then the bars and `#`s, in two passes)."""
_MARKS = re.compile(r"^[ \t]*(?:[-+*]|\d+[.)]|>+)[ \t]+", re.M)
"""_PUNCTUATION's first part: no bar or `#` in what it matches, so the two passes replace
what it does (a third faster: the bars and `#`s by `str.replace`)."""
_EMPHASIS = re.compile(r"[*_]+")
_KEPT = re.compile("\x00(\\d+)\x00")


def _emphasis(match: re.Match[str]) -> str:
    """A run of `*` or `_`: kept inside a word (snake_case), else dropped."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() and after.isalnum():
        return match.group()
    return " " if before.isspace() and after.isspace() else ""


def _without_hidden(text: str) -> str:
    """`text` without what a browser never shows: script, style, template, noscript,
    textarea and select elements with their content, and comments (to the end when unclosed);
    one pass."""
    out: list[str] = []
    lowered = text.lower()  # same length: positions agree (ASCII tags)
    at = 0
    while (opening := _HIDDEN_OPENING.search(text, at)) is not None:
        closer = "-->" if opening.group(1) is None else f"</{opening.group(1).lower()}"
        end = lowered.find(closer, opening.end())
        out.append(text[at:opening.start()])
        if end < 0:
            return " ".join(out)
        stop = text.find(">", end)
        at = len(text) if stop < 0 else stop + 1
        out.append(" ")
    return "".join(out) + text[at:]


def plain_text(markdown: str) -> str:
    """The words a reader sees in a Markdown body, as one line of text.

    Code (fenced, indented or inline, as `kbgen.core.markdown_code` finds it) is kept as
    written, so pasted error text is found as such; links and images keep their text; HTML
    tags, comments and scripts, link reference definitions (`[//]: # (note)`), attribute lists
    and Markdown punctuation go; HTML entities
    outside code are read (`&lt;` is `<`).
    """
    kept: list[str] = []
    parts: list[str] = []
    for piece, is_code in code_map(markdown).pieces():
        if is_code:
            kept.append(piece)
            parts.append(f" \x00{len(kept) - 1}\x00 ")
        else:
            parts.append(piece)
    text = "".join(parts)  # each pass below only where its mark is (most bodies have few)
    if "<" in text:
        text = _TAG.sub(" ", _without_hidden(text))
    if "]:" in text:
        text = _REFERENCE.sub(" ", text)
    if "[" in text:
        text = _LINK.sub(lambda m: f" {m.group(1)} ", _IMAGE.sub(lambda m: f" {m.group(1)} ",
                                                                  text))
    if "!!!" in text or "???" in text:
        text = _ADMONITION.sub(lambda m: f" {m.group(1) or ''} ", text)
    if "{" in text:
        text = _ATTRIBUTES.sub(" ", text)
    text = _MARKS.sub(" ", text).replace("|", " ").replace("#", " ")  # as _PUNCTUATION
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_emphasis, text)
    if "&" in text:
        text = html.unescape(text)
    if kept:
        text = _KEPT.sub(lambda m: kept[int(m.group(1))], text)
    return " ".join(text.split())


def headings(markdown: str) -> str:
    """The text of the body's headings (`##` and below), outside code blocks."""
    code = code_map(markdown)
    text = "\n".join("" if code.is_code(number) else line
                     for number, line in enumerate(code.lines))
    return " ".join(plain_text(m.group(1).rstrip(" \t#")) for m in _HEADING.finditer(text))
