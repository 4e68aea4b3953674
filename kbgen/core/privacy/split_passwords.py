"""Passwords split from their word: in the next table cell of any language the gate reads
(`| Пароль | hunter2024 |`), after a short form (`pwd hunter2024`, `passwd hunter2024`), and
on the next line of a hard-wrapped sentence (`the Wi-Fi password is` / `sunflower.`)
(issue 19, branch leak34)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kbgen.core.folded_words import folded_pattern, folded_words
from kbgen.core.privacy import optional_settings
from kbgen.core.privacy.bare_passwords import _policy_shaped
from kbgen.core.privacy.context import _Context, _famous_or_hit, _fold, _Hit
from kbgen.core.privacy.letter_passwords import plain_password
from kbgen.core.privacy.values import _looks_like_password
from kbgen.core.privacy.world_passwords import _LINE_END
from kbgen.core.privacy.world_passwords import WORDS as WORLD_WORDS
from kbgen.core.word_forms import read_forms
from kbgen.core.word_needs import Words

_CELL_WORDS = ("password", "passwort", "passphrase", "passcode", "kennwort", "passwd", "pwd",
               "pw", "pin", "contraseña", "senha", "mot de passe", "lösenord", "salasana",
               "hasło", *WORLD_WORDS)
_CELL_FORMS = sorted({*_CELL_WORDS, *(form for word in _CELL_WORDS for form in read_forms(word))},
                     key=len, reverse=True)

_CELL = re.compile(
    folded_pattern(r"(?i)\|[ \t]*+(?:\*\*|__)?[ \t]*+(?:[^\W\d_]+[ \t-]){0,2}"
    rf"(?:{'|'.join(re.escape(form) for form in _CELL_FORMS)})"
    r"[ \t]*+[:：]?[ \t]*+(?:\*\*|__)?[ \t]*+[:：]?[ \t]*+\|[ \t]*+(?:\*\*|__|[\"'`])*"
    r"(?P<value>[^\s|\"'`*]{4,64})(?:\*\*|__|[\"'`])*[ \t]*(?:\||$)"))
"""A table cell of a password word alone (maybe after two words: `Guest Wi-Fi password`),
then the next cell's one token. Blank runs are possessive: backtracking between them took a
password word's cell and 200 blanks 0.2 s (n^4)."""
_ASCII_FORMS = Words(form for form in map(_fold, _CELL_FORMS) if form.isascii())
"""The forms an ASCII line can hold (re.I reads in it only ASCII letters and _fold's twins),
folded: a line of a table without one is not read (build46)."""


_HTML_CELL = re.compile(
    folded_pattern(r"(?i)<t[dh](?:[ \t][^<>]{0,200})?>[ \t]*+(?:<(?:b|strong|em|i)>)?[ \t]*+"
    r"(?:[^\W\d_]+[ \t-]){0,2}"
    rf"(?:{'|'.join(re.escape(form) for form in _CELL_FORMS)})"
    r"[ \t]*+[:：]?[ \t]*+(?:</(?:b|strong|em|i)>)?[ \t]*+[:：]?[ \t]*+</t[dh]>[ \t]*+"
    r"<td(?:[ \t][^<>]{0,200})?>[ \t]*+(?:<(?:code|kbd|b|strong|em|i|tt|samp)>|[\"'`])*"
    r"(?P<value>[^\s<\"'`]{4,64})(?:</(?:code|kbd|b|strong|em|i|tt|samp)>|[\"'`])*[ \t]*"
    r"(?:</td>|$)"))
"""The same in an HTML table: `<td>Password</td><td>hunter2024</td>` (rev38)."""


def _cell_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """The value in the cell after a password word's cell (`| Пароль | hunter2024 |`,
    `<td>Пароль</td><td>hunter2024</td>`); a 4-8 digit value after a PIN's cell."""
    if line.isascii() and not _ASCII_FORMS(line.lower()):
        return
    matches = [*_CELL.finditer(line), *_HTML_CELL.finditer(line)] if "</t" in line \
        else _CELL.finditer(line)
    for match in matches:
        value = match.group("value").rstrip(".,;")
        if _looks_like_password(value, False) or _pin_cell(match, value):
            yield _famous_or_hit(line, match.start("value"), value)


def _pin_cell(match: re.Match[str], value: str) -> bool:
    return (value.isdigit() and 4 <= len(value) <= 8 and "pin" in match.group().lower()
            and len(set(value)) > 1)


_SHORT = re.compile(
    r"(?i)(?<![\w./-])(?:pwd|passwd|pw|pass)[ \t]+(?:\*\*|__|[\"'`])*"
    r"(?P<value>[^\s\"'`<|*]{6,64})(?![^\s\"'`<|*])")
"""A short password word, a space, one word (`pwd hunter2024`)."""


def _short_word_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A policy-shaped value after `pwd`, `passwd`, `pw` or `pass` (a command's argument is a
    path, a user name or a flag: `passwd alice`, `pwd -P`)."""
    for match in _SHORT.finditer(line):
        value = match.group("value").rstrip(".,;:)")
        if _policy_shaped(value) and _looks_like_password(value, False):
            yield _famous_or_hit(line, match.start("value"), value)


SHORT_NEEDS = ("pwd", "passwd", "pw", "pass")

TAIL = 120
"""How much of a line's end is read with the next line."""

MAX_LEAD = 3
"""The value must open the next line (after quotes or bold marks): one further on is that
line's own, found (or accepted) there."""


