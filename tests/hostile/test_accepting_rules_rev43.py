"""Issue 19 (rev43): imp42's accepting rules attacked. A phone number written where an SVG's
geometry is blanked (a `d=` in a `<desc>`, a comment, a script, on a `<text>`) is still read;
the public SVG DOCTYPE is removed only from the prolog, so removing it never joins what is
around it into markup; an old site's position too large for a float places nothing. The gate's
own accepting rules have their rows in bench/gatecorpus/hostile.yml (ids `… (rev43)`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import scan
from kbgen.core.published_files import geometry_blanked
from kbgen.core.svg import svg_problems
from kbgen.importers.article_order import position
from kbgen.importers.svg_copies import copy_file

PHONE = "+1 206 867 5309"
OPEN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
DTD = (b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"'
       b' "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">')


def _phones(svg: str) -> list[int]:
    return [f.line for f in scan(geometry_blanked(svg)) if f.kind == "phone number"]


@pytest.mark.parametrize("inside", [
    f'<desc>Support d="{PHONE}"</desc>',
    f'<title>Call us: viewBox="{PHONE}"</title>',
    f'<text x="1">points = "{PHONE}"</text>',
    f'<!-- d="{PHONE}" -->',
    f'<style> .a {{ }} </style><metadata> transform="{PHONE}"</metadata>',
    f'<text d="{PHONE}">x</text>',
    f'<rect points="{PHONE}"/>',
    f'<path d="M0 0"/><text>{PHONE}</text>',
])
def test_a_number_outside_a_drawing_elements_geometry_is_read(inside: str) -> None:
    assert _phones(f"{OPEN}\n{inside}\n</svg>") == [2]


def test_drawing_geometry_is_still_blanked() -> None:
    svg = (f'{OPEN}\n<path\n d="M 1.469042,5.0017175 1.17209,5.0017175 0.83437958,5.0017175"/>\n'
           '<svg:polygon points="415 867 5309 1"/><g transform="translate(415 867) scale(5309)"/>'
           "</svg>")
    assert _phones(svg) == []
    assert _phones(svg.replace("<path", "<line")) == [3]  # `d` draws only on a path


def test_the_public_doctype_is_removed_only_from_the_prolog(tmp_path: Path) -> None:
    prolog = tmp_path / "prolog.svg"
    prolog.write_bytes(b'<?xml version="1.0"?>\n<!-- Inkscape -->\n' + DTD
                       + OPEN.encode() + b"</svg>")
    copy_file(prolog, tmp_path / "prolog-copy.svg")
    assert (tmp_path / "prolog-copy.svg").read_bytes() == (
        b'<?xml version="1.0"?>\n<!-- Inkscape -->\n' + OPEN.encode() + b"</svg>")
    joined = tmp_path / "joined.svg"
    joined.write_bytes(OPEN.encode() + b"<scr" + DTD + b"ipt>alert(1)</script></svg>")
    copy_file(joined, tmp_path / "joined-copy.svg")
    copied = (tmp_path / "joined-copy.svg").read_bytes()
    assert copied == joined.read_bytes() and b"<script" not in copied
    assert svg_problems(copied)  # refused as before, not a removal that made a script


@pytest.mark.parametrize("weight", [10 ** 400, -(10 ** 400), 2 ** 53 + 1],
                         ids=["10**400", "-10**400", "2**53+1"])
def test_a_position_too_large_for_a_float_places_nothing(weight: int) -> None:
    assert position({"weight": weight}) is None
    assert position({"sidebar_position": weight, "weight": 3}) == 3.0
