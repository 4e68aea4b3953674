"""Source files of a knowledge base, read from disk and decoded."""

from __future__ import annotations

import errno
import functools
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kbgen.core.control_characters import control_message, first_control, without_controls
from kbgen.core.text import BIDI_CONTROLS, code_point, refused_character
from kbgen.errors import Problem

ARTICLES_DIR = "articles"
CATEGORY_PAGE = "index.md"
"""The name of a category's page in its folder (`articles/billing/index.md`), which the build
makes: articles link to it as to a file (`../billing/index.md`)."""
TEAM_DIR = "team"
DATA_DIR = "_data"
TRANSLATIONS_DIR = "translations"
"""Beside mkdocs.yml: a content folder per language other than the default."""
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
"""What MkDocs publishes as pages (mkdocs.utils.markdown_extensions); kbgen reads only `.md`."""
MAX_DEPTH = 32
"""Folders nested deeper are refused: Python's recursive folder walks (MkDocs', Jinja's)
crash a few hundred levels down."""
MAX_FILES = 100_000
"""Files a folder may hold (links included): more is refused rather than walked for minutes."""


@dataclass(frozen=True)
class Source:
    """One file of the content folder."""

    src_uri: str
    """Path relative to the content folder, with forward slashes."""
    path: Path
    """Absolute path on disk."""

    @property
    def display_path(self) -> str:
        """The path shown in messages: relative to the working directory when inside it."""
        return shown_path(str(self.path), os.getcwd())


@functools.lru_cache(maxsize=1 << 15)
def shown_path(path: str, cwd: str) -> str:
    """`path` relative to the working directory `cwd` when inside it (once a path and
    folder: a build on demand names every article, ~0.1 s of pathlib at 10,000)."""
    where, folder = Path(path), Path(cwd)
    return where.relative_to(folder).as_posix() if where.is_relative_to(folder) else path


