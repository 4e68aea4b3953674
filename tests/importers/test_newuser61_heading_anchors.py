"""Old pages named their headings with an empty anchor in the heading's text (F-Droid's Build
Metadata Reference: `### _UpdateCheckMode_<a name="UpdateCheckMode"></a>`, linked as
`#UpdateCheckMode` from its own list of fields and other pages). The import gave the heading
kramdown's id (`#updatecheckmodea-nameupdatecheckmodea`) and every such link led nowhere
(132 anchor warnings on F-Droid's site). The heading's id is now the anchor's name, and a
second anchor in the same heading leads to it too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kbgen.core.frontmatter import split_front_matter
from kbgen.core.links import anchors_of

REFERENCE = """---
title: Build Metadata Reference
---

* [_UpdateCheckMode_](#UpdateCheckMode)
* [_Liberapay_](#LiberapayID)
* [NSFW](#NSFW)

### _UpdateCheckMode_<a name="UpdateCheckMode"></a>

How the update check works.

### _Liberapay_<a name="Liberapay"></a><a name="LiberapayID"></a>

A Liberapay account.

### Summary <a id="Summary"></a>

A summary.

### NSFW<a name="NSFW" />

One line.
"""


def test_links_to_an_anchor_in_a_heading_land_on_that_heading(
        project: Path, import_site: Callable[..., Any]) -> None:
    result = import_site({
        "_config.yml": "title: Help\n",
        "docs/Build_Metadata_Reference.md": REFERENCE,
        "docs/FAQ.md": "---\ntitle: FAQ\n---\n\nSee [the summary](Build_Metadata_Reference.md"
                       "#Summary) and [update checks](Build_Metadata_Reference.md"
                       "#UpdateCheckMode).\n"})
    articles = project / "content/articles"
    reference = next(articles.rglob("build-metadata-reference.md")).read_text(encoding="utf-8")
    faq = next(articles.rglob("faq.md")).read_text(encoding="utf-8")
    ids = anchors_of(split_front_matter(reference).body)
    assert {"UpdateCheckMode", "Liberapay", "Summary", "NSFW"} <= ids
    assert "(#UpdateCheckMode)" in reference and "(#Liberapay)" in reference
    assert "build-metadata-reference.md#Summary" in faq
    assert "build-metadata-reference.md#UpdateCheckMode" in faq
    assert "no such heading" not in result.output and "names no heading" not in result.output
