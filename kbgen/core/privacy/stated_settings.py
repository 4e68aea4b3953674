"""A secret setting's value stated in prose, without `:` or `=`, for the gate (issue 19, branch
gap65).

secret_compounds reads `wifi-psk: …`, `sharedsecret = …` and their cells and elements. A
sentence gives the same value with words instead of a separator, in any language: `set
smtp_auth_pass to Kq8vNz3Lw2Pd`, `the db_password_hash is 5f4d…`, `API_TOKEN_SECRET should be
Xr7…`, `setze db_password auf …`, `définissez smtp_pass à …`, `将 smtp_pass 设置为 …`, `Use … as
smtp_pass`; main published them (gap64 left them).

Read by structure, not by the connecting words: a **setting's name** (an identifier: pieces
joined by `_`, `-`, `.` or a capital, `smtp_auth_pass`, `stripeSecretKey`) one of whose pieces
is a secret's word, then at most six words of letters (no digit, no sentence's end) and a value
of a secret's shape (a letter and a digit, six characters or more, no identifier of words:
`smtp_pass_backup2` is another setting); or the value, at most three words, then the name. The
value is judged as that word's (`password: …`) by the rules that read a key and its value, so
placeholders and references stay as those rules leave them.

Accepted (closed lists, a missing word a false finding at worst): a name whose last piece says
it holds no secret but a reference, a place or a rule (`secret_name`, `password_file`,
`key_id`, `password_min_length`, `my-secret-directory`), a file's name (`export_secret.key`),
and `key` in a name of a data key's kind (`routing_key`, `sort_key`, `public_key`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.privacy.context import _Hit, judged_as_key

Judge = Callable[[str], list[_Hit]]

_SECRET_PIECES = {"pass": "password", "passwd": "password", "password": "password",
                  "passwort": "password", "pwd": "password", "passphrase": "passphrase",
                  "phrase": "passphrase", "psk": "passphrase", "secret": "secret",
                  "token": "token", "key": "key", "pin": "password"}
"""A name's piece that says its value is a secret, and the word it is judged under."""
_REFERENCE_ENDS = frozenset(
    "name names ref reference file files path dir url uri id ids arn env var variable cmd"
    " command length len min max minimum maximum policy policies size type mode field header"
    " label hint prompt ttl expiry expires expiration age rotation source store manager provider"
    " backend format algorithm algo scheme method count enabled enable disabled required reset"
    " change changed strength complexity rule rules regex pattern template version location"
    " helper script hook placeholder example length timeout interval lifetime endpoint server"
    " host port user username login account mount key_id selector encoding directory folder"
    " bucket table dataset container volume column pub".split())
"""The last pieces that name what a secret is not: where it is, what it is called, its rules
(`secret_name`, `password_file`, `password_min_length`, `my-secret-directory`)."""
_FILE_TYPES = frozenset(
    "csv txt pub pem key crt cer der p12 pfx json yaml yml toml ini conf cfg env sec gpg asc"
    " c4gh sh py js md html xml log db sqlite gz zip tar age enc bin dat kdbx".split())
"""A name ending in `.` and one of these is a file's (`my-secret-table.csv`, `export_secret.key`,
`ssh_host_ed25519_key.pub`), not a setting's."""
_DATA_KEYS = frozenset(
    "primary foreign sort partition cache routing object shard dedup dedupe lookup map hash"
    " range composite unique natural surrogate idempotency hot short keyboard public pub group"
    " message translation i18n locale label index row column table field attribute dict json"
    " yaml config setting registry redis s3 bucket storage_path sequence order join api_version"
    " kv tag metadata search foreign sorting cursor pagination page distinct".split())
"""Pieces before `key` that make it a data key, not a secret (`routing_key`, `sort_key`,
`public_key`)."""

_NAME = (r"(?:[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+"
         r"|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+(?:[A-Z]+)?)")
