"""Who is who: the team page, profiles, bylines, and search for people."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.conftest import article
from tests.helpers import between, hrefs, site_search, visible_text
from tests.site.test_sample_site import ARTICLES, CONTENT, PUBLISHED, page_of

TEAM = {p.stem: yaml.safe_load(p.read_text()) for p in sorted(CONTENT.glob("team/*.yml"))}


def main_content(html: str) -> str:
    """The article element of a Material page."""
    return between(html, '<article class="md-content__inner', "</article>")


def test_sample_team_is_complete() -> None:
    assert 5 <= len(TEAM) <= 8
    assert len({m["role"] for m in TEAM.values()}) >= 4
    assert all(meta.get("author") in TEAM for meta in ARTICLES.values())


def test_team_page_lists_every_member(sample_site: Path) -> None:
    html = main_content((sample_site / "team/index.html").read_text())
    text = visible_text(html)
    for member_id, member in TEAM.items():
        card = between(html, f'href="{member_id}.html"', "</li>")
        assert member["name"] in card and member["role"] in card
        for topic in member.get("expertise", []):
            assert topic in card
    groups = re.findall(r'<h2 class="kb-section-title">([^<]+)</h2>', html)
    assert groups == ["Team leads", "Specialists", "First-line support"]
    assert "Who is who" in text or "Who is who" in (sample_site / "team/index.html").read_text()


def test_no_member_has_a_broken_image(sample_site: Path) -> None:
    html = (sample_site / "team/index.html").read_text()
    for src in re.findall(r'<img[^>]+src="([^"]+)"', main_content(html)):
        assert (sample_site / "team" / src).resolve().is_file(), src
    assert html.count("kb-avatar--initials") == sum(1 for m in TEAM.values() if not m.get("photo"))


@pytest.mark.parametrize("member_id", sorted(TEAM))
def test_profile_lists_exactly_the_members_published_articles(
        sample_site: Path, member_id: str) -> None:
    html = main_content((sample_site / f"team/{member_id}.html").read_text())
    listed = [h.rsplit("/", 1)[-1] for h in
              hrefs(between(html, "kb-profile__articles", "</ul>"))] if "kb-profile__articles" \
        in html else []
    mine = sorted(((m["updated"], p) for p, m in PUBLISHED.items()
                   if m.get("author") == member_id), reverse=True)
    assert listed == [p.stem + ".html" for _, p in mine]
    drafts = [p for p, m in ARTICLES.items() if m.get("author") == member_id and p not in PUBLISHED]
    for path in drafts:
        assert path.stem not in html
    assert TEAM[member_id]["name"] in html
    assert "../contact.html" in hrefs(html) or "../index.html" in hrefs(html)


def test_profile_publishes_only_what_the_file_says(sample_site: Path) -> None:
    for member_id in TEAM:
        html = main_content((sample_site / f"team/{member_id}.html").read_text())
        assert "@" not in visible_text(html)
        assert not re.search(r'href="(mailto|tel):', html)
        external = {h for h in hrefs(html) if h.startswith("http")}
        assert external == {link["url"] for link in TEAM[member_id].get("links", [])}


def test_every_byline_links_to_an_existing_profile(sample_site: Path) -> None:
    for path, meta in PUBLISHED.items():
        page = sample_site / page_of(path)
        byline = between(page.read_text(), 'class="kb-byline"', "</p>")
        member = TEAM[meta["author"]]
        assert "Written by" in byline and member["name"] in byline and member["role"] in byline
        target = re.search(r'class="kb-byline__author" href="([^"]+)"', byline).group(1)
        assert (page.parent / target).resolve() == (sample_site / f"team/{meta['author']}.html")


def test_search_finds_people_by_name_and_expertise(sample_site: Path) -> None:
    for member_id, member in TEAM.items():
        profile = f"team/{member_id}.html"
        assert site_search(sample_site, member["name"].split()[0], 1) == [profile]
        assert site_search(sample_site, member["name"], 1) == [profile]
        # among the first 25: articles that say "set up" now count as "setup" too (rel30), and
        # soft coordination (m55) ranks the articles that say the sample's two commonest words
        # (`setup app`) often above a profile that lists each once (Priya: 13th -> 24th)
        assert profile in site_search(sample_site, " ".join(member["expertise"][:2]), 25)


def test_footer_links_to_the_team_page(sample_site: Path) -> None:
    for name in ("index.html", "tags.html", page_of(next(iter(PUBLISHED)))):
        html = (sample_site / name).read_text()
        footer = between(html, 'class="kb-footer-links"', "</nav>")
        assert any(h.endswith("team/index.html") for h in hrefs(footer))


def test_member_photo_is_copied_not_linked(build_project: Callable[..., Path]) -> None:
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
           b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00"
           b"\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
    site = build_project({
        "content/team/sam.yml": "name: Sam Lee\nrole: Billing specialist\nphoto: sam.png\n",
        "content/team/sam.png": png,
        "content/articles/billing/a.md": article("A", extra="author: sam\n"),
    })
    assert (site / "team/sam.png").read_bytes() == png
    profile = (site / "team/sam.html").read_text()
    assert '<img class="kb-avatar" src="sam.png" alt="Photo of Sam Lee"' in profile
    byline = between((site / "articles/billing/a.html").read_text(), "kb-byline", "</p>")
    assert 'src="../../team/sam.png"' in byline
    assert not (site / "team/sam.yml").exists()


def test_a_member_without_articles_is_fine(build_project: Callable[..., Path]) -> None:
    site = build_project({"content/team/new.yml": "name: New Person\nrole: Support agent\n",
                          "content/articles/billing/a.md": article("A")})
    assert "No published articles yet." in (site / "team/new.html").read_text()
