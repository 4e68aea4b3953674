"""The sample help centre, built for real: pages, listings, privacy and search index."""

from __future__ import annotations

import html as htmllib
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO
from tests.helpers import all_files, between, hrefs, shipped_index, site_search, visible_text

CONTENT = REPO / "content"


def front_matter(path: Path) -> dict[str, Any]:
    """Front matter read independently of kbgen."""
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


ARTICLES = {p: front_matter(p) for p in sorted(CONTENT.glob("articles/*/*.md"))}
PUBLISHED = {p: m for p, m in ARTICLES.items() if m["status"] == "published"}
HIDDEN = {p: m for p, m in ARTICLES.items() if m["status"] != "published"}
CATEGORIES = yaml.safe_load((CONTENT / "_data/categories.yml").read_text())


def page_of(path: Path) -> str:
    """Built page of a source article, e.g. articles/billing/x.html."""
    return path.relative_to(CONTENT).with_suffix(".html").as_posix()


def test_sample_is_big_enough() -> None:
    assert len(PUBLISHED) >= 40
    assert len({p.parent.name for p in PUBLISHED}) >= 6
    assert HIDDEN, "the sample keeps a draft and an internal article to prove they stay out"


def test_every_published_article_has_a_page(sample_site: Path) -> None:
    for path, meta in PUBLISHED.items():
        html = (sample_site / page_of(path)).read_text(encoding="utf-8")
        assert re.search(f"<h1[^>]*>{re.escape(meta['title'])}</h1>", htmllib.unescape(html))


def test_drafts_internal_and_tickets_never_reach_the_site(sample_site: Path) -> None:
    files = all_files(sample_site)
    for path, meta in HIDDEN.items():
        assert page_of(path) not in files
        slug = path.stem
        leaks = [name for name, data in files.items() if slug.encode() in data]
        assert leaks == [], f"{slug} ({meta['status']}) appears in {leaks}"
    notes = [line.strip() for path in ARTICLES for block in re.findall(
        r"^!!! internal.*\n((?:    .*\n|\n)+)", path.read_text(), re.M)
        for line in block.splitlines() if len(line.strip()) > 20]
    assert notes, "the sample keeps an internal note to prove it stays out"
    for name, data in files.items():
        leaked = [n for n in notes if n.encode() in data]
        assert leaked == [], f"internal note text published in {name}"
    tickets = {t for meta in ARTICLES.values() for t in meta.get("tickets", [])}
    assert tickets
    for name, data in files.items():
        found = [t for t in tickets if t.encode() in data]
        assert found == [], f"ticket references {found} published in {name}"


def test_data_files_are_not_published(sample_site: Path) -> None:
    names = set(all_files(sample_site))
    assert not [n for n in names if n.endswith((".yml", ".yaml"))]


def test_sitemap_lists_published_pages_only(sample_site: Path) -> None:
    sitemap = (sample_site / "sitemap.xml").read_text()
    for path in PUBLISHED:
        assert page_of(path) in sitemap
    for path in HIDDEN:
        assert page_of(path) not in sitemap


def test_home_starts_with_search_then_categories_then_recent(sample_site: Path) -> None:
    html = (sample_site / "index.html").read_text()
    content = between(html, '<article class="md-content__inner', "</article>")
    form, grid, recent = (content.index(s) for s in
                          ('class="kb-hero-search"', 'class="kb-categories"', "Recently updated"))
    assert form < grid < recent
    assert not re.search(r"<(p|h2|ul|div)\b", content[:form].split(">", 1)[1])
    for slug, info in CATEGORIES.items():
        count = sum(1 for p in PUBLISHED if p.parent.name == slug)
        card = between(content[grid:], f'href="articles/{slug}/index.html"', "</li>")
        assert info["title"] in card and info["description"] in card
        assert f"{count} article" in card
    newest = sorted(PUBLISHED.items(), key=lambda kv: kv[1]["updated"], reverse=True)[:6]
    listed = re.findall(r'href="(articles/[^"]+\.html)"', content[recent:])
    assert listed == [page_of(p) for p, _ in newest]


@pytest.mark.parametrize("slug", sorted(CATEGORIES))
def test_category_page_lists_its_published_articles(sample_site: Path, slug: str) -> None:
    html = (sample_site / f"articles/{slug}/index.html").read_text()
    content = between(html, '<article class="md-content__inner', "</article>")
    expected = sorted((m["title"].casefold(), p.stem) for p, m in PUBLISHED.items()
                      if p.parent.name == slug)
    links = [h for h in hrefs(content) if h.endswith(".html") and "/" not in h]
    assert links == [f"{s}.html" for _, s in expected]
    text = visible_text(content)
    for path, meta in PUBLISHED.items():
        if path.parent.name == slug:
            assert meta["summary"] in text


