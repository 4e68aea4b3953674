"""A line of marks alone (`---`, `===`, `___`) is no half of a key read over two lines
(kbgen.core.privacy.split): the front matter test drew `---` above an 18-character run, which
the page's scan read joined as a token and the front matter's scan did not. A key split over
two lines stays found."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan

RUN = 'bPxRfiCYzQ9k3LmT7w"'


@pytest.mark.parametrize("marks", ["---", "===", "___", "-----", "--"])
def test_a_line_of_marks_above_a_run_is_no_key(marks: str) -> None:
    assert [finding.kind for finding in scan(f"{marks}\n{RUN}", Allowed())] == []


@pytest.mark.parametrize("text", [
    "key: AKIAIOSFOD\\\nNN7EXAMPLE",
    'token = "Xk9vQ2mZ7LpR3tYw8B\nnE4cF6hJ1aS5dG0qW2eR4t"',
    "---\ntoken: Xk9vQ2mZ7LpR3tYw8BnE4c\nF6hJ1aS5dG0qW2eR4t",
])
def test_a_key_split_over_two_lines_is_still_found(text: str) -> None:
    assert any(not finding.advisory for finding in scan(text, Allowed()))
