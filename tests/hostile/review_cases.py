"""A hostile review's cases checked in one project: articles (case, extra front matter, body,
the kind of error expected or None) and copied files (path, bytes or what makes them, text of
the error expected or None), judged by one `kbgen check`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.privacy import Allowed, scan
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

ArticleCase = tuple[str, str, str, str | None]
FileCase = tuple[str, bytes | Callable[[], bytes], str | None]
"""A big file's bytes as a function: made when the project is written, not at the import
that every xdist worker's collection does."""


def check_cases(root: Path, articles: list[ArticleCase], files: list[FileCase],
                config: str = MINI_CONFIG, more: dict[str, str] | None = None
                ) -> tuple[int, list[str]]:
    """(`kbgen check` exit code, its error lines) of a project at `root` holding every case
    (with `config` as its mkdocs.yml and `more` files)."""
    written = {f"content/articles/wifi/case-{number}.md": article(
        f"Case {number}", extra=extra, body=body)
        for number, (_, extra, body, _) in enumerate(articles)}
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **written,
                       **{path: data() if callable(data) else data for path, data, _ in files},
                       **(more or {})})
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(cli, ["check"])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, [line for line in result.output.splitlines()
                              if ": error: " in line]


def misjudged(articles: list[ArticleCase], errors: list[str]) -> dict[str, list[str]]:
    """Cases whose errors are not the kind expected: {case: kinds found}."""
    wrong = {}
    for number, (case, _, _, kind) in enumerate(articles):
        path = f"content/articles/wifi/case-{number}.md:"
        kinds = {line.split(": error: ")[1].split(" (")[0] for line in errors
                 if line.startswith(path)}
        if (kind is None and kinds) or (kind is not None and kind not in kinds):
            wrong[case] = sorted(kinds)
    return wrong


def assert_file_judged(errors: list[str], path: str, expected: str | None) -> None:
    """A copied file passes (`expected` None) or fails with an error saying `expected`."""
    shown = [line for line in errors if line.startswith(path + ":")]
    if expected is None:
        assert shown == []
    else:
        assert any(expected in line for line in shown), (expected, shown)


def assert_cases_judged(checked: tuple[int, list[str]], articles: list[ArticleCase],
                        files: list[FileCase]) -> None:
    """`check_cases`' result judged every article and copied file as its case expects (and
    so failed)."""
    code, errors = checked
    assert misjudged(articles, errors) == {}, errors
    assert code == 1
    for path, _, expected in files:
        assert_file_judged(errors, path, expected)


def assert_verdict(config: Path, refused: str | None) -> None:
    """`kbgen check` of the project whose mkdocs.yml is `config` passes when `refused` is None,
    else fails with errors all of that kind."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(config.parent)
        result = CliRunner().invoke(cli, ["check"])
    errors = [text for text in result.output.splitlines() if ": error: " in text]
    if refused is None:
        assert errors == [] and result.exit_code == 0, result.output
    else:
        assert errors and all(f": error: {refused} (" in error for error in errors), \
            result.output
        assert result.exit_code == 1


def gate_verdict(text: str) -> str:
    """What the gate makes of `text` alone: "caught" (an error), "warning" or "through"."""
    findings = scan(text, Allowed())
    if any(not finding.advisory for finding in findings):
        return "caught"
    return "warning" if findings else "through"