def across_lines(lines: list[str], hits: Callable[[str], list[_Hit]],
                 hint: Callable[[str], bool]) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of values found (by `hits`, a line's findings) at the start of a line
    once the end of the line before is read with it: a sentence hard-wrapped between the
    password's word and its value (`hint`: whether a folded line end may hold the word)."""
    for index in range(len(lines) - 1):
        tail = lines[index][-TAIL:].rstrip()
        following = lines[index + 1]
        first = following.lstrip()
        if not first or not tail.strip() or not hint(_fold(tail)) \
                or sibling_settings(tail, first) or _items_apart(lines, index):
            continue
        start = len(tail) + 1
        shift = len(following) - len(first)
        for hit in hits(tail + " " + first):
            if start <= hit.start <= start + MAX_LEAD:
                yield index + 1, replace(hit, start=hit.start - start + shift,
                                         end=hit.end - start + shift)


_ITEM = re.compile(r"([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)")
"""A list item's marker and the indentation before it."""


def _items_apart(lines: list[str], index: int) -> bool:
    """Line `index` and the next are items of one list of methods (the same marker's
    indentation), line `index` and the item before or after it each name a kind of password
    and nothing else (`ワンタイムパスワード` then `固定パスワード`), and the next item holds no
    ASCII letter or digit: RustDesk's authentication methods (`- 固定パスワード` /
    `- 操作側を切り替え`), not one sentence wrapped from a password word to its value (fp65).
    Whose password it is (`田中さんのパスワード`, `张伟的密码`) is no kind:
    `- 顧客のパスワード` / `- ひまわり` and `- パスワード` / `- ひまわり`
    are still read across (fixfp65)."""
    if index == 0:
        return False
    before, line, following = lines[index - 1], lines[index], lines[index + 1]
    items = [_ITEM.match(text) for text in (before, line, following)]
    if items[0] is None or items[1] is None or items[2] is None \
            or len({item.group(1) for item in items if item}) != 1:
        return False
    return (_names_password_kind(line[items[1].end():])
            and (_names_password_kind(before[items[0].end():])
                 or _names_password_kind(following[items[2].end():]))
            and not re.search(r"[A-Za-z0-9]", following[items[2].end():]))


_CELL_FORMS_FOLDED = folded_words(form.lower() for form in _CELL_FORMS)
"""A password word alone, as an item may hold it."""
_PASSWORD_KINDS = ("ワンタイム", "一時", "固定", "使い捨て", "初期", "一次性", "临时", "臨時",
                   "动态", "動態", "静态", "靜態", "固定的", "永久", "默认", "默認")
"""Kinds of password a list of sign-in methods names (one-time, temporary, fixed, default...):
a closed list on the accepting side, so a qualifier not in it (a person's name, `顧客の`) is
read as a sentence."""


def _names_password_kind(item: str) -> bool:
    """`item` is a kind of password and nothing else (`固定パスワード`, `一次性密码`)."""
    named = item.strip(" \t*_:：").lower()
    return any(named.startswith(kind) and named[len(kind):] in _CELL_FORMS_FOLDED
               for kind in _PASSWORD_KINDS)


_SETTING = re.compile(r"[ \t]*(?:[-*+][ \t]+)?[\"']?[A-Za-z_][\w.-]*[\"']?[ \t]*(?:=|:[ \t])"
                      r"[ \t]*\S")
"""A line that sets a key to a value of its own (`- SSO_CLIENT_SECRET=insecure_secret`,
`secret: 'x'`), maybe as a list item."""
_FLAG_SETTING = re.compile(r"(?i)[ \t]*(?:[-*+][ \t]+)?[\"']?[A-Za-z_][\w.-]*[\"']?[ \t]*"
                           r"(?:=|:[ \t])[ \t]*[\"']?(?:true|false|yes|no|on|off|\d{1,5})[\"']?"
                           r"[ \t,;]*$")
"""A line that sets a key to a switch or a small number (`- SSO_ROLES_ENABLED=true`)."""


def sibling_settings(line: str, following: str) -> bool:
    """`line` sets a key to a value of its own and the line `following` it sets another to a
    switch or a small number (an environment list, a configuration): the second is no
    continuation of the first's sentence, so a password word ending the first
    (`…=insecure_secret`) does not make `SSO_ROLES_ENABLED=true` its value (issue 19, fp37).
    `- SSO_CLIENT_SECRET=insecure_secret` / `- SSO_DB=Tr0ub4dor3Xq` is still read across."""
    return bool(_SETTING.match(line)) and (
        bool(_FLAG_SETTING.match(optional_settings.unmarked(following)))
        or optional_settings.zone_setting(following))  # fq50: `#optional`, `TZ=Europe/London`


_ALONE_WORD = re.compile(r"""[ \t>*-]*+(?:\*\*|__|["'`])*+(?P<value>[^\W\d_]{4,64})"""
                         r"""(?:\*\*|__|["'`])*+[ \t]*+(?:[.!][ \t]*+)?$""")
"""A word alone on its line. Runs read once (a word starts and ends with a letter, which no
mark is): the same matches as the runs that gave back, which split a line of `*` every way
(cubic under `search`: issue 19, redos55)."""


def _letters_on_next_line(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of a word of letters alone on the line (a blank line may come between)
    after a line ending with a password word and a colon (`The Wi-Fi password:` /
    `    sunflower`): a value of letters and digits there is world_passwords'."""
    for index in range(len(lines) - 1):
        if not lines[index].rstrip(" \t*_").endswith((":", "：")):
            continue
        if not _LINE_END.search(lines[index]):
            continue
        row = index + 1 if lines[index + 1].strip() else index + 2
        if row >= len(lines) or lines[row].lstrip().startswith(("```", "~~~")):
            continue  # a code block's fence (` ```bash `), not a value
        alone = _ALONE_WORD.fullmatch(lines[row])
        if alone and plain_password(alone.group("value")):
            yield row, _famous_or_hit(lines[row], alone.start("value"), alone.group("value"))