def test_navigation_shows_categories_team_and_tags_not_articles(sample_site: Path) -> None:
    html = (sample_site / "index.html").read_text()
    nav = between(html, 'class="md-nav md-nav--primary"', "</nav>")
    links = [h for h in hrefs(nav) if h.endswith(".html")][1:]  # [0]: the logo in the nav title
    assert links == (["index.html"]
                     + [f"articles/{s}/index.html"
                        for s, _ in sorted(CATEGORIES.items(), key=lambda kv: kv[1]["order"])]
                     + ["status.html", "news/index.html", "contact.html", "team/index.html",
                        "tags.html"])


def test_article_page_shows_what_customers_recognise(sample_site: Path) -> None:
    for path, meta in PUBLISHED.items():
        html = (sample_site / page_of(path)).read_text()
        text = visible_text(html)
        assert meta["summary"] in text
        for item in meta.get("symptoms", []) + meta.get("errors", []) + meta.get("applies_to", []):
            assert str(item) in text, f"{path.name}: {item!r} not shown"
        updated: date = meta["updated"]
        assert f'<time datetime="{updated.isoformat()}">' in html
        related = between(html, 'class="kb-related"', "</section>")
        targets = [h.rsplit("/", 1)[-1][:-5] for h in hrefs(related)]
        assert targets, f"{path.name} has no related articles"
        assert targets[: len(meta.get("related", []))] == meta.get("related", [])


def test_tags_index_links_every_tag_to_its_page(sample_site: Path) -> None:
    """Articles' and news posts' tags alike (the sample's news is all published and dated)."""
    html = (sample_site / "tags.html").read_text()
    tagged = [*PUBLISHED.values(), *(front_matter(p) for p in CONTENT.glob("news/*.md"))]
    tags = {t for meta in tagged for t in meta.get("tags", [])}
    assert {"release", "hours"} <= tags  # only news posts have these
    for tag in tags:
        assert f'id="tag-{tag}"' in html
        assert f'href="tags/{tag}.html"' in html
        count = sum(tag in meta.get("tags", []) for meta in tagged)
        assert f">{tag} ({count})</a>" in html


def test_an_article_tag_leads_to_a_page_listing_its_articles(sample_site: Path) -> None:
    for path, meta in PUBLISHED.items():
        article = sample_site / page_of(path)
        tags_html = between(article.read_text(), 'class="kb-tags"', "</p>")
        for tag, href in zip(meta.get("tags", []), hrefs(tags_html)):
            tag_page = (article.parent / href).resolve()
            listed = {(tag_page.parent / h).resolve() for h in hrefs(
                between(tag_page.read_text(), 'class="kb-article-list"', "</div>"))}
            tagged = {(sample_site / page_of(p)).resolve()
                      for p, m in PUBLISHED.items() if tag in m.get("tags", [])}
            assert article.resolve() in listed
            assert listed == tagged, tag


def test_search_index_ships_published_articles_with_boosted_fields(sample_site: Path) -> None:
    data = shipped_index(sample_site)
    locations = [entry[1] for entry in data["store"]]
    for path in PUBLISHED:
        assert page_of(path) in locations
    for path in HIDDEN:
        assert page_of(path) not in locations
    titles = {entry[1]: htmllib.unescape(entry[0]) for entry in data["store"]}
    for path, meta in PUBLISHED.items():
        assert titles[page_of(path)] == meta["title"]
        for error in meta.get("errors", []):
            assert site_search(sample_site, str(error), 1) == [page_of(path)], error
    import json
    config = json.loads((sample_site / "search/search_index.json").read_text())["config"]
    boosts = {name: field["boost"] for name, field in config["fields"].items()}
    assert (boosts["errors"] > boosts["title"] > boosts["symptoms"] > boosts["headings"]
            > boosts["body"])
    assert data["fields"] == list(boosts)


def test_the_offline_index_holds_the_texts_of_every_chunk_in_order(sample_site: Path) -> None:
    """search_index.js's texts are joined from the chunks' (kbgen.site.search_index._joined)."""
    import json

    offline = (sample_site / "search/search_index.js").read_text(encoding="utf-8")
    whole = json.loads(offline.removeprefix("var __index = "))["config"]["kb_text"]
    chunks = sorted((sample_site / "search/kb-text").glob("*.json"), key=lambda p: int(p.stem))
    assert len(chunks) > 2
    assert whole == [text for chunk in chunks
                     for text in json.loads(chunk.read_text(encoding="utf-8"))]


def test_no_request_leaves_for_a_third_party(sample_site: Path) -> None:
    for name, data in all_files(sample_site).items():
        if not name.endswith(".html"):
            continue
        html = data.decode()
        external = re.findall(r'<(?:script|img|iframe)\b[^>]*\bsrc="(https?:)?//[^"]*"', html)
        external += re.findall(r'<link\b[^>]*rel="(?:stylesheet|preconnect|preload)"[^>]*'
                               r'href="(?:https?:)?//[^"]*"', html)
        assert external == [], f"{name} loads from another host"
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
