"""A password given in prose beside the login it opens, for the gate (issue 19, branch gap60).

A support agent writes how the customer's device was reached: `Log in as admin / Summer2024!`,
`log in as `admin` with `Summer2024!``, `Inicia sesión como admin con Verano2024!`, `Melden Sie
sich als admin mit Sommer2024! an`, `admin / Summer2024! でログインしてください`, `| Default admin
login | admin / Summer2024! |`, `Das Standardpasswort des Routers bei Zahnarzt Jensen ist
Sommer2024!`, `كلمة المرور هي Summer2024!`. No password word stands right before the value, so
the rules that read `password: value` found nothing, and these were published (gap59's
default_logins gaps).

Read by the sentence's structure, in four shapes:

- a login phrase, `as` and a login, then the value joined by `/`, `,`, `:` or `with` (in the
  languages' own words: `con`, `avec`, `mit`, `com`, `met`, `z`, `с`), maybe after a password
  word (`with the password`, `z hasłem`, `с паролем`);
- a `login/value` pair on a line that names a login or a password (any script: `ログイン`,
  `登录`, `로그인`, `Anmeldung`, `contraseña`), the login a lower-case word (a value shaped as a
  vendor's factory password, `admin/test1234`, is left to the pair readers and
  kbgen.core.privacy.default_logins, as on main);
- a password word compounded (`Standardpasswort`, `WLAN-Kennwort`, `adminwachtwoord`), then up to
  eight words and `:` or a copula (`ist`, `lautet`, `is`, `är`);
- a password word of a script without Latin letters (Arabic, Persian, Hebrew, Greek, Hindi,
  Thai, ...), then up to four words of that script: the first Latin value after it.

Each value is judged as `password: value` by the rules that read a key and its value, so only a
value shaped as a password is found: `your password`, `<password>`, `admin/admin` and a
vendor's documented default stay as those rules leave them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.ascii_needs import ascii_words, may_match_ascii
from kbgen.core.normalize import CONFUSABLES
from kbgen.core.privacy import default_logins
from kbgen.core.privacy.context import _Hit, judged_as_key
from kbgen.core.privacy.passwords import _ends_symbolic
from kbgen.core.word_needs import Words

Judge = Callable[[str], list[_Hit]]

def _folded(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled to match a line whose look-alike letters are folded as the gate folds
    them in words that mix scripts (`с паролем` is read as `c пapoлem` there): the line is
    matched folded, one character for one, so places hold."""
    return re.compile(pattern.translate(CONFUSABLES))


_VALUE = (r"""(?:\*\*|__|[`"'“‘])?"""
          r"""(?P<value>[^\s"'`<>|”’*\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]{4,128})""")
"""The value, maybe emphasised, quoted or in code; a particle of Han, kana or Hangul glued after
it is none of it (`admin/Summer2024!를`)."""
_LOGIN = r"""(?:\*\*|__|[`"'“‘])?[\w.@-]{2,40}(?:\*\*|__|[`"'”’])?"""
_PASSWORD_WORD = (r"pass(?:word|wd|phrase)?|pw|passwort|kennwort|wachtwoord|contrase[ñn]a|senha"
                  r"|mot de passe|l[öo]senord|salasana|has[łl](?:o|em)|парол(?:ь|ем|я)|clave"
                  r"|parola|şifre(?:si)?|heslo|heslem|jelszó")
_ARTICLE = (r"the|its|this|der|dem|den|das|die|le|la|l'|el|il|lo|o|a|de|des|het|ten|their"
            r"|her|his|seinem|ihrem|su|sa|son|sua")

_AS_LOGIN = _folded(
    r"(?i)(?<![\w-])(?:log(?:s|ged|ging)?[ \t-]?(?:in|on)|login|sign(?:s|ed|ing)?[ \t-]?(?:in|on)"
    r"|connect(?:s|ed)?|authenticate[sd]?"
    r"|inici(?:a|ar|e|amos)[ \t]+sesi[óo]n|entr(?:a|ar|e|amos)|acced(?:e|er|i|ere)|ingres(?:a|ar|e)"
    r"|con[eé]ct(?:ate|ese|e-se)|collegati|effettua(?:re)?[ \t]+l'accesso"
    r"|connecte[zr]?(?:-vous)?|se[ \t]+connecter|identifie[zr]?-vous"
    r"|meld(?:e|en|et)[ \t]+(?:Sie[ \t]+sich|dich|euch|sich)|anmelden|Anmeldung|einloggen"
    r"|logg(?:e|en)[ \t]+(?:Sie[ \t]+sich|dich)"
    r"|fa[çc]a[ \t]+(?:o[ \t]+)?login|acess(?:e|ar)|inloggen|meld[ \t]+je[ \t]+aan"
    r"|zaloguj(?:[ \t]+si[ęe])?|войдите|войти|зайдите|авторизуйтесь|giriş[ \t]+yap(?:ın)?)"
    r"[ \t]+(?:[^\s,.;:!?()`]+[ \t]+){0,3}?"
    r"(?:(?:as|als|como|comme|en[ \t]+tant[ \t]+que|come|jako|как|под)[ \t]+"
    r"|en[ \t]+tant[ \t]+qu['’])"
    rf"(?:(?:user|usuario|utilisateur|Benutzer|utente|usuário|gebruiker|użytkownik)[ \t]+)?"
    rf"{_LOGIN}"
    r"(?:[ \t]*[/,:][ \t]*|[ \t]+(?:with|using|and|plus|mit|und|avec|et|con|y|e|com|met|en|z|i"
    r"|с|и|ile)[ \t]+)"
    rf"(?:(?:{_ARTICLE}|{_PASSWORD_WORD})[ \t]+){{0,3}}(?::[ \t]*)?"
    rf"{_VALUE}")
