"""Pictures a Docusaurus page imports as modules (`import shot from './img/a.png'` then
`<img src={shot} alt={"…"} />`, or `src={require('./img/b.png').default}`): a new user's
import of Homarr's docs (Apache-2.0) removed the import lines and kept 94 such `<img>` tags
with only a variable as their address, so every one was a broken picture (and the build
warned of attributes like `onboarding"}=`). Each is now a Markdown image of its file, copied
with the other pictures; code blocks keep their text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.importers.conftest import imported_project

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082")
PAGE = """\
---
title: Boards
description: How to lay out a board.
---
import Tabs from '@theme/Tabs';
import shotA from './img/a.png';
import shotB from "./img/b-wide.webp"
import shotE from './img/e.gif';
import shotF from './img/f.jpeg';
import shotG from '@site/static/img/g-logo.png';

Start here.

<img src={shotA} alt={"Screenshot of the form"} width={300} />

<img src={shotB} alt="Board in wide layout" style={{ maxWidth: 500 }} height={256} />

<img src={require('./img/c.png').default} alt='Small layout' />

<img width={200} src={shotE} />

<img
  src={shotF}
  alt={'Step [one] of the wizard'}
/>

Inline <img src={require("./img/d.svg").default} alt="icon" /> in a sentence.

<img src={shotG} alt="Site logo" />

```jsx
<img src={shotA} alt="shown as code" />
```
"""
FILES: dict[str, str | bytes] = {
    "docusaurus.config.js": "module.exports = {};\n",
    "docs/boards/index.mdx": PAGE,
    "docs/boards/img/a.png": PNG, "docs/boards/img/b-wide.webp": PNG,
    "docs/boards/img/c.png": PNG, "docs/boards/img/d.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    "docs/boards/img/e.gif": PNG, "docs/boards/img/f.jpeg": PNG,
    "static/img/g-logo.png": PNG,  # `@site/static/`: the site's static folder, at its root
}
EXPECTED = {  # alt text, file
    "a.png": "Screenshot of the form", "b-wide.webp": "Board in wide layout",
    "c.png": "Small layout", "d.svg": "icon", "e.gif": "", "f.jpeg": r"Step \[one\] of the wizard",
    "g-logo.png": "Site logo",
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The project after the import, and the imported article's text."""
    project = imported_project(tmp_path_factory.mktemp("mdx-images"), FILES)
    articles = list((project / "content/articles").rglob("boards*.md"))
    assert len(articles) == 1, sorted(p.name for p in (project / "content/articles").rglob("*.md"))
    yield project, articles[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_an_imported_picture_is_a_markdown_image_of_its_copied_file(
        imported: tuple[Path, str], name: str) -> None:
    project, text = imported
    copied = [path for path in (project / "content/assets/imported").rglob(f"*{Path(name).suffix}")
              if path.stem.startswith(Path(name).stem)]
    assert copied, f"{name} not copied"
    assert f"![{EXPECTED[name]}](" in text
    assert f"{copied[0].name})" in text


def test_no_variable_is_left_as_an_address_outside_code(imported: tuple[Path, str]) -> None:
    _, text = imported
    outside, _, code = text.partition("```jsx")
    assert "src={" not in outside
    assert '<img src={shotA} alt="shown as code" />' in code
