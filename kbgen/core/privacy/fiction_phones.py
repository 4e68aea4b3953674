"""Phone numbers in Ofcom's drama ranges that phonenumbers does not call valid (issue 19,
leak47): mobile `07700 900000`-`900999` and `01632 960000`-`960999`. The gate does not accept
numbers reserved for fiction (kbgen.core.examples: kbgen's own tests write customers' numbers
with them, and a stand-in cannot be told from the real value), but phonenumbers' metadata
leaves these two ranges out, so `## 07700.900.123`, `<text>07700 900123</text>` or
`data-note="07700 900123"` were read by no rule. The other drama ranges (`020 7946 0…`,
`0113 496 0…`) are valid numbers and found by kbgen.core.privacy.phones."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PHONE
from kbgen.core.privacy.phones import _mask_phone

RANGES = ("7700900", "1632960")
"""The drama ranges' national digits after the trunk `0`, but the last three."""
_GAP = r"(?:\)\s?|[ .\-/])?"
"""What may stand between two digits: one space, dot, dash or slash, or a bracket and a space."""
_DIGITS = "|".join(_GAP.join(prefix) + (_GAP + r"\d") * 3 for prefix in RANGES)
_NUMBER = re.compile(
    r"(?<![\d.+-])(?<![^\W\d]{2})(?<!0x)"  # one letter before: an SVG path's command
    r"(?:(?P<international>(?:\+|00)[ .-]?44[ .-]?(?:\(0\)[ .-]?)?)|\(?0)"
    rf"(?P<digits>{_DIGITS})(?![\w]|[.-]\d)")
"""`+44 7700 900123`, `0044 7700-900-123`, `+44 (0)7700 900123`, `(01632) 960123`,
`07700.900.123`, an SVG path's `M07700 900123`; not inside a longer number or a word."""


def needs(text: str) -> bool:
    """Whether `text` may hold a drama-range number (both ranges hold `9`-`0` and `6` or `7`)."""
    return "900" in text or "960" in text


def _fiction_phones(line: str, context: _Context) -> Iterator[_Hit]:
    """Drama-range numbers: written internationally anywhere, nationally (`07700 900123`) on a
    British site or one whose other regions (Allowed.national_regions) hold GB."""
    if not needs(line):
        return
    national = "GB" in (context.default_region, *context.allowed.national_regions)
    for match in _NUMBER.finditer(line):
        if not (match.group("international") or national):
            continue
        digits = re.sub(r"\D", "", match.group("digits"))
        number = phonenumbers.parse("+44" + digits)
        e164 = "+44" + digits
        yield _Hit(match.start(), match.end(), PHONE, _mask_phone(number),
                   allowed=e164 in context.allowed.phones_e164)
