"""A VitePress site (`.vitepress/config.ts` beside its pages): where its settings are, and the
address it gave each page (`guide/routing.md` -> `/guide/routing.html`, or `/guide/routing`
with `cleanUrls: true`; `rewrites` such as `'en/:rest*': ':rest*'` applied first).

The settings are code, so only the plain values the addresses need are read from its text."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any

CONFIG_NAMES = tuple(f"config.{ext}" for ext in ("ts", "mts", "js", "mjs", "cts", "cjs"))
"""`.vitepress/config.*` as VitePress looks for it."""
_CLEAN = re.compile(r"\bcleanUrls\s*:\s*true\b")
_SRC_DIR = re.compile(r"\bsrcDir\s*:\s*['\"]([^'\"]+)['\"]")
_REWRITES = re.compile(r"\brewrites\s*:\s*\{([^{}]*)\}")
_PAIR = re.compile(r"['\"]([^'\"]+)['\"]\s*:\s*['\"]([^'\"]*)['\"]")
_REST = ":rest*"


def config_file(root: Path) -> Path | None:
    """The site's `.vitepress/config.*`, if `root` is a VitePress site's folder."""
    return next((found for name in CONFIG_NAMES
                 if (found := root / ".vitepress" / name).is_file()), None)


def settings(config: Path) -> dict[str, Any]:
    """`cleanUrls`, `srcDir` and `rewrites` as the config file writes them plainly."""
    try:
        text = config.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    src = _SRC_DIR.search(text)
    rewrites = _REWRITES.search(text)
    return {"cleanUrls": bool(_CLEAN.search(text)),
            "srcDir": src.group(1) if src else ".",
            "rewrites": dict(_PAIR.findall(rewrites.group(1))) if rewrites else {}}


def source(root: Path, config: dict[str, Any]) -> Path:
    """The folder the site's pages are in (`srcDir`, else the site's own), which `@/` names."""
    folder = str(config.get("srcDir") or ".").strip("/") or "."
    return root if folder in (".", "./") else root / folder.removeprefix("./")


def rewritten(markdown_path: str, rewrites: dict[str, str]) -> str:
    """`markdown_path` after the site's `rewrites`: a file's own (`'a/b.md': 'c.md'`) or a
    prefix's (`'en/:rest*': ':rest*'`, `'packages/:rest*': 'pkg/:rest*'`); else unchanged."""
    if markdown_path in rewrites:
        return rewrites[markdown_path]
    for source, target in rewrites.items():
        prefix, rest, end = source.partition(_REST)
        if rest and not end and markdown_path.startswith(prefix) \
                and target.endswith(_REST) and _REST not in target[:-len(_REST)]:
            return target[:-len(_REST)] + markdown_path[len(prefix):]
    return markdown_path


def old_addresses(markdown_path: str, config: dict[str, Any]) -> list[str]:
    """Where VitePress published the page, the form its links used first, then the other
    (hosts serve `/guide/routing` and `/guide/routing.html` alike): `guide/index.md` ->
    `/guide/`, `index.md` -> `/`."""
    path = PurePosixPath(rewritten(markdown_path, config.get("rewrites") or {})).with_suffix("")
    if path.name == "index":
        folder = path.parent.as_posix()
        return ["/" if folder == "." else f"/{folder}/"]
    page, html = f"/{path.as_posix()}", f"/{path.as_posix()}.html"
    return [page, html] if config.get("cleanUrls") else [html, page]