"""A login phrase, `as` and a login, then the value joined to it."""

_SIGN_IN = (r"log(?:s|ged|ging)?[ \t-]?(?:in|on)(?:to)?|sign(?:s|ed|ing)?[ \t-]?(?:in|on)(?:to)?"
            r"|inici(?:a|ar|e|amos)[ \t]+sesi[óo]n|entr(?:a|ar|e|amos)|acced(?:e|er|i|ere)"
            r"|ingres(?:a|ar|e)|collegati|connecte[zr]?-vous|identifie[zr]?-vous"
            r"|meld(?:e|en|et)[ \t]+(?:Sie[ \t]+sich|dich|euch|sich)|einloggen"
            r"|logg(?:e|en)[ \t]+(?:Sie[ \t]+sich|dich)|logga[ \t]+in|inloggen|log[ \t]+in"
            r"|zaloguj(?:[ \t]+si[ęe])?|войдите|войти|зайдите|přihlaste[ \t]+se|přihlas[ \t]+se")
"""Phrases that sign in (not `connect`: `connect with USB and COM3` opens no account)."""
_WITH_LOGIN = _folded(
    rf"(?i)(?<![\w-])(?:{_SIGN_IN})[ \t]+(?:[^\s,.;:!?()`]+[ \t]+){{0,3}}?"
    r"(?:with|using|mit|con|avec|com|met|med|z|za[ \t]+pomocą|с|s)[ \t]+"
    r"(?:(?:the[ \t]+)?(?:user(?:name)?|login|account|Benutzer|usuario|utilisateur|utente"
    r"|gebruiker|użytkownik|пользователем)[ \t]+)?"
    rf"{_LOGIN}"
    r"[ \t]+(?:and|und|y|et|e|en|och|i|и|a|plus)[ \t]+"
    rf"(?:(?:{_ARTICLE}|{_PASSWORD_WORD})[ \t]+){{0,3}}"
    rf"{_VALUE}")
"""A sign-in phrase, `with` a login `and` the value (`Sign in with admin and Falcon-1234`,
`Inicia sesión con admin y Verano2024!`, `Войдите с admin и Leto2024!`): gap61."""
PURPOSE_REACH = 80
"""How far after the value `_USE_LOGIN` reads for what it is for (`to sign in`): a bounded
window keeps the rule linear on a long line (fix61: it read the whole rest of the line for each
candidate value, 10 s on 10 KB)."""
_USE_LOGIN = _folded(
    r"(?i)(?<![\w-])(?:use|using|utilise[zr]?|verwenden[ \t]+Sie|nutzen[ \t]+Sie|usa|usar|use"
    r"|usando|gebruik|użyj|используйте|použijte)[ \t]+"
    r"(?=(?:\*\*|__|[`\"'“‘])|(?-i:[a-z0-9])|[\w-]*[.@_])"
    rf"{_LOGIN}"
    r"(?:[ \t]*[/,][ \t]*|[ \t]+(?:with|and|und|mit|et|avec|y|con|e|com|en|met|i|и|a|s|с)[ \t]+)"
    rf"(?:(?:{_ARTICLE}|{_PASSWORD_WORD})[ \t]+){{0,3}}"
    rf"{_VALUE}"
    rf"(?=.{{0,{PURPOSE_REACH}}}?(?:to|pour|zum|para|per|om|aby|для|k|ile)[ \t]+"
    r"(?:[^\s]+[ \t]+){0,3}?"
    r"(?:sign[ \t-]?in|log[ \t-]?(?:in|on)|anmelden|Anmelden|connecter|iniciar[ \t]+sesi[óo]n"
    r"|accedere|entrar|inloggen|in[ \t]+te[ \t]+loggen|zalogować|входа|přihlášení|giriş))")
