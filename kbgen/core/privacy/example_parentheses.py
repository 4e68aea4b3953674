"""A private address given in brackets as an example of an `internal` kind of thing (issue 19,
branch fp51).

NetBird's DNS page lists its set-ups as labelled steps: `**Match domain (internal)**: Choose
Custom DNS with your internal DNS server IPs (e.g., 10.0.0.1, 10.0.0.2).` The brackets hold
nothing but `e.g.` and addresses: they illustrate the kind the sentence names (an internal DNS
server), as `(e.g., fileserver.corp.local)` does a domain name. surroundings reads `internal`
as the company's own side wherever it stands, so the step's label made the examples a finding
(`your internal DNS server IPs (e.g., …)` alone already passes).

Accepted only when all of these hold: a private address inside brackets that open with
`e.g.`, `for example`, `for instance`, `such as` (or `z. B.`, `p. ex.`, `por ejemplo`) and
hold only values joined by commas, `or`, `and`; the value's sentence (EXAMPLE_WINDOW
characters either side of the brackets, within the line) and the page's headings for it,
`internal` taken out, say nothing of whose (surroundings.names_whose: `our`, `office`,
`production`, a customer, a company, someone's), nothing of a live system or of `we`, and tell
no event (`failed`, `went down`, `yesterday`: `The internal DNS servers that failed (e.g.,
10.20.30.40)` lists real ones, and so does any verb's past: `stopped answering`, `blocked`);
nor do the whole line or the paragraphs above and headings over it (placed_above: `From ticket
#4821 (Acme GmbH):` above the step; rev52). Only the bracketed value: a repeat elsewhere (`→
Internal DNS (10.0.0.1)`) is judged as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from kbgen.core import default_networks, surroundings
from kbgen.core.example_lists import _DOTTED
from kbgen.core.privacy.context import _Context, _Hit, line_holds
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.placed_above import LIVE, PlacedAbove
from kbgen.core.readers_choice import unplaced

REASON = "a private address given in brackets as an example of the kind its sentence names"

EXAMPLE_WINDOW = 200
"""Characters of the line read either side of the brackets (a bound per bracket)."""

_BRACKETS = re.compile(
    r"\((?:e\.\s?g\.|eg\.|for example|for instance|such as|z\.\s?B\.|p\.\s?ex\.|por ejemplo)"
    r",?[ \t]*((?:`?[\w.:/-]+`?)(?:[ \t]*(?:,|\bor\b|\band\b)[ \t]*(?:`?[\w.:/-]+`?))*)\)")
_INTERNAL = re.compile(r"(?i)\b(?:internal|intern|interne|interno|interna)\b")
_EVENT = re.compile(r"(?i)\b(?:failed|fail(?:ing|s)?|went|down|crash(?:ed|es)?|outage|incident"
                    r"|affected|broke|broken|yesterday|last|tonight|today|were|was|had"
                    r"|[a-z]+[^\We]ed|stolen|lost|gone|hung)\b")
"""An event told: its words, or any verb's past (`stopped answering`, `timed out`, `the
compromised hosts`, `blocked`; not `need`, `speed`: rev52)."""
_WE = re.compile(r"(?i)\b(?:we|us|our|ours|my|mine|I)\b")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but private addresses bracketed as examples of an internal kind of thing."""
    brackets: dict[tuple[int, bool], list[tuple[int, int, bool]]] = {}
    headings: _Headings | None = None
    above: PlacedAbove | None = None
    for index, line, hit in found:
        if hit.kind == INTERNAL_IP and line_holds(line, "("):
            picked = not default_networks.in_default_network(line[hit.start:hit.end])
            if (index, picked) not in brackets:
                headings = headings or _Headings(lines)
                above = above or PlacedAbove(lines, _INTERNAL)
                brackets[index, picked] = _judged(line, headings.of(index)) \
                    if not above.says_whose(index) and not _placed(line, picked) else []
            if _inside_example(brackets[index, picked], hit):
                context.accept(index, hit, REASON)
                continue
        yield index, line, hit


def _inside_example(judged: list[tuple[int, int, bool]], hit: _Hit) -> bool:
    """The hit lies inside the one bracket opening before it, and that one is an example's
    (found by bisection: a line of a thousand brackets is not read again for each value)."""
    at = bisect_right(judged, (hit.start, len(judged) and judged[-1][1] + 1, True)) - 1
    return at >= 0 and judged[at][1] >= hit.end and judged[at][2]


def _placed(line: str, departments: bool = True) -> bool:
    """The line, `internal` and host names taken out (`company.internal` names no owner),
    places what it holds (`On Acme GmbH's network, …` more than EXAMPLE_WINDOW characters
    before the brackets: rev52), or names a secret for it (`The admin password works on the
    gateway (e.g. 10.20.30.40)`) or a machine's job or case (default_networks.placed:
    `payroll`; atk54), the reader's own and a kind of thing taken out (`your internal
    server`, `a private address`: kbgen.core.readers_choice; leak55), unless (`departments`,
    for an address a company picks) they name a department (`your payroll server`; leak56);
    read once a line and kind of address."""
    unnamed = _INTERNAL.sub(" ", _DOTTED.sub(" ", line))
    return surroundings.names_whose(unnamed) or surroundings.names_secret(unplaced(line)) \
        or default_networks.placed(unplaced(unnamed, departments))


def _judged(line: str, headings: str) -> list[tuple[int, int, bool]]:
    """Each example bracket's values' span in `line`, and whether its sentence, `internal`
    taken out, leaves them unplaced."""
    judged = []
    for match in _BRACKETS.finditer(line):
        before = line[max(0, match.start() - EXAMPLE_WINDOW):match.start()]
        after = line[match.end():match.end() + EXAMPLE_WINDOW]
        sentence = re.split(r"[.!?](?:\s|$)", before)[-1] + " " + re.split(r"[.!?](?:\s|$)",
                                                                          after)[0]
        setting = _INTERNAL.sub(" ", f"{sentence}\n{headings}")
        unplaced = not (surroundings.names_whose(setting) or LIVE.search(setting)
                        or _EVENT.search(sentence) or _WE.search(sentence))
        judged.append((match.start(1), match.end(1), unplaced))
    return judged
