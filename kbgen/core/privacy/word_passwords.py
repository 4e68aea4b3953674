"""A password of letters alone in the shapes the letter rules leave (issue 19, branch leak42):
a statement going on after its value (`The password is sunflower and the user is jane.`), a
verb giving it (`Use the password sunflower to log in`, `Set the password to sunflower`,
`Log in with sunflower as the password`), an HTML comment (`<!-- password: sunflower -->`)
and a form's password field (`<input type="password" value="sunflower">`).

letter_passwords and colon_letters read a word of letters only where it ends the sentence, the
line, the cell or a quote; here the same rules read each clause as ending at its comma or
conjunction, and each comment's text as a line of its own. The value is judged as theirs
(plain_password): describing words, placeholders, defaults and names in capitals stay."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.colon_letters import _any_script_stated, _colon_letters
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.letter_passwords import _OTHER_NOUNS, _letter_passwords, plain_password
from kbgen.core.privacy.letter_passwords import needs as _letter_needs

_CLAUSE_END = re.compile(r"(?i)[ \t]*[,;][ \t]|[ \t]+(?:and|but|so|or|then|und|aber|et|mais|y|pero"
                         r"|e|ma|en|maar|och|men|og|ja|i|и|а|но)[ \t]")
"""Where a clause ends inside a sentence: a comma, a semicolon or a conjunction."""

_STATEMENTS = (_letter_passwords, _any_script_stated, _colon_letters)
"""The rules reading a statement of a letter password (they need its end)."""

_STOP = frozenset("""
that this these those which when then from into with again twice once field here there below
above first later before after each every must will should could would have were been only
also back instead manually anyway again your their they them what where while until unless
parameter parameters argument arguments option value values variable variables flag flags
command string input entry text type mode method flow step steps process feature features
screen window prompt update request link email mail form button menu dialog tab column
""".split())
"""Words a verb's sentence puts after `password` that are no value (`Enter the password again
to confirm`, `Use the password that you chose`)."""

_GIVEN = re.compile(
    rf"(?i)(?<![\w-])(?:use|using|enter|type|with|try|set[ \t]+(?:it|this)[ \t]+to)[ \t]+"
    r"(?:the[ \t]+|a[ \t]+|our[ \t]+|my[ \t]+)?(?:[\w-]{1,20}[ \t]+)?(?:pass(?:word|phrase|code))"
    rf"(?![ \t]+(?:{_OTHER_NOUNS})(?![\w]))[ \t]+(?:(?P<open>[\"'`“‘]|\*\*)[ \t]*)?"
    r"(?P<value>[A-Za-z]{4,64})"
    r"(?(open)[ \t]*[\"'`”’*]|(?=[ \t]+(?:to|and|for|when|on|at|in|if|as)(?!\w)|[ \t]*[.,;!]"
    r"|[ \t]*$))"
    r"|(?<![\w-])(?:set|change|reset|changed|switch|setze|setzen|ändere|ändern)[ \t]+"
    r"(?:(?:the|your|our|my|its|das|dein|ihr|unser)[ \t]+)?(?:[\w-]{1,20}[ \t]+)?"
    r"pass(?:word|phrase|code|wort)[ \t]+(?:to|auf)[ \t]+"
    r"(?:(?P<open2>[\"'`“‘]|\*\*)[ \t]*)?(?P<value2>[A-Za-z]{4,64})"
    r"(?(open2)[ \t]*[\"'`”’*]|(?=[ \t]*[.,;!)]|[ \t]*$|[ \t]+(?:and|for|on|so)(?!\w)))"
    r"|(?<![\w-])(?:with|use|using|enter|type|chose|choose|picked?)[ \t]+"
    r"(?:(?P<open3>[\"'`“‘]|\*\*)[ \t]*)?(?P<value3>[A-Za-z]{4,64})"
    r"(?(open3)[ \t]*[\"'`”’*]|)[ \t]+as[ \t]+(?:the|a|your|our|my)[ \t]+(?:[\w-]{1,20}[ \t]+)?"
    rf"pass(?:word|phrase|code)(?![\w])(?![ \t]+(?:{_OTHER_NOUNS})(?![\w]))")
"""A verb giving the password: `use/enter/type the password X`, `set the password to X`,
`log in with X as the password`."""

_COMMENT = re.compile(r"<!--(?P<text>.*?)(?:-->|$)")

_PASSWORD_FIELD = re.compile(
    r"(?i)<input\b(?=[^<>]*\btype[ \t]*=[ \t]*[\"']?password\b)[^<>]*?\bvalue[ \t]*=[ \t]*"
    r"(?P<quote>[\"'])(?P<value>[^\"'<>]{4,128})(?P=quote)")
"""An HTML form's password field filled in (`type="password"` anywhere in the tag)."""

_TEMPLATED = re.compile(r"[{}$%<>\s]")
"""A template's or a variable's value (`{{ pw }}`, `$PW`, `<%= pw %>`), not a password."""


def _word_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A letter password in a clause, given by a verb, in a comment or in a form's field."""
    if not _letter_needs(line.lower()):
        return  # asked of every line of a text naming a password: its words first
    yield from _in_clauses(line, context)
    for match in _GIVEN.finditer(line):
        name = next(group for group in ("value", "value2", "value3") if match.group(group))
        value = match.group(name)
        quoted = bool(match.group({"value": "open", "value2": "open2",
                                   "value3": "open3"}[name]))
        if value.lower() not in _STOP and plain_password(value, quoted):
            yield _famous_or_hit(line, match.start(name), value)
    if "<!--" in line:
        yield from _in_comments(line, context)
    for match in _PASSWORD_FIELD.finditer(line):
        value = match.group("value")
        if not _TEMPLATED.search(value) and plain_password(value, quoted=True):
            yield _famous_or_hit(line, match.start("value"), value)


def _in_clauses(line: str, context: _Context) -> Iterator[_Hit]:
    """The statements' hits in each clause read as a sentence ending at its comma or
    conjunction (a prefix of the line: its places are the line's)."""
    for end in _CLAUSE_END.finditer(line):
        cut = line.rfind(" ", 0, end.start() - CLAUSE) + 1 if end.start() > CLAUSE else 0
        clause = line[cut:end.start()]
        if not _letter_needs(clause.lower()):
            continue
        for rule in _STATEMENTS:
            yield from (replace(hit, start=hit.start + cut, end=hit.end + cut)
                        for hit in rule(clause, context) if hit.end + cut == end.start())


CLAUSE = 160
"""How much of a line before a clause's end is read as its clause (from a word's start)."""


def _in_comments(line: str, context: _Context) -> Iterator[_Hit]:
    """The statements' hits in an HTML comment's text, read as a line of its own."""
    for match in _COMMENT.finditer(line):
        start = match.start("text")
        for rule in _STATEMENTS:
            for hit in rule(match.group("text").rstrip(" -"), context):
                yield replace(hit, start=hit.start + start, end=hit.end + start)


def needs(text: str, folded: str) -> bool:
    """A folded text holds a password word (the letter rules')."""
    return _letter_needs(folded)
