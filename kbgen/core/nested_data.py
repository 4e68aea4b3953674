"""JSON and TOML readers that refuse data nested deeper than Python's parsers read (both
recurse, as PyYAML does: kbgen.core.yaml_aliases): a RecursionError, which a caller expecting
a `ValueError` for unreadable data does not catch, so one imported page or settings file
nested 20,000 deep stopped a whole `kbgen import` (hostile62)."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from typing import Any

from kbgen.core.yaml_aliases import MAX_NESTING, nesting


class DataNestedTooDeeply(ValueError):
    """JSON or TOML nested deeper than its parser reads."""


def _bounded(parse: Callable[[str], Any], text: str, kind: str, containers: str) -> Any:
    """`parse(text)`; DataNestedTooDeeply when `text` nests `containers` too deep."""
    if nesting(text) > MAX_NESTING:
        raise DataNestedTooDeeply(f"{kind} nested too deeply to read (more than {MAX_NESTING}"
                                  f" {containers} inside each other)")
    try:
        return parse(text)
    except RecursionError:
        raise DataNestedTooDeeply(f"{kind} nested too deeply to read ({containers} inside"
                                  " each other hundreds of times)") from None


def json_loads(text: str) -> Any:
    """`json.loads(text)`; DataNestedTooDeeply (a ValueError) when it nests too deep."""
    return _bounded(json.loads, text, "JSON", "lists or objects")


def toml_loads(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`; DataNestedTooDeeply (a ValueError) when it nests too deep."""
    result: dict[str, Any] = _bounded(tomllib.loads, text, "TOML", "arrays or tables")
    return result
