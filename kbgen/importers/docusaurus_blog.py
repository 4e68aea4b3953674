"""A Docusaurus site's blog (`blog/` beside `docs/`), which `kbgen import` does not read: the
import says so, with how many posts, instead of leaving them out unmentioned (Homarr's docs:
10 posts, and the links to them kept as text, with no word of why)."""

from __future__ import annotations

import re
from pathlib import Path

_BLOG_OFF = re.compile(r"\bblog\s*:\s*false\b")
_BLOG_PATH = re.compile(r"\bblog\s*:\s*\{[^{}]*?\bpath\s*:\s*[\"'`]([\w.-]+)[\"'`]", re.S)
POST_SUFFIXES = (".md", ".mdx")


def blog_note(root: Path, config_text: str) -> str | None:
    """What the import's summary says of the blog of the Docusaurus site at `root` (whose
    configuration reads `config_text`); None when it has none or turns it off."""
    if _BLOG_OFF.search(config_text):
        return None
    found = _BLOG_PATH.search(config_text)
    folder = root / (found.group(1) if found else "blog")
    if not folder.is_dir():
        return None
    posts = [path for path in folder.rglob("*") if path.suffix in POST_SUFFIXES
             and path.is_file() and not path.name.startswith("_")]
    if not posts:
        return None
    shown = folder.relative_to(root).as_posix()
    return (f"The Docusaurus blog {shown}/ ({len(posts)} post{'s' * (len(posts) != 1)}) was not"
            " imported: kbgen imports a Docusaurus site's docs only. Write the posts you keep"
            " as news posts (`kbgen new --news`); links to them are kept as text.")
