"""A secret set in a configuration dialect that writes its value after a space only (hostile
round 23): `requirepass Qx7pLm2Zr9xx` (Redis), `masterauth "…"`, `admin_password …`
(PgBouncer-like), `password 'hunter2'` (Mosquitto, SSH client snippets), `auth_password …;`
(nginx-like). The rules that read a setting wanted `=` or `:` between name and value, so these
published the value.

Read: a line that is one setting, its name then a space then its value and nothing else
(quoted or not, a `;` may end it), in a code block, a code span or alone in prose; and a
quoted value right after a name (`password 'hunter2xyz'` inside a sentence). Name and value are
judged as `name: value` by the rules that read a key and its value (kbgen.core.privacy.context.
judged_as_key): the name must say it holds a secret, the value must look like one, so
placeholders, variables, templates, file paths and words (`password required`) publish; a
value of letters only is not read unquoted (`Password Requirements` is a heading) nor quoted in
a sentence (`the default credentials are … and password "opnsense"`: a product's own).

A quoted value in a sentence after an article or a possessive and the name of a thing that is
given a name (a token, a secret, a key, a passkey: `Revoke the token "ci-deploy-2024"`, `Create
the secret "db-creds-v2"`, `Benennen Sie den Token "Buchhaltung2024"`) is that thing's name
when it is made of words (rev66): its letters stand in runs of three or more (`ci`, `deploy`,
`2024`; `iPhone15Pro`); a random value there (`the token 'Qx7pLm2Zr9Wt4K'`) and a password's
quoted value after any article (`the password "Tr0ub4dor3x"`: a password has no name) stay
findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.first_chars import led
from kbgen.core.privacy.context import _Hit, judged_as_key

Judge = Callable[[str], list[_Hit]]

_NAME = r"(?P<name>[A-Za-z_][\w.-]{1,60})"
_WHOLE = re.compile(
    r"^(?:[ \t]*>)*[ \t]*(?:[-*+][ \t]+)?(?:<(?:pre|code)>)*`?" + _NAME
    + r"[ \t]+(?P<open>[\"']?)(?P<value>[^\s\"'`;<]{4,200})(?P=open)[ \t]*;?`?"
    r"(?:</(?:pre|code)>)*[ \t]*$")
"""A line that is `name value` (a list's bullet, a quote's `>`, a code span's backticks or
`<pre>`/`<code>` around it)."""
_SPAN = re.compile(r"`" + _NAME + r"[ \t]+(?P<open>[\"']?)(?P<value>[^\s\"'`;]{4,200})"
                   r"(?P=open);?`")
"""A code span that is `name value`."""
_QUOTED = re.compile(r"(?<![\w.-])" + _NAME + r"[ \t]+(?P<open>[\"'])(?P<value>[^\s\"'`]{4,200})"
                     r"(?P=open)")
"""A quoted value right after a name, anywhere on the line."""
_PASSWORD_NAME = re.compile(r"(?i)(?:require|master|auth|admin)_?pass(?:word)?|masterauth"
                            r"|passwd|pwd")
"""A dialect's own name for a password setting (Redis' `requirepass`, `masterauth`), judged
as `password` when its own name says nothing to the judges."""
_PASS_ON = re.compile(r"(?i)(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached)_pass")
"""nginx's directives that pass a request on to an upstream (`fastcgi_pass unix:/run/php.sock;`,
`proxy_pass http://app:8000;`): `pass` is the verb, the value an address."""
_ADDRESS = re.compile(r"^(?:unix:|[a-z][a-z0-9+.-]*://|/)")
"""A value that is a socket, a URL or a path."""
_RELATIVE_PATH = re.compile(r"^(?:[\w-]+/)+[\w.-]+\.[A-Za-z0-9]{1,6}$")
"""A value shaped as a relative path to a file (`analysis-2022/results-03.csv.c4gh`)."""
_ARTICLE = re.compile(
    r"(?i)(?<![\w-])(?:the|a|an|this|that|your|our|its|their|his|her|my|new|den|der|die|das|dem"
    r"|einen?|eine|ihren?|le|la|les|un|une|votre|el|los|las|una|su|het|de|een|uw|il|lo|o|um"
    r"|uma|seu|sua)(?:[ \t]+[\w-]+){0,3}?[ \t]+$")
"""An article or a possessive, up to three words, then the name (`the API token`, `den Token`)."""
_PASSWORD_WORD = re.compile(r"(?i)pass(?!key)|pwd|kennwort|contrase|senha|wachtwoord|haslo"
                            r"|hasło|l[öo]senord|salasana|pin\b|psk|pre-?shared|shared"
                            r"|wi-?fi|wlan|wpa|network|netzwerk|r[ée]seau|red\b")
"""A password's or a network key's name: chosen by people, it has a value, never a name."""
_VALUE_VERB = re.compile(
    r"(?i)\b(?:set|sets|setting|use|uses|using|enter|type|paste|put|change|changed|configure"
    r"|is|was|are|to|with|setze\w*|verwende\w*|gib|geben|eingeben|ist|lautet|mit|saisi\w*"
    r"|utilis\w*|entrez|est|avec|introduc\w*|usa\w*|es|con|voer|gebruik\w*|met|wordt)\b"
    r"|[=:]")
"""A verb before the article that gives the thing its value (`Set the key "…"`)."""
_LETTER_RUN = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-zß-ÿ])")
_VOWEL = re.compile(r"(?i)[aeiouyäöüéèàáóúíå]")
_PARTS = re.compile(r"[-_:./ ]")
_CONSONANTS5 = re.compile(r"(?i)[b-df-hj-np-tv-xzß]{5}")


def _wordlike(run: str) -> bool:
    """A run of letters a word could be: a vowel in every five letters or fewer, no five
    consonants in a row (`nightly`, `Buchhaltung`; not `kqzv`, `xwtrpq`)."""
    vowels = len(_VOWEL.findall(run))
    return vowels * 5 >= len(run) and vowels * 3 <= len(run) * 2 \
        and _CONSONANTS5.search(run) is None


def _made_of_words(value: str) -> bool:
    """Whether a value's letters stand in words, as a name's do and a random value's do not:
    half of them or more in runs of three or more that hold a vowel, one such run of four or
    more, at most two runs of one or two letters, at most one run of digits between separators
    (`ci-deploy-2024`, `db-creds-v2`, `iPhone15Pro`; not `Kq8vTz2mWx9p`)."""
    runs = _LETTER_RUN.findall(value)
    letters = sum(len(run) for run in runs)
    words = [run for run in runs if len(run) >= 3 and _wordlike(run)]
    return (letters > 0 and sum(map(len, words)) >= 0.5 * letters
            and any(len(word) >= 4 for word in words)
            and sum(len(run) < 3 for run in runs) <= 2
            and all(len(re.findall(r"\d+", part)) <= 1 for part in _PARTS.split(value)))


def _a_things_name(line: str, match: re.Match[str]) -> bool:
    """Whether a quoted value in a sentence names the token, secret or key its article
    introduces (`Revoke the token "ci-deploy-2024"`), no verb in the 60 characters before it
    giving a value (`Set the key "Sommer2024Haus"`)."""
    start = match.start("name")
    article = _ARTICLE.search(line, max(0, start - 60), start)
    return (article is not None and not _PASSWORD_WORD.search(line, article.start(), match.end())
            and not _VALUE_VERB.search(line, max(0, article.start() - 60), article.start())
            and _made_of_words(match.group("value")))


_SECRET_WORD = led(re.compile(r"(?i)pass|secret|token|key|auth|cred|pwd|pin"))


def needs(folded: str) -> bool:
    """Whether a folded line may name a secret's setting."""
    return _SECRET_WORD.search(folded) is not None


