"""Obsidian callouts and GitHub alerts (`> [!warning] Title`, folded with `-` or `+`) as the
admonitions Material shows (`!!! warning "Title"`, `??? tip`), instead of a quote that starts
with `[!warning]`."""

from __future__ import annotations

import re

from kbgen.importers.markdown_text import CALLOUT_KINDS

_OPEN = re.compile(r"^([ \t]*)>[ \t]?\[!([A-Za-z][\w-]*)\]([+-]?)[ \t]*(.*)$")
_QUOTED = re.compile(r"^([ \t]*)>[ \t]?(.*)$")
_ALIASES = {"summary": "abstract", "tldr": "abstract", "todo": "info", "hint": "tip",
            "important": "tip", "check": "success", "done": "success", "help": "question",
            "faq": "question", "caution": "warning", "attention": "warning", "fail": "failure",
            "missing": "failure", "error": "danger", "cite": "quote"}
"""Obsidian's other names of a kind (Material's own names are CALLOUT_KINDS)."""
_FOLD = {"-": "???", "+": "???+"}
"""A folded callout (`-`) is a closed details block; `+`, an open one."""


def quote_callouts(text: str) -> tuple[str, int]:
    """`text` with its callouts (outside code, nested ones too) as admonitions, and how many."""
    if "[!" not in text:
        return text, 0
    from kbgen.core.markdown_code import code_map

    code = code_map(text)
    lines = text.split("\n")
    out: list[str] = []
    count = index = 0
    while index < len(lines):
        opening = _OPEN.match(lines[index])
        inside_quote = bool(out) and _QUOTED.match(out[-1]) is not None
        if opening is None or inside_quote or code.is_code(index):
            out.append(lines[index])
            index += 1
            continue
        indent, kind, fold, title = opening.groups()
        body: list[str] = []
        index += 1
        while index < len(lines):
            quoted = _QUOTED.match(lines[index])
            if quoted is None or quoted.group(1) != indent:
                break
            body.append(quoted.group(2))
            index += 1
        inner, nested = quote_callouts("\n".join(body))
        count += 1 + nested
        kind = _ALIASES.get(kind.lower(), kind.lower())
        kind = kind if kind in CALLOUT_KINDS else "note"
        title = title.strip().replace('"', "'")
        if out and out[-1].strip():
            out.append("")
        out.append(f"{indent}{_FOLD.get(fold, '!!!')} {kind}" + (f' "{title}"' if title else ""))
        out.append("")
        out += [f"{indent}    {line}" if line.strip() else "" for line in inner.split("\n")]
        while out and not out[-1].strip():
            out.pop()
        if index < len(lines) and lines[index].strip():
            out.append("")
    return "\n".join(out), count
