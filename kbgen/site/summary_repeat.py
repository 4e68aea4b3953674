"""Whether an article's body opens with its summary (an imported article's summary is often its
first sentence), so that the page does not show the same sentence twice."""

from __future__ import annotations

import html as html_lib
import re

_FIRST_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")


def summary_opens_body(summary: str, body_html: str) -> bool:
    """True when the first paragraph of `body_html` (before any heading) starts with
    `summary`, read as plain text (a shortened summary's `…` aside)."""
    first = _FIRST_PARAGRAPH.search(body_html)
    if first is None or re.search(r"<h[1-6]\b", body_html[:first.start()]):
        return False
    text = " ".join(html_lib.unescape(_TAG.sub("", first.group(1))).split())
    wanted = " ".join(summary.removesuffix("…").split())
    return bool(wanted) and text.startswith(wanted)
