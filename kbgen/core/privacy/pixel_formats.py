"""A graphics format's name, for the gate (issue 19, branch m56).

A shader or video guide names the formats a render target or a texture takes: Vulkan's
`R8G8B8A8_UNORM`, `A2B10G10R10_UNORM_PACK32`, `D24_UNORM_S8_UINT`, Direct3D's
`DXGI_FORMAT_R10G10B10A2_UNORM`, `R11G11B10_FLOAT`. The token and password rules read such a
name as a key: letters and digits mixed, a table cell of its own (the libretro docs' slang
shader page, measured blind: 11 findings on one page).

A format's name is nothing but one to four channels (a letter of `RGBAXDSE`, then its bits),
one of a fixed set of numeric types (`UNORM`, `SFLOAT`, ...) and at most a packing or an sRGB suffix
(`_FORMAT_GRAMMAR`). Accepted: a password or token (no service's key) whose whole word (the
run of letters, digits and underscores around it) is such a name, on a line that names no
secret (`password: R8G8B8A8_UNORM` stays found: rev56). The grammar leaves a secret
no room: no lower case, no letter outside the eight channels, a type word after the bits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.surroundings import names_secret

REASON = "a graphics format's name (`R8G8B8A8_UNORM`, `A2B10G10R10_UNORM_PACK32`)"

_CHANNELS = r"(?:[RGBAXDSE]\d{1,2}){1,4}"
"""One to four channels and their bits (`R8G8B8A8`, `D24`): no format has more."""
_TYPE = r"(?:UNORM|SNORM|USCALED|SSCALED|UINT|SINT|UFLOAT|SFLOAT|FLOAT|SRGB|TYPELESS|SHAREDEXP)"
_FORMAT_GRAMMAR = re.compile(
    rf"(?:VK_FORMAT_|DXGI_FORMAT_)?{_CHANNELS}(?:_{_CHANNELS})*_{_TYPE}"
    rf"(?:_{_CHANNELS}_{_TYPE})?(?:_SRGB)?(?:_PACK(?:8|16|32))?")
"""Vulkan's `VkFormat` and Direct3D's `DXGI_FORMAT` names of uncompressed formats."""
_WORD_CHARACTER = re.compile(r"\w", re.ASCII)


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but graphics formats' names."""
    return line_rules.accepted(found, context, REASON,
                               lambda _, line, hit: format_name(line, hit.start, hit.end),
                               lambda _, line: not names_secret(line))


def format_name(line: str, start: int, end: int) -> bool:
    """Whether the word holding `line[start:end]` is a graphics format's name."""
    while start > 0 and _WORD_CHARACTER.match(line, start - 1):
        start -= 1
    while end < len(line) and _WORD_CHARACTER.match(line, end):
        end += 1
    return _FORMAT_GRAMMAR.fullmatch(line, start, end) is not None