"""`use` a login `with` (or `and`) the value, then what it is for: to sign in (`Use admin with
Summer2024! to sign in`, `Usa admin con Verano2024! para iniciar sesión`): gap61. The login is
written as logins are: lower case, in code or emphasis, or with `.`, `@` or `_` (`Use Chrome and
Firefox110 to sign in` names browsers)."""
_JOINED_TR = _folded(rf"(?i){_LOGIN}[ \t]+ve[ \t]+{_VALUE}[ \t]+ile[ \t]+giriş")
"""Turkish puts the login and the value first (`admin ve Yaz2024! ile giriş yapın`)."""
_USER_WORD = (r"user(?:name)?|login|uživatel|užívateľ|usuario|utilisateur|benutzer(?:name)?"
              r"|utente|usuário|gebruiker(?:snaam)?|użytkownik|пользователь|логин"
              r"|kullanıcı(?:[ \t]+adı)?|felhasználó(?:név)?|användare|bruger|brukernavn|käyttäjä")
_USER_THEN_PASSWORD = _folded(
    rf"(?i)(?<![\w-])(?:{_USER_WORD})[ \t]*:?[ \t]+{_LOGIN}[ \t]*[,;][ \t]*"
    rf"(?:{_PASSWORD_WORD}|jelsz[óa]|adgangskode|passord|salasana|lösenord)[ \t]*:?[ \t]+{_VALUE}")
"""A user word and the login, a comma, a password word and the value, in any of the gate's
languages (`Uživatel admin, heslo Leto2024!`, `Пользователь admin, пароль Leto2024!`): gap61."""
_LOGIN_WORDS = _folded(
    r"(?i)(?<![a-z])(?:log[ \t-]?(?:in|on)|sign[ \t-]?(?:in|on)|anmeld|zugangsdaten|connexion"
    r"|identifiants?|accesso|credenzial|acceso|credencial|inicio de sesi[óo]n|inloggen|logowan"
    r"|zaloguj|вход|войд|учетн|giriş|password|passwort|kennwort|wachtwoord|contrase[ñn]a|senha"
    r"|mot de passe|l[öo]senord|salasana|has[łl]o|парол|şifre|heslo|jelszó)"
    r"|ログイン|登录|登入|登陆|登錄|로그인|계정|密码|密碼|パスワード|비밀번호|암호")
"""Words that name a login or a password, in any script (the pair's line must hold one)."""
_PAIR = re.compile(
    r"(?<![\w/.@\\(\[-])(?<![A-Za-z0-9_]:)(?:\*\*|__|[`\"'“‘])?"
    r"(?P<login>[a-z][a-z0-9._-]{1,31})[ \t]*/[ \t]*"
    rf"{_VALUE}")
"""A lower-case login, `/` and a value (not a path's part: nothing glued before the login, nor
a scheme's or a host's colon; a label's `登录信息：` is read)."""

_COMPOUND = _folded(
    r"(?i)(?<![\w])(?:[a-zäöüß]{2,24}-?)?(?:passwort|kennwort|wachtwoord|lösenord|losenord|salasana)"
    r"(?![a-z])"
    r"(?:[ \t]+(?!(?:und|oder|aber|wenn|weil|and|or|but|if|en|och|ja)[ \t])[\w@.'’()-]+){0,8}?"
    r"(?:[ \t]*:|[ \t]+(?:ist|lautet|hei[ßs]t|war|is|was|är|var|on|oli|è|é|est|es|era)"
    r"(?:[ \t]*:)?)"
    rf"[ \t]+{_VALUE}")
"""A password word compounded, up to eight words, `:` or a copula, the value."""

_SCRIPT_WORD = (r"كلمة[ \t]+(?:المرور|السر|مرور)|رمز[ \t]+(?:عبور|المرور)|گذرواژه|סיסמ[הא]"
                r"|κωδικ[όο]ς(?:[ \t]+πρόσβασης)?|συνθηματικό|पासवर्ड|รหัสผ่าน|পাসওয়ার্ড"
                r"|գաղտնաբառ|პაროლი|የይለፍ[ \t]+ቃል|پاس[ \t]?ورڈ")
_SCRIPT = _folded(
    rf"(?:{_SCRIPT_WORD})(?:[ \t]+[^\sA-Za-z0-9`\"'<>|]+){{0,4}}?[ \t]*[:：]?[ \t]*"
    r"""(?:\*\*|__|[`"'“‘])?(?P<value>[A-Za-z0-9][!-~]{3,127})""")
"""A password word of a script without Latin letters, up to four words of it, the value (the
first word of ASCII after them)."""

