"""Hostile review round 11: Markdown under the size limit whose page is the square of it.

A link reference's address and title, and an abbreviation's title, are written once and copied
into the page at every use: 38 kB of Markdown (an 8,000-character address, 4,000 uses) rendered
a 32 MB page, so one article under the 1 MB limit could need tens of gigabytes. A kbgen
shortcode repeated on a page puts a listing the size of the site in at each repeat. Both are
refused before anything is rendered: `kbgen check` names the definition's line, `kbgen build`
fails and leaves the old site; `kbgen.core.repeated_text` reads the text once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.limits import pathologies
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import all_files
from tests.hostile.refusals import copies_of_built
from tests.work import characters_scanned

ARTICLE = "content/articles/billing/case.md"
BODY = 8
"""File line of the first body line of `article()`."""
ADDRESS = "/articles/billing/" + "a" * 8000 + ".html"


def uses(use: str, count: int, per_paragraph: int = 40) -> str:
    """`count` uses of a definition, `per_paragraph` to a paragraph (under the inline limits)."""
    return "".join((f"{use} " * per_paragraph).rstrip() + "\n\n"
                   for _ in range(count // per_paragraph))


# id -> (body, defining its name on its first line, the name in the message, its uses)
COPIED = [
    ("reference-links", f"[r]: {ADDRESS}\n\n" + uses("[see][r]", 4000), "[r]", 4000),
    ("shortcut-references", f"[guide]: {ADDRESS}\n\n" + uses("[guide]", 4000), "[guide]", 4000),
    ("empty-second-label", f"[guide]: {ADDRESS}\n\n" + uses("[Guide][]", 4000), "[guide]", 4000),
    ("labels-in-other-case-and-spacing", f"[Our Guide]: {ADDRESS}\n\n"
     + uses("[x][our  guide] [y][OUR\nGUIDE]", 2000, 20), "[our guide]", 4000),
    ("image-references", f"[p]: {ADDRESS[:-5]}.png\n\n" + uses("![][p]", 4000), "[p]", 4000),
    ("title-on-the-next-line", f"[r]: /a\n    \"{'t ' * 4000}\"\n\n" + uses("[x][r]", 4000),
     "[r]", 4000),
    ("address-on-the-next-line", f"[r]:\n   {ADDRESS}\n\n" + uses("[x][r]", 4000), "[r]", 4000),
    ("definition-in-a-quote", f"> [r]: {ADDRESS}\n\n" + uses("[x][r]", 4000), "[r]", 4000),
    ("uses-in-list-items", f"[r]: {ADDRESS}\n\n"
     + "".join(f"- [x][r] {i}\n\n" for i in range(4000)), "[r]", 4000),
    ("abbreviation-title", f"*[HTML]: {'Hyper Text ' * 800}\n\n" + uses("HTML", 4000),
     "*[HTML]", 4000),
    ("abbreviation-of-a-common-word", f"*[the]: {'x' * 8000}\n\n" + uses("the", 4000),
     "*[the]", 4000),
    ("quotes-written-as-entities", f"*[ACME]: {'&' * 1000}\n\n" + uses("ACME", 400),
     "*[ACME]", 400),  # 1,000 characters written as 5,000: 2 million for 400 uses
]

ACCEPTED = {
    "a reference used a hundred times": "[docs]: https://docs.example.com/guide/setup.html\n\n"
                                        + uses("[docs]", 200),
    "abbreviations used in a long text": "*[VPN]: Virtual private network\n*[DNS]: Domain name"
                                         " system\n\n" + uses("VPN and DNS", 4000),
    "a long footnote cited often (shown once)": f"[^1]: {'A long note. ' * 2000}\n\n"
                                                + uses("Text.[^1]", 120),
    "definitions and uses shown in code": "```markdown\n" + f"[r]: {ADDRESS}\n"
                                          + "[x][r] " * 4000 + "\n```\n",
    "many references used once each": "".join(f"[r{i}]: /a/{'b' * 200}/{i}\n\n" for i in range(
        3000)) + "\n" + "".join(" ".join(f"[x][r{i}]" for i in range(start, start + 40)) + "\n\n"
                                for start in range(0, 3000, 40)),
}


FILES = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
         "content/_data/categories.yml": MINI_CATEGORIES,
         "content/articles/wifi/ok.md": article("Fine article")}


@pytest.mark.parametrize("body, name, count", [r[1:] for r in COPIED],
                         ids=[r[0] for r in COPIED])
def test_check_names_the_definition_copied_into_the_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, name: str,
        count: int) -> None:
    write_files(tmp_path, {**FILES, ARTICLE: article("Copied", body=body)})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    expected = (f"{ARTICLE}:{BODY}: error: {name} is used {count:,} times and each"
                " use copies it into the page")
    assert any(out.startswith(expected) for out in result.output.splitlines()), result.output


@pytest.mark.parametrize("body", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_definitions_used_as_help_articles_use_them_are_accepted(body: str) -> None:
    assert pathologies(article("Fine", body=body)) == []


def test_the_copies_are_counted_in_one_reading_of_the_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import repeated_text

    # every shape that could make the counting itself slow: many definitions, brackets that
    # never close, long labels repeated, an abbreviation as long as the text
    shapes = {
        "definitions": lambda n: "".join(f"[r{i}]: /a{i}\n" for i in range(n)),
        "open brackets": lambda n: "[r]: /a\n\n" + "[" * (10 * n),
        "long label": lambda n: f"[{'ab ' * n}]: /a\n\n[{'ab ' * n}]",
        "long abbreviation": lambda n: f"*[{'a ' * n}]: t\n\n{'a ' * n}",
        "definition openers": lambda n: "*[" * (5 * n) + "]:",
    }
    patterns = sum(1 for value in vars(repeated_text).values() if hasattr(value, "finditer"))
    for name, shape in shapes.items():
        text = shape(20_000)
        with characters_scanned(monkeypatch, repeated_text) as scanned:
            repeated_text.repeated_text(text, 50)
        assert scanned.total <= (patterns + 1) * len(text), name


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Path]:
    """A copy at the given place of the small project, built once for the module."""
    return copies_of_built(tmp_path_factory.mktemp("round11"), FILES)


def _build_with(built: Callable[[Path], Path], tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch, body: str) -> tuple[int, str, bool]:
    """(exit status, output, site unchanged) of a build after an article of `body` is added."""
    project = built(tmp_path / "project")
    monkeypatch.chdir(project)
    before = all_files(project / "site")
    write_files(project, {ARTICLE: article("Added", body=body)})
    result = CliRunner().invoke(cli, ["build", "-d", str(project / "site")])
    assert "Traceback" not in result.output
    return result.exit_code, result.output, all_files(project / "site") == before


def test_a_build_refuses_an_article_copying_a_reference_into_it(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    status, output, unchanged = _build_with(built, tmp_path, monkeypatch, COPIED[0][1])
    assert status == 1 and unchanged
    assert f"{ARTICLE}:{BODY}: error: [r] is used 4,000 times" in output


SHORTCODES = {
    "the same listing twice": ("<!-- kb:category billing -->\n\n" * 2,
                               "'<!-- kb:category billing -->' in 'articles/billing/case.md'"
                               " shows the same as '<!-- kb:category billing -->'"),
    "words the shortcode does not read": ("<!-- kb:categories a -->\n\n<!-- kb:categories b -->"
                                          "\n", "'<!-- kb:categories b -->' in 'articles/billing"
                                          "/case.md' shows the same as '<!-- kb:categories a"
                                          " -->'"),
    "one search box below another": ("<!-- kb:search -->\n\nText.\n\n<!-- kb:search -->\n",
                                     "shows the same as '<!-- kb:search -->'"),
}


@pytest.mark.parametrize("body, message", SHORTCODES.values(), ids=SHORTCODES.keys())
def test_a_shortcode_repeated_on_a_page_stops_the_build(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        body: str, message: str) -> None:
    status, output, unchanged = _build_with(built, tmp_path, monkeypatch, "Intro.\n\n" + body)
    assert status == 1 and unchanged
    assert message in " ".join(output.split()), output


def test_different_listings_on_one_page_are_built(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("<!-- kb:search -->\n\n<!-- kb:category billing -->\n\n<!-- kb:category wifi -->\n\n"
            "<!-- kb:categories -->\n")
    status, output, _ = _build_with(built, tmp_path, monkeypatch, body)
    assert status == 0, output
