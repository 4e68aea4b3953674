"""Anchors an old page set with HTML before a heading (`<a name="ubuntu-2404"></a>`, BookStack's
installation page: 13 of them), kept by links after an import: each link to one now ends at
the heading it stood before, instead of a warning `kbgen build --strict` refuses."""

from __future__ import annotations

import pytest

from kbgen.core.links import anchors_of, heading_anchors
from kbgen.importers.anchors import fix_anchors, html_anchors
from kbgen.importers.model import SourceArticle
from kbgen.importers.plan import PlannedArticle

INSTALLATION = """\
* [Docker](#docker)
* [Ubuntu](install.md#ubuntu-2404)

<a name="docker"></a>

## Docker Containers

Text.

<a id="ubuntu-2404" data-info="Anchor here for old links"></a>
Ubuntu 24.04 Script
-------------------

<a name="orphan"></a>

A paragraph, no heading: not an alias.

## Docker Containers
"""


@pytest.mark.parametrize("body, expected", [
    (INSTALLATION, {"docker": "docker-containers", "ubuntu-2404": "ubuntu-2404-script"}),
    ("<a name='x'></a>\n```\n## code\n```\n", {}),  # a heading in code is none
    ("Text <a name='x'></a>\n\n## Heading\n", {}),  # not on a line of its own
    ("<a href='#x' name='y'>link</a>\n\n## Heading\n", {}),  # a link with text is no anchor
])
def test_html_anchors(body: str, expected: dict[str, str]) -> None:
    assert html_anchors(body) == expected


def test_heading_anchors_are_the_anchors_and_where_they_are() -> None:
    found = heading_anchors(INSTALLATION)
    assert found == {5: "docker-containers", 10: "ubuntu-2404-script", 17: "docker-containers_1"}
    assert frozenset(found.values()) == anchors_of(INSTALLATION)


def test_links_to_an_html_anchor_end_at_its_heading() -> None:
    article = PlannedArticle(SourceArticle("install.md", "Install", "", "docs"), "docs",
                             "install", text="---\ntitle: Install\n---\n" + INSTALLATION)
    fix_anchors([article])
    assert "* [Docker](#docker-containers)\n* [Ubuntu](install.md#ubuntu-2404-script)" \
        in article.text
    assert article.source.warnings[0] == (
        "line 4: link to '#docker' now ends '#docker-containers', the heading the old page's"
        " anchor `<a name=\"docker\">` stood before")
