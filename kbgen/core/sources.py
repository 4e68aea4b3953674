"""Source files of a knowledge base, read from disk and decoded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ARTICLES_DIR = "articles"
TEAM_DIR = "team"
DATA_DIR = "_data"


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
        cwd = Path.cwd()
        return self.path.relative_to(cwd).as_posix() if self.path.is_relative_to(cwd) \
            else str(self.path)


class DecodeError(Exception):
    """A file that is empty or not UTF-8; the message says how to fix it."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


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
    return text.replace("\r\n", "\n").replace("\r", "\n")


def iter_sources(content_dir: Path, subdir: str, suffixes: tuple[str, ...]) -> list[Source]:
    """Files under `content_dir/subdir` with one of `suffixes`, sorted, hidden files skipped."""
    root = content_dir / subdir
    if not root.is_dir():
        return []
    base = content_dir.resolve()  # once: resolving each file costs a system call per folder
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(content_dir).as_posix()
        if path.suffix in suffixes and path.is_file() and not _hidden(relative):
            found.append(Source(relative, base / relative))
    return found


def _hidden(src_uri: str) -> bool:
    return any(part.startswith(".") for part in src_uri.split("/"))
