"""Markdown that would hang or crash the renderer, in articles, bios and data files.

Each row is written into a small real project: `kbgen check` fails it with the line and the
limit, reading each line once (a work count, tests/work.py; the seconds are in
bench/hostile_shapes.py), and `kbgen build` fails without a traceback and leaves the old site.
Behind the limits, a build stops any page whose Markdown takes too long or nests too deep, and
names it (in the build process and in the worker processes that render articles).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import all_files
from tests.work import lines_in, lines_scanned

ARTICLE = "content/articles/billing/case.md"
PROFILE = "content/team/sam.yml"
BODY = 8
"""File line of the first body line of `article()`."""


def bio(text: str) -> str:
    """A team profile whose bio is `text` (a YAML block scalar from line 4)."""
    indented = "".join(f"  {line}\n" for line in text.split("\n"))
    return f"name: Sam Lee\nrole: Billing specialist\nbio: |\n{indented}"


# id -> (file, its text, line, start of the message after "error: ")
REFUSED = [
    ("10k-headings", ARTICLE, article(body="".join(f"## H{i}\n\n" for i in range(10_000))),
     1, "more than 1,000 headings, too many for one page to render quickly"),
    ("setext-headings", ARTICLE, article(body="Heading\n-------\n\n" * 2000),
     1, "more than 1,000 headings"),
    ("150k-entities", ARTICLE, article(body="&#x41;" * 150_000),
     BODY, "more than 2,000 pieces of inline markup"),
    ("150k-entities-on-lines", ARTICLE, article(body=("&#x41;" * 100 + "\n") * 1500),
     BODY, "more than 2,000 pieces of inline markup"),
    ("inline-html-flood", ARTICLE, article(body="<b>a</b>" * 50_000),
     BODY, "more than 2,000 pieces of inline markup"),
    ("code-span-flood", ARTICLE, article(body="`a` " * 50_000),
     BODY, "more than 2,000 pieces of inline markup"),
    ("dashes-on-one-line", ARTICLE, article(body="- " * 1000 + "x\n"),
     BODY, "list nested more than 40 levels deep"),
    ("numbers-on-one-line", ARTICLE, article(body="1. " * 500 + "x\n"),
     BODY, "list nested more than 40 levels deep"),
    ("quotes-and-lists", ARTICLE, article(body="> - " * 200 + "x\n"),
     BODY, "list nested more than 40 levels deep"),
    ("nested-notes", ARTICLE, article(body="".join("    " * i + "!!! note\n" for i in range(60))),
     BODY + 41, "indented more than 160 columns"),
    ("nested-emphasis", ARTICLE, article(body="*a " * 1000 + "b" + "*" * 1000 + "\n"),
     BODY, "emphasis (*, _, ==, ~~) nested more than 100 levels deep"),
    ("nested-html", ARTICLE, article(body="<div markdown>\n\n" * 500 + "x\n"),
     BODY + 100, "HTML elements nested more than 50 levels deep"),
    ("fence-options", ARTICLE, article(body="Intro.\n\n```python" + ' a="' * 40 + "\nx\n```\n"),
     BODY + 2, "a code block's first line has more than 200 characters or 12 quotes"),
    ("fence-options-in-a-bio", PROFILE, bio("~~~" + " t='x'" * 8 + "\ncode\n~~~"),
     3, "'bio', line 1 of its text: a code block's first line has more than 200 characters"),
    ("one-footnote-cited-5000-times", ARTICLE, article(body="x[^1]" * 5000 + "\n\n[^1]: n\n"),
     1, "more than 300 footnote references"),
    ("5000-footnotes", ARTICLE, article(body="".join(f"[^{i}]: n\n" for i in range(5000))),
     1, "more than 200 footnotes"),
    ("2000-abbreviations", ARTICLE, article(body="".join(f"*[A{i}]: a\n" for i in range(2000))),
     1, "more than 50 abbreviations"),
    ("50k-paragraphs", ARTICLE, article(body="a\n\n" * 50_000),
     1, "more than 10,000 paragraphs, list items, headings and table rows"),
    ("deep-yaml-front-matter", ARTICLE,
     article(extra="related: " + "{a: " * 1000 + "x" + "}" * 1000 + "\n"),
     1, "YAML nested too deeply to read"),
    ("bio-20k-brackets", PROFILE, bio("[" * 20_000),
     3, "'bio', line 1 of its text: more than 500 '[' in one paragraph"),
    ("bio-dashes-on-one-line", PROFILE, bio("- " * 1000 + "x"),
     3, "'bio', line 1 of its text: list nested more than 40 levels deep"),
    ("bio-entities", PROFILE, bio("&amp;" * 20_000),
     3, "'bio', line 1 of its text: more than 2,000 pieces of inline markup"),
    ("deep-yaml-profile", PROFILE, "name: " + "{a: " * 1000 + "x" + "}" * 1000 + "\n",
     1, "YAML nested too deeply to read"),
    ("huge-profile", PROFILE, bio("A sentence about Sam.\n" * 20_000),
     1, "the file is 480 kB; team profiles and data files are limited to 256 kB"),
    ("huge-synonyms", "content/_data/synonyms.yml",
     "".join(f"- [word{i}, other{i}]\n" for i in range(20_000)),
     1, "the file is 498 kB; team profiles and data files are limited to 256 kB"),
]


FILES = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
         "content/_data/categories.yml": MINI_CATEGORIES,
         "content/articles/wifi/ok.md": article("Fine article"),
         "content/team/ana.yml": bio("Ana answers Wi-Fi questions.")}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_files(tmp_path, FILES)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path, int | None], Path]:
    """`built(destination, workers)`: a copy at `destination` (made the working directory's
    project by the caller) of the small project built into `site/`, with `workers` build
    workers and enough articles for two of them (None: the project as `project` writes it).
    Each is built once for the module; the tests write a bad file into their copy."""
    originals: dict[int | None, Path] = {}

    def copy(destination: Path, workers: int | None = None) -> Path:
        if workers not in originals:
            root = tmp_path_factory.mktemp(f"limits-{workers}")
            files = dict(FILES)
            if workers is not None:
                files["mkdocs.yml"] += f"extra:\n  kb:\n    build_workers: {workers}\n"
                for name in ("fine", "other", "third"):  # enough articles for two workers
                    files[f"content/articles/wifi/{name}.md"] = article(f"Page {name}")
            write_files(root, files)
            result = CliRunner().invoke(cli, ["build", "-f", str(root / "mkdocs.yml"),
                                              "-d", str(root / "site")])
            assert result.exit_code == 0, result.output
            originals[workers] = root
        return Path(shutil.copytree(originals[workers], destination, symlinks=True))
    return copy


@pytest.mark.parametrize("path, text, line, message", [r[1:] for r in REFUSED],
                         ids=[r[0] for r in REFUSED])
def test_check_refuses_in_one_pass_with_the_line(project: Path, path: str, text: str,
                                                 line: int, message: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (project / path).parent.mkdir(parents=True, exist_ok=True)
    (project / path).write_text(text)
    with lines_scanned(monkeypatch) as scanned:
        result = CliRunner().invoke(cli, ["check"])
    assert scanned.total <= lines_in(project / "content")
    assert result.exit_code == 1 and "Traceback" not in result.output
    expected = f"{path}:{line}: error: {message}"
    assert any(out.startswith(expected) for out in result.output.splitlines()), result.output


BUILT = ["10k-headings", "150k-entities-on-lines", "dashes-on-one-line", "nested-notes",
         "50k-paragraphs", "bio-dashes-on-one-line", "huge-profile"]


@pytest.mark.parametrize("path, text", [r[1:3] for r in REFUSED if r[0] in BUILT], ids=BUILT)
def test_build_refuses_and_keeps_the_old_site(built: Callable[..., Path], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, path: str,
                                              text: str) -> None:
    project = built(tmp_path / "project")  # built once for the module, copied
    monkeypatch.chdir(project)
    site = project / "site"
    before = all_files(site)
    assert before
    (project / path).parent.mkdir(parents=True, exist_ok=True)
    (project / path).write_text(text)
    result = CliRunner().invoke(cli, ["build", "-d", str(site)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{path}:" in result.output and "was left unchanged" in result.output
    assert all_files(site) == before


# What the limits let through, but the renderer cannot do in time or at all (the limits are
# switched off here): the build names the page and publishes nothing. The slow page would take
# seconds to minutes; the budget is made 0.5 s, far above what the other pages take.
SLOW = "its Markdown took more than 0.5 s to convert and was stopped, so nothing was published"
DEEP = "its Markdown is nested too deeply to convert"
NESTED_BLOCKS = "<div markdown>\n" * 600 + "x\n" + "</div>\n" * 600
"""Blocks of Markdown in HTML 600 deep (`md_in_html`, which the test switches on): Python-Markdown
reads each inside the one around it, so Python's recursion limit stops it, whatever the stack
around the build (since Markdown 3.11, a list 1,000 deep on one line converts)."""
STOPPED = [
    ("slow-article", ARTICLE, article("Slow", body="&#x41;" * 100_000), 0.5, SLOW),
    ("slow-bio", PROFILE, bio("&amp;" * 40_000), 0.5, SLOW),
    ("deep-article", ARTICLE, article("Deep", body=NESTED_BLOCKS), None, DEEP),
    ("deep-bio", PROFILE, bio(NESTED_BLOCKS), None, DEEP),
]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("path, text, seconds, message", [r[1:] for r in STOPPED],
                         ids=[r[0] for r in STOPPED])
def test_a_page_over_budget_fails_the_build_by_name(
        built: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        workers: int, path: str, text: str, seconds: float | None, message: str) -> None:
    from kbgen.core import loader
    from kbgen.site import time_budget

    project = built(tmp_path / "project", workers)  # built once per workers, copied
    monkeypatch.chdir(project)
    site = project / "site"
    before = all_files(site)
    assert "articles/wifi/third.html" in before
    if seconds is not None:
        monkeypatch.setattr(time_budget, "PAGE_SECONDS", seconds)
    monkeypatch.setattr(loader, "pathologies", lambda text, first_line=1: [])
    if message == DEEP:
        with (project / "mkdocs.yml").open("a") as config:
            config.write("markdown_extensions:\n  - md_in_html\n")
    (project / path).parent.mkdir(parents=True, exist_ok=True)
    (project / path).write_text(text)
    result = CliRunner().invoke(cli, ["build", "-d", str(site)])  # the message: it was stopped
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{path}: {message}" in result.output, result.output
    assert all_files(site) == before
