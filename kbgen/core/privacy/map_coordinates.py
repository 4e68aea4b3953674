"""A place given as map coordinates precise enough to find one house (hostile round 23): `I
live at 52.3731, 4.8922`, `geo:52.3731,4.8922`, a map link's `@52.3731234,4.8922345,17z`,
`?q=`/`?ll=`/`?mlat=…&mlon=…`, `51°30'26.5"N 0°07'39.1"W`. A customer's home written so is
as private as its street address; main published every one.

Read: a latitude and a longitude (in range, not both within two degrees of 0) with five decimals
or more (about 1 m), or four (about 11 m) in a `geo:` URI, a map link or after a home's name
(a city's published centre is written with four: `51.5074, -0.1278`), or degrees, minutes and
seconds; as a `geo:` URI, in a map link, as two numbers of a pair (`lat, lon`, or `lat;lon`
and `lat lon` after a home's name; not inside a longer list of numbers: `0.15,0.57,0.1094,
0.1944` is an overlay's rectangle) or under `lat`/`lon` keys on one line. A town's two decimals
(`52.37, 4.89`), a format or example its sentence names, and coordinates a page gives for its
own place (accepted per line with `<!-- kb:allow address -->`) are not read as a home.
Reported as a postal address: the place of a person's home.

Nobody's home (rev66), unless the line names a home or a person (`my`, `her`, `customer's`,
`Mary Quinn,`): a pair drawn in an SVG path's `d` or an element's `points`/`viewBox` (an
icon), a place the page's writer calls its own (`our office`, `unser Büro`, `notre
entrepôt`), a pair the sentence shows as a format (`links look like …`, `written as …`), a
bounding box's corner (`bbox`, `bounding box`, `extent`) and a measurement's numbers (`mean,
sd`, `calibration gains`, `offset`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kbgen.core.privacy import svg_geometry, svg_paths
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.field_examples import EXAMPLE, SOMEONE, named_example
from kbgen.core.privacy.model import POSTAL_ADDRESS

_NUMBER = r"[-+−]?\d{1,3}\.\d{4,15}"
_PAIR = re.compile(
    r"(?<![\w.,/-])(?P<lat>" + _NUMBER + r")[ \t]*,[ \t]*(?P<lon>" + _NUMBER + r")(?!\d|\.\d)"
    r"(?![ \t]*,[ \t]*[-+]?\d+\.\d)")
"""Two numbers of a pair, not a longer list's (`…,0.1094,0.1944`); `,17z` (a map's zoom) may
follow."""
_SPACED = re.compile(
    r"(?<![\w.,/-])(?P<lat>" + _NUMBER + r")(?:[ \t]*;[ \t]*|[ \t]+)(?P<lon>" + _NUMBER
    + r")(?![\d.;,]|[ \t]+[-+]?\d)")
"""Two numbers with a `;` or blanks between (`52.37312;4.89221`, `52.37312 4.89221`): a pair
only after a home's name (rev66's F11: main and m66 published these)."""
_LISTED = re.compile(r"\d[ \t]*,[ \t]*$")
"""A number and a comma before the pair: a longer list's end, not a place."""
_KEYED = re.compile(
    r"(?i)\b(?:lat|latitude)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<lat>" + _NUMBER + r")[^\n\d]{1,24}?"
    r"\b(?:lon|lng|long|longitude)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<lon>" + _NUMBER + r")")
_MLAT = re.compile(r"(?i)[?&]mlat=(?P<lat>" + _NUMBER + r")&mlon=(?P<lon>" + _NUMBER + r")")
_DMS = re.compile(
    r"(?P<lat>\d{1,2})°[ \t]*(?P<latm>\d{1,2})['′][ \t]*(?P<lats>\d{1,2}(?:\.\d+)?)[\"″][ \t]*"
    r"(?P<ns>[NSns])[ \t,]*(?P<lon>\d{1,3})°[ \t]*(?P<lonm>\d{1,2})['′][ \t]*"
    r"(?P<lons>\d{1,2}(?:\.\d+)?)[\"″][ \t]*(?P<ew>[EWOew])")
_HINT = re.compile(r"\d\.\d{4}|°")
_LINKED = re.compile(r"(?i)geo:|maps|/@|[?&](?:q|ll|query|center)=$")
"""What a pair in a `geo:` URI or a map link follows: a place someone pinned and shared."""
_HOME = re.compile(r"(?i)\b(?:liv(?:e|es|ing)|home|house|flat|apartment|place|address|wohn\w*"
                   r"|zuhause|domicile|chez|maison|casa|vivo|moro|woon\w*|thuis|hjem|koti\w*"
                   r"|dom)\b|自宅|住所|家")
"""A home named before a pair of four decimals (`I live at`, `Mon domicile :`)."""


_OURS = re.compile(r"(?i)\b(?:our|we|us|ours|unser\w*|wir|notre|nos|nous|nuestr\w*|nosotros"
                   r"|onze|ons|wij|nostr\w*|noi|vår\w*|vi|nasz\w*)\b|当社|弊社|私たち")
"""The writer's own (`our office`, `wir`, `notre siège`): a company's place, not a customer's."""
_NOT_A_HOME = re.compile(
    r"(?i)\blooks? like|\bwritten (?:like|as)|\bsyntax|\bbounding[ \t-]?box|\bbbox|\bbounds\b"
    r"|\bextent|\benvelope|\bviewport|\bmean\b|\baverage|\bavg\b|\bstd\b|\bsd\b"
    r"|\bstandard deviation|\bscores?\b|\bgains?\b|\bcalibrat|\boffsets?\b|\bscale"
    r"|\bweights?\b|\bcoefficient|\bvariance|\bmittelwert|\bmoyenne|\bmedia\b")
