"""What a hostile build's output must show: an error of the kind at each place, nothing
published (shared by the class-by-place tests)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files


def assert_refused_at(code: int, output: str, kind: str, places: list[tuple[str, int]]) -> None:
    """The build failed and named an error of `kind` at every (path, line) of `places`."""
    missing = [f"{path}:{line}" for path, line in places
               if f"{path}:{line}: error: {kind} (" not in output]
    assert code == 1 and not missing, (missing, output)


def assert_nothing_published(root: Path, code: int) -> None:
    """The build failed and left no page in `root`'s site/."""
    assert code == 1
    assert not (root / "site").exists() or not any((root / "site").rglob("*.html"))


def assert_refused_everywhere(root: Path, code: int, output: str, name: str,
                              marks: str | tuple[str, ...], kind: str) -> None:
    """The build failed with an error of `kind` at every place (six at least) where the
    article or file of class `name` holds one of `marks`."""
    places = marked_places(root, name, marks)
    assert len(places) >= 6
    assert_refused_at(code, output, kind, places)


def assert_published(root: Path, code: int, output: str, page: str) -> None:
    """The build passed and published `page` (a path under `root`'s site/)."""
    assert code == 0, output
    assert (root / "site" / page).is_file()


def assert_ticket_refused_at_each_place(code: int, output: str, body_start: int) -> None:
    """The build failed naming the ticket reference of `content/articles/wifi/ticket.md` in
    its front matter (line 7) and at its four places in the body (from `body_start`)."""
    path = "content/articles/wifi/ticket.md"
    missing = [line for line in (7, *(body_start + 1 + offset for offset in (0, 4, 7, 10)))
               if f"{path}:{line}: error: the ticket reference" not in output]
    assert code == 1 and not missing, (missing, output)


def places_of(name: str, body_start: int, file_line: int = 1) -> list[tuple[str, int]]:
    """(path, line) of each place `body()` of the leak tests writes the class `name`: its
    article's front matter (line 6), prose, table cell, code line and HTML attribute, and its
    copied file."""
    article_path = f"content/articles/wifi/{name}.md"
    return [(article_path, 6), *((article_path, body_start + offset) for offset in (0, 4, 7, 10)),
            (f"content/files/{name}.txt", file_line)]


def marked_places(root: Path, name: str, marks: str | tuple[str, ...]) -> list[tuple[str, int]]:
    """(path, line) of every line holding one of `marks` in class `name`'s article and copied
    file (`content/articles/wifi/<name>.md`, `content/files/<name>.txt`) under `root`."""
    wanted = (marks,) if isinstance(marks, str) else marks
    return [(path, number) for path in (f"content/articles/wifi/{name}.md",
                                        f"content/files/{name}.txt")
            for number, line in enumerate((root / path).read_text(encoding="utf-8")
                                          .splitlines(), 1)
            if any(mark in line for mark in wanted)]


def copies_of_built(root: Path, files: dict[str, str]) -> Callable[[Path], Path]:
    """A project of `files` built once at `root`; a function copying it to a given place (a
    module's tests each change their own copy)."""
    write_files(root, files)
    result = CliRunner().invoke(cli, ["build", "-f", str(root / "mkdocs.yml"),
                                      "-d", str(root / "site")])
    assert result.exit_code == 0, result.output

    def copy(destination: Path) -> Path:
        return Path(shutil.copytree(root, destination, symlinks=True))
    return copy


def assert_case_refused(built: tuple[Path, int, str], name: str, kind: str,
                        marks: str | tuple[str, ...]) -> None:
    """The build of `built_cases` (root, code, output) failed naming an error of `kind` at
    every line of class `name`'s article and copied file holding one of `marks`."""
    root, code, output = built
    places = marked_places(root, name, marks)
    assert len(places) >= 2
    assert_refused_at(code, output, kind, places)


def assert_body_publishes(root: Path, body: str) -> None:
    """A project at `root` with one article of `body` builds and publishes it."""
    code, output = built_project(root, {"content/articles/wifi/doc.md": article("Doc", body=body)})
    assert_published(root, code, output, "articles/wifi/doc.html")


