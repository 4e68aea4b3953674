"""kramdown's table of contents: `* Do not remove this line (it will not be displayed)` over
`{:toc}` is replaced by the page's headings on the old site. The import removed `{:toc}` and
kept the line: seven of F-Droid's docs showed it as a bullet, and as their summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

LINE = "Do not remove this line (it will not be displayed)"


@pytest.mark.parametrize("toc", [f"* {LINE}\n{{:toc}}", f"- {LINE}\n{{: toc }}",
                                 "1. TOC\n{:toc}", f"* {LINE}\n  {{:toc}}",
                                 "* Contents\n* of the page\n{:toc}"])
def test_a_kramdown_table_of_contents_is_not_text_of_the_article(
        toc: str, project: Path, import_site: Callable[..., Any]) -> None:
    import_site({"_config.yml": "title: Help\n",
                 "docs/faq.md": f"---\ntitle: FAQ\n---\n\n{toc}\n\n"
                                "### Why is the app not updated?\n\nThe update waits for a"
                                " build of the new version.\n"})
    text = next((project / "content/articles").rglob("faq.md")).read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["summary"] == "The update waits for a build of the new version."
    body = text.split("---\n", 2)[2]
    assert "{:" not in body and "TOC" not in body and LINE not in body
    assert "Contents" not in body and "of the page" not in body
    assert "### Why is the app not updated?" in body


def test_a_list_that_is_not_a_table_of_contents_is_kept(
        project: Path, import_site: Callable[..., Any]) -> None:
    import_site({"_config.yml": "title: Help\n",
                 "docs/steps.md": "---\ntitle: Steps\n---\n\n* Open the app.\n* Tap Update.\n\n"
                                  "## More\n\nText.\n"})
    text = next((project / "content/articles").rglob("steps.md")).read_text(encoding="utf-8")
    assert "* Open the app.\n* Tap Update." in text
