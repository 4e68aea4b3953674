"""An internal host name given in brackets as an example of the kind its sentence names
(issue 19, branch fp52).

NetBird's DNS page says `Create a Network resource with the internal domain name (e.g.,
`fileserver.corp.local`)`, then `` `fileserver.corp.local` covers that one host, not other
names under `corp.local` ``. The brackets hold nothing but `e.g.` and the name: they
illustrate the kind the sentence names, as example_parentheses reads a private address in the
same brackets (`your internal DNS server IPs (e.g., 10.0.0.1)`), and with the same test: the
sentence and the headings, `internal` taken out, say nothing of whose, of a live system, of
`we`, nor tell an event. kbgen.core.surroundings declined it for the sentence's `internal`.

A name's own labels still place it (default_networks.placed: `payroll`, `crm`, `nas`, `our`; a
company or someone's, told_cases.says_whose), and a login's host (`jane@…`) is no example.
A name so given is accepted wherever the page repeats it on a line that, with its headings,
its block's introduction and comments, says nothing of whose (`internal` taken out, as of the
sentence: `# Internal DNS Servers` is the page's subject) nor of a live system, nor do the two
paragraphs above it (placed_above: a ticket's paragraph over the log repeating it, rev53).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import default_networks
from kbgen.core.privacy.context import _Context, _Hit, line_holds
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.example_parentheses import _INTERNAL, _inside_example, _judged
from kbgen.core.privacy.model import INTERNAL_HOST
from kbgen.core.privacy.placed_above import PlacedAbove
from kbgen.core.privacy.placed_blocks import CommentedBlocks
from kbgen.core.privacy.told_cases import says_whose, unread_above
from kbgen.core.privacy.vendor_defaults import LIVE

REASON = "an internal host name given in brackets as an example of the kind its sentence names"


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but internal host names bracketed as examples, and their repeats."""
    hosts = [(index, line, hit) for index, line, hit in found if hit.kind == INTERNAL_HOST]
    if not hosts:
        yield from found
        return
    headings = _Headings(lines)
    blocks = CommentedBlocks(lines)
    above = PlacedAbove(lines, unread_above(_INTERNAL))
    brackets: dict[int, list[tuple[int, int, bool]]] = {}
    given = set()
    for index, line, hit in hosts:
        if line_holds(line, "(") and _labels_unplaced(line, hit):
            if index not in brackets:
                brackets[index] = _judged(line, headings.of(index))
            if _inside_example(brackets[index], hit):
                given.add(line[hit.start:hit.end].lower())
    plain: dict[tuple[int, str], bool] = {}
    for index, line, hit in found:
        if hit.kind == INTERNAL_HOST and line[hit.start:hit.end].lower() in given:
            key = (index, line)
            if key not in plain:
                plain[key] = not LIVE.search(f"{line}\n{headings.of(index)}") \
                    and not blocks.comments_say_whose(index) and not above.says_whose(index) \
                    and not says_whose(_INTERNAL.sub(" ", "\n".join(
                        [line, headings.of(index), blocks.introduction(index)])))
            if plain[key]:
                context.accept(index, hit, REASON)
                continue
        yield index, line, hit


def _labels_unplaced(line: str, hit: _Hit) -> bool:
    """The name's labels place it nowhere, and it is no login's host."""
    labels = re.sub(r"[.-]", " ", line[hit.start:hit.end].rsplit(".", 1)[0])
    return not line.endswith("@", 0, hit.start) and not default_networks.placed(labels) \
        and not says_whose(labels)
