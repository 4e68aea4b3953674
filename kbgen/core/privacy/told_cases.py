"""What places a value that an accepting rule would take as an example's, a default or a
stand-in (issue 19, branch rev53).

fp52's, fq52's and fh52's rules each asked kbgen.core.surroundings.names_whose and a word list
of their own, and each list had holes an attacker rode (rev53): a person's possessive with a
letter beyond ASCII (`José's`, `Zoë's`, `Müller's`: names_whose reads `[A-Z][a-z]+'s`), a
person named by a title (`Frau Müller`, `Mme Dubois`, `Mr Smith`), an event told in a verb
the lists lacked (`emailed us`, `gave us on the phone`, `geschickt`, `envoyé`) or a claim of
present use (`still opens`, `still in use`), and the writer's own or a real value said in
another language (`mein echtes`, `mon vrai`). The words live here once, so every rule that
reads a walkthrough's sentence, a supposition or a default's line refuses the same.
"""

from __future__ import annotations

import re

from kbgen.core import person_names, surroundings

POSSESSIVE = re.compile(r"(?<![\w'’])[A-Z\u00c0-\u00de][^\W\d_]*[^\x00-\x7f][^\W\d_]*['’]s\b")
"""A name's possessive with a letter beyond ASCII (`José's`, `Zoë's`, `Müller's`); ASCII
names' (`Jane's`) are names_whose's."""
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|your|each)[ \t]+$")
"""An article before a possessive names a thing, not a person (`the Yún's web panel`: Arduino's
board)."""
FAMILY = re.compile(
    r"\b(?:[Ff]amil(?:y|ia|ie|le)|[Ff]amiglia)[ \t]+(?:(?:de|di|van|von|la|le)[ \t]+)?"
    r"[A-Z\u00c0-\u00de]|\b[Tt]he[ \t]+[A-Z\u00c0-\u00de][^\W\d_]+[ \t]+family\b")
"""A family named (`la familia López`, `Familie Weber`, `the Smith family`): a household's
value, as a person's is."""
EVENT = re.compile(
    r"(?i)\b(?:failed|failing|fails|went[ \t]+down|crash(?:ed|es)|outage|incident|broke"
    r"|yesterday|last[ \t]+(?:night|week|month|year)|tonight|this[ \t]+(?:morning|afternoon"
    r"|evening)|sent|received|e-?mailed|mailed|phoned|forwarded|(?:told|gave|handed)[ \t]+us"
    r"|still[ \t]+(?:opens|works|worked|runs|running|in[ \t]+use|used|uses|live|online|valid"
    r"|active)"
    r"|gestern|geschickt|gesendet|hier|envoy[ée]e?|ayer|enviad[oa]|ieri|inviat[oa]|gisteren"
    r"|gestuurd"
    r"|today|pasted|texted|currently[ \t]+(?:in[ \t]+use|used|active|valid|live)"
    r"|heute|aujourd['’]hui|hoy|oggi|vandaag|funktioniert[ \t]+noch"
    r"|noch[ \t]+(?:gültig|aktiv|in[ \t]+(?:Betrieb|Gebrauch|Verwendung))"
    r"|toujours[ \t]+(?:valide|actif|active|utilisée?|en[ \t]+service)|fonctionne[ \t]+encore"
    r"|sigue[ \t]+(?:funcionando|activ[oa]|vigente|en[ \t]+uso)"
    r"|todav[íi]a[ \t]+(?:funciona|activ[oa]|vigente|v[áa]lid[oa]|en[ \t]+uso)"
    r"|ancora[ \t]+(?:valid[oa]|attiv[oa]|in[ \t]+uso)|funziona[ \t]+ancora"
    r"|werkt[ \t]+nog|nog[ \t]+(?:geldig|actief|in[ \t]+gebruik))\b")
"""What tells an event or a present use: a value someone sent, or one that still opens
something, is a case's, not a walkthrough's (rev54: `today`, `pasted`, `currently in use`; not
`currently` alone, which CSC's tutorial writes of what a command shows; and the
other languages' `still valid`, `funktioniert noch`, `sigue funcionando`, `werkt nog`)."""
REALLY = re.compile(
    r"(?i)\b(?:real|actual|genuine|my|mine|I|me|echt(?:e[mnrs]?)?|wirklich\w*|mein(?:e[mnrs]?)?"
    r"|r[ée]el(?:le)?|vrai[e]?|mon|verdader[oa]|mi|mío|mía|vero|vera|mio|mia|mijn"
    r"|real[e]s?|reali|eigen(?:e[mnrs]?)?)\b")
"""The writer's own or a value said to be real, in the six languages."""


CONTRACTION = r"\b(?:here|there|that|it|what|let|who|where|how|he|she)['’]s\b"
"""A word's `'s` that is `is` or `us` (`Here's a compose stack`, `That's because`), which
names_whose reads as someone's possessive: taken out of the paragraphs above a value, where
a walkthrough writes them in its own voice."""


def unread_above(voice: re.Pattern[str]) -> re.Pattern[str]:
    """`voice` (a rule's words for the text's own voice, `(?i)` patterns) and CONTRACTION, for
    placed_above.PlacedAbove to take out before judging the paragraphs above a value."""
    return re.compile(r"(?i)" + voice.pattern.removeprefix("(?i)") + "|" + CONTRACTION)


def says_whose(text: str) -> bool:
    """The text places what it shows with someone (names_whose, or `names_person`)."""
    return surroundings.names_whose(text) or names_person(text)


def names_person(text: str) -> bool:
    """The text names a person names_whose misses: an accented name's possessive, a titled
    person or a family (`José's`, `Frau Müller`, `la familia López`); titles are
    person_names' (rev54 folded this module's shorter list into it)."""
    return any(not _ARTICLE_BEFORE.search(text, max(0, found.start() - 8), found.start())
               for found in POSSESSIVE.finditer(text)) or person_names.titled_person(text) \
        or bool(FAMILY.search(text))


def tells_event(text: str) -> bool:
    """The text tells an event or a present use (`sent`, `emailed us`, `still opens`)."""
    return bool(EVENT.search(text))


def claims_real(text: str) -> bool:
    """The text says the value is the writer's own or real (`my real password`, `mein
    echtes`)."""
    return bool(REALLY.search(text))
