"""An autolink is no HTML element for the nesting limit (kbgen.core.limits): rclone's authors
page, a list of names with `<mail@host>` (find61), was refused as "HTML elements nested more
than 50 levels deep". Elements nested that deep, in any spelling Python-Markdown passes as
HTML, stay refused."""

from __future__ import annotations

import pytest

from kbgen.core.limits import MAX_HTML_DEPTH, pathologies

LINES = MAX_HTML_DEPTH + 20


@pytest.mark.parametrize("line", [
    "- Jane Doe <jane.doe@example.com>",
    "* Ann Lee <ann+rclone@users.noreply.github.com>",
    "See <https://rclone.org/docs/> and <http://example.com/a?b=c>",
    "Mirror: <ftp://ftp.example.org/pub/>",
    "<user@example.com>",
])
def test_autolinks_are_no_elements(line: str) -> None:
    assert pathologies("\n".join([line] * LINES)) == []


@pytest.mark.parametrize("tag", ["<div>", "<span class='x'>", "<x:y>", "<DIV\tid=a>",
                                 "<custom-element>", "<b title='a@b'>"])
def test_elements_nested_too_deep_are_refused(tag: str) -> None:
    found = pathologies("\n\n".join([tag] * LINES))
    assert any("HTML elements nested" in message for _, message in found), found
