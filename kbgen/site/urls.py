"""Where each kind of page lives, and links between them relative to the current page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.utils import get_relative_url

from kbgen.core.model import Article, tag_key

if TYPE_CHECKING:
    from mkdocs.structure.files import Files

HOME = "index.md"
TAGS = "tags.md"
TEAM = "team/index.md"
CONTACT = "contact.md"
STATUS = "status.md"
SUBSCRIBE = "subscribe.md"


def profile_uri(member_id: str) -> str:
    """Source path of a team member's generated profile page."""
    return f"team/{member_id}.md"


def category_uri(slug: str) -> str:
    """Source path of a category's generated page."""
    return f"articles/{slug}/index.md"


def tag_anchor(tag: str) -> str:
    """The anchor of a tag on the tags index."""
    return "tag-" + tag_key(tag)


def tag_uri(tag: str) -> str:
    """Source path of a tag's generated page."""
    return f"tags/{tag_key(tag)}.md"


class Urls:
    """Relative URLs from the page being rendered to any source path."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self.known = {file.src_uri: file.url for file in files
                      if not file.inclusion.is_excluded()}
        """URLs of the files there were when the build began: articles written by workers
        are later taken out of `files` (kbgen.site.parallel)."""
        self._relative: dict[tuple[str, str], str] = {}
        """(target URL, folder of the page) -> relative URL: pages of a folder share them."""

    def to(self, src_uri: str, page_url: str, anchor: str = "") -> str:
        """URL of `src_uri` relative to `page_url` (empty string when it is not built)."""
        target = self.known.get(src_uri)
        if target is None:
            file = self.files.get_file_from_path(src_uri)
            if file is None or file.inclusion.is_excluded():
                return ""
            target = file.url
        folder, _, name = page_url.rpartition("/")
        key = (target, folder if "." in name else page_url)  # as get_relative_url reads it
        url = self._relative.get(key)
        if url is None:
            url = self._relative[key] = get_relative_url(target, page_url)
        return f"{url}#{anchor}" if anchor else url

    def article(self, article: Article, page_url: str) -> str:
        """URL of an article relative to `page_url`."""
        return self.to(article.origin.src_uri, page_url)
