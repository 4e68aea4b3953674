"""A heading's closing run read in one pass: links._HEADING's `(.*?)\\s*#*\\s*$` tried the
run at every character of the heading, and its two `\\s*` every split of a blank run (the
anchors of one article with a long heading took seconds to minutes; figures in
bench/RESULTS.md, never here)."""

from __future__ import annotations

from kbgen.core import links
from kbgen.core.made_up_records import MadeUpRecords


def test_a_heading_with_a_long_run_of_blanks_inside_gets_its_anchor() -> None:
    # 400 blanks took 0.07 s, 3,200 about forty seconds (cubic)
    body = f"# Setup{' ' * 3200}x ##  \n\ntext\n\n## Ports  #\n"
    assert links.heading_anchors(body) == {0: "setup-x", 4: "ports"}


def test_a_heading_with_a_long_run_of_hashes_inside_gets_its_anchor() -> None:
    # 12,800 `#` took 1.3 s (quadratic)
    body = f"# Setup {'#' * 51_200}x #\n\nPorts\n---\n"
    assert links.heading_anchors(body) == {0: "setup-x", 2: "ports"}


def test_an_example_heading_with_a_long_run_of_blanks_still_names_its_record() -> None:
    # made_up_records' heading pattern had the same shape: 3,200 blanks about forty seconds
    lines = [f"## Example{' ' * 3200}payload ##", "", "```json",
             '{"id": "123456789", "email": "bobisaburger@emailservice.com"}', "```"]
    records = MadeUpRecords(lines)
    assert records.example_address(3, lines[3], "bobisaburger@emailservice.com")
    assert not MadeUpRecords([lines[0].replace("Example", "Ticket"), *lines[1:]]) \
        .example_address(3, lines[3], "bobisaburger@emailservice.com")
