"""A password given by the verb that sets it (issue 19, branch leak38): `Set the password to
Kq8vNz3Lw2Pd`, `Reset Anna's password to …`, `Use the password …`, `Your password has been
changed to …`, `Setzen Sie das Passwort auf …`, `Changez le mot de passe en …`, `パスワードを
「…」に設定`, `将密码设置为…`, `Set the PIN to 4829`.

The prose rules (kbgen.core.privacy.passwords, letter_passwords) read a statement: the word,
then a verb (`the password is …`); here the verb comes first and a preposition (`to`, `auf`,
`en`) gives the value. The value must look like a password as the prose rules ask (letters
with digits, mixed case with a digit, a symbol; not a placeholder, a path or a variable); a
word of letters only when quoted (`Set the password to "sunflower"`); a PIN's 4-8 digits, not
a device's default."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kbgen.core.folded_words import folded_pattern
from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.chosen_passwords import pattern as _chosen
from kbgen.core.privacy.context import _Context, _famous_or_hit, _fold, _Hit, _mask_secret
from kbgen.core.privacy.letter_passwords import plain_password
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.pins import _default_pin, _pins
from kbgen.core.privacy.spaced_digits import RUN, joined_digits
from kbgen.core.privacy.values import _looks_like_password
from kbgen.core.word_needs import Words, alternation

_WORD = (r"pass(?:word|phrase|code)|passwort|kennwort|wachtwoord|contrase[ñn]a|senha"
         r"|mot[ \t]+de[ \t]+passe|l[öo]senord(?:et)?|salasana|has[łl]o|parola|password"
         r"|(?:client[ \t_-]?)?secret|api[ \t_-]?key|(?:access[ \t_-]?)?token"
         r"|pin(?:[ \t-]?code)?|passord(?:et)?|adgangskode(?:n)?|heslo|geslo|lozink[au]"
         r"|jelsz[óo](?:t)?|" + normalize_text("пароль"))
"""What is set: a password's word in the languages the gate reads, a secret, a PIN."""

_MARKS = r"(?:\*\*|__|[\"'`“‘«(])*"
_CLOSE = r"(?:\*\*|__|[\"'`”’»)])*"

_SETTING_VERBS = (
    r"set|sets|setting|change|changes|changed|changing|reset|resets|resetting|update|updates"
    r"|updated|updating|switch|make|makes|made|"
    + normalize_text("смените|измените|поменяйте|установите|задайте|сменить|изменить") +
    r"|setze|setzen|setzt|ändere|ändern|ändert|aendern|stelle|stellen|stel|lege|legen"
    r"|définissez|definissez|définir|definir|changez|changer|modifiez|modifier|réglez|reglez"
    r"|mettez|cambia|cambie|cambiar|establece|establezca|establecer|configura|configure"
    r"|altere|alterar|mude|mudar|defina|troque|trocar|imposta|impostare|modifica|wijzig"
    r"|verander|ustaw|ustawić|ustawic|zmień|zmien|zmienić|zmienic|zresetuj|ändra|andra"
    r"|ange|sätt|satt|byt|ændr|aendr|skift|endre|sett|nastavte|nastavit|změňte|zmente"
    r"|állítsa|allitsa|módosítsa|modositsa|postavite|promijenite|vaihda|aseta")
"""Verbs that give a thing a new value, in the site's languages."""

_TO = (r"in[ \t]+op|to|as|into|auf|zu|in|sur|en|à|a|por|para|como|em|su|come|naar|op"
       r"|na|till|til|på|pa"
       + "|" + normalize_text("на"))
"""What introduces the value after the thing set."""

_USING_VERBS = (r"use|uses|using|enter|type|try|with|utilisez|utiliser|saisissez|entrez|usa"
                r"|usar|utilice|use|digite|gebruik|verwende|verwenden|benutze|nutze|mit")
"""Verbs that give the value right after the thing (`Use the password …`)."""

_FILLER = r"(?:[^\s<>|]{1,40}[ \t]+){0,4}?"
"""A few words between the verb and the thing (`the`, `Anna's`, `the guest Wi-Fi`)."""

_OWNER = (r"(?:[ \t]+(?:for|of|on|für|von|des|du|de|del|da|della|van)[ \t]+"
          r"(?:[^\s<>|]{1,40}[ \t]+){0,4}?[^\s<>|]{1,40})?")
"""Whose it is, after the thing (`for the admin account`, `of \\`admin\\``)."""

_VALUE = (rf"(?P<open>{_MARKS})(?P<value>[^\s\"'`<|”’»*]{{1,128}})(?P<close>{_CLOSE})")

