"""An MDX page's text as MDX reads it: no indented code blocks (a tab's text indented under
`<TabItem>` is text), and JSX strings in braces are their text. A new user's import of
Homarr's docs (Apache-2.0) showed 13 such passages in 9 pages as code blocks and printed
`Click Add {"->"} Group Permission` as written. Docusaurus v3 reads a `.md` page with MDX
too unless set to CommonMark (imp66: tests/importers/test_imp66_docusaurus_leftovers.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kbgen.core.markdown_code import Kind, code_map
from tests.importers.conftest import imported_project

PAGE = """\
---
title: {title}
description: Signing in to Homarr.
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

<Tabs>
  <TabItem value="credentials" label="Credentials Provider" default>

    This is the default provider.

    The first user is made during onboarding.

  </TabItem>
  <TabItem value="ldap" label="LDAP provider">

    This provider authenticates against an LDAP server.

    <details>

        Deeper text inside a component.

    </details>

  </TabItem>
</Tabs>

1. Open the settings.

        Then the permissions tab.

Click Add {{"->"}} Group Permission, then {{'Save'}}.
Select the permissions:{{" "}}
<a href={{"https://example.com/docs"}}>the guide</a>.

```js
const x = {{"kept"}};
```
"""
FILES = {"docusaurus.config.js": "module.exports = {};\n",
         "docs/sso/mdx-page.mdx": PAGE.format(title="Single sign-on"),
         "docs/sso/md-page.md": PAGE.format(title="Plain page")}
TEXTS = ["This is the default provider.", "The first user is made during onboarding.",
         "This provider authenticates against an LDAP server.", "Then the permissions tab.",
         "Deeper text inside a component."]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Each imported article's text by its source's suffix."""
    project = imported_project(tmp_path_factory.mktemp("mdx-text"), FILES)
    found = {path.stem: path.read_text(encoding="utf-8")
             for path in (project / "content/articles").rglob("*-page.md")}
    yield {"mdx": found["mdx-page"], "md": found["md-page"]}


def _code_lines(text: str) -> list[str]:
    code = code_map(text)
    return [line.strip() for index, line in enumerate(code.lines)
            if code.kinds[index] is Kind.INDENTED]


@pytest.mark.parametrize("line", TEXTS)
def test_indented_mdx_text_is_text(imported: dict[str, str], line: str) -> None:
    assert line in imported["mdx"]
    assert line not in _code_lines(imported["mdx"])


@pytest.mark.parametrize("line", TEXTS)
def test_an_md_pages_indented_text_is_text_under_mdx(imported: dict[str, str],
                                                       line: str) -> None:
    assert line in imported["md"]
    assert line not in _code_lines(imported["md"])


@pytest.mark.parametrize(("written", "read"), [
    ('Click Add {"->"} Group Permission', "Click Add -> Group Permission"),
    ("then {'Save'}.", "then Save."),
    ('permissions:{" "}', "permissions:"),
    ('<a href={"https://example.com/docs"}>', '<a href="https://example.com/docs">'),
])
def test_jsx_strings_are_their_text(imported: dict[str, str], written: str, read: str) -> None:
    assert read in imported["mdx"]
    assert written not in imported["mdx"]


def test_code_keeps_its_braces(imported: dict[str, str]) -> None:
    assert 'const x = {"kept"};' in imported["mdx"]
