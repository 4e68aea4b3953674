"""Markdoc's own syntax on a Starlight `.mdoc` page, filled before its tags are read:
`{% partial file="…" /%}` given its file's text (as mdBook's `{{#include}}` is),
`{% $frontmatter.title %}` given the page's value, and `{% table %}` (a list-table)
written as a Markdown table. In code all of it stays as written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kbgen.importers.markdoc_conditions import Decided, decided
from kbgen.importers.markdown_text import _FENCE, protected

_PARTIAL = re.compile(
    r"\{%[ \t]*partial[ \t]+file=(?:\"([^\"\n]*)\"|'([^'\n]*)')([^%\n]*)%\}")
"""`{% partial file="contact.mdoc" /%}`, maybe with `variables={name: "Ann"}`."""
_PARTIAL_VARIABLE = re.compile(r"(\w+)[ \t]*:[ \t]*(?:\"([^\"\n]*)\"|'([^'\n]*)'|([\w.-]+))")
_VARIABLE = re.compile(r"\{%[ \t]*\$([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)[ \t]*/?%\}")
"""A variable printed: `{% $frontmatter.title %}`, `{% $env.version %}`."""
_TABLE = re.compile(r"^[ \t]*\{%[ \t]*table\b[^%\n]*%\}[ \t]*\n(.*?)"
                    r"^[ \t]*\{%[ \t]*/table[ \t]*%\}[ \t]*$", re.M | re.S)
_ROW_RULE = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.M)
_ITEM = re.compile(r"^[ \t]*[*+-][ \t]+(.*)$")
_ANNOTATION = re.compile(r"[ \t]*\{%[ \t]*(?:colspan|rowspan|align|[#.])[^%\n]*%\}")
_DEPTH = 8
"""Partials inside partials: how deep they are filled (a partial including itself stops)."""


@dataclass
class MarkdocNotes:
    """What was filled and what could not be, for the summary."""

    partials: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)
    unfilled: list[str] = field(default_factory=list)
    tables: int = 0
    conditions: Decided = field(default_factory=Decided)

    def lines(self) -> list[str]:
        """The summary's lines."""
        out = []
        if dropped := self.conditions.dropped:
            out.append(f"Markdoc conditions decided by the page's front matter: kept what the"
                       f" page showed, left out the other branches of ({len(dropped)}×) "
                       + ", ".join(f"{{% if {name} %}}" for name in dict.fromkeys(dropped)))
        if undecided := self.conditions.undecided:
            out.append("Markdoc conditions on the old site's settings kept with every branch's"
                       " text (choose what the page should say): " + ", ".join(
                           f"{{% if {name} %}}" for name in dict.fromkeys(undecided)))
        if printed := self.conditions.printed:
            out.append("Markdoc functions filled from the page's front matter: " + ", ".join(
                f"{{% {name} %}}" for name in dict.fromkeys(printed)))
        if self.partials:
            out.append("Markdoc partials ({% partial %}) filled with their file's text: "
                       + ", ".join(dict.fromkeys(self.partials)) + f" ({len(self.partials)}×)")
        out += [f"Markdoc partial {{% partial file=\"{name}\" %}} not found (looked beside the"
                f" page, in the project, src/ and src/partials/): its text is missing; copy it"
                f" into the article" for name in dict.fromkeys(self.missing)]
        if self.filled:
            out.append("Markdoc variables filled from the page's front matter: "
                       + ", ".join(f"{{% ${name} %}}" for name in dict.fromkeys(self.filled)))
        if self.unfilled:
            out.append("Markdoc variables kbgen cannot fill kept as their name in code (the"
                       " value comes from the old site's settings): " + ", ".join(
                           f"${name}" for name in dict.fromkeys(self.unfilled))
                       + "; write the text it showed")
        if self.tables:
            out.append(f"Markdoc tables ({{% table %}}) made Markdown tables ({self.tables}×)")
        return out


def _value(values: dict[str, Any], name: str) -> str | None:
    """`frontmatter.title` looked up in `values`; None if absent or not text."""
    found: Any = values
    for part in name.split("."):
        if not isinstance(found, dict) or part not in found:
            return None
        found = found[part]
    if isinstance(found, bool) or not isinstance(found, (str, int, float)):
        return None
    return str(found)


def _partial_file(name: str, page: Path, root: Path) -> Path | None:
    """The file a partial names: beside the page, from the project, src/ or src/partials/."""
    for base in (page.parent, root, root / "src", root / "src" / "partials"):
        candidate = (base / name).resolve()
        if candidate.is_file() and candidate.is_relative_to(root.resolve()):
            return candidate
    return None


def _partial_variables(attributes: str) -> dict[str, str]:
    """`variables={name: "Ann", n: 2}` as a dict."""
    start = attributes.find("variables=")
    if start < 0:
        return {}
    inner = attributes[start:].partition("{")[2].partition("}")[0]
    return {m.group(1): next(g for g in m.groups()[1:] if g is not None)
            for m in _PARTIAL_VARIABLE.finditer(inner)}


def _table(match: re.Match[str]) -> str:
    rows: list[list[str]] = []
    for block in _ROW_RULE.split(match.group(1)):
        cells: list[str] = []
        for line in block.splitlines():
            item = _ITEM.match(line)
            if item:
                cells.append(item.group(1))
            elif line.strip() and cells:
                cells[-1] += " " + line.strip()
        if cells:
            rows.append([_ANNOTATION.sub("", cell).strip().replace("|", "\\|") for cell in cells])
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    lines.insert(1, "| " + " | ".join(["---"] * width) + " |")
    return "\n".join(lines)


def _outside_fences(text: str, change: Any) -> str:
    """`change` applied outside fenced code only (a table's cells may hold inline code)."""
    out, position = [], 0
    for match in _FENCE.finditer(text):
        out.append(change(text[position:match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(change(text[position:]))
    return "".join(out)


def fill(body: str, page: Path, root: Path, meta: dict[str, Any],
         notes: MarkdocNotes | None = None, variables: dict[str, str] | None = None,
         depth: int = 0) -> tuple[str, MarkdocNotes]:
    """A Markdoc page's partials, variables and tables filled; what was done, for the
    summary. `variables` are a partial's own (`variables={…}` on its tag)."""
    notes = notes if notes is not None else MarkdocNotes()
    values: dict[str, Any] = {"frontmatter": meta, **(variables or {})}

    def partial(match: re.Match[str]) -> str:
        name = match.group(1) if match.group(1) is not None else match.group(2)
        found = _partial_file(name, page, root)
        if found is None or depth >= _DEPTH or found == page.resolve():  # itself: stop
            notes.missing.append(name)
            return ""
        notes.partials.append(name)
        text = found.read_text(encoding="utf-8", errors="replace").strip("\n")
        return fill(text, found, root, meta, notes, _partial_variables(match.group(3)),
                    depth + 1)[0]

    def variable(match: re.Match[str]) -> str:
        name = match.group(1)
        value = _value(values, name)
        if value is None:
            notes.unfilled.append(name)
            return f"`${name}`"
        notes.filled.append(name)
        return value

    def change(part: str) -> str:
        part = _PARTIAL.sub(partial, part)
        return _VARIABLE.sub(variable, part)

    def tables(part: str) -> str:
        part, count = _TABLE.subn(_table, part)
        notes.tables += count
        return part

    body = _outside_fences(body, lambda part: decided(part, values, notes.conditions))
    body = protected(body, change)
    body = _outside_fences(body, tables)
    return body, notes