_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})([\w+#-]+)((?:[ \t]*(?:\{[\d,\s-]*\}|:line-numbers"
                    r"(?:=\d+)?|:no-line-numbers|\[[^\]\n]*\]))+)[ \t]*$")
"""A code block's opening as VitePress writes it: its language, then lines to highlight
(`{1,4-5}`), `:line-numbers` and a title (`[npm]`, `[.vitepress/config.ts]`)."""
_OPENING = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_TITLE = re.compile(r"\[([^\]\n]*)\]")
_IMPORT = re.compile(r"^([ \t]*)<<<[ \t]*@/([^\s{#]+)(?:#[\w-]+)?(?:\{[^}\n]*\})?"
                     r"(?:[ \t]*\[[^\]\n]*\])?[ \t]*$")
"""A code block VitePress fills from a file of the site (`<<< @/snippets/init.js{2}`)."""
_DOUBLED_ID = re.compile(r"^(#{1,6}[ \t].*?\{)#{2,}([\w-]+\})[ \t]*$")
"""A heading's own id written with one `#` too many (`### titleTemplate {##titletemplate}`,
in two of VitePress' translations): VitePress gave it no id, so links to it landed nowhere."""
_TOC = re.compile(r"^[ \t]*\[\[toc\]\][ \t]*$", re.I)
_LARGEST = 100_000
"""Bytes of a file put in a page as a code block, at most (kind's `readFile` the same)."""


def rewrite(text: str, source: Path) -> tuple[str, list[str]]:
    """VitePress' own Markdown as kbgen's: code block openings with their title in bold above
    them, files it imported as code put in, `[[toc]]` removed (every article shows its
    contents); `source` is the folder `@/` names. Returns the text and what was done."""
    counts = {"fence": 0, "import": 0, "missing": 0, "toc": 0, "id": 0}
    out: list[str] = []
    closing: re.Pattern[str] | None = None  # the end of the code block the line is in
    for line in text.split("\n"):
        if closing is not None:
            closing = None if closing.match(line) else closing
            out.append(line)
        elif fence := _FENCE.match(line):
            indent, marks, language, extras = fence.groups()
            title = _TITLE.search(extras)
            if title and title.group(1).strip():
                out += [f"{indent}**{title.group(1).strip()}**", ""]
            out.append(f"{indent}{marks}{language}")
            counts["fence"] += 1
            closing = _closing(marks)
        elif found := _IMPORT.match(line):
            out += _imported(found.group(1), source, found.group(2), counts)
        elif _TOC.match(line):
            counts["toc"] += 1
        elif doubled := _DOUBLED_ID.match(line):
            out.append(f"{doubled.group(1)}#{doubled.group(2)}")
            counts["id"] += 1
        else:
            out.append(line)
            opened = _OPENING.match(line)
            closing = _closing(opened.group(1)) if opened else None
    said = [f"code block openings with VitePress' title, line marks or `:line-numbers`: the"
            f" title shown in bold above the block, the marks left out ({counts['fence']}×)"
            if counts["fence"] else "",
            f"files the old page showed as code (`<<< @/...`) put in ({counts['import']}×)"
            if counts["import"] else "",
            f"files the old page showed as code (`<<< @/...`) not found in the site, or too"
            f" large: removed ({counts['missing']}×); paste the code they held"
            if counts["missing"] else "",
            f"`[[toc]]` removed: every article shows its contents ({counts['toc']}×)"
            if counts["toc"] else "",
            f"heading ids written `{{##id}}` given as `{{#id}}`, so that links to them land"
            f" ({counts['id']}×)" if counts["id"] else ""]
    return "\n".join(out), [note for note in said if note]


def _closing(marks: str) -> re.Pattern[str]:
    """The line that ends a code block opened with `marks` (as many or more of its kind)."""
    return re.compile(rf"^[ \t]*{re.escape(marks[0])}{{{len(marks)},}}[ \t]*$")


def _imported(indent: str, source: Path, name: str, counts: dict[str, int]) -> list[str]:
    """The lines of a code block holding the site's file `name`, or none if it is not there
    (outside the site, missing, binary or over `_LARGEST` bytes)."""
    path = (source / name).resolve()
    try:
        inside = path.is_relative_to(source.resolve()) and path.is_file() \
            and path.stat().st_size <= _LARGEST
        body = path.read_text(encoding="utf-8") if inside else None
    except (OSError, UnicodeDecodeError):
        body = None
    if body is None:
        counts["missing"] += 1
        return []
    counts["import"] += 1
    language = path.suffix.lstrip(".")
    fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", body)), default=0) + 1)
    return [f"{indent}{fence}{language}",
            *(f"{indent}{line}" if line else "" for line in body.rstrip("\n").split("\n")),
            f"{indent}{fence}"]