class DecodeError(Exception):
    """A file that is empty, not UTF-8 or holds a control character; the message says how to
    fix it. `shown` is the text without its control characters when only they were wrong
    (a reader may check the rest of it in the same run)."""

    def __init__(self, message: str, line: int | None = None, shown: str | None = None
                 ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.shown = shown


def read_text(source: Source) -> str:
    """Read a source as UTF-8 (a BOM is allowed), with LF line endings."""
    raw = source.path.read_bytes()
    if not raw.strip():
        raise DecodeError("the file is empty; write the content or delete the file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DecodeError(
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8; save the file with UTF-8 encoding",
            line,
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if control := first_control(text):
        raise DecodeError(control_message(control[1]), control[0], without_controls(text))
    return text


@dataclass
class Tree:
    """The files of a folder as MkDocs would copy them, walked safely: links are followed
    only inside the folder, loops and deep nesting are refused, nothing is read."""

    root: Path
    """The folder walked."""
    files: list[str] = field(default_factory=list)
    """Regular files (through links inside the folder), relative, sorted; hidden ones left
    out as MkDocs leaves them out."""
    problems: list[Problem] = field(default_factory=list)
    """Links and folders refused; what they point to is never read."""
    linked: set[str] = field(default_factory=set)
    """The real paths of files reached through a link (a save there changes a page)."""

    def sources(self, subdir: str = "", suffixes: tuple[str, ...] | None = None
                ) -> list[Source]:
        """Files under `subdir` ("": all) ending with one of `suffixes` (as written; None:
        any)."""
        prefix = f"{subdir}/" if subdir else ""
        made = self._sources
        return [made.get(uri) or self._source(uri) for uri in self.files
                if uri.startswith(prefix) and (suffixes is None or uri.endswith(suffixes))]

    def _source(self, uri: str) -> Source:
        """The file `uri`, made once (a build asks for the same files several times)."""
        made = self._sources[uri] = Source(uri, self._base / uri)
        return made

    @cached_property
    def _sources(self) -> dict[str, Source]:
        return {}

    @cached_property
    def _base(self) -> Path:
        return self.root.resolve()

    def has(self, src_uri: str) -> bool:
        """True when `src_uri` is a file of the tree that may be read."""
        return src_uri in self._known

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(self.files)


def walk(root: Path) -> Tree:
    """Walk `root` without recursion and without reading a file (see `Tree`)."""
    tree = Tree(root)
    if not root.is_dir():
        return tree
    try:
        real_root = os.path.realpath(root, strict=True)
    except OSError:
        return tree
    found: list[str] = []
    stack: list[tuple[str, str, int, bool]] = [("", real_root, 0, False)]
    while stack:
        relative, real, depth, hidden = stack.pop()
        shown = relative or "."
        if depth > MAX_DEPTH:
            tree.problems.append(_refused(root, relative, f"folders nested more than {MAX_DEPTH}"
                                          " deep; move the files up (deeper nesting crashes"
                                          " the site generator)"))
            continue
        try:
            entries = sorted(os.scandir(os.path.join(root, relative)), key=lambda e: e.name)
        except OSError as exc:
            tree.problems.append(_refused(root, relative, f"the folder {shown} cannot be read"
                                          f" ({os.strerror(exc.errno or 0)}); fix its"
                                          " permissions or remove it"))
            continue
        folders = []
        for entry in entries:
            path = f"{relative}/{entry.name}" if relative else entry.name
            is_hidden = hidden or entry.name.startswith(".")
            if not is_hidden and (hidden_char := _hidden_in_name(entry.name)):
                tree.problems.append(_refused(root, path, _name_refusal(hidden_char)))
                continue  # neither published nor read
            target = os.path.join(real, entry.name)  # real: links above were resolved
            if entry.is_symlink():
                target_or_problem = _link_target(root, real_root, path, real)
                if isinstance(target_or_problem, Problem):
                    tree.problems.append(target_or_problem)
                    continue
                target = target_or_problem
            kind = _kind(target)
            if kind == "folder":
                folders.append((path, target, depth + 1, is_hidden))
            elif kind != "file":
                tree.problems.append(_refused(root, path, "not a regular file (a device, pipe"
                                              " or socket); remove it"))
            elif entry.is_symlink() and _suffix(target) != _suffix(path):
                tree.problems.append(_refused(
                    root, path, f"symbolic link to {Path(target).relative_to(real_root)}, a"
                    " different kind of file: it would be published as it is, past kbgen's"
                    " checks; copy the content instead"))
            elif not is_hidden:
                found.append(path)
                if target != os.path.join(real_root, path):
                    tree.linked.add(target)
                if len(found) > MAX_FILES:
                    tree.problems.append(_refused(root, "", f"more than {MAX_FILES} files;"
                                                  " remove some (or links that repeat folders)"))
                    return tree
        stack.extend(reversed(folders))  # the first folder is walked first
    tree.files = sorted(found, key=lambda uri: uri.split("/"))
    return tree


def _link_target(root: Path, real_root: str, path: str, real_parent: str) -> str | Problem:
    """Where a link leads, or why it is refused (a loop, outside `root`, broken)."""
    try:
        target = os.path.realpath(os.path.join(root, path), strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _refused(root, path, "symbolic link loop (it leads back to itself);"
                            " remove the link")
        return _refused(root, path, "symbolic link to a missing file; remove the link or"
                        " restore the file")
    if os.path.commonpath([target, real_root]) != real_root:
        return _refused(root, path, f"symbolic link to {os.readlink(os.path.join(root, path))},"
                        f" outside {root.name}/; MkDocs would publish it: copy the file in or"
                        " remove the link")
    if os.path.isdir(target) and os.path.commonpath([target, real_parent]) == target:
        return _refused(root, path, "symbolic link loop: it points to a folder that contains"
                        " it, which would be published again and again; remove the link")
    return target


def _kind(path: str) -> str:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "missing"
    return "folder" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "other"


def _suffix(path: str) -> str:
    name = os.path.basename(path)
    return name[name.rfind("."):].lower() if "." in name.lstrip(".") else ""


def _hidden_in_name(name: str) -> str | None:
    """The first character of a file's or folder's `name` that a reader cannot see or that
    reorders it (a control, a line break, a bidi control or mark, a zero-width or other format
    character), or None: `invoice\u202egnp.pdf` reads as `invoicefdp.png`, and a zero-width
    space makes two names that look alike differ."""
    if name.isascii() and name.isprintable():
        return None
    return refused_character(name) or next(
        (char for char in name if unicodedata.category(char) == "Cf"), None)


def _name_refusal(char: str) -> str:
    effect = ("reorders how the name reads (what a reader sees is not the file they get)"
              if char in BIDI_CONTROLS else "is invisible or breaks the line, so a name that"
              " looks like another's is not, and links to it break")
    return (f"the name holds {code_point(char)}, a character that {effect}; rename it (retype"
            " the name if you cannot see it)")


def _refused(root: Path, relative: str, message: str) -> Problem:
    path = root / relative if relative else root
    return Problem(Source(relative, path.absolute()).display_path, None, "error", message)


def iter_sources(content_dir: Path, subdir: str, suffixes: tuple[str, ...]) -> list[Source]:
    """Files under `content_dir/subdir` with one of `suffixes`, sorted, hidden files skipped
    (a walk of its own; `load` walks once and uses `Tree.sources`)."""
    return walk(content_dir).sources(subdir, suffixes)


def safe_file(content_dir: Path, src_uri: str) -> Path | None:
    """`content_dir/src_uri` when it is a regular file inside the folder (links resolved),
    else None: a link leaving the folder is never read."""
    path = content_dir / src_uri
    try:
        real = os.path.realpath(path, strict=True)
        root = os.path.realpath(content_dir, strict=True)
    except OSError:
        return None
    inside = os.path.commonpath([real, root]) == root
    return path.resolve() if inside and _kind(real) == "file" else None
