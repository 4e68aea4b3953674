"""The published specimens' machine-readable zones (fixcard67, rev67 8): the Dutch specimen
passport (`SPECI20142NLD…`, Willeke De Bruijn), Germany's passport and identity card of Erika
Mustermann (`P<D<<MUSTERMANN<<ERIKA…`) are in every MRZ library's README and every OCR or
identity-check product's help, and kbgen.core.privacy.machine_zones reads them as a person's.

Read from what the zone itself says, not from a list of known numbers: a document number that
opens with `SPECI` (the Netherlands' specimens), or a name line of the same zone (the run of
zone lines around the data line) whose surname is a specimen's, `MUSTERMANN`/`MUSTERFRAU`
(Germany's and Austria's made-up citizen, also kbgen.core.privacy.postal_addresses' stand-in)
or `SPECIMEN`. Trade-off: a real holder of the surname Mustermann would publish; the name line
has to be in the zone, so a real zone with `Mustermann` written in prose beside it stays a
finding."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import NATIONAL_ID

REASON = "a published specimen document's machine-readable zone (SPECI…, MUSTERMANN, SPECIMEN)"

_ZONE_LINE = re.compile(r"[A-Z0-9<]{30}(?:[A-Z0-9<]{6}(?:[A-Z0-9<]{8})?)?")
_TAGS = re.compile(r"<(?:/?[a-z][^>]*)>")
_SPECIMEN_SURNAMES = frozenset({"MUSTERMANN", "MUSTERFRAU", "SPECIMEN"})
"""The surnames the specimens' zones print (their names' own word for a made-up citizen)."""
_SPECIMEN_NUMBER = "SPECI"
MAX_ZONE = 3
"""The lines of one zone (TD1 has three; TD2 and TD3 two)."""


def _zone_text(line: str) -> str | None:
    """The zone line `line` is alone (beside markup and blanks), or None."""
    text = _TAGS.sub("", line).strip().strip("`>| \t")
    return text if _ZONE_LINE.fullmatch(text) else None


def _surname(zone: str) -> str:
    """The surname of a name line: after `P<D<<`-like type and state on a TD3/TD2 line, or the
    whole TD1 third line."""
    names = zone[5:] if len(zone) > 30 and re.match(r"[A-Z][A-Z<][A-Z<]{3}", zone) else zone
    return names.split("<<", 1)[0].replace("<", " ").strip()


def _specimen(lines: list[str], index: int, run: str) -> bool:
    numbers = (run[0:9], run[5:14])
    if any(number.startswith(_SPECIMEN_NUMBER) for number in numbers):
        return True
    for near in range(max(0, index - MAX_ZONE + 1), min(len(lines), index + MAX_ZONE)):
        zone = _zone_text(lines[near])
        if zone is not None and not any(char.isdigit() for char in zone) and (
                _surname(zone) in _SPECIMEN_SURNAMES):
            between = range(min(near, index), max(near, index) + 1)
            if all(_zone_text(lines[at]) is not None or at == index for at in between):
                return True
    return False


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the data lines of the published specimens' zones."""
    for index, line, hit in found:
        if (hit.kind == NATIONAL_ID and hit.excerpt.startswith("MRZ ")
                and _specimen(lines, index, line[hit.start:hit.end])):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit
