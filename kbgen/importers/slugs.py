"""ASCII slugs from titles in any script, unique within a set of names."""

from __future__ import annotations

from kbgen.core.privacy import scan
from kbgen.core.slugs import ascii_slug

SLUG_LIMIT = 60


def slugify(text: str, fallback: str = "article") -> str:
    """`Ошибка входа в приложение` -> `oshibka-vkhoda-v-prilozhenie`; `Café & co.` -> `cafe-co`.

    Every script is transliterated to ASCII (anyascii), then cut at a word under SLUG_LIMIT.
    A text the publishing gate refuses gives `fallback` (see `holds_findings`)."""
    if holds_findings(text):
        return fallback
    return ascii_slug(text, SLUG_LIMIT) or fallback


def holds_findings(text: str) -> bool:
    """True when the gate refuses something in `text` (a title `Contact jane.doe@gmail.com`, a
    section named after a phone number, an image `jane.doe@gmail.com.png`). Its slug would
    name a file or folder, so the page's address in every link, the navigation, the sitemap
    and the feeds; the gate reads the text where it stays (front matter, `_data`) and the
    author fixes it there, but in the slug the value has lost its signs (`jane-doe-gmail-com`)
    and no reader finds it again."""
    return any(not finding.advisory for finding in scan(text))


class UniqueNames:
    """Hands out names not yet taken: `firefox`, then `firefox-2`, `firefox-3`."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = set(taken or ())

    def claim(self, wanted: str, *qualifiers: str) -> str:
        """`wanted` if free, else `wanted-<qualifier>` with the first qualifier that makes it
        free (the page's own folder, the category), else numbered."""
        candidates = [wanted]
        candidates += [f"{wanted}-{q}" for q in qualifiers if q and q != wanted]
        for name in candidates:
            if name not in self.taken:
                self.taken.add(name)
                return name
        number = 2
        while f"{wanted}-{number}" in self.taken:
            number += 1
        self.taken.add(f"{wanted}-{number}")
        return f"{wanted}-{number}"
