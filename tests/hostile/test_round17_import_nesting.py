"""Sections nested thousands deep in an export: on main the import's planner read every
section of the export again for each section it walked (`_within`, `_above`, a category's
siblings), so a Zendesk export of 1,200 sections each in the one before took 107.5 s to import
(400: 9.7 s, 100: 6.8 s; measured in this round, load 9-10) and 3,000 about half an hour, from a
file of 1 MB. Each walk now reads the export's sections once (a map of each section's
children, sets of those seen), with the same results; counted here, not timed: the times
that the planner asks the export for all its sections."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kbgen.importers.model import Export, SourceArticle, SourceCategory
from kbgen.importers.plan import Planner

DEPTH = 300


class CountedSections(dict[str, SourceCategory]):
    """The export's sections, counting the times all of them are read."""

    reads = 0

    def items(self) -> Any:
        CountedSections.reads += 1
        return super().items()

    def values(self) -> Any:
        CountedSections.reads += 1
        return super().values()


def chain(depth: int, loop: bool = False) -> Export:
    """An export of `depth` sections, each in the one before (the first in the last when
    `loop`), each with an old address, and one article in the deepest."""
    export = Export("zendesk")
    sections = CountedSections()
    for number in range(depth):
        parent = str(number - 1) if number else (str(depth - 1) if loop else None)
        sections[str(number)] = SourceCategory(
            str(number), f"Section {number}", parent=parent,
            old_urls=[f"https://acme.zendesk.com/hc/en-us/sections/{number}-Section"])
    export.categories = sections
    export.articles.append(SourceArticle("articles.json: 1", "Deep article",
                                         "<p>Words.</p>", str(depth - 1)))
    return export


def test_a_deep_chain_of_sections_is_read_in_one_pass(tmp_path: Path) -> None:
    CountedSections.reads = 0
    plan = Planner(chain(DEPTH), tmp_path).make()
    assert CountedSections.reads <= 10, CountedSections.reads
    assert [a.category for a in plan.articles] == ["section-299"]
    old = plan.categories["section-299"]["redirect_from"]  # all its articles went there
    assert old[0] == "/hc/en-us/sections/0-Section" and len(old) == 100  # a page's most


def test_sections_in_a_loop_are_read_once_each(tmp_path: Path) -> None:
    CountedSections.reads = 0
    plan = Planner(chain(DEPTH, loop=True), tmp_path).make()
    assert CountedSections.reads <= 10, CountedSections.reads
    assert len(plan.articles) == 1
