"""Passwords a walkthrough says it chose for its own demonstration (issue 19, branch fq52).

CSC's guides walk the reader through a set-up and name the values the walkthrough uses as
they go: "In the command below the account name is defined to be _ncadmin_ with password
_1Hu9kgFsN_.", "In this example the app password that user _ncuser1_ generated is:
_Q34EN-…_" (then `curl -k -u ncuser1:Q34EN-… -T ./image1.jpg …` twice), "Now you can type in
any password for the file. In this case we use following password: `y8kIeg%a`." The sentence
says the value is the one this demonstration uses; the password rules read a random-looking
value.

Accepted only when all of these hold: a password or token (no vendor's key) in prose; its
sentence opens by naming the text's own demonstration (`In this example`, `In this case`,
`In the command below`, `For this tutorial`; `In diesem Beispiel`, `Dans cet exemple`, `En
este ejemplo`, `In questo esempio`, `In dit voorbeeld`) and names a password, key, token or
secret before the value; that sentence (the demonstration's own `we use` taken out), the
value's line and its headings say nothing of whose (surroundings.names_whose: `our`,
`production`, a customer, a ticket, a company, someone's) and tell no event
(supposed_blocks.EVENT). The same value elsewhere on the page (the walkthrough's commands) is
accepted where its line, headings, block introduction and comments say nothing of whose either
(placed_blocks.placed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.placed_blocks import placed
from kbgen.core.privacy.supposed_blocks import BEFORE_WINDOW, EVENT, Paragraphs
from kbgen.core.privacy.told_cases import REALLY, says_whose

REASON = "a password the walkthrough says it chose for its own demonstration"
REPEATED = "a password a walkthrough of the page chose, used again in its commands"

_DEMONSTRATION = re.compile(
    r"(?i)^[\W_]*(?:(?:now|then|here|so|next),?[ \t]+)?(?:"
    r"(?:in|for)[ \t]+this[ \t]+(?:example|case|demo(?:nstration)?|tutorial|walk-?through)"
    r"|in[ \t]+the[ \t]+(?:commands?|examples?|snippets?)[ \t]+(?:below|above)"
    r"|in[ \t]+diesem[ \t]+beispiel|dans[ \t]+cet[ \t]+exemple|en[ \t]+este[ \t]+ejemplo"
    r"|in[ \t]+questo[ \t]+esempio|in[ \t]+dit[ \t]+voorbeeld)\b"
    r"(?P<rest>.*)$", re.DOTALL)
"""A sentence opening by naming the text's own demonstration."""
_SECRET_WORD = re.compile(
    r"(?i)\b(?:passwords?|passphrases?|passwort|kennwort|mot[ \t]+de[ \t]+passe|contraseña"
    r"|keys?|tokens?|secrets?|wachtwoord)\b")
_DEMONSTRATION_VOICE = re.compile(
    r"(?i)^(?:,?[ \t]*)we[ \t]+(?:use|used|choose|chose|pick|picked|set|type|enter)\b")
"""The demonstration's own `we` (`In this case we use …`); any other `we` still places."""
_MARKS = "_*`'\""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but passwords a walkthrough says it chose, and their repeats on the page."""
    paragraphs: Paragraphs | None = None
    headings: _Headings | None = None
    rest: list[tuple[int, str, _Hit]] = []
    chosen: set[str] = set()
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor:
            paragraphs = paragraphs or Paragraphs(lines)
            headings = headings or _Headings(lines)
            before = paragraphs.before(index, hit.start) if line == lines[index] else \
                line[max(0, hit.start - BEFORE_WINDOW):hit.start]  # a joined view's own
            if paragraphs.span(index) is None and _demonstrated(
                    before, line[hit.end:hit.end + BEFORE_WINDOW], headings.of(index)):
                context.accept(index, hit, REASON)
                chosen.add(line[hit.start:hit.end].strip(_MARKS))
                continue
        rest.append((index, line, hit))
    for index, line, hit in rest:
        if (chosen and paragraphs is not None and headings is not None
                and hit.kind in (PASSWORD, TOKEN) and not hit.vendor
                and line[hit.start:hit.end].strip(_MARKS) in chosen
                and not placed(index, line, paragraphs, headings)
                and not EVENT.search(f"{line}\n{paragraphs.introduction(index)}")):
            context.accept(index, hit, REPEATED)
            continue
        yield index, line, hit


def _demonstrated(before: str, after: str, headings: str) -> bool:
    """The text before the value, from its sentence's start, names the demonstration and a
    secret, and nothing there, after the value on its line or in the headings places it."""
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    sentence = before[cut + 2:] if cut >= 0 else before
    opening = _DEMONSTRATION.match(sentence)
    if opening is None or not _SECRET_WORD.search(opening.group("rest")):
        return False
    said = _DEMONSTRATION_VOICE.sub(" ", opening.group("rest"))
    setting = f"{said}\n{after}\n{headings}"
    return not says_whose(setting) and not EVENT.search(setting) \
        and not REALLY.search(said)  # `I use my real password` (called_examples')

