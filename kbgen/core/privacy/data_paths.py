"""The entries of parsed YAML data as the gate walks them: each child with its key path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def children(value: Any, path: str, ignore: frozenset[str]) -> Iterator[tuple[str, str | int, Any]]:
    """(key path, key or index, item) of each entry of a mapping or list (nothing for other
    values); a mapping's keys named in `ignore` (as a name, `tickets`, or a key path,
    `lines[0].note`) are left out."""
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else str(key)
            if str(key) not in ignore and child not in ignore:
                yield child, str(key), item
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield f"{path}[{index}]", index, item