_SETTING_TREE = alternation(_SETTING_VERBS.split("|"))
_USING_TREE = alternation(_USING_VERBS.split("|"))
r"""The verbs as trees of their shared beginnings (word_needs.alternation): the same verbs
matched, one branch tried where a character starts none (cpu59: _BEFORE tried a hundred verbs
at every character of each line naming a password, 0.26 of the gate's CPU s on 2,000 generated
articles). Verbs are words: `(?![\w-])` after one lets no other match at its place."""

_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?:{_SETTING_TREE})(?![\w-])[ \t]+{_FILLER}{_MARKS}(?P<word>{_WORD})"
    rf"{_CLOSE}(?![\w-]){_OWNER}[ \t]+(?:{_TO})[ \t]*[:：]?[ \t]+{_VALUE}")
"""`Set the password to VALUE`: the verb, the thing, maybe whose, a preposition, the value."""

_USING = re.compile(
    rf"(?i)(?<![\w-])(?:{_USING_TREE})(?![\w-])[ \t]+{_FILLER}{_MARKS}(?P<word>{_WORD})"
    rf"{_CLOSE}(?![\w-])[ \t]*[:：]?[ \t]+{_VALUE}")
"""`Use the password VALUE`, `Enter the PIN 4829`."""

_PARTICIPLES = ("set", "changed", "reset", "updated", "switched", "gesetzt", "geändert",
                "geaendert", "défini", "defini", "changé", "modifié", "cambiada", "establecida",
                "alterada", "definida", "impostata", "cambiata", "gewijzigd")
_AFTER = re.compile(
    rf"(?i)(?<![\w-]){_MARKS}(?P<word>{_WORD}){_CLOSE}(?![\w-])[ \t]+{_FILLER}"
    rf"(?:{alternation(_PARTICIPLES)})"
    rf"[ \t]+(?:{_TO})[ \t]*[:：]?[ \t]+{_VALUE}")
"""`Your password has been changed to VALUE`: the thing, a few words, a participle, the value."""

_LAST_VERBS = ("setzen", "ändern", "aendern", "stellen", "festlegen", "zetten", "wijzigen",
               "instellen")
_LAST = re.compile(
    rf"(?i)(?<![\w-]){_MARKS}(?P<word>passwort|kennwort|wachtwoord|pin){_CLOSE}[ \t]+"
    rf"(?:auf|in|zu|naar|op)[ \t]+{_VALUE}[ \t]+"
    rf"(?:{'|'.join(_LAST_VERBS)})")
"""German and Dutch put the verb last: `das Passwort auf VALUE setzen`."""

_UNSPACED = re.compile(
    r"(?:パスワード|暗証番号|密码|密碼|口令)(?:を|は)?[ \t]*(?:[「『\"'`“]?)"
    r"(?P<value>[!-~]{4,64}?)(?P<close>[」』\"'`”]?)[ \t]*(?:に|へ)(?:設定|変更|再設定)"
    r"|(?:密码|密碼|口令)(?:设置|設置|设定|設定|设|設|改|更改|修改|重置)(?:为|為|成)[ \t]*"
    r"(?:[「『\"'`“]?)(?P<value2>[!-~]{4,64}?)(?P<close2>[」』\"'`”]?)(?![!-~])"
    r"|(?:비밀번호|암호|패스워드)(?:를|을|는|은)?[ \t]*(?:[「『\"'`“]?)(?P<value3>[!-~]{4,64}?)"
    r"(?P<close3>[」』\"'`”]?)[ \t]*(?:으로|로)[ \t]*(?:설정|변경|재설정|바꾸|바꿔)")
"""Japanese, Chinese and Korean: `パスワードを「VALUE」に設定`, `密码设置为VALUE`,
`비밀번호를 VALUE(으)로 설정` (rev38)."""

_OLARAK = re.compile(
    folded_pattern(rf"(?i)(?<![\w-])(?P<word>{normalize_text('şifre')}|sifre|parola)(?:yi|yı|yu|yü|nizi|nızı|sini"
    rf"|sını|nı|ni)?[ \t]+{_VALUE}[ \t]+olarak[ \t]+(?:ayarla|değiştir|degistir|belirle|gir)"))
"""Turkish puts the verb last: `Şifreyi VALUE olarak ayarlayın` (rev38)."""

_CHOSEN = _chosen(_WORD, _MARKS, _CLOSE)
"""`We picked VALUE as the new password` (leak41: chosen_passwords)."""

_PATTERNS = (_BEFORE, _USING, _AFTER, _LAST, _OLARAK, _CHOSEN)

_AS = re.compile(r"[ \t]as[ \t]")
_PATTERN_NEEDS: dict[re.Pattern[str], Callable[[str], bool]] = {
    _AFTER: Words(_PARTICIPLES),
    _LAST: Words(_LAST_VERBS),
    _OLARAK: lambda folded: "olarak" in folded,
    _CHOSEN: lambda folded: _AS.search(folded) is not None,
}
"""What a pattern's verb needs in the folded line (build46: each pattern, opening with a
look-behind, is otherwise tried at every character of every line that names a password)."""

