"""An mdBook book (`book.toml` beside its `src/`): its table of contents, `src/SUMMARY.md`
(prefix chapters, `# Part` titles over `- [Chapter](path.md)` items nested by indent, draft
chapters `- [Draft]()`, suffix chapters), which orders the pages, titles them and groups them;
the address mdBook gave each (`guide/install.md` -> `/guide/install.html`, a `README.md` at
its folder's `index.html`); and its `{{#include}}` / `{{#rustdoc_include}}` / `{{#playground}}`
links filled with the file they name. mdBook makes a page only of what the summary lists.
Without it, mdBook's own guide (MPL-2.0) came in as a plain folder: categories named after
folders (`Src`), `SUMMARY.md` and pages the book never showed imported as articles, and the
text of 17 included files lost (`{{#include arg-watcher.md}}` removed as Liquid)."""

from __future__ import annotations

import posixpath
import re
import tomllib
from pathlib import Path
from typing import Any

from kbgen.importers.htmltext import plain_text

CONFIG = "book.toml"
SUMMARY = "SUMMARY.md"
_PART = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$")
_CHAPTER = re.compile(
    r"^([ \t]*)([*+-][ \t]+)?\[((?:[^\]\\]|\\.)*)\]\(\s*(?:<([^>\n]*)>|([^)\s]*))[^)]*\)[ \t]*$")
"""A chapter: numbered (`- [Title](path.md)`, nested by indent) or not (a prefix or suffix
chapter `[Title](path.md)`); a draft has no path (`- [Draft]()`)."""
_LINK = re.compile(r"(\\?)\{\{[ \t]*#(include|rustdoc_include|playground|title)[ \t]+"
                   r"([^}\n]*?[^}\s])[ \t]*\}\}")
"""`{{#include file.rs:anchor}}`, `{{#playground example.rs editable}}`, `{{#title My page}}`;
written with a backslash (`\\{{#include x}}`), mdBook shows it as text."""
_ANCHOR_LINE = re.compile(r"\bANCHOR(?:_END)?:\s*[\w-]+")
DEPTH = 10
"""How deep included files may include others (mdBook's own limit)."""


def config_file(root: Path) -> Path | None:
    """The book's `book.toml`, if `root` is an mdBook book's folder."""
    found = root / CONFIG
    return found if found.is_file() else None


def settings(config: Path) -> dict[str, Any]:
    """The book's source folder (`[book] src`, `src` by default), its language, the
    summary read as an MkDocs nav, and where it is served (`[output.html] site-url`, the path:
    `/hub/`; `cname`, the domain, as `url`)."""
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        data = {}
    found = data.get("book")
    book: dict[str, Any] = found if isinstance(found, dict) else {}
    source = str(book.get("src") or "src").strip().strip("/") or "src"
    content = config.parent / source
    if not content.is_dir() or not content.resolve().is_relative_to(config.parent.resolve()):
        content = config.parent / "src"
    try:
        text = (content / SUMMARY).read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    language = book.get("language")
    html = _table(_table(data, "output"), "html")
    moved = _table(html, "redirect")
    site_url, cname = html.get("site-url"), html.get("cname")
    return {"site-url": site_url.strip() if isinstance(site_url, str) else "",
            "url": f"https://{cname.strip()}" if isinstance(cname, str) and cname.strip() else "",
            "content": content, "summary": SUMMARY if text else "", "nav": summary_read(text)[0],
            "summary_notes": summary_read(text)[1],
            "language": language if isinstance(language, str) else "",
            "redirects": {"/" + str(old).strip().lstrip("/"): str(new).strip()
                          for old, new in moved.items()
                          if isinstance(new, str) and str(old).strip() and new.strip()}}


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    found = data.get(key)
    return found if isinstance(found, dict) else {}


def redirect_target(old: str, target: str) -> str:
    """The address `[output.html.redirect]` sends `old` to: `target` from the book's root when
    it starts with `/`, else from `old`'s folder (`/format/config.html` ->
    `configuration/index.html` is `/format/configuration/index.html`); no `#anchor`."""
    path = target.partition("#")[0]
    joined = path if path.startswith("/") else posixpath.join(posixpath.dirname(old), path)
    return posixpath.normpath(joined)


def summary_nav(text: str) -> list[Any]:
    """`SUMMARY.md` as an MkDocs nav: each `# Part` a section holding the chapters under it
    (nested ones flattened in their order), chapters before the first part (the prefix
    chapters, a book without parts) at the top, a suffix chapter after a part in that part
    (mdBook's sidebar shows it under the part's title, after its chapters); its own title
    (`# Summary`, the first heading before any chapter) and draft chapters left out."""
    return summary_read(text)[0]