"""A format named (`links look like`), a box's corners, or a measurement's numbers."""
_SPEAKER = re.compile(r"(?i)\b(?:you|your|yours|dein\w*|du|votre|vos|toi|tu|tus|uw|jouw|je|ich"
                      r"|yo|ik|jag|io|eu)\b|(?-i:\bI\b)|あなた")
"""The one the page speaks to or quotes (`send us your location`, `I am at`): a person."""
_QUOTED_TICKET = re.compile(r"[ \t]*>")
"""A quoted message: `our` there is the customer's family or firm, not the writer's."""


def _drawings(line: str) -> list[tuple[int, int]]:
    """Where the line's SVG drawings are: a path's `d` that is a drawing, an element's
    `viewBox` or `points` (the spans kbgen.core.privacy.svg_paths and svg_geometry accept)."""
    if not any(name in line for name in ("d=", "viewBox=", "points=")):
        return []
    spans = [(match.start(2), match.end(2)) for match in svg_paths._PATH.finditer(line)
             if len(svg_paths._COMMAND.findall(match[2])) >= svg_paths.MIN_COMMANDS]
    for match in svg_geometry._GEOMETRY.finditer(line):
        group = "box" if match.group("box") is not None else "points"
        spans.append((match.start(group), match.end(group)))
    return sorted(spans)


def _drawn(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted `spans`."""
    index = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def _nobodys(line: str, match: re.Match[str], someone: bool,
             drawings: list[tuple[int, int]]) -> bool:
    """Whether the pair is drawing data, the writer's own place, a format, a box or a
    measurement (named in the 80 characters before it), on a line naming no home and no person
    and quoting no one (`someone`); `drawings`: the spans of the line's SVG drawings."""
    start, end = match.start("lat"), match.end("lon")
    if _drawn(drawings, start, end):
        return True
    window = max(0, start - 80)
    return not someone and bool(_OURS.search(line, window, start)
                                or _NOT_A_HOME.search(line, window, start))


def _example_from(line: str) -> int:
    """Where the pairs a sentence calls a format or an example begin (named_example read once
    for the line): after the first word naming an example, or past the line's end."""
    first = EXAMPLE.search(line)
    return first.end() if first is not None and named_example(line[:first.end()], line) \
        else len(line) + 1


def _names_someone(line: str) -> bool:
    """Whether the line names a home or a person, speaks to one or quotes one."""
    return bool(_HOME.search(line) or SOMEONE.search(line) or _SPEAKER.search(line)
                or _QUOTED_TICKET.match(line))


def needs(text: str) -> bool:
    """Whether a line may hold precise coordinates."""
    return _HINT.search(text) is not None


def _place(lat: str, lon: str) -> bool:
    """In range, and not within two degrees of 0, 0 (open sea in the Gulf of Guinea, where
    fractions, weights and prices would be read as places)."""
    north, east = (float(value.replace("−", "-")) for value in (lat, lon))
    return abs(north) <= 90 and abs(east) <= 180 and (abs(north) >= 2 or abs(east) >= 2)


def _precise(line: str, match: re.Match[str]) -> bool:
    """Whether the pair finds one house: five decimals or more (about 1 m), or four (about
    11 m: a city's published centre, `51.5074, -0.1278`, is written so) in a `geo:` URI or a
    map link, or after a home's name in the 60 characters before it."""
    if match.re is _DMS or min(len(match.group(key).split(".")[1]) for key in ("lat", "lon")) >= 5:
        return True
    before = line[max(0, match.start("lat") - 60):match.start("lat")]
    return match.re is _MLAT or bool(_LINKED.search(before[-12:]) or _HOME.search(before))


def _hit(line: str, match: re.Match[str], facts: tuple[bool, list[tuple[int, int]], int]
         ) -> _Hit | None:
    """The finding of a pair; `facts`: whether the line names someone, its SVG drawings'
    spans, and where its pairs named as examples begin."""
    someone, drawings, example_from = facts
    start, end = match.start("lat"), match.end("lon")
    if not _precise(line, match) or example_from <= start or _nobodys(line, match, someone,
                                                                       drawings):
        return None
    lat, lon = match.group("lat"), match.group("lon")
    return _Hit(start, end, POSTAL_ADDRESS,
                f"coordinates {lat[:lat.index('.') + 2]}…, {lon[:lon.index('.') + 2]}…"
                if "." in lat else f"coordinates {lat}°…, {lon}°…")


def map_coordinates(line: str, context: _Context) -> Iterator[_Hit]:
    """Each pair of coordinates on the line precise enough to find one house."""
    if not needs(line):
        return
    found: list[re.Match[str]] = []
    for pattern in (_PAIR, _KEYED, _MLAT, _SPACED):
        found += [match for match in pattern.finditer(line)
                  if _place(match.group("lat"), match.group("lon"))
                  and not (pattern in (_PAIR, _SPACED)
                           and _LISTED.search(line, max(0, match.start() - 40), match.start()))
                  and not (pattern is _SPACED
                           and not _HOME.search(line, max(0, match.start() - 60), match.start()))]
    found += list(_DMS.finditer(line))
    covered = -1  # where the pairs read so far end: found sorted by start, so one end suffices
    facts = (_names_someone(line), _drawings(line), _example_from(line)) if found else (
        False, [], len(line) + 1)
    for match in sorted(found, key=lambda match: match.start("lat")):
        if match.start("lat") < covered:
            continue
        covered = max(covered, match.end("lon"))
        if (hit := _hit(line, match, facts)) is not None:
            yield hit
