"""A password or a login labelled by a phrase, then a colon (issue 19, hostile52): `The
default password of the live server: Kq8vTz2mWx9p`, `Password for the office NAS (change it):
…`, `Login for the office NAS: admin / Kq8vTz2mWx9p`.

The password rules read a label's word right before its colon (`password:`, `password
(staging):`) and prose only with a verb (`the password for the portal is …`), so words saying
whose password it is between the word and the colon hid the value. Here the phrase is read
as its label alone (`password: …`, `login: …`) and the rest of the line is judged as the label
rules judge it: the value decides (a placeholder, a variable, a describing word, a default
stay accepted)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Hit
from kbgen.core.word_needs import Words

_LABELS = (r"pass(?:word|wd|phrase)|passwort|kennwort|wachtwoord|mot[ \t]+de[ \t]+passe"
           r"|contrase[ñn]a|senha|log[ \t-]?in|credentials?|creds")
"""Words labelling a password or a login pair."""

_WHOSE = (r"of|for|on|to|at|in|from|für|von|auf|de|du|des|del|pour|para|per|van|voor|för|på"
          r"|dla|na")
"""Prepositions saying whose or where (`of the live server`, `für den Server`)."""

_VERBS = (r"is|are|was|were|be|been|being|will|can|could|must|should|may|has|have|had|ist"
          r"|sind|est|sont|es|son|è")
"""A verb among the words makes them a sentence, not a label (`the password of the secret key
is:` gives that key's value: passwords._other_subject)."""

_PHRASE = re.compile(
    rf"(?i)(?<![\w-])(?P<label>{_LABELS})(?![\w-])"
    rf"(?P<whose>[ \t]+(?:{_WHOSE})"
    rf"(?:[ \t]+(?!(?:{_VERBS})(?![\w'’-]))[^\s:=|<>`*()\[\]]{{1,30}}){{1,5}}?)"
    r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?(?:\*\*|__)?[ \t]*[:：](?=[ \t])")
"""The label, a preposition and one to five more words saying whose (`of the live server`),
none a verb, maybe a parenthesis, a colon."""

_NEEDED = Words(("pass", "wort", "wachtwoord", "contrase", "senha", "log", "cred"))

Judge = Callable[[str], list[_Hit]]


def needs(folded: str) -> bool:
    """A label's word and a colon."""
    return ":" in folded and _NEEDED(folded)


WINDOW = 200
"""Characters after the colon judged (a login pair and its password fit; judging the rest of
the line for each label made a line of labels quadratic)."""


def _window_end(line: str, given: int) -> int:
    """Where the window after `given` ends: at a space past WINDOW characters, so no value is
    cut, or a value's longest (128) further."""
    space = line.find(" ", given + WINDOW, given + WINDOW + 128)
    return space if space >= 0 else given + WINDOW + 128


def phrase_labelled(line: str, judge: Judge) -> Iterator[_Hit]:
    """Values after a label phrase's colon, judged as after the label alone."""
    for match in _PHRASE.finditer(line):
        label = re.sub(r"[ \t]+", " ", match.group("label"))
        given = match.end()  # the colon's end in the line
        text = f"{label}:{line[given:_window_end(line, given)]}"
        shift = given - len(label) - 1
        for hit in judge(text):
            if hit.start > len(label):
                yield replace(hit, start=hit.start + shift, end=hit.end + shift)


_ALONE = re.compile(r"[ \t]*(?:[>*+-][ \t]+)?(?P<value>\S{4,128})[ \t]*$")
"""A line holding one word (a value under its label), maybe quoted or listed."""


def phrase_labelled_below(lines: list[str], judge: Judge) -> Iterator[tuple[int, _Hit]]:
    """Values alone on the line under a label phrase that ends its line (`The default password
    of the live server:` then `Kq8vTz2mWx9p`), judged as after the label alone; a line of
    more words is output or prose (`[sudo] password for oliver:` then a log line)."""
    for index in range(len(lines) - 1):
        line = lines[index]
        if ":" not in line[-3:] and "：" not in line[-3:]:
            continue
        below = _ALONE.match(lines[index + 1])
        if below is None:
            continue
        for match in _PHRASE.finditer(line + " "):
            if line[match.end():].strip():
                continue
            label = re.sub(r"[ \t]+", " ", match.group("label"))
            shift = below.start("value") - len(label) - 2
            for hit in judge(f"{label}: {below.group('value')}"):
                if hit.start > len(label):
                    yield index + 1, replace(hit, start=hit.start + shift, end=hit.end + shift)
