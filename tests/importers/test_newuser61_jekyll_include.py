"""A Jekyll site's `include:` setting makes Jekyll read an underscored folder as any other
(F-Droid's website: `include: ["_pages"]` holds its about, donate and contribute pages). The
import skipped them as "Jekyll's _pages/ folder (layouts, includes, data)", so every link to
`/about/` was kept as text. Its error pages (permalink `/404.html`, `/403.html`) are not
articles: the new site makes its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CONFIG = "title: Help\ninclude:\n  - \"_pages\"\n  - \".htaccess\"\ncollections:\n  docs:\n" \
         "    output: true\n    permalink: /docs/:title/\n"
PAGES = {
    "_pages/about.md": "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\n"
                       "The project is run by volunteers.\n",
    "_pages/donate.md": "---\nlayout: page\ntitle: Donate\npermalink: /donate/\n---\n\n"
                        "Donations pay for the build servers.\n",
    "_pages/404.md": "---\nlayout: page\ntitle: 404 Page Not Found\npermalink: /404.html\n---\n\n"
                     "If you think there should be something here, tell us.\n",
    "_pages/403.md": "---\nlayout: page\ntitle: Forbidden\npermalink: /403/\n---\n\n"
                     "You may not see this page.\n",
    "_docs/FAQ.md": "---\ntitle: FAQ\n---\n\nRead [about us](/about/) and [donate](/donate/).\n",
    "_layouts/page.md": "---\n---\n{{ content }}\n",
}


@pytest.mark.parametrize("include", ['  - "_pages"\n', "  - _pages\n", "  - _pages/\n"])
def test_a_folder_jekyll_is_told_to_include_is_imported(
        include: str, project: Path, import_site: Callable[..., Any]) -> None:
    config = CONFIG.replace('  - "_pages"\n', include)
    result = import_site({"_config.yml": config, **PAGES})
    found = {path.relative_to(project / "content/articles").as_posix()
             for path in (project / "content/articles").rglob("*.md")}
    assert {"pages/about.md", "pages/donate.md"} <= found
    assert not {name for name in found if "404" in name or "403" in name or "forbidden" in name}
    assert "the old site's error page (permalink /404.html)" in result.output
    assert "_layouts/page.md" not in found  # still not a page
    faq = next((project / "content/articles").rglob("faq.md")).read_text(encoding="utf-8")
    assert "(../pages/about.md)" in faq and "(../pages/donate.md)" in faq
    assert "leads to no imported article" not in result.output


def test_without_include_the_folder_is_still_left_out(
        project: Path, import_site: Callable[..., Any]) -> None:
    config = CONFIG.replace('  - "_pages"\n', "")
    result = import_site({"_config.yml": config, **PAGES})
    assert "_pages/about.md: in Jekyll's _pages/ folder" in result.output
    assert not (project / "content/articles/pages").exists()
