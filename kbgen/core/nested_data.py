"""JSON and TOML readers that refuse data nested deeper than Python's parsers read (both
recurse, as PyYAML does: kbgen.core.yaml_aliases): a RecursionError, which a caller expecting
a `ValueError` for unreadable data does not catch, so one imported page or settings file
nested 20,000 deep stopped a whole `kbgen import` (hostile62)."""

from __future__ import annotations

import json
from typing import Any

import tomllib

from kbgen.core.yaml_aliases import MAX_NESTING, nesting


class DataNestedTooDeeply(ValueError):
    """JSON or TOML nested deeper than its parser reads."""


def json_loads(text: str) -> Any:
    """`json.loads(text)`; DataNestedTooDeeply (a ValueError) when it nests too deep."""
    if nesting(text) > MAX_NESTING:
        raise DataNestedTooDeeply(f"JSON nested too deeply to read (more than {MAX_NESTING}"
                                  " lists or objects inside each other)")
    try:
        return json.loads(text)
    except RecursionError:
        raise DataNestedTooDeeply("JSON nested too deeply to read (lists or objects inside"
                                  " each other hundreds of times)") from None


def toml_loads(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`; DataNestedTooDeeply (a ValueError) when it nests too deep."""
    if nesting(text) > MAX_NESTING:
        raise DataNestedTooDeeply(f"TOML nested too deeply to read (more than {MAX_NESTING}"
                                  " arrays or tables inside each other)")
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise DataNestedTooDeeply("TOML nested too deeply to read (arrays or tables inside"
                                  " each other hundreds of times)") from None
