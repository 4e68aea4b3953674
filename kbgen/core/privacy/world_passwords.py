"""A password after the word for it in languages the other rules do not read (`пароль
hunter2024`, `密码：hunter2024`, `lösenordet är hunter2024`, `heslo je hunter2024`), and a
password alone on the line after a line ending with its word (`Password:` / `hunter2024`).

The value must be shaped as a password (kbgen.core.privacy.bare_passwords' policy: letters
with digits, not a version or a scheme), so prose naming things after the word (`пароль
администратора`, `密码管理器`) passes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import chain

from kbgen.core.folded_words import folded_pattern
from kbgen.core.privacy.bare_passwords import _policy_shaped
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.values import _looks_like_password
from kbgen.core.word_forms import read_forms
from kbgen.core.word_needs import Words

WORDS = ("пароль", "парола", "лозинка", "パスワード", "暗証番号", "密码", "密碼", "口令",
         "비밀번호", "암호", "şifre", "sifre", "parola", "heslo", "geslo", "lozinka", "jelszó",
         "jelszo", "jelszava", "jelszavad", "jelszavam", "jelszavunk", "jelszavuk",
         "slaptažodis", "parool", "parole", "passord", "adgangskode", "lykilorð",
         "κωδικός", "συνθηματικό", "סיסמה", "كلمة المرور", "كلمة السر", "पासवर्ड", "mật khẩu",
         "kata sandi", "kata laluan", "katalaluan", "รหัสผ่าน", "lösenordet", "losenordet",
         "salasanan", "salasanasi", "passwort", "wachtwoord", "la password", "la contraseña",
         "رمز عبور", "رمز المرور", "گذرواژه", "پاس ورڈ", "পাসওয়ার্ড", "գաղտնաբառ", "პაროლი",
         "የይለፍ ቃል")
"""The word for a password (and its common forms) in other languages; folded (lower case).
Every word kbgen.core.privacy.login_phrases reads in a script without Latin letters is here too
(Persian, Bengali, Armenian, Georgian, Amharic, Urdu: read in prose there, they passed in a
table's cell, an HTML cell or after bold: gap64). Hungarian's word as someone's (`Péter
jelszava`, its possessive suffix: gap65)."""

def _bare(word: str) -> str:
    """`word` without its accents (`κωδικος`, `mat khau`: leak39)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(ch))


_FORMS = tuple(dict.fromkeys([*WORDS, "hasło", "haslo", "parol", "lykilord",
                              *sorted(form for word in WORDS for bare in {word, _bare(word)}
                                      for form in read_forms(bare))]))
"""WORDS as written, without accents, and as the gate reads them in any case (kbgen.core.normalize
maps letters that look like Latin ones to them: `пароль` is read `пapoлb`, `ΚΩΔΙΚΟΣ` as
`κωδικος`)."""

_WORD_RE = "|".join(re.escape(word) for word in sorted(_FORMS, key=len, reverse=True))

_VERBS = (r"(?<![^\W\d_])(?:is|ist|lautet|est|es|è|é|e|är|er|on|je|jest|to|был|"
          + "|".join(sorted(read_forms("είναι"))) + r"|là"
          r"|adalah|ialah|هو|هي|הוא|היא)(?![^\W\d_])|—|-|=|是|为|為|は|が|는|은|คือ|:|：")
"""A copula or a mark between the word and its value. A copula of letters is a word of its own
(`пароль hunter2024x` is no `hunt` + `er` + `2024x`: a password whose letters hold `e`, `er` or
`to` lost its head to one and passed, gap64), Greek's, Vietnamese's, Indonesian's, Arabic's and
Hebrew's among them (`κωδικός είναι …`, `mật khẩu là …`); the marks and the particles of
scripts without spaces (`密码是…`, `비밀번호는 …`, `รหัสผ่านคือ…`) join what they stand between."""

_WORLD = re.compile(
    folded_pattern(rf"(?i)(?<![a-z0-9_-])(?:{_WORD_RE})"
    rf"(?:(?:[ \t]+[^\s:：]{{1,30}}){{0,4}}?[ \t]*(?:{_VERBS}))?[ \t]*"
    r"""(?:\*\*|__|["'`“‘「『])*(?P<value>(?:(?!["'`<|*])[!-~]){6,64})(?:(?![!-~])|(?=["'`<]))"""))
"""A password word (not inside a Latin word; scripts without spaces join words), a few words
and a verb or a colon (`Пароль для гостевой сети:`), or nothing, then the value, ending where
a quote or a tag closes it too (`title="Пароль: hunter2024"`, rev37)."""

_GLUED_VERBS = (r"is|ist|lautet|est|es|è|é|e|är|er|on|je|jest|to|был|—|-|=|是|为|為|は|が|는|은"
                r"|:|：")
"""The copulas and marks as the gate read them before gap64: anywhere, inside a word too."""

_WORLD_GLUED = re.compile(
    folded_pattern(rf"(?i)(?<![a-z0-9_-])(?:{_WORD_RE})"
    rf"(?:(?:[ \t]+[^\s:：]{{1,30}}){{0,4}}?[ \t]*(?:{_GLUED_VERBS}))?[ \t]*"
    r"""(?:\*\*|__|["'`“‘「『])*(?P<value>(?:(?!["'`<|*])[!-~]){6,64})(?:(?![!-~])|(?=["'`<]))"""))
"""_WORLD with its copulas read inside words too: a value after a few words and no copula of
its own (`Parola routerului este Bucuresti24!x`, `Пароль для гостевой сети Qwerty2024!x`) was
found so, where a word or the value held `e`, `er` or `to` (rev64: gap64's copulas of their
own alone let 105 such lines through). Both are read; each value is reported once."""

_LINE_END = re.compile(
    folded_pattern(rf"(?i)(?<![\w-])(?:password|passwort|passphrase|kennwort|wachtwoord|{_WORD_RE})"
    r"[ \t]*+[:：]?[ \t]*+(?:\*\*|__)?[ \t]*+$"))

_ENDINGS = ("password", "passwort", "passphrase", "kennwort", "wachtwoord", *_FORMS)
"""What a line _LINE_END matches ends with, folded (a cheap test before the regex)."""

_ALONE = re.compile(r"""(?:[ \t>*-]*+(?:\*\*|__|["'`])*|[ \t>*-]*)(?P<value>[^\s"'`<|*]{6,64})"""
                    r"""(?:\*\*|__|["'`])*+[ \t]*+$""")
"""A value alone on its line, after list, quote and emphasis marks. The marks' run is read
once, then given back only for a value that starts with `>` or `-` (`->abcde`): the same
matches as the two runs that both gave back, and split a line of `*` every way
(quadratic, cubic under `search`: issue 19, redos55)."""


def _value(raw: str) -> str:
    return raw.rstrip(".,;:)!?")


def _world_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A password-shaped value after a password word of another language."""
    reported: set[int] = set()
    for match in chain(_WORLD.finditer(line), _WORLD_GLUED.finditer(line)):
        value = _value(match.group("value"))
        if _url_host(line, match):
            continue
        if match.end("value") not in reported and _policy_shaped(value) \
                and _looks_like_password(value, False):
            reported.add(match.end("value"))
            yield _famous_or_hit(line, match.start("value"), value)


def _url_host(line: str, match: re.Match[str]) -> bool:
    """The word is a URL's password and the value its host (`http://user:wachtwoord@host`):
    the word ends at `@`, and a scheme's `://` and a user name stand before it; the URL readers
    judge the password (fixfp66: Dutch, Czech, Italian, Hungarian, Turkish and Danish words
    were refused so, Polish not)."""
    at = match.start("value")
    return (line.startswith("@", at) and at > 0 and line[at - 1].isalpha()
            and _USERINFO_START.search(line, max(0, match.start() - 200), match.start())
            is not None)


_USERINFO_START = re.compile(r"://[^\s/@:]*:$")
"""A URL's scheme and user name, up to the `:` before its password."""


def _passwords_on_next_line(lines: list[str], context: _Context
                            ) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of a password alone on the line after one ending with its word."""
    for index in range(len(lines) - 1):
        tail = lines[index].rstrip(" \t:：*_").lower()
        if not tail.endswith(_ENDINGS) or not _LINE_END.search(lines[index]):
            continue
        row = index + 1 if lines[index + 1].strip() else index + 2
        alone = _ALONE.fullmatch(lines[row]) if row < len(lines) else None
        if alone:
            value = _value(alone.group("value"))
            if _policy_shaped(value) and _looks_like_password(value, False):
                yield row, _famous_or_hit(lines[row], alone.start("value"), value)


_NEEDED = Words(_FORMS)
"""_FORMS, asked quickly (word_needs)."""


def needs(folded: str) -> bool:
    """A folded text holds one of WORDS."""
    return _NEEDED(folded)
