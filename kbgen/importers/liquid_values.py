"""Liquid output a Jekyll page's text needs and kbgen can fill before the rest is removed:
links written as Liquid (`[Docs]({{ '/docs/home/' | relative_url }})`, the way Jekyll's
documentation tells sites to link) become their address, so the link follows its article to
the new site instead of being left empty; `{{ page.x }}` takes the page's own front matter
value and `{{ site.data.ruby.min_version }}` the value in `_data/ruby.yml`. Code and
`{% raw %}` text (examples shown as written) are never changed."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from kbgen.core.nested_data import json_loads
from kbgen.core.yaml_aliases import safe_load_bounded
from kbgen.importers.markdown_text import protected

_ADDRESS = re.compile(r"\{\{-?\s*(['\"])(/?)([^'\"{}<>\s]*)\1\s*"
                      r"((?:\|\s*(?:relative_url|absolute_url)\s*)*)-?\}\}")
"""A quoted path, with none but Jekyll's address filters after it (which read `docs/x/` as
`/docs/x/`)."""
_VALUE = re.compile(r"\{\{-?\s*(page|site\.data)\.([\w.-]+)\s*-?\}\}")
"""`{{ page.x }}` or `{{ site.data.file.key }}`, without filters."""
_FOR = re.compile(r"\{%-?\s*for\s+(\w+)\s+in\s+site\.data\.([\w.-]+)\s*-?%\}(.*?)"
                  r"\{%-?\s*endfor\s*-?%\}", re.S)
"""A `for` loop over a list of `_data/` (Jekyll's configuration options table)."""
_IF = re.compile(r"\{%-?\s*if\s+(\w+)(?:\.([\w-]+))?\s*-?%\}(.*?)\{%-?\s*endif\s*-?%\}", re.S)
_ITEM = re.compile(r"\{\{-?\s*(\w+)(?:\.([\w-]+))?\s*-?\}\}")
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
            found = self._lookup(meta, keys) if kind == "page" else self._data(keys)
            if isinstance(found, bool) or not isinstance(found, (str, int, float)):
                return match.group(0)  # removed and named with the other tags
            filled.append(f"{kind}.{path}")
            return str(found)

        def loop(match: re.Match[str]) -> str:
            name, path, text = match.groups()
            listed = self._data(path.split("."))
            shown = _loop(name, text, listed) if isinstance(listed, list) else None
            if shown is None:
                return match.group(0)  # removed and named with the other tags
            filled.append(f"for {name} in site.data.{path}")
            return shown

        def fill_part(part: str) -> str:
            return _VALUE.sub(value, _FOR.sub(loop, part))

        return outside_code(body, fill_part), filled

    @staticmethod
    def loops_left(body: str) -> list[str]:
        """The `for` loops over `_data/` that `fill` left (more Liquid than values and `if`:
        `elsif`, a nested loop, a filter), as `for x in site.data.y`."""
        found: list[str] = []

        def note(part: str) -> str:
            found.extend(f"for {m.group(1)} in site.data.{m.group(2)}" for m in _FOR.finditer(part))
            return part

        outside_code(body, note)
        return found

    @staticmethod
    def _lookup(data: Any, keys: list[str]) -> Any:
        for key in keys:
            data = data.get(key) if isinstance(data, dict) else None
        return data

    def _data(self, keys: list[str]) -> Any:
        """`site.data.a.b.c`: `_data/a.yml`'s `b.c`, or `_data/a/b.yml`'s `c` (Jekyll reads
        a folder of `_data/` as one more level of keys)."""
        if "" in keys:
            return None
        for depth in range(1, len(keys) + 1):
            if not (self.data_dir.joinpath(*keys[:depth])).is_dir():
                return self._lookup(self._file("/".join(keys[:depth])), keys[depth:])
        return None

    def _file(self, name: str) -> Any:
        """`_data/<name>.yml` (or `.yaml`, `.json`; `name` may be `folder/file`), read once;
        None when absent or unreadable."""
        if name not in self._files:
            self._files[name] = None
            for suffix in (".yml", ".yaml", ".json"):
                path = self.data_dir / f"{name}{suffix}"
                if path.is_file() and not any(part.startswith(".") for part in name.split("/")) \
                        and path.resolve().is_relative_to(self.data_dir.resolve()):  # no link out
                    try:
                        text = path.read_text(encoding="utf-8")
                        self._files[name] = json_loads(text) if suffix == ".json" \
                            else safe_load_bounded(text)
                    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
                        pass
                    break
        return self._files[name]


def _loop(name: str, text: str, items: list[Any]) -> str | None:
    """A `for` loop's text once per item, with `{{ name.key }}` written as the item's value and
    `{% if name.key %}...{% endif %}` kept when it has one; None when the text holds any other
    Liquid (a filter, a nested loop, another variable) or a value is no text or number."""
    text = re.sub(r"-([%}])\}\s*", r"\1}", re.sub(r"\s*\{([%{])-", r"{\1", text))  # `{%-`
    # and `-%}` take the white space beside them away, as Liquid does

    def uses_item(match: re.Match[str]) -> str:
        return "" if match.group(1) == name else match.group(0)

    bare = _ITEM.sub(uses_item, _IF.sub(lambda m: m.group(3) if m.group(1) == name
                                        else m.group(0), text))
    if "{{" in bare or "{%" in bare:
        return None
    shown = []
    for item in items:
        def field(match: re.Match[str]) -> Any:
            return item.get(match.group(2)) if match.group(2) and isinstance(item, dict) \
                else None if match.group(2) else item

        def condition(match: re.Match[str]) -> str:
            return match.group(3) if field(match) not in (None, False, "") else ""

        broken = False

        def output(match: re.Match[str]) -> str:
            nonlocal broken
            found = field(match)
            if found is None:
                return ""  # Liquid prints nothing for a missing key
            if isinstance(found, bool) or not isinstance(found, (str, int, float)):
                broken = True
            return str(found)

        once = _ITEM.sub(output, _IF.sub(condition, text))
        if broken:
            return None
        shown.append(once)
    return "".join(shown)
