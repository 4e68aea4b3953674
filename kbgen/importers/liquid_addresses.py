"""A Jekyll page's links written as Liquid (`[Docs]({{ '/docs/home/' | relative_url }})`, the
way Jekyll's documentation tells sites to link): the address itself, so the link follows its
article to the new site instead of being removed with the other Liquid and left empty."""

from __future__ import annotations

import re

from kbgen.importers.markdown_text import protected

_ADDRESS = re.compile(r"\{\{-?\s*(['\"])(/?)([^'\"{}<>\s]*)\1\s*"
                      r"((?:\|\s*(?:relative_url|absolute_url)\s*)*)-?\}\}")
"""A quoted path, with none but Jekyll's address filters after it (which read `docs/x/` as
`/docs/x/`)."""
_RAW = re.compile(r"(\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\})", re.S)
"""`{% raw %}...{% endraw %}`: shown as written on the old page (an example), never changed."""


def liquid_addresses(body: str) -> tuple[str, int]:
    """`body` with each Liquid address written as its path (code and `{% raw %}` text kept as
    they are), and how many."""
    count = 0

    def address(match: re.Match[str]) -> str:
        nonlocal count
        if not match.group(2) and not match.group(4):
            return match.group(0)  # `{{ 'text' }}`: no address; removed with the other Liquid
        count += 1
        return "/" + match.group(3)

    def outside_raw(part: str) -> str:
        pieces = _RAW.split(part)  # the raw blocks at odd places
        return "".join(piece if index % 2 else _ADDRESS.sub(address, piece)
                       for index, piece in enumerate(pieces))

    return protected(body, outside_raw), count
