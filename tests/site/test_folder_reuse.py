"""What article pages share per folder and build (the feedback section, the contact bar, the
footer links, related articles' cards: kb_once, kbgen.site.placeholders and
kbgen.site.folder_views; the templates compiled before the workers fork) carries each page's own
values, and a change to the contact data, to an article or to a theme template shows on every
page of the next build in the same process (no reuse goes stale)."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
from markupsafe import Markup, escape

from kbgen.commands.build import build
from kbgen.site.placeholders import fill, placeholder
from tests.conftest import REPO
from tests.helpers import bench_module

PHONE = "+44 20 7946 0958"
NEW_PHONE = "+44 20 7946 0111"


@pytest.fixture(params=[1, 2], ids=["in the build process", "in two workers"])
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A generated help centre of 30 articles, its pages rendered in the build process (as
    `kbgen serve` does, build after build) or by two worker processes."""
    bench_module("generate").generate(tmp_path, 30, seed=3, as_of=dt.date(2026, 1, 15), team_size=4)
    config = tmp_path / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("\n  kb:\n", f"\n  kb:\n    build_workers: {request.param}\n", 1)
    shutil.copytree(REPO / "theme", tmp_path / "theme")  # a theme folder the test may change
    assert f"custom_dir: {REPO / 'theme'}\n" in text
    config.write_text(text.replace(f"custom_dir: {REPO / 'theme'}\n", "custom_dir: theme\n"),
                      encoding="utf-8")
    return tmp_path


def _articles(site: Path) -> dict[Path, str]:
    pages = {path: path.read_text(encoding="utf-8")
             for path in sorted((site / "articles").rglob("*.html"))
             if path.name != "index.html"}
    return {path: text for path, text in pages.items() if 'class="kb-feedback"' in text}


def _title(text: str) -> str:
    match = re.search(r'<h1 id="kb-content"[^>]*>(.*?)</h1>', text, re.S)
    assert match
    return htmllib.unescape(match.group(1))


def _section(text: str, start: str, end: str) -> str:
    at = text.index(start)
    return text[at:text.index(end, at)]


def test_pages_of_a_folder_keep_their_own_values_and_a_rebuild_shows_changes(
        project: Path) -> None:
    config = project / "mkdocs.yml"
    first = _articles(build(config, project / "site1", strict=True))
    folders = {path.parent for path in first}
    assert len(first) >= 20 and any(  # pages of one folder share the rendered parts
        sum(p.parent == folder for p in first) >= 3 for folder in folders)
    for path, text in first.items():
        title, page = _title(text), path.relative_to(project / "site1").as_posix()
        feedback = _section(text, '<section class="kb-feedback"', "</section>")
        assert f'data-kb-title="{escape(title)}"' in feedback, path
        assert f'data-kb-page="{page}"' in feedback, path
        assert f'data-kb-url="https://help.hearthly.example/{page}"' in feedback, path
        still = _section(text, '<aside class="kb-still"', "</aside>")
        mailto = re.search(r'class="kb-still__mail" href="([^"]+)"', still)
        assert mailto and title in unquote(htmllib.unescape(mailto.group(1))), path
        assert PHONE in still and "\x00" not in text

    # Change the contact data and one article's title; build again in this process.
    contact = project / "content" / "_data" / "contact.yml"
    contact.write_text(contact.read_text(encoding="utf-8").replace(PHONE, NEW_PHONE, 1),
                       encoding="utf-8")
    renamed = next(p for p in first if "Related articles" in first[p])
    listed = re.search(r'<section class="kb-related".*?<li><a href="([^"]+)">(.*?)</a>',
                       first[renamed], re.S)
    assert listed
    target = (renamed.parent / listed.group(1)).resolve()
    source = project / "content" / target.relative_to((project / "site1").resolve()
                                                      ).with_suffix(".md")
    old_title = htmllib.unescape(listed.group(2))
    text = source.read_text(encoding="utf-8")
    assert f"title: {old_title}\n" in text
    source.write_text(text.replace(f"title: {old_title}\n", "title: Renamed for the test\n", 1),
                      encoding="utf-8")

    # And the site's theme overrides a template the workers use (compiled before they fork).
    skip = (REPO / "kbgen" / "theme" / "partials" / "kb-skip.html").read_text(encoding="utf-8")
    (project / "theme" / "partials").mkdir(exist_ok=True)
    (project / "theme" / "partials" / "kb-skip.html").write_text(
        skip.replace('class="md-skip kb-skip"', 'class="md-skip kb-skip kb-test-override"'),
        encoding="utf-8")

    second = _articles(build(config, project / "site2", strict=True))
    assert len(second) == len(first)
    for path, text in second.items():
        still = _section(text, '<aside class="kb-still"', "</aside>")
        feedback = _section(text, '<section class="kb-feedback"', "</section>")
        assert NEW_PHONE in still and NEW_PHONE in feedback and PHONE not in text, path
        assert "kb-test-override" in text, path
    again = second[project / "site2" / renamed.relative_to(project / "site1")]
    related = _section(again, '<section class="kb-related"', "</section>")
    assert "Renamed for the test" in related and old_title not in related


def test_fill_escapes_each_value_and_leaves_other_placeholders() -> None:
    shared = f'<a title="{placeholder("title")}" href="{placeholder("mailto")}">x</a>'
    filled = fill(shared, title='Tom & "Jerry" <3', mailto=placeholder("title"))
    assert filled == ('<a title="Tom &amp; &#34;Jerry&#34; &lt;3"'
                      f' href="{placeholder("title")}">x</a>')
    assert fill(placeholder("x"), x=Markup("<b>as is</b>")) == "<b>as is</b>"
    assert fill(placeholder("unknown")) == placeholder("unknown")