def built_cases(root: Path, texts: dict[str, str]) -> tuple[int, str]:
    """`kbgen build`'s exit code and output at `root` with each class's text (name -> text) as
    an article `content/articles/wifi/<name>.md` and copied as `content/files/<name>.txt`."""
    files: dict[str, str] = {}
    for name, text in texts.items():
        files[f"content/articles/wifi/{name}.md"] = article(f"Case {name}", body=text)
        files[f"content/files/{name}.txt"] = text
    return built_project(root, files)


def built_project(root: Path, files: dict[str, str], extra_config: str = "") -> tuple[int, str]:
    """`kbgen build`'s exit code and output in a small project at `root`: the mini config
    and `extra_config`, a home page, the mini categories, then `files` (which may replace
    any of them)."""
    write_files(root, {"mkdocs.yml": MINI_CONFIG + extra_config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **files})
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(cli, ["build"])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


Places = tuple[str, str, str, str, str, str]
"""A class's value at its six places: front matter's description, prose, a table cell, a code
line, an HTML attribute, and the copied file's text."""


def class_files(name: str, places: Places,
                body: Callable[[str, str, str, str], str]) -> dict[str, str]:
    """The article and the copied file holding class `name` at its six `places` (`body` lays
    out the article's four: prose, cell, code line, attribute)."""
    title, prose, cell, code, attribute, text = places
    return {f"content/articles/wifi/{name}.md": article(
                f"Case {name}", extra=f"description: '{title}'\n",
                body=body(prose, cell, code, attribute)),
            f"content/files/{name}.txt": text}


def assert_documentation_publishes(root: Path, text: str,
                                   build: Callable[[Path, dict[str, str]], tuple[int, str]]
                                   ) -> None:
    """An article of documentation's shapes (`text`), built by `build` at `root`, publishes."""
    code, output = build(root, {"content/articles/wifi/doc.md": article("Doc", body=text)})
    assert_published(root, code, output, "articles/wifi/doc.html")


Case = tuple[str, str, str | tuple[str, ...]]
"""A leak class's case: (kind, text, the mark(s) on each line holding a value)."""
Built = tuple[Path, int, str]
"""(project, `kbgen build` exit code, its output)."""


def refused_class_tests(label: str, cases: dict[str, Case]) -> tuple[
        Callable[[pytest.TempPathFactory], Built], Callable[[Built, str], None],
        Callable[[Built], None]]:
    """The fixture and the two tests each leak-class module runs on its `cases`: `leaked`
    builds every case once (an article and a copied file each, `built_cases`); every value of
    a class is refused at each of its lines; nothing is published. A module assigns them to
    its own names so pytest collects them there."""

    @pytest.fixture(scope="module")
    def leaked(tmp_path_factory: pytest.TempPathFactory) -> Built:
        """(project, `kbgen build` exit code, its output) holding every case."""
        root = tmp_path_factory.mktemp(label)
        code, output = built_cases(root, {name: text for name, (_, text, _) in cases.items()})
        return root, code, output

    @pytest.mark.parametrize("name", list(cases))
    def test_every_value_of_a_class_is_refused_by_file_and_line(leaked: Built,
                                                                name: str) -> None:
        kind, _, marks = cases[name]
        assert_case_refused(leaked, name, kind, marks)

    def test_nothing_is_published(leaked: Built) -> None:
        root, code, _ = leaked
        assert_nothing_published(root, code)

    return (leaked, test_every_value_of_a_class_is_refused_by_file_and_line,
            test_nothing_is_published)


def run_in(root: Path, *args: str) -> tuple[int, str]:
    """`kbgen ARGS` run in `root`: its exit code and output (never a traceback)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def case_paragraphs(cases: dict[str, str], line_of_case: Callable[[list[str]], int],
                    first_line: int = 12) -> tuple[str, dict[str, int]]:
    """An article body of `cases`, each a paragraph after a Symptoms section (the body of
    `article()` starting at its line 8), and the file line of each case: its first line plus
    `line_of_case(its rows)`."""
    parts, lines, line = ["## Symptoms\n\nIt fails."], {}, first_line
    for name, text in cases.items():
        parts.append(text)
        lines[name] = line + line_of_case(text.split("\n"))
        line += text.count("\n") + 2
    return "\n\n".join(parts) + "\n", lines


def first_link_row(rows: list[str]) -> int:
    """The first row of a case that holds a link."""
    return next(i for i, row in enumerate(rows) if "[" in row or "<" in row)
