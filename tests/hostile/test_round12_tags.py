"""Hostile review round 12: many tags in one article (DoS under the size limit).

Each tag is a page of the site, and each tag's page looked its tag up by reading the whole
list of tags: one article of 3,200 tags built 3,200 pages that each read 3,200 tags (19.8 s,
round 11). A tag's page now finds its tag by address (`KnowledgeBase.tag_group_at`), and an
article or news post may have at most `MAX_TAGS` (100) tags: the sample help centre's most is
4. More is refused by `kbgen check` and by the build, at the `tags` line.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.loader import load
from kbgen.core.schema import MAX_TAGS
from kbgen.site import shortcodes
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import all_files

ARTICLE = "content/articles/billing/case.md"
POST = "content/news/2026-01-05-new-router.md"


def tags(count: int, start: int = 0) -> str:
    """A front-matter `tags` line of `count` tags."""
    return "tags: [" + ", ".join(f"Tag {i}" for i in range(start, start + count)) + "]\n"


def post(tag_line: str) -> str:
    """A published news post with the given tags line."""
    return (f"---\ntitle: New router\nsummary: The new router is out.\ndate: 2026-01-05\n"
            f"{tag_line}---\n\nThe new router is out.\n")


FILES = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
         "content/_data/categories.yml": MINI_CATEGORIES,
         "content/articles/wifi/ok.md": article("Fine article", extra=tags(3))}


@pytest.mark.parametrize("path, text, line", [
    (ARTICLE, article("Case", extra=tags(MAX_TAGS + 1)), 6),
    (POST, post(tags(MAX_TAGS + 1)), 5),
], ids=["article", "news post"])
def test_more_tags_than_the_limit_are_refused_by_check_and_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, text: str,
        line: int) -> None:
    write_files(tmp_path, FILES)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    before = all_files(tmp_path / "site")
    write_files(tmp_path, {path: text})
    message = (f"{path}:{line}: error: 'tags' has {MAX_TAGS + 1} items; at most {MAX_TAGS} are"
               " allowed")
    checked = CliRunner().invoke(cli, ["check"])
    assert checked.exit_code == 1 and message in checked.output, checked.output
    built = CliRunner().invoke(cli, ["build"])
    assert built.exit_code == 1 and message in built.output, built.output
    assert all_files(tmp_path / "site") == before


def test_an_article_of_as_many_tags_as_allowed_is_built_with_a_page_for_each(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_files(tmp_path, {**FILES, ARTICLE: article("Case", extra=tags(MAX_TAGS))})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "--strict"])
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (tmp_path / "site/tags").glob("tag-*.html"))
    assert len(pages) == MAX_TAGS
    assert "Tag 57" in (tmp_path / "site/tags/tag-57.html").read_text(encoding="utf-8")


def test_a_tag_page_finds_its_tag_without_reading_every_tag(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 1,000 tags on ten articles: each of the 1,000 tag pages read all 1,000 tags' addresses
    # (half a million); by address it is one each
    files = {"content/_data/categories.yml": MINI_CATEGORIES,
             **{f"content/articles/billing/case-{n}.md": article(f"Case {n}",
                                                                 extra=tags(100, 100 * n))
                for n in range(10)}}
    write_files(tmp_path, files)
    kb, problems = load(tmp_path / "content", gate=False)
    assert not [p for p in problems if p.level == "error"], problems
    addresses = [shortcodes.tag_uri(name) for name, _ in kb.tag_list()]
    assert len(addresses) == 1000
    made: list[str] = []
    counted = shortcodes.tag_uri

    def tag_uri(tag: str) -> str:
        made.append(tag)
        return counted(tag)
    monkeypatch.setattr(shortcodes, "tag_uri", tag_uri)
    shown: list[tuple[str, list[Any]]] = []
    renderer = SimpleNamespace(render=lambda _, tag, articles, **rest: shown.append(
        (tag, articles)) or "")
    ctx: Any = SimpleNamespace(kb=kb, renderer=renderer, urls=SimpleNamespace(to=lambda *a: ""),
                               page_url="", tr=None, card_of=lambda a: a.slug)
    for address in addresses:
        shortcodes.SHORTCODES["tag"](ctx, address)
    assert [name for name, _ in shown] == [name for name, _ in kb.tag_list()]
    assert shown[0][1] == ["case-0"] and shown[-1][1] == [f"case-{(len(shown) - 1) // 100}"]
    assert len(made) <= 2 * len(addresses)


def test_a_shortcode_of_a_tag_no_page_has_is_still_refused(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/_data/categories.yml": MINI_CATEGORIES,
                           ARTICLE: article("Case", extra="tags: [Wi-Fi]\n")})
    kb, _ = load(tmp_path / "content", gate=False)
    assert shortcodes.tag_at(kb, "tags/wi-fi.md").name == "Wi-Fi"
    for address in ("tags/wifi.md", "tags/wi-fi.html", "wi-fi.md", "tags/Wi-Fi.md",
                    "tags/wi-fi.md.md", "tags/../tags/wi-fi.md"):
        assert shortcodes.tag_at(kb, address) is None, address


