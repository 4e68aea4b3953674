"""Where Material for MkDocs' blog plugin published a post (`blog/posts/x.md` at
`/blog/2022/05/05/chinese-search-support/`), so the post's old address redirects to its news
post. Settings as the plugin reads them: `blog_dir` (default `blog`), `post_url_format`
(`{date}/{slug}`), `post_url_date_format` (`yyyy/MM/dd`); a post's `slug` front matter, else
its title made a slug."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kbgen.importers.exports import text_of
from kbgen.importers.mkdocs_plugins import plugin_settings
from kbgen.importers.slugs import slugify

NAMES = frozenset({"blog", "material/blog"})


def blog_settings(config: dict[str, Any]) -> dict[str, Any]:
    """The blog plugin's settings in mkdocs.yml; empty when it is not listed (Insiders sites
    of 2022 did not list it: its defaults hold)."""
    return plugin_settings(config, NAMES) or {}


def post_address(config: dict[str, Any], relative: str, meta: dict[str, Any], title: str,
                 day: dt.date | None) -> str | None:
    """The address of the post at `relative` (docs-relative path), None when the page is no
    dated post of the blog."""
    settings = blog_settings(config)
    blog_dir = text_of(settings.get("blog_dir")).strip("/") or "blog"
    if day is None or not relative.startswith(f"{blog_dir}/posts/"):
        return None
    date_format = text_of(settings.get("post_url_date_format")) or "yyyy/MM/dd"
    shown = date_format.replace("yyyy", f"{day.year:04}").replace("MM", f"{day.month:02}") \
        .replace("dd", f"{day.day:02}")
    categories = [slugify(text_of(c)) for c in meta.get("categories") or []
                  if isinstance(c, str)] if isinstance(meta.get("categories"), list) else []
    tokens = {"date": shown, "slug": text_of(meta.get("slug")) or slugify(title),
              "categories": "/".join(categories), "file": relative.rsplit("/", 1)[-1][:-3]}
    path = text_of(settings.get("post_url_format")) or "{date}/{slug}"
    for name, value in tokens.items():
        path = path.replace(f"{{{name}}}", value)
    return "/" + "/".join(part for part in f"{blog_dir}/{path}".split("/") if part) + "/"
