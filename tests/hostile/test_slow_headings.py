"""A heading's closing run read in one pass: links._HEADING's `(.*?)\\s*#*\\s*$` tried the
run at every character of the heading, and its two `\\s*` every split of a blank run (the
anchors of one article with a long heading took seconds to minutes; figures in
bench/RESULTS.md, never here)."""

from __future__ import annotations

from kbgen.core import links


def test_a_heading_with_a_long_run_of_blanks_inside_gets_its_anchor() -> None:
    # 400 blanks took 0.07 s, 3,200 about forty seconds (cubic)
    body = f"# Setup{' ' * 3200}x ##  \n\ntext\n\n## Ports  #\n"
    assert links.heading_anchors(body) == {0: "setup-x", 4: "ports"}


def test_a_heading_with_a_long_run_of_hashes_inside_gets_its_anchor() -> None:
    # 12,800 `#` took 1.3 s (quadratic)
    body = f"# Setup {'#' * 51_200}x #\n\nPorts\n---\n"
    assert links.heading_anchors(body) == {0: "setup-x", 2: "ports"}
