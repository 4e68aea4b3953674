"""An article's own `tickets` never reach the site through its published text.

`tickets` is private (README: "checked, never published"; never in banners, the status page or
feeds), but an author who pastes the reference into the summary, the body or the known-issue
block published it on the article, the status page, the banners, the feeds and the search
index. Each row is an article quoting its ticket somewhere; one real `kbgen check` must name
every one with its file and line, and a real build must refuse. Quoting it inside an
`!!! internal` note, or a longer number that merely contains it, is fine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files

ISSUE = "known_issue:\n  since: 2026-01-01\n  state: identified\n  errors: [E7]\n"
# id -> (tickets, extra front matter, body, line expected in the message)
QUOTED = [
    ("summary", "[HD-4242]", "", "## Fix\n\nDo it.\n", 3),
    ("body", "[HD-4242]", "", "## Fix\n\nSee HD-4242 for details.\n", 11),
    ("body-other-case", "[HD-4242]", "", "## Fix\n\nSee hd-4242.\n", 11),
    ("numeric", "[48213]", "", "## Fix\n\nAs in ticket #48213, restart.\n", 11),
    ("workaround", "[HD-4242]", ISSUE + "  workaround: Ask about HD-4242.\n", "Body.\n", 11),
    ("update", "[HD-4242]", ISSUE + "  updates:\n    - date: 2026-01-02\n"
     "      text: Tracked in HD-4242.\n", "Body.\n", 13),
    ("fixed-in", "[HD-4242]", ISSUE.replace("identified", "fixed")
     + "  fixed_on: 2026-01-03\n  fixed_in: the HD-4242 patch\n", "Body.\n", 12),
    ("tag", "[ZD-777]", "tags: [zd-777]\n", "Body.\n", 7),
]
FINE = [
    ("internal-note", "[HD-4242]", "", "## Fix\n\n!!! internal\n    See HD-4242.\n\nDo it.\n"),
    ("longer-number", "[48213]", "", "## Fix\n\nCall 0048213999 or order 148213.\n"),
]


def _article(key: str, tickets: str, extra: str, body: str) -> str:
    summary = "Quote of HD-4242 here." if key == "summary" else "A summary."
    return (f"---\ntitle: Article {key}\nsummary: {summary}\nstatus: published\n"
            f"errors: [E7]\ntickets: {tickets}\n{extra}---\n\n{body}")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tickets")
    files = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
             "content/_data/categories.yml": MINI_CATEGORIES}
    for key, *row in [*(r[:4] for r in QUOTED), *FINE]:
        files[f"content/articles/billing/{key}.md"] = _article(key, *row)
    write_files(root, files)
    return root


@pytest.fixture(scope="module")
def check_output(project: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", "-f", str(project / "mkdocs.yml")])
    return result.exit_code, result.output


@pytest.mark.parametrize(("key", "tickets", "extra", "body", "line"), QUOTED,
                         ids=[r[0] for r in QUOTED])
def test_a_quoted_ticket_is_an_error_at_its_line(check_output: tuple[int, str], key: str,
                                                  tickets: str, extra: str, body: str,
                                                  line: int) -> None:
    code, output = check_output
    assert code != 0
    mine = [m for m in output.splitlines() if f"/{key}.md:" in m and "error" in m]
    assert any(f"/{key}.md:{line}: error:" in m and "`tickets`" in m for m in mine), output


@pytest.mark.parametrize("key", [r[0] for r in FINE])
def test_no_error_where_the_ticket_is_not_published(check_output: tuple[int, str],
                                                   key: str) -> None:
    mine = [m for m in check_output[1].splitlines() if f"/{key}.md:" in m]
    assert not [m for m in mine if "`tickets`" in m], mine


def test_the_build_refuses(project: Path) -> None:
    result = CliRunner().invoke(cli, ["build", "-f", str(project / "mkdocs.yml"), "-d",
                                      str(project / "site")])
    assert result.exit_code != 0
    leaked = [p for p in (project / "site").rglob("*") if p.is_file()
              and b"4242" in p.read_bytes()] if (project / "site").exists() else []
    assert leaked == []


@pytest.mark.parametrize("key", ["body-other-case", "numeric", "workaround"])
def test_kbgen_reply_refuses_the_same(project: Path, key: str) -> None:
    result = CliRunner().invoke(cli, ["reply", "-f", str(project / "mkdocs.yml"), key])
    assert result.exit_code == 1
    assert "private value" in result.output and f"{key}.md" in result.output
