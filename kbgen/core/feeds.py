"""Atom and JSON Feed documents: entries dated by the content, never by the build.

Ids are absolute URLs (with a fragment for a known issue's updates), so a reader sees the same
entry across builds; a feed's `updated` is its newest entry's date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

ATOM_NS = "http://www.w3.org/2005/Atom"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
ATOM_TYPE = "application/atom+xml"
JSON_FEED_TYPE = "application/feed+json"


@dataclass(frozen=True)
class Entry:
    """One item of a feed: all plain text, all published."""

    id: str
    title: str
    url: str
    summary: str
    updated: dt.date
    published: dt.date | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feed:
    """A feed about one thing (news, known issues, articles of a category)."""

    title: str
    path: str
    """Where the feed's files go, without extension (`feed-news`: feed-news.atom and .json)."""
    home_url: str
    """The page the feed is about (absolute)."""
    author: str
    entries: list[Entry] = field(default_factory=list)
    language: str = ""
    """The language of its titles and summaries, as a BCP 47 tag (`pt-BR`); '' unsaid."""

    def updated(self) -> dt.date:
        """The newest entry's date (1 January 2000 for an empty feed: never the build day)."""
        return max((e.updated for e in self.entries), default=dt.date(2000, 1, 1))


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold (controls, surrogates, U+FFFE, U+FFFF)."""


def xml_text(text: str) -> str:
    """`text` with every character XML cannot hold replaced by U+FFFD: a feed stays readable
    whatever a title holds (ElementTree writes them as they are, which no reader parses)."""
    return _NOT_XML.sub("\ufffd", text)


def rfc3339(day: dt.date) -> str:
    """`2026-12-02T00:00:00Z`: a content date as a feed timestamp."""
    return f"{day.isoformat()}T00:00:00Z"


def _xml_lang(language: str) -> dict[str, str]:
    """`xml:lang` of an Atom document in `language` (RFC 4287, section 2), or nothing."""
    return {"{http://www.w3.org/XML/1998/namespace}lang": language} if language else {}


def atom(feed: Feed, site_url: str) -> str:
    """The feed as an Atom 1.0 document."""
    ET.register_namespace("", ATOM_NS)
    root = ET.Element(f"{{{ATOM_NS}}}feed", _xml_lang(feed.language))

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}",
                                {key: xml_text(value) for key, value in attrs.items()})
        if text is not None:
            element.text = xml_text(text)
        return element
    self_url = site_url + feed.path + ".atom"
    sub(root, "id", self_url)
    sub(root, "title", feed.title)
    sub(root, "updated", rfc3339(feed.updated()))
    sub(root, "link", rel="self", type=ATOM_TYPE, href=self_url)
    sub(root, "link", rel="alternate", type="text/html", href=feed.home_url)
    sub(sub(root, "author"), "name", feed.author)
    for entry in feed.entries:
        item = sub(root, "entry")
        sub(item, "id", entry.id)
        sub(item, "title", entry.title)
        sub(item, "link", rel="alternate", type="text/html", href=entry.url)
        sub(item, "updated", rfc3339(entry.updated))
        if entry.published:
            sub(item, "published", rfc3339(entry.published))
        sub(item, "summary", entry.summary)
        for tag in entry.tags:
            sub(item, "category", term=tag)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") \
        + "\n"


def json_feed(feed: Feed, site_url: str) -> str:
    """The feed as a JSON Feed 1.1 document."""
    items = []
    for entry in feed.entries:
        item: dict[str, object] = {
            "id": entry.id, "url": entry.url, "title": entry.title,
            "summary": entry.summary, "content_text": entry.summary,
            "date_modified": rfc3339(entry.updated)}
        if entry.published:
            item["date_published"] = rfc3339(entry.published)
        if entry.tags:
            item["tags"] = list(entry.tags)
        items.append(item)
    document = {"version": JSON_FEED_VERSION, "title": feed.title,
                "home_page_url": feed.home_url, "feed_url": site_url + feed.path + ".json",
                "authors": [{"name": feed.author}], "items": items}
    if feed.language:
        document["language"] = feed.language
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
