"""North American directory assistance, `NPA-555-1212`, is no one's number (issue 19, fp42).

The North American Numbering Plan gives the line 555-1212 of every area code to directory
assistance (NANPA, 555 line numbers): `phone_number: '+1 (425) 555-1212'` in Authelia's user
database example calls a public service, not a person. Only that number, exactly (one more or
one fewer digit, `555-1213`, or any other 555 number stays a finding: kbgen's tests write
customers' numbers as `555-2671`, and 555-0100 to 0199, reserved for fiction, are refused by
design, kbgen.core.examples).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PHONE

REASON = "North American directory assistance (NPA-555-1212), a public service"

_DIRECTORY = re.compile(r"1?[2-9]\d\d5551212")
_NORTH_AMERICA = frozenset(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1])
"""The regions of the North American Numbering Plan (US, CA, the Caribbean's)."""


def directory_assistance(number: str, regions: tuple[str | None, ...] = ()) -> bool:
    """`number` as written (`+1 (425) 555-1212`) is an area code's directory assistance: after
    `+1`, or written nationally where every region it is read for (`regions`) is North
    American. Italy's mobile `345 555 1212` on an Italian site has the same digits (rev43)."""
    digits = re.sub(r"\D", "", number)
    if not _DIRECTORY.fullmatch(digits):
        return False
    if number.lstrip().startswith("+"):
        return digits.startswith("1")
    return all(region in _NORTH_AMERICA for region in regions if region)


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but directory assistance numbers."""
    regions = (context.default_region, *context.allowed.national_regions)
    for index, line, hit in found:
        if hit.kind == PHONE and directory_assistance(line[hit.start:hit.end], regions):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit
