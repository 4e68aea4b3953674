"""A `<!-- kb:allow ... -->` marker in front matter accepts nothing and would be published as
text (in the page, its category's list and the search index): `kbgen check` and the build
refuse it, naming the file, the line and the key. Each case is a real project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.errors import KbError
from tests.conftest import article

ARTICLE = "content/articles/billing/case.md"
OK = {"content/articles/wifi/ok.md": article("Fine article")}
MESSAGE = ("holds a `<!-- kb:allow -->` marker, which would be published as text: markers work"
           " in the body only; remove it (and what it was meant to accept)")

# (case, file, text, line, key)
CASES = [
    ("title", ARTICLE, article("Declined <!-- kb:allow phone -->"), 2, "title"),
    ("summary", ARTICLE, "---\ntitle: Declined\nsummary: Call us. <!-- KB:ALLOW phone -->\n"
     "status: published\nsymptoms: [it fails]\n---\n\nIt fails.\n", 3, "summary"),
    ("symptom", ARTICLE, "---\ntitle: Declined\nsummary: Call us.\nstatus: published\n"
     "symptoms:\n  - it fails\n  - 'no <!--kb:allow email-->'\n---\n\nIt fails.\n", 7,
     "symptoms[1]"),
    ("page title", "content/faq.md", "---\ntitle: FAQ <!-- kb:allow email -->\n---\n\n# FAQ\n",
     2, "title"),
]


@pytest.mark.parametrize("case, name, text, line, key", CASES, ids=[c[0] for c in CASES])
def test_a_marker_in_front_matter_is_an_error(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, case: str,
        name: str, text: str, line: int, key: str) -> None:
    config = write_project({name: text, **OK})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    assert f"{name}:{line}: error: `{key}` {MESSAGE}" in result.output.splitlines(), \
        result.output
    assert result.exit_code == 1


def test_the_build_stops_before_publishing_it(build_project: Callable[..., Path],
                                              caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(KbError):
        build_project({ARTICLE: article("Declined <!-- kb:allow phone -->"), **OK})
    assert f"{ARTICLE}:2: error: `title` {MESSAGE}" in caplog.text