_QUOTE = re.compile(r"[\"'`“‘«”’»]")
"""A quote mark: a word of letters only is a value when quoted after a verb that sets it (bold
is emphasis: `change your password **in time**`; `with … password mastodonadmin` names a
seeded default, not a value set)."""

_NOT_VALUE = re.compile(r"[/\\]|^[$%{<\[(]|@.*\.|^-|=")
"""A path, a variable, a template, an address, a flag or a setting: no password."""

NEEDS = ("pass", "wort", "wachtwoord", "contrase", "senha", "senord", "salasana", "hasło",
         "haslo", "parola", normalize_text("пароль").lower(), "secret", "key", "token", "pin",
         "パスワード", "暗証番号", "密码", "密碼", "口令", "passord", "adgangskode", "heslo",
         "geslo", "lozink", "jelsz", "şifre", "sifre", "비밀번호", "암호", "패스워드")
"""What every thing this module reads contains, folded."""
_NEEDED = Words(NEEDS)
"""NEEDS asked quickly (word_needs: asked of every line, build46)."""


def _set_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A value given to a password, secret or PIN by the verb that sets it."""
    folded = _fold(line)
    for pattern in _PATTERNS:
        need = _PATTERN_NEEDS.get(pattern)
        for match in pattern.finditer(line) if need is None or need(folded) else ():
            quoted = (pattern is not _USING and _QUOTE.search(match.group("open")) is not None
                      and _QUOTE.search(match.group("close")) is not None)
            hit = _judged(line, match.group("word"), match.start("value"), match.group("value"),
                          quoted)
            if hit is not None:
                yield hit
    for match in () if line.isascii() else _UNSPACED.finditer(line):
        group = next(name for name in ("value", "value2", "value3")
                     if match.group(name) is not None)
        close = match.group(group.replace("value", "close"))
        hit = _judged(line, "", match.start(group), match.group(group), bool(close))
        if hit is not None:
            yield hit
    if RUN.search(line):  # `Set the PIN to 4 8 2 9` (leak41)
        yield from joined_digits(line, lambda text: [*_set_passwords(text, context),
                                                     *_pins(text, context)])


def _judged(line: str, word: str, start: int, raw: str, quoted: bool) -> _Hit | None:
    """The hit for `raw` at `start` if it is a password's value (see the module's text)."""
    value = raw.rstrip(".,;:)!?。、") if not quoted else raw
    if not value or _NOT_VALUE.search(value):
        return None
    if word.lower().startswith("pin") and value.isdigit():
        if 4 <= len(value) <= 8 and not _default_pin(value):
            return _Hit(start, start + len(value), PASSWORD,
                        _mask_secret(value) if len(value) > 4 else "****")
        return None
    if value.isdigit() and len(value) < 6:
        return None
    if _looks_like_password(value, False) or (
            quoted and value.isalpha() and plain_password(value, quoted=True)):
        return _famous_or_hit(line, start, value)
    return None


def needs(folded: str) -> bool:
    """A folded text holds a thing this module's rules set."""
    return _NEEDED(folded)


_VERB_IN_TAIL = re.compile(
    rf"(?i)(?<![\w-])(?:{alternation([*_SETTING_VERBS.split('|'), *_USING_VERBS.split('|')])})"
    r"(?![\w-])")

TAIL = 80
"""How much of a line's end is read with the next line."""


def _set_across_lines(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of values set by a sentence hard-wrapped between its verb and the
    thing set (`… then set the admin` / `password to Kq8vNz3Lw2Pd.`, rev38): the next line
    alone has no verb. The line's end is read with the next line; hits in the next line's part
    are kept (the scan drops those it found there alone)."""
    folded = _fold("\n".join(lines))
    if not _NEEDED(folded):  # no line names a thing set (asked once)
        return
    folded_lines = folded.split("\n")  # each line's _fold: it folds character by character
    for index in range(len(lines) - 1):
        tail = lines[index][-TAIL:].rstrip()
        following = lines[index + 1]
        first = following.lstrip(" \t>")  # a quote's marks (`> password to …`)
        if not first or not needs(folded_lines[index + 1].lstrip(" \t>")) \
                or not _VERB_IN_TAIL.search(tail):
            continue
        joined = f"{tail} {first}"
        start = len(tail) + 1
        shift = len(following) - len(first)
        for hit in _set_passwords(joined, context):
            if hit.start >= start:
                yield index + 1, replace(hit, start=hit.start - start + shift,
                                         end=hit.end - start + shift)
