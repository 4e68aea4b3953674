"""Files an MkDocs site pastes into its pages: markdown-include's `{!file!}` and
pymdownx.snippets' `--8<-- "file"`.

Such a file is a fragment of the pages that include it (PiKVM's `_update_os.md`, pasted into
twenty pages). The importer puts its text in each of them; it is no article of its own unless
the site's nav lists it (a page that is also shown inside another, as a cheat sheet that shows
the shortcuts page), or, in a site without a nav, it has a title of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

MARKDOWN_INCLUDE = re.compile(r"\{!\s*+([^!{}\s]++(?:[ \t]++[^!{}\s]++)*)\s*+!\}")
"""markdown-include's `{!file!}`: group 1 the file, relative to its `base_path`."""
SNIPPET = re.compile(r"^([ \t]*)-{1,}8<-{1,}[ \t]+[\"']([^\"'\n]+)[\"'][ \t]*$", re.M)
"""pymdownx.snippets' `--8<-- "file"` on a line of its own: group 2 the file."""
_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n.*?^---[ \t]*\r?$\n?", re.M | re.S)
_TITLE = re.compile(r"\A\s*#[ \t]+\S")


def without_front_matter(text: str) -> str:
    """`text` of an included file without its own front matter (`search: exclude: true`):
    MkDocs reads front matter only at the top of a page, so pasted into another page it would
    be a rule and a heading of settings."""
    return _FRONT.sub("", text, count=1)


def included_paths(pages: Iterable[Path], root: Path, include_base: Path | None,
                   snippet_bases: list[Path] | None) -> set[Path]:
    """The files (resolved, inside `root`) that `pages` include: with markdown-include
    when `include_base` is given, with snippets when `snippet_bases` is."""
    root = root.resolve()
    found: set[Path] = set()

    def add(name: str, bases: list[Path]) -> None:
        for base in bases:
            candidate = (base / name.strip()).resolve()
            if candidate.is_file() and candidate.is_relative_to(root):
                found.add(candidate)
                return

    for page in pages:
        try:
            text = page.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if include_base is not None and "{!" in text:
            for match in MARKDOWN_INCLUDE.finditer(text):
                add(match.group(1), [include_base])
        if snippet_bases is not None and "8<" in text:
            for match in SNIPPET.finditer(text):
                add(match.group(2), snippet_bases)
    return found


def is_fragment(path: Path, included: set[Path], listed: bool, has_nav: bool,
                title: str | None, body: str) -> bool:
    """`path` is only a fragment of other pages: they include it, the nav does not list it,
    and (in a site without a nav) it has no title of its own, in its front matter or as a
    first `# heading`."""
    if path.resolve() not in included or listed:
        return False
    return has_nav or not (title or _TITLE.match(body))
