"""A value that iCalendar's or vCard's line folding cuts (hostile round 23): RFC 5545 and RFC
6350 fold a long content line by breaking it anywhere and starting the next line with one
space or tab, so a copied `.ics` or `.vcf` in a code block may show `EMAIL:mary.quinn@gm` over
` ail.com`, an `ADR` over two lines, an `ATTENDEE`'s `mailto:` cut in its local part. Each line
alone holds no whole value; main published them.

Read: a content line (an upper-case property name, its `;` parameters, a colon) followed by
lines that start with one space or tab, joined as the RFCs unfold them (the break and that one
character taken out) and read at the first line, as quoted-printable's soft breaks are
(kbgen.core.privacy.escaped)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import decoded_hits

_CONTENT_LINE = re.compile(r"(?P<indent>[ \t]*)(?:[A-Za-z][A-Za-z0-9-]*\.)?"
                           r"(?P<name>[A-Z][A-Z0-9-]*)(?:;[^:\n]{0,200})?:\S")
"""`EMAIL;TYPE=home:…`, `item1.ADR:…`: a property's name, parameters and value (indented as
its code block is)."""
_PICTURES = frozenset({"PHOTO", "LOGO", "SOUND", "ATTACH", "KEY", "IMAGE"})
"""Properties whose folded value is a file's base64 (a picture, a sound, a public key): read
whole, it would be a long random-looking run, and it is no one's secret."""
MAX_FOLDED = 20
"""The most lines one property is read across (a photo's base64 is folded over hundreds)."""


def folded_values(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each value a folded content line shows only once unfolded."""
    index = 0
    while index < len(lines) - 1:
        content = _CONTENT_LINE.match(lines[index])
        fold = content and re.compile(re.escape(content.group("indent")) + r"[ \t](?=\S)")
        if not content or not fold or not fold.match(lines[index + 1]):
            index += 1
            continue
        end = index + 1
        while end + 1 < len(lines) and end - index < MAX_FOLDED and fold.match(lines[end + 1]):
            end += 1
        if content.group("name") in _PICTURES:
            index = end + 1
            continue
        cut = len(content.group("indent")) + 1
        joined = lines[index] + "".join(line[cut:] for line in lines[index + 1:end + 1])
        written = " ".join(lines[index:end + 1])
        for hit in decoded_hits(written, joined, 0, len(lines[index]), context,
                                "folded iCalendar/vCard lines"):
            yield index, hit
        index = end + 1
