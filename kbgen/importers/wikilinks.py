"""Obsidian-style wiki links (`[[Note]]`, `[[Note#Heading|text]]`, `![[shot.png|300]]`) as
the Markdown links and images the rest of the importer resolves."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote

from kbgen.core.links import heading_slug
from kbgen.importers.markdown_text import _FENCE, _INLINE_CODE

_WIKI = re.compile(r"(!?)\[\[([^\[\]\n|]*?)\\?(?:\|([^\[\]\n]*))?\]\]")
_WIKI_OR_CODE = re.compile(f"{_INLINE_CODE.pattern}|{_WIKI.pattern}")
"""Inline code is matched first where it starts first (`[[Note]]` in code stays), and a wiki
link may hold code (`[[#`move`|move]]`)."""
_SIZE = re.compile(r"^\d+(?:x\d+)?$")
"""`![[shot.png|300]]`, `![[shot.png|300x200]]`: a size, not a caption."""


class WikiLinks:
    """The files of one folder by the names wiki links give them (a note by its name, its
    path without `.md`; any other file by its name or path), as Obsidian resolves them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._by_key: dict[str, list[Path]] | None = None

    def _index(self) -> dict[str, list[Path]]:
        if self._by_key is None:
            self._by_key = {}
            for path in sorted(self.root.rglob("*"), key=lambda p: (len(p.parts), p)):
                if not path.is_file() or any(part.startswith(".") for part in
                                             path.relative_to(self.root).parts):
                    continue
                relative = path.relative_to(self.root).as_posix()
                keys = {path.name, relative}
                if path.suffix.lower() == ".md":
                    keys |= {path.stem, relative[:-3]}
                for key in keys:
                    self._by_key.setdefault(key.lower(), []).append(path)
        return self._by_key

    def find(self, target: str) -> Path | None:
        """The file `target` names (the one nearest the root when several share the name)."""
        found = self._index().get(target.strip().strip("/").lower())
        return found[0] if found else None

    def rewrite(self, body: str, path: Path) -> tuple[str, list[str]]:
        """`body` of the file at `path` with its wiki links as Markdown links (outside code);
        returns it and a line per kind of change for the import's report."""
        links = embeds = 0
        missing: list[str] = []

        def replace(match: re.Match[str]) -> str:
            nonlocal links, embeds
            if match.group(1):  # inline code
                return match.group(0)
            bang, target, label = match.group(2), match.group(3), match.group(4)
            name, _, fragment = target.partition("#")
            fragment = "" if fragment.startswith("^") else fragment  # a block: the page
            heading = fragment.split("#")[-1].strip()
            shown = (label or "").strip()
            found = self.find(name) if name.strip() else path
            if found is None:
                missing.append(name.strip())
                return shown or (f"{name.strip()} > {heading}" if heading else name.strip())
            href = quote(os.path.relpath(found, path.parent).replace(os.sep, "/"))
            if found == path:
                href = ""
            anchor = f"#{heading_slug(heading, '-')}" if heading else ""
            if bang and found.suffix.lower() != ".md":
                embeds += 1
                alt = "" if _SIZE.match(shown) else shown
                return f"![{alt}]({href})"
            links += 1
            text = shown or (f"{name.strip()} > {heading}" if name.strip() and heading
                             else heading or found.stem)
            return f"[{text}]({href}{anchor})"

        parts, position = [], 0
        for fence in _FENCE.finditer(body):  # code blocks stay as written
            parts += [_WIKI_OR_CODE.sub(replace, body[position:fence.start()]), fence.group(0)]
            position = fence.end()
        body = "".join([*parts, _WIKI_OR_CODE.sub(replace, body[position:])])
        notes = []
        if links:
            notes.append(f"wiki links made Markdown links ({links}×)")
        if embeds:
            notes.append(f"embedded files (`![[...]]`) made Markdown images ({embeds}×)")
        if missing:
            notes.append(f"wiki links to no file of the export, their text kept ({len(missing)}×):"
                         f" {', '.join(sorted(set(missing))[:5])}")
        return body, notes
