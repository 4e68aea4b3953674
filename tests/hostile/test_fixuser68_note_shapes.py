"""Where a look-alike of an internal note ends (issue 19): imp68's trial import of an mdBook
book stopped at mdBook's page on hidden code lines, whose `~~~` block shows `!!!hidden()`
(mdBook's `hidelines=!!!` prefix): every word after a marker was judged, `hidden` is a
look-alike class, so `kbgen check` and the build refused the page.

The line, drawn from Python-Markdown's admonition (`!!! ?class( class)*( "title")? *$`) and
pymdownx.details (the same after `???`/`???+`): a look-alike has a note's shape, what an
author writes meaning a note (a misspelt or synonym class at a line's start, in a list or a
quote, before a title of any kind, mid-line after a blank); text that no admonition syntax
reads as a block header passes: a class word glued to code (`hidden()`, `.x`, `=`, `[0]`),
a marker glued to a word (`foo!!!hidden`, `Wow!!! Hidden`), and mid-line the words after the
marker's first (a sentence about a tool's syntax). One `kbgen check` per side, every variant
an article of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kbgen.cli import cli
from tests.conftest import SMALL_PROJECT, article, write_files

MDBOOK = """\
The prefix will hide any lines that begin with the given prefix. With the python prefix
shown above, this:

~~~python
~hidden()
nothidden():
~    hidden()
    ~hidden()
    nothidden()
~~~

This behavior can be overridden locally with a different prefix:

