"""A Docusaurus site's blog (`blog/` beside `docs/`) is not imported: a new user's import of
Homarr's docs (10 posts) said nothing of them, and the links to them were "kept as text" with
no word of why. The summary now says so, with the count; a site with no blog, or one whose
configuration turns it off (`blog: false`), gets no such line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

DOCS = {"docs/intro.md": "# Intro\n\nHow to start.\n"}
POSTS = {"blog/2022/06-22-documentation/index.mdx": "---\ntitle: Docs moved\n---\n\nMoved.\n",
         "blog/2024-09-23-version-1.md": "---\ntitle: Version 1\n---\n\nOut now.\n",
         "blog/authors.yml": "ajnart:\n  name: A\n"}
PRESET = "module.exports = {{ presets: [['classic', {{ {blog} docs: {{}} }}]] }};\n"


@pytest.mark.parametrize(("files", "said"), [
    ({"docusaurus.config.js": PRESET.format(blog=""), **DOCS, **POSTS},
     "The Docusaurus blog blog/ (2 posts) was not imported"),
    ({"docusaurus.config.js": PRESET.format(blog="blog: { path: 'news' },"), **DOCS,
      **{key.replace("blog/", "news/"): text for key, text in POSTS.items()}},
     "The Docusaurus blog news/ (2 posts) was not imported"),
    ({"docusaurus.config.js": PRESET.format(blog="blog: false,"), **DOCS, **POSTS}, None),
    ({"docusaurus.config.js": PRESET.format(blog=""), **DOCS}, None),
])
def test_the_summary_says_the_blog_was_not_imported(
        import_site: Callable[..., Any], files: dict[str, str], said: str | None) -> None:
    output = import_site(files).output
    if said is None:
        assert "Docusaurus blog" not in output
    else:
        assert said in output