"""An identifier: pieces joined by `_`, `-` or `.`, or camel case (`stripeSecretKey`)."""
_MARKS = r"[`'\"*_«»“”„‘’]*"
"""Quotes and emphasis around a name or value; a match starts at the first of a run (no mark
before it), so a long run of `*` is not read again from each of its marks."""
_WORDS_BETWEEN = r"(?:[ \t]+(?:\(?[^\W\d_]+(?:['’-][^\W\d_]+)*|[—–→:|(-])(?=[ \t]))"
"""A word of letters between the name and the value (`to`, `should be`, `auf`, `设置为`,
`(currently`), or a dash, an arrow, a colon or a table's bar."""
_VALUE = r"(?<![A-Za-z0-9])(?P<value>(?:(?![\"'`<>|*])[!-~]){6,128})"
"""A value: printable ASCII (a sentence in a script glued after it is no part of it)."""
_STATED = re.compile(
    rf"(?<![A-Za-z0-9_.\-/@$%{{}}\[\]\\`'\"*«»“”„‘’]){_MARKS}(?P<name>{_NAME})(?![A-Za-z0-9_]){_MARKS}[,:]?"
    rf"(?P<between>{_WORDS_BETWEEN}{{1,6}}|[ \t]*[^\W\d_A-Za-z]{{1,6}}?[ \t]*)[ \t]*{_MARKS}"
    rf"{_VALUE}")
"""The name, up to six words, the value (`set smtp_pass to …`, `smtp_pass, which is …`,
`将smtp_pass设置为…`: letters glued to a name are of a script without spaces)."""
_VALUE_FIRST = re.compile(
    rf"(?<![A-Za-z0-9_.\-/@$%{{}}\[\]\\`'\"*«»“”„‘’]){_MARKS}{_VALUE}{_MARKS}(?P<between>"
    rf"{_WORDS_BETWEEN}{{1,3}})[ \t]+{_MARKS}(?P<name>{_NAME})(?![\w-])(?!\.\w)")
"""The value, up to three words, the name (`Use … as smtp_pass`)."""
_CONNECTS = re.compile(
    folded_pattern(r"(?i)(?<![^\W\d_])(?:as|is|was|are|becomes?|als|ist|war|wird|comme|est|como|es|será|come"
    r"|è|é|wordt|jako|jest|to|как|это|является|olarak)(?![^\W\d_])"))
"""A word that makes the value before a name its value (`Use … as smtp_pass`, `… is the
smtp_pass`); without one the value first is the sentence's subject or a label's (`In release
v2.13.0 the client_secret option …`, `Commit 9f2c1ab fixed the client_secret check`)."""
_VERSION = re.compile(r"[vV]?\d+(?:\.\d+)+[A-Za-z]{0,3}\d*"
                      r"(?i:[-+.](?:rc|alpha|beta|dev|pre|preview|snapshot|post|build)\.?\d*)?")
"""A version or release number (`v2.13.0`, `4.2.1a`, `2024.1b`, `1.0.0-rc1`), not a secret."""
_LABELS = re.compile(
    r"(?i)(?<![^\W\d_])(?:id|ids|uuid|guid|commit|commits|sha|revision|rev|release|version|v"
    r"|build|firmware|model|serial|issue|ticket|bug|pr|patch|tag|order|case|item|job|run"
    r"|versión|versione|versie|wersja|versão|версия|release-?notes?)[ \t:#.]*$")
"""A word that labels the value after it as an identifier (`under id 7f3e9a2b`, `Commit
9f2c1ab`, `Firmware 4.2.1a`): what it names, not a setting's value."""
_HYPHENED_PASS = re.compile(r"(?i)-pass(?![a-z])")
"""`pass` joined by a hyphen is an English compound's (`low-pass`, `two-pass`, `by-pass`); a
setting writes `smtp_pass`, `adminPass`, `mail.smtp.pass`."""
_SAYS = re.compile(r"^[^|]*(?:\|[^|]*[^\W\d_][^|]*)?$")
"""Words between the name and the value that state it: a table's bar only before words in the
same cell (`| smtp_pass | set to … |`); a name and a value in cells of their own (`| adminPass |
… |`) is a table's setting, not a sentence, and a cell beyond the next (`| name | type | default
|`) another column."""
_PIECES = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z0-9]+(?![a-z])")
_LETTER_AND_DIGIT = re.compile(r"(?=.*\d)(?=.*[^\W\d_])")
_WORDS_JOINED = re.compile(r"[A-Za-z]+(?:[_.-][A-Za-z]+)*\d{0,3}|[a-z]+(?:[A-Z][a-z]+)+\d{0,3}")
"""A value that is another identifier of words (`smtp_pass_backup2`, `dbPassword`)."""
_LOWER_COMPOUND = re.compile(r"(?=[^A-Z]*$)(?:.*?(?:^|[-_./])[a-z]{4,}(?:$|[-_./])|.*/)"
                             r"|[A-Z0-9]+(?:[-_][A-Z0-9]+)+$")
