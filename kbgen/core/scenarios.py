"""A made-up set-up a tutorial frames, for the gate (issue 19).

A how-to that walks through a situation invents its network and names it in the product's
words: NetBird's `## The running example` lists `Site A, internal app at 10.0.0.5:8080`, its
troubleshooting glossary opens `We will be using the following names for resources outside
the NetBird network:` (`srv-c: an internal HTTP server running at 10.123.45.17`), Kanboard's
LDAP guide says `Let's say we have a domain KANBOARD (kanboard.local)`. There `internal` is the
reader's side as the product calls it, and the `we` of a supposition is nobody's; an internal
note saying `The internal DNS server is 10.100.0.53` frames nothing and stays a finding.

The frame is said, never guessed from the values: the section's heading (`Example`, `Worked
example`, `Walkthrough`, `Scenario`, `Use case`, in six languages) or the title of the
admonition holding it (Traefik's `??? example "Using SSH"`), the line introducing the
list (`Suppose …:`, `We will be using the following names …:`), or the value's own sentence
(`Let's say`, `Suppose`, `Imagine`, `Angenommen`, `Supposons`, `Supongamos`, or an `Example`
label opening it). Inside it only `internal` (`intern`, `interne`, `interno`, `intranet`) and
the supposition's `we` lose their weight; every other word placing a value stays a finding
(`our`, `production`, `office`, a customer, a company, someone's: the callers' guards).
"""

from __future__ import annotations

import re

REASON = "a private address or internal host in a set-up the text says it made up"

_HEADING = re.compile(
    r"(?i)\b(?:examples?|walk-?through|scenarios?|use[ -]cases?|beispiel\w*|szenari\w*"
    r"|anwendungsfall\w*|exemples?|sc[ée]narios?|cas d['’]usage|ejemplos?|escenarios?"
    r"|casos? de uso|esempi[oi]|voorbeeld\w*)\b")
"""A heading that says its section is an example or a walkthrough."""
_SUPPOSING = re.compile(
    r"(?i)\blet['’]?s say\b|\bsuppose\b|\bimagine\b|\bassum(?:e|ing)\b|\bsay (?:you|we) have\b"
    r"|\bangenommen\b|\bnehmen wir an\b|\bstellen sie sich vor\b|\bsupposons\b|\bimaginons\b"
    r"|\badmettons\b|\bsupongamos\b|\bimaginemos\b|\bpongamos que\b|\bsupponiamo\b"
    r"|\bimmaginiamo\b|\bstel dat\b")
"""Words that make up a situation (`Let's say we have a domain …`); not `consider` (`Consider
using the internal DNS server …` advises)."""
_NAMING = re.compile(r"(?i)\bwe(?:['’]ll| will)(?: be)? (?:use|using|call)\b[^:]{0,80}\bnames\b")
"""A list's introduction naming a tutorial's cast (`We will be using the following names for
resources outside the NetBird network:`); in a sentence of its own, `We will be using the
internal DNS server 10.100.0.53` states a plan."""
_LABEL = re.compile(r"(?i)^[\s>*_#-]*(?:example|beispiel|exemple|ejemplo|esempio|voorbeeld)\b")
"""An `Example` label opening the sentence (`**Example** with a primary nameserver …`)."""
_PRODUCT_WORDS = re.compile(
    r"(?i)(?<![-\w.])(?:internal|intern(?:e[mnrs]?|[oa]s?|i)?|intranet)(?![\w-]|\.\w)"
    r"|\b(?:let['’]?s say|suppose|imagine|assume|say) we\b"
    r"|\bwe(?:['’]ll| will)(?: be)? (?:use|using|call)\b(?=[^:]{0,80}\bnames\b)")
"""What a made-up set-up says without placing anything: its resources' `internal` (not in a
dotted name: `company.internal` is the callers' to judge), and the supposition's `we`."""


_ADMONITION = re.compile(r"([ \t]*)(?:!!!|\?\?\?\+?)[ \t]+(.*)")
"""An admonition's first line (`??? example "Using SSH"`, `!!! note`): its type and title."""


def admonitions(lines: list[str]) -> list[str]:
    """For each line, the type and title of the admonitions holding it (its indented body, and
    the blank lines in it), innermost last; "" outside any. One pass over the text."""
    titles: list[str] = []
    holding: list[tuple[int, str]] = []  # (indentation, type and title), outermost first
    fence = ""  # the fence of the code block the line is in: no admonition opens there
    for line in lines:
        stripped = line.strip()
        if stripped and not fence:
            indentation = len(line) - len(line.lstrip())
            while holding and indentation <= holding[-1][0]:
                holding.pop()
        titles.append(" ".join(title for _, title in holding))
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else fence or stripped[:3]
        elif not fence and (opened := _ADMONITION.match(line)):
            holding.append((len(opened.group(1)), opened.group(2)))
    return titles


def framed(heading: str, introduction: str) -> bool:
    """The section's heading or the line introducing the value's list makes up a situation."""
    return bool(_HEADING.search(heading) or _SUPPOSING.search(introduction)
                or _NAMING.search(introduction))


def supposed(sentence: str) -> bool:
    """The value's sentence makes up a situation (`Let's say`, an `Example` label)."""
    return bool(_SUPPOSING.search(sentence) or _LABEL.match(sentence))


def unplaced(text: str) -> str:
    """`text` without the words a made-up set-up says without placing anything."""
    return _PRODUCT_WORDS.sub(" ", text)
