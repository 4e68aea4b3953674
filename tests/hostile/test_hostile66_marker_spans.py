"""A `<!-- kb:allow KIND -->` marker written inside inline code (hostile round 23): Markdown
shows a code span's content as text, so such a marker is the author writing about markers, not
a hidden comment. On main it accepted its line's findings (every kind) and was taken out of the
published text. It now accepts nothing and is published as written; a real marker beside a code
span, and the code-block comment markers of kbgen.core.allow_markers, work as before."""

from __future__ import annotations

import pytest

from kbgen.core.allow_markers import read_markers, strip_markers

SHOWN = {
    "end of line": "Write to mary@gmail.com `<!-- kb:allow email -->`",
    "double backticks": "Write to mary@gmail.com ``<!-- kb:allow email -->``",
    "triple backticks inline": "Call +44 7911 123456 ```<!-- kb:allow phone -->```",
    "alone above": "`<!-- kb:allow email -->`\nmary@gmail.com",
    "alone above, padded": "`` <!-- kb:allow email --> ``\nmary@gmail.com",
    "password": "The wifi password is Qx7!pLm2Zr9 `<!-- kb:allow password -->`",
    "card": "Card 4111 1111 1111 1111 `<!-- kb:allow card -->`",
    "national id": "SSN 524-44-8377 `<!-- kb:allow national-id -->`",
    "bank": "Sort code 20-00-00, account 55779911 `<!-- kb:allow bank-account -->`",
    "link": "[help.acme.com](https://evil.test) `<!-- kb:allow link -->`",
    "two kinds": "mary@gmail.com, +44 7911 123456 `<!-- kb:allow email phone -->`",
    "table row": "| Mary | mary@gmail.com | `<!-- kb:allow email -->` |",
    "list item": "- mary@gmail.com `<!-- kb:allow email -->`",
    "quote": "> mary@gmail.com `<!-- kb:allow email -->`",
    "with text around": "Use `see <!-- kb:allow email --> here` mary@gmail.com",
    "upper case": "mary@gmail.com `<!-- KB:ALLOW EMAIL -->`",
    "two spans": "`a` mary@gmail.com `<!-- kb:allow email -->`",
    "span over two lines": "Text `code\nmore <!-- kb:allow email -->` mary@gmail.com",
    "heading": "## mary@gmail.com `<!-- kb:allow email -->`",
    "no kind": "mary@gmail.com `<!-- kb:allow -->`",
}
"""A marker only inside inline code: no marker, no error, published as written."""
REAL = {
    "after a code span": ("Use `x` then mary@gmail.com <!-- kb:allow email -->", 1),
    "beside a shown one": ("Write `<!-- kb:allow email -->`: mary@gmail.com"
                           " <!-- kb:allow email -->", 1),
    "alone before": ("<!-- kb:allow email -->\nmary@gmail.com `code`", 2),
    "escaped backticks": ("\\`x\\` mary@gmail.com <!-- kb:allow email -->", 1),
    "unclosed backtick": ("A ` tick, mary@gmail.com <!-- kb:allow email -->", 1),
    "code block html comment": ("```\nmary@gmail.com <!-- kb:allow email -->\n```", 2),
    "code block hash comment": ("```bash\nexport KEY=sk_x  # kb:allow token\n```", 2),
    "code block alone above": ("```\n<!-- kb:allow email -->\nmary@gmail.com\n```", 3),
    "span then marker in a table": ("| `id` | mary@gmail.com | <!-- kb:allow email --> |", 1),
    "ticks inside a code block": ("```\n`x` mary@gmail.com <!-- kb:allow email -->\n```", 2),
    "after a closed span on the line above": ("`x`\nmary@gmail.com <!-- kb:allow email -->", 2),
}
"""(body, line it accepts) of real markers near inline code: read as before."""


@pytest.mark.parametrize("name", SHOWN)
def test_a_marker_in_inline_code_accepts_nothing_and_stays_shown(name: str) -> None:
    body = SHOWN[name]
    markers = read_markers(body)
    assert markers.markers == () and markers.errors == ()
    assert strip_markers(body) == body
    assert strip_markers(body, keep_lines=False) == body


@pytest.mark.parametrize("name", REAL)
def test_a_real_marker_beside_inline_code_still_accepts_its_line(name: str) -> None:
    body, target = REAL[name]
    markers = read_markers(body)
    assert [marker.target for marker in markers.markers] == [target]
    assert "kb:allow email -->" not in strip_markers(body).replace(
        "`<!-- kb:allow email -->`", "")