"""A value in small letters joining a word (`16-character`, `base64-encoded`,
`oauth2-client-id`, `2000123-new-sens`) or a path in them (`kv/app1`), or a code in capitals
(`RT-AX88U`, a model; `JIRA-1234`): a compound word, a name or a place, not a secret. (A small
letters' passphrase of words, `tangerine-marble-orbit-42`, is left to `:` and `=`.)"""

_PIECE_WORDS = r"(?i:passwort|password|passwd|passphrase|pass|pwd|secret|psk|phrase|token|key|pin)"
_NEEDS = re.compile(
    rf"(?:[_.-]|(?<=[a-z])(?=[A-Z])){_PIECE_WORDS}|{_PIECE_WORDS}(?:[_.-]|(?=[A-Z]))")
"""A secret's word joined to another piece of a name."""


_PIECE_NEEDS = ("pass", "pwd", "secret", "psk", "phrase", "token", "key", "pin")


def needs(text: str, folded: str) -> bool:
    """A text that may hold a setting's name joined of a secret's word and another piece."""
    lowered = text.lower()
    return any(word in lowered for word in _PIECE_NEEDS) and bool(_NEEDS.search(text))


def _secret_word(name: str) -> str | None:
    """The word a name's value is judged under, or None if the name holds no secret."""
    pieces = [piece.lower() for piece in _PIECES.findall(name)]
    if len(pieces) < 2 or pieces[-1] in _REFERENCE_ENDS \
            or "." in name and name.rsplit(".", 1)[1].lower() in _FILE_TYPES:
        return None
    words = [_SECRET_PIECES[piece] for number, piece in enumerate(pieces)
             if piece in _SECRET_PIECES
             and not (piece == "key" and any(other in _DATA_KEYS for other in pieces))
             and not (piece == "pin" and number < len(pieces) - 1)
             and not (piece == "pass" and _HYPHENED_PASS.search(name))]
    if not words:
        return None
    for word in ("password", "passphrase", "secret", "token"):
        if word in words:
            return word
    return words[0]


LABEL_REACH = 60
"""How far before a value its label is looked for (the longest label and its marks)."""


def _labelled(line: str, match: re.Match[str], value_first: bool) -> bool:
    """The value is an identifier's (a word before it labels it so), or, written before the
    name, no word connects it to the name as its value."""
    start = match.start("value")  # the words right before it only: a long line of
    before = line[max(0, start - LABEL_REACH):start]  # settings is read once, not again each
    if _LABELS.search(before.rstrip("`'\"*_«»“”„‘’ \t")):
        return True
    return value_first and not _CONNECTS.search(match.group("between"))


def stated(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value a sentence states for a setting whose name holds a secret's word,
    judged under that word."""
    for pattern in (_STATED, _VALUE_FIRST):
        for match in pattern.finditer(line):
            word = _secret_word(match.group("name"))
            if word is None:
                continue
            value = match.group("value").rstrip(".,;:!?)")
            if _labelled(line, match, pattern is _VALUE_FIRST):
                continue  # `Commit 9f2c1ab fixed the client_secret check`
            if len(value) < 6 or _VERSION.fullmatch(value) or not _LETTER_AND_DIGIT.match(value) \
                    or _WORDS_JOINED.fullmatch(value) or _LOWER_COMPOUND.match(value) \
                    or _secret_word(value) is not None or not _SAYS.search(match.group("between")):
                continue  # a word, a name, a cell beyond the next (`| name | type | default |`)
            yield from judged_as_key(word, value, match.start("value"), judge, value_only=True)
