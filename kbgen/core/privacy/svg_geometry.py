"""Digits of an SVG element's geometry, read as a phone number (issue 19, hostile52).

An inline icon (`<svg viewBox="0 -960 960 960">`, Material Symbols' own frame, in VitePress'
Korean docs) or a polygon's `points` is a list of coordinates: `960 960 960` is a Peruvian
mobile's shape for a site whose languages read Peru's numbers. Like a path's drawing
(svg_paths), these are drawn, never shown as text, and they are the icon's on every site.
Accepted only inside the attribute's value, only on an SVG element's tag, and only where the
value is numbers alone: four for `viewBox`, at least three points (six numbers) for `points`.
A number in any other attribute, or beside the tag, stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PHONE

REASON = "an SVG element's geometry (`<svg viewBox=\"0 -960 960 960\">`, a polygon's points)"

_NUMBER = r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_GEOMETRY = re.compile(
    r"<(?:svg|symbol|marker|pattern|view|polygon|polyline)\b[^<>]*?\s"
    rf"(?:viewBox=(?P<q1>[\"'])(?P<box>[ \t,]*{_NUMBER}(?:[ \t,]+{_NUMBER}){{3}}[ \t,]*)(?P=q1)"
    rf"|points=(?P<q2>[\"'])(?P<points>[ \t,]*{_NUMBER}(?:[ \t,]+{_NUMBER}){{5,}}[ \t,]*)"
    r"(?P=q2))")
"""An SVG element's tag up to its `viewBox` of four numbers or its `points` of three points
or more."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but phone numbers in an SVG element's geometry."""
    for index, line, hit in found:
        if hit.kind == PHONE and ("viewBox=" in line or "points=" in line) and in_geometry(
                line, hit.start, hit.end):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def in_geometry(line: str, start: int, end: int) -> bool:
    """[start, end) lies inside an SVG element's `viewBox` or `points` value."""
    for match in _GEOMETRY.finditer(line):
        group = "box" if match.group("box") is not None else "points"
        if match.start(group) <= start and end <= match.end(group):
            return True
    return False
