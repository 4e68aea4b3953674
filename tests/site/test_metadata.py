"""What search engines and link previews read, on the built sample site and hostile input."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import REPO, article
from tests.helpers import parse

CONTENT = REPO / "content"
SITE_URL = "https://help.hearthly.example/"
CHARGED_TWICE = "articles/billing/charged-twice-after-a-payment-retry"


def front_matter(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def meta_tags(html: str) -> dict[str, list[str]]:
    """`<meta>` contents by name or property, as a browser decodes them."""
    found: dict[str, list[str]] = {}
    for tag, attrs in parse(html).tags:
        if tag == "meta" and "content" in attrs:
            key = attrs.get("property") or attrs.get("name")
            if key:
                found.setdefault(key, []).append(attrs["content"])
    return found


def json_ld(html: str) -> list[dict[str, Any]]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    found: list[dict[str, Any]] = []
    for block in blocks:
        data = json.loads(block)
        found += data if isinstance(data, list) else [data]
    return found


def test_article_names_its_author_and_previews(sample_site: Path) -> None:
    meta = front_matter(CONTENT / f"{CHARGED_TWICE}.md")
    author = yaml.safe_load((CONTENT / f"team/{meta['author']}.yml").read_text())["name"]
    html = (sample_site / f"{CHARGED_TWICE}.html").read_text()
    tags = meta_tags(html)
    assert tags["author"] == [author] and meta["author"] != author
    assert tags["og:type"] == ["article"] and tags["og:title"] == [meta["title"]]
    assert tags["og:description"] == [meta["summary"]]
    assert tags["og:url"] == [f"{SITE_URL}{CHARGED_TWICE}.html"]
    assert tags["twitter:card"] == ["summary"] and tags["twitter:title"] == [meta["title"]]
    assert tags["article:modified_time"] == [str(meta.get("updated") or meta["created"])]
    assert sorted(tags["article:tag"]) == sorted(meta["tags"])
    assert f'<link rel="canonical" href="{SITE_URL}{CHARGED_TWICE}.html">' in html


def test_article_and_breadcrumb_structured_data(sample_site: Path) -> None:
    meta = front_matter(CONTENT / f"{CHARGED_TWICE}.md")
    categories = yaml.safe_load((CONTENT / "_data/categories.yml").read_text())
    data = {d["@type"]: d for d in json_ld((sample_site / f"{CHARGED_TWICE}.html").read_text())}
    article_data, trail = data["Article"], data["BreadcrumbList"]
    assert article_data["headline"] == meta["title"]
    assert article_data["datePublished"] == str(meta["created"])
    assert article_data["dateModified"] == str(meta.get("updated") or meta["created"])
    assert article_data["author"]["@type"] == "Person"
    assert article_data["author"]["url"] == f"{SITE_URL}team/{meta['author']}.html"
    assert [(i["position"], i["name"], i["item"]) for i in trail["itemListElement"]] == [
        (1, "Help centre", f"{SITE_URL}index.html"),
        (2, categories["billing"]["title"], f"{SITE_URL}articles/billing/index.html"),
        (3, meta["title"], f"{SITE_URL}{CHARGED_TWICE}.html")]


def test_pages_other_than_articles_preview_as_websites(sample_site: Path) -> None:
    tags = meta_tags((sample_site / "contact.html").read_text())
    assert tags["og:type"] == ["website"] and tags["og:url"] == [f"{SITE_URL}contact.html"]
    assert "article:modified_time" not in tags


def test_sitemap_dates_come_from_the_content(sample_site: Path) -> None:
    sitemap = (sample_site / "sitemap.xml").read_text()
    dates = dict(re.findall(r"<loc>([^<]+)</loc>\s*(?:<lastmod>([^<]+)</lastmod>)?", sitemap))
    newest_billing = ""
    for path in sorted(CONTENT.glob("articles/billing/*.md")):
        meta = front_matter(path)
        if meta["status"] != "published":
            assert f"{SITE_URL}articles/billing/{path.stem}.html" not in dates
            continue
        day = str(meta.get("updated") or meta["created"])
        assert dates[f"{SITE_URL}articles/billing/{path.stem}.html"] == day
        newest_billing = max(newest_billing, day)
    for path in sorted(CONTENT.glob("news/*.md")):  # the category's page lists its news too
        meta = front_matter(path)
        if meta.get("category") == "billing":
            newest_billing = max(newest_billing, str(meta.get("updated") or meta["date"]))
    assert dates[f"{SITE_URL}articles/billing/index.html"] == newest_billing
    assert dates[f"{SITE_URL}contact.html"] == ""  # no content date: no build date either


def test_hostile_titles_stay_data_in_previews_and_json_ld(
        build_project: Callable[..., Path]) -> None:
    title = 'Bad </script><script>alert(1)</script> "quotes" & <!-- comments'
    site = build_project({"content/articles/billing/bad.md": article(
        title.replace('"', "'"), extra="created: 2026-01-02\n")})
    html = (site / "articles/billing/bad.html").read_text()
    expected = title.replace('"', "'")
    head = html.split("</head>", 1)[0]
    assert head.count("<script") == head.count("</script>")
    assert "<script>alert" not in html and "<!-- comments" not in head
    assert meta_tags(html)["og:title"] == [expected]
    data = {d["@type"]: d for d in json_ld(html)}
    assert data["Article"]["headline"] == expected
    assert data["Article"]["datePublished"] == "2026-01-02"
    assert data["BreadcrumbList"]["itemListElement"][2]["name"] == expected
