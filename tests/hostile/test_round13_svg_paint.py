"""An SVG drawn inline in an article (`<svg>` and `<path>` are kept for Material's icons) kept
its `fill` as written, and Chromium fetches a paint server from another site:
`<path fill="url(https://tracker.example/p.svg#g)">` made every reader's browser ask that host
for it (a tracking pixel; only the page's own CSP blocked it). A `fill` is now kept only when
it fetches nothing (a colour, `none`, `currentColor`, `url(#gradient)`), and `kbgen check`
names the line. A real build, opened in the session's Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.sanitize import clean_html, find_unsafe_html
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

TRACKER = "tracker.example.net"
REMOTE_FILLS = [
    f"url(https://{TRACKER}/p.svg#g)",
    f"url(http://{TRACKER}/p.svg#g)",
    f"url('https://{TRACKER}/p.svg#g') red",
    f"url(//{TRACKER}/p.svg#g)",
    f"u\\72l(https://{TRACKER}/p.svg#g)",
    f"url(&#104;ttps://{TRACKER}/p.svg#g)",
]
"""Paints a browser would fetch from another site, as an author can write them."""
KEPT_FILLS = ["currentColor", "none", "#c2410c", "rgb(10, 20, 30)", "url(#gradient)",
              "url(#g) red"]
"""Paints drawn from the page itself."""
BODY = "## Symptoms\n\n" + "".join(
    f'<svg width="20" height="20" viewBox="0 0 10 10"><path d="M0 0h10v10H0z"'
    f' fill="{fill}"/></svg>\n\n' for fill in REMOTE_FILLS) + (
    f'<svg width="20" height="20" viewBox="0 0 10 10" fill="url(https://{TRACKER}/s.svg#g)">'
    '<path d="M0 0h10v10H0z"/></svg>\n')


def test_a_fill_from_another_site_is_removed_and_one_from_the_page_kept() -> None:
    for fill in REMOTE_FILLS:
        html = f'<svg viewBox="0 0 10 10"><path d="M0 0" fill="{fill}"></path></svg>'
        assert TRACKER not in clean_html(html) and "fill" not in clean_html(html), fill
    for fill in KEPT_FILLS:
        html = f'<svg viewBox="0 0 10 10"><path d="M0 0" fill="{fill}"></path></svg>'
        assert f'fill="{fill}"' in clean_html(html), fill


def test_check_names_each_line_of_a_remote_fill() -> None:
    lines = [line for line, construct in find_unsafe_html(BODY) if construct == "fill= URL"]
    assert lines == list(range(3, 3 + 2 * len(REMOTE_FILLS) + 1, 2))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A small project with one article of inline SVGs painted from another site, built: the
    site and what the build printed."""
    root = tmp_path_factory.mktemp("paint")
    write_files(root, {"mkdocs.yml": MINI_CONFIG + "markdown_extensions:\n  - md_in_html\n",
                       "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/icons.md": article("Icons", body=BODY)})
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    return root / "site", result.output


def test_the_build_says_each_remote_fill_is_removed(built: tuple[Path, str]) -> None:
    _, output = built
    told = [line for line in output.splitlines() if "fill= URL is removed" in line]
    assert len(told) == len(REMOTE_FILLS) + 1, output
    assert all(line.endswith("paint it with a colour, or with url(#id) of a gradient inside"
                             " the same SVG") for line in told)


def test_the_built_page_asks_no_other_site_for_a_paint(built: tuple[Path, str],
                                                        browser: object) -> None:
    page_file = built[0] / "articles/billing/icons.html"
    context = browser.new_context()  # type: ignore[attr-defined]
    try:
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.goto(page_file.as_uri())
        page.wait_for_function("() => document.querySelectorAll('svg path').length >= 7")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => "
                      "requestAnimationFrame(r)))")  # painted: a paint server is asked for
        assert [url for url in requested if TRACKER in url] == []
        assert TRACKER not in page_file.read_text()
    finally:
        context.close()