def _relative_path(value: str) -> bool:
    """Whether a value is a relative path whose parts are words and numbers (a random part,
    `Qx7pLm2/Zr9.txt`, is not a path's)."""
    if not _RELATIVE_PATH.match(value):
        return False
    return all(part.isalpha() or part.isdigit()
               for part in re.split(r"[-_/.]", value.rsplit(".", 1)[0]) if part)


def spaced_settings(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value a setting gives after a space only, judged as `name: value`."""
    seen: set[int] = set()
    for pattern in (_WHOLE, _SPAN, _QUOTED):
        for match in pattern.finditer(line):
            if match.start("value") in seen or not needs(match.group("name")):
                continue
            if (pattern is _QUOTED or not match.group("open")) and match.group(
                    "value").rstrip(".,:!?").isalpha():
                continue  # `Password Requirements`, `and password "opnsense"`: words
            if (_PASS_ON.fullmatch(match.group("name")) or _ADDRESS.match(match.group("value"))
                    or _relative_path(match.group("value"))):
                continue
            if pattern is _QUOTED and _a_things_name(line, match):
                continue  # `Revoke the token "ci-deploy-2024"`: the token's name
            seen.add(match.start("value"))
            hits = list(judged_as_key(match.group("name"), match.group("value"),
                                      match.start("value"), judge, value_only=True))
            if not hits and _PASSWORD_NAME.fullmatch(match.group("name")):
                hits = list(judged_as_key("password", match.group("value"),
                                          match.start("value"), judge, value_only=True))
            yield from hits