def summary_read(text: str) -> tuple[list[Any], list[tuple[str, str]]]:
    """`summary_nav`'s nav, and what the summary places where a reader may not look for it
    or leaves out, for the import's summary: (a suffix chapter's path, where it went and
    why), (a draft chapter as `SUMMARY.md: [Title]()`, why it is skipped)."""
    nav: list[Any] = []
    notes: list[tuple[str, str]] = []
    items = nav
    part_title = ""
    seen_chapter = titled = in_fence = False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence:
            continue
        part = _PART.match(line)
        if part:
            if not seen_chapter and not titled:
                titled = True  # the summary's own title: mdBook ignores it
                continue
            items = []
            part_title = plain_text(part.group(1)).strip() or "Part"
            nav.append({part_title: items})
            continue
        chapter = _CHAPTER.match(line)
        if chapter:
            seen_chapter = True
            title = plain_text(re.sub(r"\\(.)", r"\1", chapter.group(3))).strip()
            path = (chapter.group(4) or chapter.group(5) or "").strip()
            if not chapter.group(2) and part_title and path:  # a suffix chapter
                notes.append((path.lstrip("./"), f"a suffix chapter after the"
                              f" part \"{part_title}\": put in its category, as mdBook's"
                              f" sidebar shows it under that part's title, after its chapters"))
            if not path:
                notes.append((f"{SUMMARY}: [{title}]()", "a draft chapter (no file): mdBook"
                              " lists its title but makes no page of it, so there is nothing"
                              " to import; write the article when it is ready"))
            if path and "://" not in path:
                items.append({title: path.lstrip("./")} if title else path.lstrip("./"))
    return nav, notes


def old_address(relative: str) -> str:
    """Where mdBook published the page at `relative` (no suffix): `/path.html`, a `README` (or
    `index`) at its folder's `index.html`."""
    parts = relative.split("/")
    if parts[-1].lower() in ("readme", "index"):
        return "/" + "".join(f"{part}/" for part in parts[:-1]) + "index.html"
    return f"/{relative}.html"


def included(body: str, page: Path, root: Path, depth: int = 0) -> tuple[str, dict[str, int]]:
    """`{{#include}}`, `{{#rustdoc_include}}` and `{{#playground}}` filled with the file they
    name (relative to the page; a part of it by `:anchor` or lines `:2:10`), as mdBook does
    before reading the page, code blocks included; `{{#title}}` removed (it set the browser's
    title only). A file that is not there, or outside the book, is said and its link removed.
    The text and what was done, by kind (`missing` names files not found)."""
    counts = {"include": 0, "playground": 0, "title": 0, "missing": 0}

    def fill(match: re.Match[str]) -> str:
        escaped, kind, argument = match.groups()
        if escaped:
            return match.group(0)[1:]  # shown as written, without its backslash
        if kind == "title":
            counts["title"] += 1
            return ""
        words = argument.split()
        target, _, part = (words[0] if words else "").partition(":")
        file = (page.parent / target).resolve()
        if not target or not file.is_file() or not file.is_relative_to(root.resolve()) \
                or depth >= DEPTH:
            counts["missing"] += 1
            return ""
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            counts["missing"] += 1
            return ""
        text = _part_of(text, part)
        if file.suffix in (".md", ".markdown"):
            text, inner = included(text, file, root, depth + 1)
            for key, value in inner.items():
                counts[key] += value
        if kind == "playground":
            counts["playground"] += 1
            return f"```rust\n{text.rstrip()}\n```"
        counts["include"] += 1
        return text.rstrip("\n")

    return _LINK.sub(fill, body), counts


def _part_of(text: str, part: str) -> str:
    """The lines of an included file `part` names: an anchor's (`ANCHOR: name` ...
    `ANCHOR_END: name`), a range (`2:10`, `2:`, `:10`) or one line (`2`); all without empty
    `part`. Lines naming anchors are never shown."""
    lines = text.split("\n")
    if part and not re.fullmatch(r"\d*(?::\d*)?", part):
        inside, chosen = False, []
        for line in lines:
            if re.search(rf"\bANCHOR_END:\s*{re.escape(part)}\b", line):
                inside = False
            elif re.search(rf"\bANCHOR:\s*{re.escape(part)}\b", line):
                inside = True
            elif inside:
                chosen.append(line)
        lines = chosen
    elif part:
        start, colon, end = part.partition(":")
        first = max(int(start) - 1, 0) if start else 0
        last = (int(end) if end else len(lines)) if colon else first + 1
        lines = lines[first:last]
    return "\n".join(line for line in lines if not _ANCHOR_LINE.search(line))


NOTES = (
    ("include", "files the old page included (`{{#include}}`, `{{#rustdoc_include}}`) put in"
                " the article"),
    ("playground", "Rust examples (`{{#playground}}`) put in the article as code"),
    ("title", "mdBook's page titles for the browser (`{{#title}}`) removed"),
    ("missing", "mdBook includes whose file is not in the book removed: add what they showed"),
)
