"""Liquid output a Jekyll page's text needs and kbgen can fill before the rest is removed:
links written as Liquid (`[Docs]({{ '/docs/home/' | relative_url }})`, the way Jekyll's
documentation tells sites to link) become their address, so the link follows its article to
the new site instead of being left empty; `{{ page.x }}` takes the page's own front matter
value and `{{ site.data.ruby.min_version }}` the value in `_data/ruby.yml`. Code and
`{% raw %}` text (examples shown as written) are never changed."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from kbgen.importers.markdown_text import protected

_ADDRESS = re.compile(r"\{\{-?\s*(['\"])(/?)([^'\"{}<>\s]*)\1\s*"
                      r"((?:\|\s*(?:relative_url|absolute_url)\s*)*)-?\}\}")
"""A quoted path, with none but Jekyll's address filters after it (which read `docs/x/` as
`/docs/x/`)."""
_VALUE = re.compile(r"\{\{-?\s*(page|site\.data)\.([\w.-]+)\s*-?\}\}")
"""`{{ page.x }}` or `{{ site.data.file.key }}`, without filters."""
_RAW = re.compile(r"(\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\})", re.S)


def outside_code(body: str, change: Callable[[str], str]) -> str:
    """`change` applied outside code and `{% raw %}` blocks."""
    def outside_raw(part: str) -> str:
        pieces = _RAW.split(part)  # the raw blocks at odd places
        return "".join(piece if index % 2 else change(piece)
                       for index, piece in enumerate(pieces))
    return protected(body, outside_raw)


def liquid_addresses(body: str) -> tuple[str, int]:
    """`body` with each Liquid address written as its path, and how many."""
    count = 0

    def address(match: re.Match[str]) -> str:
        nonlocal count
        if not match.group(2) and not match.group(4):
            return match.group(0)  # `{{ 'text' }}`: no address; removed with the other Liquid
        count += 1
        return "/" + match.group(3)

    return outside_code(body, lambda part: _ADDRESS.sub(address, part)), count


class LiquidValues:
    """The values a Jekyll site's pages may print: their own front matter and `_data/`."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._files: dict[str, Any] = {}

    def fill(self, body: str, meta: dict[str, Any]) -> tuple[str, list[str]]:
        """`body` with each `{{ page.x }}` and `{{ site.data.x.y }}` that names a text or a
        number written as it; and the names filled."""
        filled: list[str] = []

        def value(match: re.Match[str]) -> str:
            kind, path = match.groups()
            keys = path.split(".")
            found = self._lookup(meta, keys) if kind == "page" else \
                self._lookup(self._file(keys[0]), keys[1:])
            if isinstance(found, bool) or not isinstance(found, (str, int, float)):
                return match.group(0)  # removed and named with the other tags
            filled.append(f"{kind}.{path}")
            return str(found)

        return outside_code(body, lambda part: _VALUE.sub(value, part)), filled

    @staticmethod
    def _lookup(data: Any, keys: list[str]) -> Any:
        for key in keys:
            data = data.get(key) if isinstance(data, dict) else None
        return data

    def _file(self, name: str) -> Any:
        """`_data/<name>.yml` (or `.yaml`, `.json`), read once; None when absent or unreadable."""
        if name not in self._files:
            self._files[name] = None
            for suffix in (".yml", ".yaml", ".json"):
                path = self.data_dir / f"{name}{suffix}"
                if path.is_file() and not name.startswith(".") \
                        and path.resolve().is_relative_to(self.data_dir.resolve()):  # no link out
                    try:
                        text = path.read_text(encoding="utf-8")
                        self._files[name] = json.loads(text) if suffix == ".json" \
                            else yaml.safe_load(text)
                    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
                        pass
                    break
        return self._files[name]
