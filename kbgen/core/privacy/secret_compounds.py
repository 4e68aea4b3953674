"""A setting or a flag whose name ends in a secret's word joined to others, for the gate (issue
19, branch gap60).

The key rules read a secret's word standing alone in a setting's name (`psk:`, `wifi-key:`,
`unlock-passphrase:`), so names that glue it to another word or end in a word they do not split
off published their values: `wifi-psk = Jensen-Dental-2024`, `sharedsecret = Jensen!Radius9`,
`unlock-phrase: tangerine-marble-orbit-42`, `master-phrase = Orbit!Tangerine9`, `--wifi-key
Summer2024!`, `--unlock-phrase "plum river 7 lantern"` (gap59's option_choices gaps).

Read by the name's structure: the end of a lower-case run is a secret's word (`sharedsecret`),
a setting's last piece (after `-`, `_`, `.` or a capital) is `phrase` or `psk` (the pieces the
key rules do not read; `FG_WEBUI_PASSWORD=info`, `tls.key:` stay theirs), or a flag's last piece
is any secret's word (SECRET_ENDS). The value must hold a letter and a digit, and it is judged
as that word's (`passphrase: Jensen-Dental-2024`) by the rules that read a key and its value,
so placeholders, references and examples stay as those rules leave them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.ascii_needs import leading_words
from kbgen.core.first_chars import led
from kbgen.core.privacy import stated_settings
from kbgen.core.privacy.context import _Hit, judged_as_key
from kbgen.core.word_needs import Words

Judge = Callable[[str], list[_Hit]]

SECRET_ENDS = {"phrase": "passphrase", "passphrase": "passphrase", "psk": "passphrase",
               "secret": "secret", "password": "password", "passwort": "password",
               "passwd": "password", "pwd": "password", "key": "key"}
"""The last word of a name that says its value is a secret, and the name it is judged under."""

_END = re.compile(r"(?:(?<=[-_.])|(?<=[a-z])(?=[A-Z]))(?i:(passphrase|phrase|psk|secret|passwort"
                  r"|password|passwd|pwd|key))$|(?<=[a-z])(passphrase|phrase|psk|secret|passwort"
                  r"|password|passwd|pwd)$")
"""The secret's word ending a name: after a separator or as its last capitalised word (`wifi-key`,
`unlockPhrase`), or glued in lower case (`sharedsecret`; not `key`: `monkey`, `hotkey`)."""
_SETTING = re.compile(
    r"""(?<![\w.\-/@$%{}\[\]\\])[`"']?(?P<name>[A-Za-z][\w.-]{2,63})[`"']?[ \t]*"""
    r"""(?:=>|[:=]|\||</t[dh]>[ \t]*<t[dh][^<>]{0,80}>|</dt>[ \t]*<dd[^<>]{0,80}>"""
    r"""|>(?=[^<>\n]{4,128}</))[ \t]*"""
    r"""(?:(?P<q>["'`])(?P<quoted>[^"'`\n]{4,128})(?P=q)|(?P<value>[^\s"'`#;,<|]{4,128}))""")
"""`name: value`, `name = value`, `name => value`, `| name | value |` (a table's cells,
Markdown's or HTML's, or a definition's term and text), `<name>value</name>`, the value maybe
quoted, wherever the name starts a word: a line's start, a list item, a heading, a quote, a
table's cell, a code span in a sentence, an element's text (anchored at a line's start, `##
vpn_shared_secret_psk: …`, `1. … = …` and `` Set `…=…` `` passed: gap64); not inside a path, a
URL's host or a variable (`$`, `%`, `{`)."""
_FLAG = re.compile(
    r"""(?<![\w-])--(?P<name>[A-Za-z][\w.-]{2,63})(?:=|[ \t]+)"""
    r"""(?:(?P<q>["'])(?P<quoted>[^"'\n]{4,128})(?P=q)|(?P<value>[^\s"'`|;&<>]{4,128}))""")
"""A command's `--name value` or `--name=value`."""

_LETTER_AND_DIGIT = re.compile(r"(?=.*\d)(?=.*[^\W\d_])")
"""A secret's shape here: a letter and a digit (a word after a flag is the command's next
argument, `--disabled-password mastodon`)."""

_NEEDS = re.compile(r"(?i)(?:phrase|psk|secret|passwort|password|passwd|pwd|key)\b")

_LED_NEEDS = led(_NEEDS)
"""_NEEDS, searched faster (kbgen.core.first_chars)."""

_LEADING = leading_words(_NEEDS)
_NEEDED = Words(_LEADING) if _LEADING else None
"""The words _NEEDS starts with (kbgen.core.ascii_needs): an ASCII text without any has no
match, and most texts have none (77% of generated articles)."""


def needs(text: str, folded: str) -> bool:
    """A text where a name may end in a secret's word, or a sentence may state a secret
    setting's value (stated_settings)."""
    if stated_settings.needs(text, folded):
        return True
    if _NEEDED is not None and text.isascii() and not _NEEDED(text.lower()):
        return False
    return bool(_LED_NEEDS.search(text))


def compounds(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value set under a name ending in a secret's word glued to another, judged
    under that word, and of each value a sentence states for a setting whose name holds one
    (`set smtp_auth_pass to …`: stated_settings)."""
    yield from stated_settings.stated(line, judge)
    for pattern in (_SETTING, _FLAG):
        for match in _matches(pattern, line):
            name = match.group("name")
            end = _END.search(name)
            if end is None or end.start() == 0:
                continue  # a secret's word alone is the key rules' already
            word = (end.group(1) or end.group(2)).lower()
            if pattern is _SETTING and end.group(1) and word not in ("phrase", "psk"):
                continue  # `FG_WEBUI_PASSWORD=`, `tls.key:`: the key rules read these
            group = "quoted" if match.group("quoted") is not None else "value"
            value = match.group(group).rstrip(".,)") if group == "value" else match.group(group)
            if not _LETTER_AND_DIGIT.match(value):
                continue  # `--disabled-password mastodon`: a word, no secret's shape
            yield from judged_as_key(SECRET_ENDS[word], value,
                                     match.start(group), judge, value_only=True)


def _matches(pattern: re.Pattern[str], line: str) -> Iterator[re.Match[str]]:
    """Each match of `pattern` in `line`, the next looked for from the end of this one's name:
    a setting inside another's value (`summary: "wifi-psk: …"`) is read too."""
    match = pattern.search(line)
    while match is not None:
        yield match
        match = pattern.search(line, match.end("name"))
