"""`kb_lastmod` made when first read: only sitemap.xml reads it, and a quick build
(kbgen.site.quick_build) never renders the sitemap, so it need not date 10,000 pages."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from kbgen.site.feeds import content_dates

if TYPE_CHECKING:
    from kbgen.core.model import KnowledgeBase


class ContentDates(Mapping[str, str]):
    """`content_dates(kb)`, computed on first use."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._dates: dict[str, str] | None = None

    @property
    def dates(self) -> dict[str, str]:
        """The dates, by source path (kbgen.site.feeds.content_dates)."""
        if self._dates is None:
            self._dates = content_dates(self._kb)
        return self._dates

    def __getitem__(self, uri: str) -> str:
        return self.dates[uri]

    def __iter__(self) -> Iterator[str]:
        return iter(self.dates)

    def __len__(self) -> int:
        return len(self.dates)
