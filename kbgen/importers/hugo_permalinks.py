"""A Hugo page's address from its section's `permalinks` pattern (gohugo.io, "Configure
permalinks"): every token Hugo documents, the `[permalinks.page]` form as well as the older
flat one. A pattern with a token Hugo would not fill gives no address (the caller falls back
to the folder's), so no `:token` is ever taken for a path."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(r":([a-z]+)(?:\[(-?\d*)(:?)(-?\d*)\])?")


@dataclass(frozen=True)
class HugoPage:
    """What Hugo's permalink tokens read of one page."""

    sections: tuple[str, ...]
    """Its folders under the content folder (`("blog", "2016")`)."""
    base_name: str
    """Its file name without the extension, or its folder's for a page bundle's index."""
    slug: str
    """Its front matter `slug` (empty when none)."""
    title: str
    date: dt.date | None


def pattern_for(permalinks: Any, section: str) -> str | None:
    """The pattern `permalinks` gives regular pages of `section` (`blog = "/blog/:slug/"`, or
    under `[permalinks.page]`), if any."""
    if not isinstance(permalinks, Mapping) or not section:
        return None
    pages = permalinks.get("page")
    for found in ((pages.get(section) if isinstance(pages, Mapping) else None),
                  permalinks.get(section)):
        if isinstance(found, str) and found.startswith("/"):
            return found
    return None


def expand(pattern: str, page: HugoPage) -> str | None:
    """The address `pattern` gives `page`; None when a token is unknown or has no value (a
    date token on an undated page)."""
    values = _values(page)
    missing = False

    def value(match: re.Match[str]) -> str:
        nonlocal missing
        name, start, colon, end = match.groups()
        if name == "sections" and match.group(2) is not None:
            parts = _sliced(page.sections, start, colon, end)
            return "/".join(parts)
        found = values.get(name)
        if found is None:
            missing = True
            return ""
        return found

    address = _TOKEN.sub(value, pattern)
    return None if missing else re.sub(r"/{2,}", "/", address)


def _values(page: HugoPage) -> dict[str, str]:
    """Each token's value for `page` (date tokens only when it has a date)."""
    slug_or_name = page.slug or page.base_name
    values = {"section": page.sections[0] if page.sections else "",
              "sections": "/".join(page.sections),
              "slug": urlize(page.slug or page.title) or page.base_name,
              "title": urlize(page.title) or page.base_name,
              "filename": page.base_name, "contentbasename": page.base_name,
              "slugorfilename": slug_or_name, "slugorcontentbasename": slug_or_name}
    if page.date is not None:
        day = page.date
        values |= {"year": f"{day.year:04d}", "month": f"{day.month:02d}",
                   "monthname": day.strftime("%B").lower(), "day": f"{day.day:02d}",
                   "weekday": str(day.isoweekday() % 7),
                   "weekdayname": day.strftime("%A").lower(),
                   "yearday": str(day.timetuple().tm_yday)}
    return values


def urlize(text: str) -> str:
    """A title as Hugo writes it in a path (its `urlize`): lower case, spaces as hyphens, letters
    of any script kept, other punctuation dropped (`Aus der Binärdatei` -> `aus-der-binärdatei`)."""
    kept = "".join(c if c.isalnum() or c in "._~+#-" or unicodedata.category(c).startswith("M")
                   else "-" if c.isspace() else "" for c in text.strip())
    return re.sub(r"-{2,}", "-", kept).lower()


def _sliced(parts: tuple[str, ...], start: str, colon: str, end: str) -> tuple[str, ...]:
    """`:sections[1:]`, `[:2]`, `[last]`-less slices as Go writes them (`[1]`: one part)."""
    if not colon:
        index = int(start or 0)
        return parts[index:index + 1] if -len(parts) <= index < len(parts) else ()
    return parts[int(start) if start else None:int(end) if end else None]
