"""Reading vendor exports: JSON files as the vendors' APIs return them, and their values."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kbgen.errors import KbError


@dataclass(frozen=True)
class Document:
    """One JSON file of an export."""

    name: str
    """File name without `.json` (`articles`), which names a bare list."""
    data: Any
    folders: tuple[str, ...] = ()
    """The folders it sits in inside the export (`articles` for `articles/folder-1.json`)."""

    def lists(self, key: str) -> bool:
        """A bare list in it holds `key` objects: its name or a folder it is in says so
        (`articles.json`; the pages an API gives one at a time, `articles-page-2.json`,
        `articles/folder-48000.json`; a sub-list, `subfolders-4800.json`)."""
        return any(key in part.casefold() for part in (self.name, *self.folders))


def read_documents(source: Path) -> list[Document]:
    """Every `.json` file of `source` (a file, or a folder and its subfolders)."""
    files = [source] if source.is_file() else sorted(source.rglob("*.json"))
    documents, broken = [], []
    for path in files:
        try:
            folders = path.parent.relative_to(source).parts if source.is_dir() else ()
            documents.append(Document(path.stem, json.loads(path.read_text(encoding="utf-8-sig")),
                                      folders))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            line = getattr(exc, "lineno", None)
            broken.append(f"{path}{f':{line}' if line else ''}: not JSON ({exc}); export it again"
                          " or remove it from the folder")
        except RecursionError:
            broken.append(f"{path}: nested too deeply to read (lists or objects inside each"
                          " other thousands of times); no export does that: remove the file")
    if broken:
        raise KbError("\n".join(broken))
    return documents


def items(documents: list[Document], key: str) -> Iterator[dict[str, Any]]:
    """The objects listed under `key` in any document: `{"articles": [...]}`,
    `{"articles": {"items": [...]}}`, `{"article": {...}}`, or a bare list in a file its name
    or folder names (`articles.json`, `articles-page-2.json`, `articles/folder-48000.json`)."""
    single = key[:-1] if key.endswith("s") else key
    for document in documents:
        data = document.data
        if isinstance(data, list) and document.lists(key):
            yield from (item for item in data if isinstance(item, dict))
        if not isinstance(data, dict):
            continue
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("items", value.get("data", []))
        if isinstance(value, list):
            yield from (item for item in value if isinstance(item, dict))
        if isinstance(data.get(single), dict):
            yield data[single]


def typed(documents: list[Document], kind: str) -> Iterator[dict[str, Any]]:
    """Objects with `"type": kind` in the `data` list of Intercom-style list documents."""
    for document in documents:
        data = document.data
        if isinstance(data, dict) and isinstance(data.get("data"), list):
            yield from (item for item in data["data"]
                        if isinstance(item, dict) and item.get("type") == kind)
        elif isinstance(data, dict) and data.get("type") == kind:
            yield data


def date_of(value: Any) -> dt.date | None:
    """`2024-04-17T17:18:10Z`, `2024-04-17`, `Sun Jan 13 18:33:27 2019 UTC` or seconds since
    1970 -> the date (UTC)."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        try:
            return dt.datetime.fromtimestamp(value, dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None  # no day of any calendar
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            pass
    try:  # `Sun Jan 13 18:33:27 2019 UTC`, as `date` and `git log` print it (Pi-hole's docs)
        return dt.datetime.strptime(" ".join(str(value).split()[:5]), "%a %b %d %H:%M:%S %Y"
                                    ).date()
    except ValueError:
        return None


def text_of(value: Any) -> str:
    """A value as one line of text ('' for None)."""
    return " ".join(str(value).split()) if value is not None else ""


def key_of(value: Any) -> str:
    """An id as text: `360001` and `"360001"` are the same key."""
    return str(value) if value is not None else ""
