"""Code in articles, as the renderer sees it, in every check (issue 20).

A fence holding a shorter fence, an unclosed fence, indented and inline code: `kbgen check`
ignores what is code (a link inside it is text to copy, not a link) and still checks what
comes right after (links, internal notes, secrets, unsafe HTML). One real build shows the
page the issue was about is fine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, REPO, article

TARGET = "content/articles/billing/case.md"
BODY = 8
"""File line of the first body line of `article()`."""
NESTED = "````markdown\n```\n[the guide](missing.md)\n```\n````\n"
"""The issue's article: a four-backtick fence showing Markdown that holds a fence."""
SITE_EXTENSIONS = yaml.safe_dump(
    {"markdown_extensions": yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
     ["markdown_extensions"]})
"""The sample site's Markdown extensions (superfences, admonition, ...)."""

# (case, body, expected problems: (body line, level, start of the message))
CASES = [
    ("link in a fence in a longer fence", NESTED, []),
    ("link right after that fence", NESTED + "\nRead [the guide](gone.md).\n",
     [(7, "error", "link to 'gone.md' points to a missing file")]),
    ("anchor only inside that fence", NESTED.replace("[the guide](missing.md)", "## Setup")
     + "\n[Setup](#setup)\n", [(7, "warning", "link to '#setup': no heading with the anchor")]),
    ("anchor right after that fence", NESTED + "\n## Setup\n\n[Setup](#setup)\n", []),
    ("look-alike note right after", NESTED + "\n!!! internl\n    For agents only.\n",
     [(7, "error", "'!!! internl' looks like an internal note but would be published")]),
    ("password right after", NESTED + "\nAdmin password: Tr0ub4dor&3\n",
     [(7, "error", "password or secret (Tr********) would be published")]),
    ("script right after", NESTED + "\n<script>alert(1)</script>\n",
     [(7, "warning", "<script> element is removed from the published page")]),
    ("tilde fence holding backticks", "~~~\n```\n[a](missing.md)\n~~~\n[b](gone.md)\n",
     [(5, "error", "link to 'gone.md' points to a missing file")]),
    ("unclosed fence is text", "```\nRead [the guide](gone.md).\n",
     [(2, "error", "link to 'gone.md' points to a missing file")]),
    ("script after an unclosed fence", "Intro.\n\n```html\n<script>alert(1)</script>\n",
     [(4, "warning", "<script> element is removed from the published page")]),
    ("script indented in raw HTML", "<div>\n\n    <script>alert(1)</script>\n\n</div>\n",
     [(3, "warning", "<script> element is removed from the published page")]),
    ("script in indented code", "Type:\n\n    <script>alert(1)</script>\n", []),
    ("nested fences in a list step", "1. Write:\n\n    ````\n    ```\n    [a](missing.md)\n"
     "    ```\n    ````\n\n2. Then [b](gone.md).\n",
     [(9, "error", "link to 'gone.md' points to a missing file")]),
    ("nested fences in a quote", "> ````\n> ```\n> [a](missing.md)\n> ```\n> ````\n", []),
    ("nested fences in a note", "!!! tip\n    ````\n    ```\n    [a](missing.md)\n    ```\n"
     "    ````\n", []),
    ("indented code", "Type this:\n\n    [a](missing.md)\n\nThen [b](gone.md).\n",
     [(5, "error", "link to 'gone.md' points to a missing file")]),
    ("double-backtick code", "Write ``[a](missing.md)`` or ``a`b`` to link.\n", []),
    ("code across lines", "Write `[a](x.md) and\n[b](missing.md)` to link.\n", []),
]


@pytest.fixture
def project(write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    config = write_project({"content/articles/wifi/ok.md": article("Fine article")})
    config.write_text(MINI_CONFIG + SITE_EXTENSIONS, encoding="utf-8")
    monkeypatch.chdir(config.parent)
    return config.parent


@pytest.mark.parametrize(("case", "body", "expected"), CASES, ids=[c for c, _, _ in CASES])
def test_check_reads_code_as_the_renderer_does(project: Path, case: str, body: str,
                                               expected: list[tuple[int, str, str]]) -> None:
    (project / TARGET).parent.mkdir(parents=True, exist_ok=True)
    (project / TARGET).write_text(article("Case", body=body), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check"])
    problems = [line for line in result.output.splitlines() if line.startswith(TARGET)]
    assert len(problems) == len(expected), result.output
    for problem, (line, level, message) in zip(problems, expected, strict=True):
        assert problem.startswith(f"{TARGET}:{BODY + line - 1}: {level}: {message}"), problem
    assert result.exit_code == (1 if any(e[1] == "error" for e in expected) else 0), \
        result.output


def test_the_issue_page_builds_with_its_code_shown(
        build_project: Callable[..., Path]) -> None:
    site = build_project({
        "mkdocs.yml": MINI_CONFIG + SITE_EXTENSIONS,
        TARGET: article("Case", body=NESTED + "\nAfter the example.\n")})
    page = (site / "articles/billing/case.html").read_text(encoding="utf-8")
    assert "[the guide](missing.md)" in page  # shown as written, inside the code
    assert 'href="missing.md"' not in page
    assert "After the example." in page


def test_shortcodes_in_code_are_shown_as_written(build_project: Callable[..., Path]) -> None:
    """An article that explains a shortcode shows it; only one outside code is expanded (an
    unknown name inside code does not stop the build)."""
    site = build_project({
        "mkdocs.yml": MINI_CONFIG + SITE_EXTENSIONS,
        TARGET: article("Case", body="Write `<!-- kb:search -->` on a page.\n\n```html\n"
                        "<!-- kb:nope -->\n```\n\n" + NESTED + "\n<!-- kb:search -->\n")})
    page = (site / "articles/billing/case.html").read_text(encoding="utf-8")
    assert page.count('class="kb-hero-search"') == 1
    assert "<code>&lt;!-- kb:search --&gt;</code>" in page
    assert "kb:nope" in page
