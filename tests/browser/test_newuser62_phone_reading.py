"""A customer on a phone reading an imported article with a wide table and a console session
(Homarr's docs, moved in with `kbgen import`): axe-core found a wide table's scrolling box that
no keyboard could reach (scrollable-region-focusable, serious: Material wraps tables in a
box that scrolls sideways and gives it no tabindex) and a console's output drawn at 4.48:1
on the code background (color-contrast, serious: Material's 54 % black for output, comments,
operators, punctuation and variables)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright import sync_api

from tests.axe import violations
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import run_cli
from tests.localsite import serve

pytestmark = pytest.mark.browser

WIDE_TABLE = ("| " + " | ".join(f"Setting {n}" for n in range(9)) + " |\n"
              + "|" + "---|" * 9 + "\n"
              + "| " + " | ".join(f"`value-{n}-of-the-chart`" for n in range(9)) + " |\n")
CONSOLE = ("```console\n$ helm install homarr oci://ghcr.io/homarr-labs/charts/homarr\n"
           "NAME: homarr\nSTATUS: deployed\n```\n\n```python\n# a comment, then code\n"
           "total = (first + second) * 2\n```\n")
ARTICLE = "articles/billing/chart.html"
CHECKED = {"scrollable-region-focusable", "color-contrast"}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A one-article site with a wide table and highlighted code, built and served."""
    root = tmp_path_factory.mktemp("phone-reading")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG + "markdown_extensions:\n  - tables\n  - pymdownx.highlight\n"
        "  - pymdownx.superfences\n",
        "content/index.md": "# Help\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/chart.md": article(
            "Install the chart", body=f"## Resolution\n\n{WIDE_TABLE}\n{CONSOLE}")})
    built = run_cli("build", cwd=root)
    assert built.returncode == 0, built.stderr
    with serve(root / "site") as url:
        yield url


@pytest.mark.parametrize("width", [320, 414])
def test_a_phone_reader_meets_no_unreachable_table_or_faint_code(
        browser: sync_api.Browser, site_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True,
                                  has_touch=True)
    try:
        page = context.new_page()
        page.goto(site_url + ARTICLE)
        page.wait_for_load_state("load")
        page.locator(".md-typeset__scrollwrap").first.wait_for()
        found = [str(v) for v in violations(page) if v.rule in CHECKED]
        assert found == []
        wrap = page.locator(".md-typeset__scrollwrap").first
        assert wrap.evaluate("e => e.scrollWidth > e.clientWidth")  # it does scroll sideways
    finally:
        context.close()
