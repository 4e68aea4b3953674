"""Places in the site that kbgen and MkDocs write after copying the content and theme files:
a copied file there is replaced without a word (`content/feed-articles.json` by the site's
feed, `content/search/search_index.json` by its index), or stays beside the site's own under
a name readers and feed readers take for the site's (`feed-news.json` when the site has no
news). Each is refused with what is written there. robots.txt is not among them: kbgen keeps
a site's own (kbgen.site.hosting); `sitemap.xml.gz` is refused as a precompressed copy
(kbgen.core.static_files).
"""

from __future__ import annotations

FEEDS_PREFIX = "feed-"
"""kbgen.site.feeds.FEEDS_PREFIX (the core does not import the site's modules; a test holds
them equal)."""
FEED_SUFFIXES = (".json", ".atom")
SEARCH_FOLDER = "search/"
"""The folder of kbgen.site.search_index's INDEX_PATH and its parts."""


def written_there(src_uri: str) -> str | None:
    """What the build writes at the copied file or page `src_uri` (relative to the site's
    root), or in the folder it makes there (`feed-articles.json/index.md`, `feed-news.json.md`
    under directory URLs: the build failed writing the feed, "Is a directory"), or None.
    Names are compared in lower case, as hosts on case-insensitive disks match them."""
    name = src_uri.lower()
    top = name.split("/", 1)[0].removesuffix(".md")  # a folder, or a page under directory URLs
    if top.startswith(FEEDS_PREFIX) and top.endswith(FEED_SUFFIXES):
        return (f"kbgen writes the site's feeds at its root as {FEEDS_PREFIX}<name>.atom and"
                " .json (feed-articles.json, feed-articles-<category>.json, feed-issues.json,"
                " feed-news.json)")
    if name.startswith(SEARCH_FOLDER):
        return "kbgen and MkDocs' search write the site's search index in search/"
    return None


def refusal(src_uri: str, folder: str) -> str | None:
    """The message refusing a file of `folder` ("content", "theme") copied to `src_uri`, or
    None when the build writes nothing there."""
    written = written_there(src_uri)
    if written is None:
        return None
    return (f"{written}: a file of the {folder} folder at that place is overwritten by the"
            " build without a word, or passes for the site's own; rename or move the file")