_NEEDS = _folded(r"(?i)as[ \t]|als[ \t]|como|comme|tant|come[ \t]|jako|как|под|/|passwort"
                 r"|with[ \t]|using|use[ \t]|mit[ \t]|con[ \t]|avec|com[ \t]|met[ \t]|med[ \t]"
                 r"|[ \t]z[ \t]|pomocą|[ \t][сs][ \t]|utilise|verwenden|nutzen|usa|gebruik|użyj"
                 r"|используйте|použijte|[ \t]ve[ \t]|" + _USER_WORD
                 + r"|kennwort|wachtwoord|l[öo]senord|salasana|" + _SCRIPT_WORD)

_ASCII_NEEDS = ascii_words(_NEEDS)
_NEEDS_IN_ASCII = Words(_ASCII_NEEDS) if _ASCII_NEEDS is not None else None
"""_NEEDS of an ASCII text, lower-cased, as words (kbgen.core.ascii_needs: the same answer
without trying fifty case-blind alternatives at every character)."""

_SHAPES = (_AS_LOGIN, _WITH_LOGIN, _USE_LOGIN, _JOINED_TR, _USER_THEN_PASSWORD, _COMPOUND,
           _SCRIPT)
_ASCII_SHAPES = tuple(shape for shape in _SHAPES if may_match_ascii(shape))
"""The shapes an ASCII line may hold (not the Turkish `… ile giriş`, nor a password word of
another script: kbgen.core.ascii_needs), in the same order."""


def needs(text: str, folded: str) -> bool:
    """A text one of the shapes may stand in."""
    if _NEEDS_IN_ASCII is not None:
        if _NEEDS_IN_ASCII(text.lower()):  # any text (kbgen.core.ascii_needs)
            return True
        if text.isascii():
            return False
    return bool(_NEEDS.search(text.translate(CONFUSABLES)))


def phrases(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value the line gives in one of the shapes, judged as `password: value`."""
    starts: set[int] = set()
    folded = line.translate(CONFUSABLES)
    for pattern in _ASCII_SHAPES if line.isascii() else _SHAPES:
        for match in pattern.finditer(folded):
            starts.add(match.start("value"))
            yield from _judged(line, match, judge)
    if "/" in line and _LOGIN_WORDS.search(folded):
        for match in _PAIR.finditer(line):
            if match.start("value") not in starts and not _path(line, match) \
                    and not _factory_default(line, match.group("value")):
                yield from _judged(line, match, judge)


def _path(line: str, match: re.Match[str]) -> bool:
    """The pair is a path's, a file's or a setting's (`a/b/c`, `img/upload1.png`,
    `prometheus.io/port=5000`)."""
    value = match.group("value")
    return (line[match.end("value"):match.end("value") + 1] == "/"
            or match.group("login") in _PATH_ROOTS or bool(_NOT_A_PAIR.search(value)))


_NOT_A_PAIR = re.compile(r"[/=:]|\.[a-z]{2,4}(?![a-z])", re.ASCII)
"""A value that is a path's rest, a setting, a file or an image's tag (`upload1.png`,
`port=5000`, `acme/app:1.2`)."""
_PATH_ROOTS = frozenset({"dev", "etc", "usr", "var", "tmp", "opt", "home", "mnt", "proc", "sys",
                         "bin", "lib", "srv", "run", "media"})
"""A Unix path written without its first `/` (`dev/ttyACM0`, `etc/hosts2`)."""


def _factory_default(line: str, value: str) -> bool:
    """A vendor's factory password in a line that calls it the default (`Standard-Passwort …
    lauten admin/test1234`): kbgen.core.privacy.default_logins' to judge, as on main."""
    return bool(default_logins.SHAPE.fullmatch(value.rstrip(".,;:!?)"))
                and default_logins.DEFAULT.search(line))


_LETTER_AND_DIGIT = re.compile(r"(?=.*\d)(?=.*[^\W\d_])")
_VERSION = re.compile(r"v?\d+(?:\.\d+)+(?:[-+.]\w+)*", re.ASCII)


def _judged(line: str, match: re.Match[str], judge: Judge) -> Iterator[_Hit]:
    """The hits of the match's value (as `line` writes it) judged as `password: value`, when it
    holds a letter and a digit and is no version (`password: forgot`, a word, is a password to
    the judges: here, with no password word before it, only a password's shape is one)."""
    raw = line[match.start("value"):match.end("value")]
    value = raw if _ends_symbolic(raw) else raw.rstrip(".,;:!?)")
    if _LETTER_AND_DIGIT.match(value) and not _VERSION.fullmatch(value):
        yield from judged_as_key("password", value, match.start("value"), judge, value_only=True)

