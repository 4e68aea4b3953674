"""A stale `#anchor` is advice; a link to a missing article stops the build.

An old article's broken anchor must not block publishing a fix elsewhere (a warning, an error
under `--strict`), like other advice; a link to an article that does not exist is an error.
Links of pages (`content/faq.md`) are checked like those of articles.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kbgen.cli import cli
from tests.conftest import article

ARTICLE = "content/articles/billing/case.md"
OTHER = "content/articles/wifi/other.md"
FAQ = "content/faq.md"


@pytest.fixture
def project(write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
            ) -> Callable[[str, str], Path]:
    """Write the project with the article's body and the FAQ page; return its folder."""
    def write(body: str, faq: str = "# FAQ\n\n## Billing\n\nAsk us.\n") -> Path:
        config = write_project({ARTICLE: article(body=body), FAQ: faq,
                                OTHER: article("Other one", body="## Steps\n\nDo it.\n")})
        monkeypatch.chdir(config.parent)
        return config.parent
    return write


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output, result.output
    return result


STALE = (f"{ARTICLE}:8: warning: link to '../wifi/other.md#old-steps': no heading with the"
         f" anchor 'old-steps' in {OTHER}")


def test_a_stale_anchor_in_another_article_is_a_warning(
        project: Callable[..., Path]) -> None:
    folder = project("See [the old steps](../wifi/other.md#old-steps).\n")
    check = run("check")
    assert STALE in check.output.splitlines() and check.exit_code == 0
    build = run("build")
    assert build.exit_code == 0, build.output
    assert STALE in build.output
    html = (folder / "site/articles/billing/case.html").read_text(encoding="utf-8")
    assert 'href="../wifi/other.html#old-steps"' in html


def test_a_stale_anchor_fails_under_strict(project: Callable[..., Path]) -> None:
    folder = project("See [the old steps](../wifi/other.md#old-steps).\n")
    assert run("check", "--strict").exit_code == 1
    build = run("build", "--strict")
    assert build.exit_code == 1 and STALE in build.output
    assert not (folder / "site").exists()


def test_a_link_to_a_missing_article_is_an_error(project: Callable[..., Path]) -> None:
    folder = project("See [gone](../wifi/gone.md#steps) and [ok](../wifi/other.md#steps).\n")
    missing = (f"{ARTICLE}:8: error: link to '../wifi/gone.md' points to a missing file"
               " (articles/wifi/gone.md); fix the path, relative to this file")
    assert run("check").output.splitlines() == [missing, "1 error, 0 warnings in 5 files"]
    build = run("build")
    assert build.exit_code == 1 and missing in build.output
    assert not (folder / "site").exists()


@pytest.mark.parametrize("body, faq, expected", [
    ("See [billing](../../faq.md#refunds).\n", "# FAQ\n\n## Billing\n\nAsk us.\n",
     f"{ARTICLE}:8: warning: link to '../../faq.md#refunds': no heading with the anchor"
     f" 'refunds' in {FAQ}"),
    ("Fine.\n", "# FAQ\n\nSee [steps](articles/wifi/other.md#step-one).\n",
     f"{FAQ}:3: warning: link to 'articles/wifi/other.md#step-one': no heading with the anchor"
     f" 'step-one' in {OTHER}"),
    ("Fine.\n", "# FAQ\n\nSee [steps](articles/wifi/gone.md).\n",
     f"{FAQ}:3: error: link to 'articles/wifi/gone.md' points to a missing file"
     " (articles/wifi/gone.md); fix the path, relative to this file"),
])
def test_links_of_and_to_pages_are_checked_too(project: Callable[..., Path], body: str,
                                               faq: str, expected: str) -> None:
    project(body, faq)
    lines = run("check").output.splitlines()
    assert expected in lines, lines


def test_good_anchors_of_pages_are_not_problems(project: Callable[..., Path]) -> None:
    project("See [billing](../../faq.md#billing).\n",
            "# FAQ\n\n## Billing\n\nSee [steps](articles/wifi/other.md#steps).\n")
    assert run("check", "--strict").output.splitlines() == ["0 errors, 0 warnings in 5 files"]
