"""Files an MDX page imports and shows, put in the page as Docusaurus showed them:
`import Info from '../_static/readme.md';` then `<Info />` is the partial's text (its links
made relative to the page), and `import yaml from '!!raw-loader!./example.yaml';` shown by
`<CodeBlock language="yaml">{yaml}</CodeBlock>` is a code block of the file. Without this the
import line is removed and the page is left empty (OpenCloud's 40 service pages)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from kbgen.core.links import InlineLink
from kbgen.importers.markdown_text import each_link, protected

DEPTH = 3
"""Partials inside partials, at most (a partial importing itself stops there)."""
_IMPORT = re.compile(r"^import\s+(\w+)\s+from\s+[\"'](!!?raw-loader!)?([^\"'\n]+)[\"'];?[ \t]*$",
                     re.M)
_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)


class MdxPartials:
    """Reads the partials of one site (`@site/` is its root; nothing outside it is read)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def inline(self, body: str, page: Path, depth: int = 0) -> tuple[str, list[str]]:
        """`body` of `page` with each imported partial shown in place; the partials used."""
        used: list[str] = []
        for name, raw, target in _IMPORT.findall(body):
            path = self._path(target, page)
            if path is None:
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # an image or other file a component shows: no text to put here
            if raw:
                shown = _raw_block(name, text)
            elif path.suffix.lower() in (".md", ".mdx") and depth < DEPTH:
                inner, deeper = self.inline(_FRONT.sub("", text, count=1), path, depth + 1)
                used += deeper
                shown = _component(name, _rebased(inner, path.parent, page.parent))
            else:
                continue
            changed = protected(body, shown)
            if changed != body:
                body = changed
                used.append(path.relative_to(self.root).as_posix())
        return body, used

    def _path(self, target: str, page: Path) -> Path | None:
        """The file an import names, if it is one of the site's."""
        if target.startswith("@site/"):
            path = self.root / target[len("@site/"):]
        elif target.startswith("."):
            path = page.parent / target
        else:
            return None  # a package (`@theme/Tabs`, `react`)
        resolved = path.resolve()
        return resolved if resolved.is_file() and resolved.is_relative_to(self.root) else None


def _component(name: str, text: str) -> Callable[[str], str]:
    """Replaces `<Name />` standing on its own line with `text`."""
    tag = re.compile(rf"^[ \t]*<{name}(?:\s[^<>]*)?/>[ \t]*$", re.M)
    return lambda part: tag.sub(lambda _: text.strip("\n"), part)


def _raw_block(name: str, text: str) -> Callable[[str], str]:
    """Replaces `<CodeBlock language="x">{name}</CodeBlock>` with a fenced block of `text`."""
    tag = re.compile(rf"^[ \t]*<CodeBlock([^<>]*)>\s*\{{{name}\}}\s*</CodeBlock>[ \t]*$", re.M)
    fence = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`{3,}", text))])

    def block(match: re.Match[str]) -> str:
        language = re.search(r"language=[\"'](\w[\w+-]*)[\"']", match.group(1))
        return f"{fence}{language.group(1) if language else ''}\n{text.rstrip()}\n{fence}"

    return lambda part: tag.sub(block, part)


def _rebased(text: str, source: Path, page: Path) -> str:
    """Relative links and images of a partial in `source`, written from `page`'s folder."""
    def rebase(found: InlineLink) -> str:
        href, parts = found.href, urlsplit(found.href)
        if not (parts.scheme or parts.netloc or not parts.path or href.startswith(("/", "#"))):
            href = os.path.relpath(source / parts.path, page).replace(os.sep, "/") \
                + (f"#{parts.fragment}" if parts.fragment else "")
        title = f' "{found.title}"' if found.title else ""
        return f"{'!' if found.image else ''}[{found.text}](<{href}>{title})"

    return each_link(text, rebase)