~~~
```python,hidelines=!!!
!!!hidden()
nothidden():
!!!    hidden()
    !!!hidden()
    nothidden()
```
~~~
"""

# id -> a line (or lines) no admonition syntax reads as a note's header: no finding.
PASSES = [
    ("mdbook-page", MDBOOK),
    ("call", "!!!hidden()"),
    ("call-after-blanks", "!!!    hidden()"),
    ("call-indented", "    !!!hidden()"),
    ("call-in-quote", "> !!!hidden()"),
    ("fence-attribute", "```python,hidelines=!!!\nx = 1\n```"),
    ("glued-to-word", "foo!!!hidden"),
    ("sentence", "Use !!!hidden-lines to mark the hidden lines of a block."),
    ("inline-code", "Start each line with `!!!hidden` to hide it."),
    ("inline-code-syntax", "Write `!!! internal` or `??? private` above a note."),
    ("string-literal", "print('!!! private')"),
    ("json-value", '{"prefix": "!!!secret"}'),
    ("attribute", "!!!hidden.lines = 3"),
    ("index", "!!!private[0]"),
    ("exclamation", "Wow!!! Hidden fees are gone."),
    ("questions", "Why??? Private plans cost more."),
    ("mid-line-later-word", "Lines after the prefix !!! are hidden in the book."),
    ("quoted-title", '!!! note "Hidden settings"'),
    ("curly-title", "!!! tip \u201cPrivate browsing\u201d"),
    ("bracketed-title", "!!! warning (private beta)"),
    ("colon-title", "!!! note: private windows keep no history"),
    ("mid-line-call", "Call !!!secret_key() first."),
    ("html", "<code>!!!hidden()</code>"),
    ("table-cell", "| `!!!hidden()` | hides the line |"),
    ("emphasised-call", "*!!!hidden()*"),
    ("glued-backtick", "!!!hidden` hides the line"),
]

# id -> (lines, line of the finding, the marker and class it names)
REFUSED = [
    ("misspelt-synonym", "!!! hiden\n    Zebracorn", 1, "!!! hiden"),
    ("synonym-title", '!!! private "Escalation"\n    Zebracorn', 1, "!!! private"),
    ("details", "??? staff\n    Zebracorn", 1, "??? staff"),
    ("details-open", "???+ secret\n    Zebracorn", 1, "???+ secret"),
    ("second-class", "!!! note confidential\n    Zebracorn", 1, "!!! confidential"),
    ("no-space", "!!!hidden\n    Zebracorn", 1, "!!! hidden"),
    ("quote", "> !!! private\n>     Zebracorn", 1, "!!! private"),
    ("quote-no-space", ">!!! hidden\n>     Zebracorn", 1, "!!! hidden"),
    ("list-step", "1. Open the app.\n2. !!! agents only\n       Zebracorn", 2, "!!! agents"),
    ("task-item", "- [ ] !!! private\n      Zebracorn", 1, "!!! private"),
    ("mid-line", "Agents only !!! internal\n    Zebracorn", 1, "!!! internal"),
    ("mid-line-synonym", "For the team: !!! private\n    Zebracorn", 1, "!!! private"),
    ("clause", "!!! private, agents only\n    Zebracorn", 1, "!!! private"),
    ("colon", "!!! Private: escalation\n    Zebracorn", 1, "!!! Private"),
    ("single-quoted-title", "!!! hidden 'Escalation'\n    Zebracorn", 1, "!!! hidden"),
    ("curly-quoted-title", "!!! hidden \u201cEscalation\u201d\n    Zebracorn", 1, "!!! hidden"),
    ("dash-title", "!!! private \u2014 agents\n    Zebracorn", 1, "!!! private"),
    ("swapped-letters", "!!! secert\n    Zebracorn", 1, "!!! secert"),
    ("letter-missing", "!!! privat\n    Zebracorn", 1, "!!! privat"),
    ("four-marks", "!!!! private\n    Zebracorn", 1, "!!!! private"),
    ("in-code", "```markdown\n!!! hidden\n    Zebracorn\n```", 2, "!!! hidden"),
    ("tab-indented", "\t!!! staff\n\t    Zebracorn", 1, "!!! staff"),
    ("definition", "Term\n:   !!! hidden\n        Zebracorn", 2, "!!! hidden"),
    ("glued-last-word", "!!! private note.\n    Zebracorn", 1, "!!! private"),
    ("crlf", "!!! private\r\n    Zebracorn\r", 1, "!!! private"),
    ("ellipsis", "!!! hidden...\n    Zebracorn", 1, "!!! hidden"),
    ("bold", "**!!! private**\n    Zebracorn", 1, "!!! private"),
    ("table-row", "| !!! staff | Zebracorn |", 1, "!!! staff"),
    ("german-class", "!!! intern\n    Zebracorn", 1, "!!! intern"),
]
FIRST_LINE = 10
"""File line of the variant's first line: 6 lines of front matter with its `---`, a blank
line, the heading and a blank line (`article`, `_body`)."""


def _body(text: str) -> str:
    return f"## Steps\n\n{text}\n\nDone.\n"


def _check(root: Path, variants: list[tuple[str, str]]) -> Result:
    files: dict[str, str | bytes] = dict(SMALL_PROJECT)
    for key, text in variants:
        files[f"content/articles/billing/{key}.md"] = article(f"Shape {key}", body=_body(text))
    write_files(root, files)
    return CliRunner().invoke(cli, ["check", "-f", str(root / "mkdocs.yml")])


@pytest.fixture(scope="module")
def passed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("passes")
    return root, _check(root, PASSES).output.replace(f"{root}/", "")


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("refused")
    return root, _check(root, [(key, text) for key, text, _, _ in REFUSED]
                        ).output.replace(f"{root}/", "")


@pytest.mark.parametrize("key", [key for key, _ in PASSES])
def test_no_note_shape_passes(passed: tuple[Path, str], key: str) -> None:
    found = [line for line in passed[1].splitlines()
             if line.startswith(f"content/articles/billing/{key}.md:") and "note" in line]
    assert found == []


def test_the_mdbook_page_passes_check(passed: tuple[Path, str]) -> None:
    assert "0 errors" in passed[1], passed[1]


@pytest.mark.parametrize(("key", "line", "named"), [(k, n, m) for k, _, n, m in REFUSED],
                         ids=[k for k, *_ in REFUSED])
def test_a_note_shape_is_refused_at_its_line(refused: tuple[Path, str], key: str, line: int,
                                             named: str) -> None:
    expected = (f"content/articles/billing/{key}.md:{FIRST_LINE + line - 1}: error: '{named}'"
                " looks like an internal note but would be published")
    assert any(out.startswith(expected) for out in refused[1].splitlines()), refused[1]
