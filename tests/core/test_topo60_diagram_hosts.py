"""kbgen.core.diagram_hosts: which blocks are drawings, and which of their addresses declare
(issue 19, topo60)."""

from __future__ import annotations

import pytest

from kbgen.core.diagram_hosts import drawings, drawn_hosts

DRAWINGS = [
    ("an nwdiag block to its closing brace",
     "Intro.\n\nnwdiag {\n  network a {\n    r [address = \"10.9.0.1\"];\n  }\n}\n\nAfter.",
     [(2, 6)]),
    ("a Sphinx directive to its dedent",
     ".. nwdiag::\n  :scale: 100%\n\n    nwdiag {\n      r [address=\"10.9.0.1\"];\n    }\n"
     "\nText.", [(0, 5)]),
    ("a Mermaid fence, fences included",
     "Text.\n\n```mermaid\ngraph LR\n  A --> B\n```\n", [(2, 5)]),
    ("a Kroki nwdiag fence, fences included",
     "```nwdiag\nnwdiag {\n  r [address = \"10.9.0.1\"];\n}\n```\n", [(0, 4)]),
    ("boxes apart in a paragraph",
     "::\n\n  +-----+ 10.1.1.5   10.1.1.6 +-----+\n  |  A  |----------------------|  B  |\n"
     "  +-----+                      +-----+\n\nNext.", [(2, 4)]),
    ("Unicode boxes apart", "┌───┐   ┌───┐\n│ A │───│ B │\n└───┘   └───┘\n", [(0, 2)]),
    ("a grid table is none", "+----+----+\n| a  | b  |\n+----+----+\n", []),
    ("one box a line is none", "+-----+\n| A   |\n+-----+\n", []),
    ("a word with diag is none", "Run the diagnostics {first}.\n", []),
]


@pytest.mark.parametrize(("name", "text", "spans"), DRAWINGS,
                         ids=[name for name, _, _ in DRAWINGS])
def test_drawings_are_found_by_structure(name: str, text: str, spans: list[tuple[int, int]]
                                        ) -> None:
    assert list(drawings(text.split("\n"))) == spans


HOSTS = [
    ("private addresses of an unplaced drawing",
     "## Lab\n\n```mermaid\ngraph LR\n  A[\"10.9.0.1\"] --> B[\"fd12::5\"] --> C[\"8.8.8.8\"]\n"
     "  D[\"127.0.0.1\"]\n```\n", {"10.9.0.1", "fd12::5"}),
    ("nothing from a drawing under our office",
     "## Our office\n\n```mermaid\ngraph LR\n  A[\"10.9.0.1\"] --> B\n```\n", set()),
    ("nothing from a drawing captioned after it with a customer",
     "```mermaid\ngraph LR\n  A[\"10.9.0.1\"] --> B\n```\n\nThe customer's set-up.\n", set()),
    ("nothing from a drawing with a NAS node",
     "```mermaid\ngraph LR\n  A[\"NAS 10.9.0.1\"] --> B\n```\n", set()),
    ("no URL's host nor an address with a port",
     "```mermaid\ngraph LR\n  A[\"http://10.9.0.1/\"] --> B[\"10.9.0.2:3389\"]\n"
     "  B --> C[\"10.9.0.3\"]\n```\n", {"10.9.0.3"}),
    ("an address after a literal \\n in a label",
     "nwdiag {\n  n [label = \"PC\\n10.2.0.20\"];\n}\n", {"10.2.0.20"}),
]


@pytest.mark.parametrize(("name", "text", "hosts"), HOSTS, ids=[name for name, _, _ in HOSTS])
def test_drawn_hosts_are_private_and_unplaced(name: str, text: str, hosts: set[str]) -> None:
    assert {str(host) for host in drawn_hosts(text.split("\n"))} == hosts
