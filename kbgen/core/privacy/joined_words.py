"""A password made of words joined into one string, given to a secret's key (issue 19,
hostile52): `MYSQL_ROOT_PASSWORD=JaneDatabasePassword`, `"password": "SunflowerGarden"`,
`<password>Sunflower</password>`, `db_password: Jane-Database-Password`.

The password rules (passwords.py) take letters alone only in lower case after `=`
(`sunflower`): capitals or joiners (`MySecretPassword`, `my-secret-password`) read as an
identifier there, so such a value was never found, whatever the text said around it. Here the
key's shape says a value is given, and the value's shape says whether it is a password:
words joined with capitals, `-` or `_` into a string no dictionary holds, or one capitalised
word where a literal is given. A name the value reads as stays: a variable's (`DB_PASSWORD`,
`self.password`), a type's or a call's in code (`SecretStr = Field()`), a PowerShell cmdlet
(`Read-Host`) and a secret object's name in lower case (`grafana-oauth-secret`: Kubernetes'
names are lower case). What is left is judged as every password is (kbgen.core.examples via
`_clearly_example`): a value that spells out being one (`MySecretPassword`) passes unless its
line or its block places it in a real case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.examples import QUALIFIERS, SELF_WORDS, spelt_placeholder
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.passwords import _PASSWORD_WORDS
from kbgen.core.privacy.translated_yours import translated_stand_in
from kbgen.core.privacy.values import _NOT_PASSWORDS, _PLACEHOLDER_WORDS

_KEY = (rf"[\w.-]*?(?:(?<![A-Za-z])(?i:{_PASSWORD_WORDS})"
        r"|(?<=[a-z])(?:Pass(?:word|wd|phrase)?|Pwd|ApiKey|AccessKey))(?![\w-])")
"""A key ending with a secret's word (`MYSQL_ROOT_PASSWORD`, `db_password`, `clientSecret`,
`adminPassword`); not one where it only qualifies (`token_type`, `PASSWORD_POLICY`), nor
Helm's and Kubernetes' `existingSecret`, `certSecret`, which name a Secret object."""

_VALUE = r"[^\W\d_]+(?:[-_][^\W\d_]+)*"
"""Letters of any alphabet (`Öffnen` as `Offnen`), maybe words joined by `-` or `_` (digits
and symbols are passwords.py's)."""

_WORDS = re.compile(_VALUE)
"""A value of letters and joiners alone (`server.store.encryptionKey` is a setting's name)."""

_GIVEN = re.compile(
    # NAME=Value: an environment variable, a flag's argument, a .env line
    rf"(?<![\w.$-]){_KEY}=(?P<q1>[\"']?)(?P<v1>{_VALUE})(?P=q1)(?=[\s;,&|)`'\"]|\.(?:\s|$)|$)"
    # "password": "Value", password = 'Value', password: "Value": a quoted literal
    rf"|(?<![\w.$-])(?P<kq>[\"']?){_KEY}(?P=kq)[ \t]*(?::|=>?)[ \t]*"
    rf"(?P<q2>[\"'])(?P<v2>{_VALUE})(?P=q2)"
    # <password>Value</password>
    rf"|<(?P<tag>{_KEY})>(?P<v3>{_VALUE})</(?P=tag)>"
    # --db-password Value: a flag naming the secret, then its value
    rf"|(?<![\w-])--?{_KEY}[ \t]+(?P<v5>{_VALUE})(?=[ \t]|$)"
    # <input type="password" value="Value">: a form's password field filled in
    rf"|<input\b(?=[^<>]*\btype=[\"']?password\b)[^<>]*?\bvalue=(?P<q6>[\"'])(?P<v6>{_VALUE})"
    r"(?P=q6)"
    # <add key="DbPassword" value="Value" />: a setting's key and value as attributes
    rf"|\b(?:key|name)=(?P<q7>[\"']){_KEY}(?P=q7)[ \t]+value=(?P<q8>[\"'])(?P<v7>{_VALUE})"
    r"(?P=q8)"
    # | Admin password | Value |: a table's row naming the secret, then its value
    rf"|\|[ \t]*(?:[\w.-]+[ \t]+){{0,3}}{_KEY}[ \t]*\|[ \t]*(?P<v4>{_VALUE})[ \t]*(?=\|)"
)
"""A key naming a secret given a value of letters in a literal's shape: one word only after
`=` (where passwords.py reads `sunflower` too), joined words in any."""

_YAML = re.compile(rf"^[ \t]*(?:-[ \t]+|ENV[ \t]+)?(?=[a-z]|[A-Z0-9]+_[A-Z0-9_]+[: \t=])"
                   rf"(?-i:{_KEY})(?::|[ \t]*=)?[ \t]+(?P<v1>{_VALUE})[ \t]*(?:[#;].*)?$")
"""`db_password: JaneDatabasePassword`, `DB_PASSWORD: …` (Compose's environment map),
`password = …` (INI), `ENV DB_PASSWORD …` (a Dockerfile): a configuration's key alone on its
line with its value, the key starting in lower case or a constant's name (prose labels are
capitalised words: `Password: Leave blank`); joined words only."""

_CHUNKS = re.compile(r"[^\W\d_a-z]?[^\W\d_A-Z]+|[^\W\d_a-z]+(?![^\W\d_A-Z])")
"""Words of a value: a capital and lower-case letters, or capitals (any alphabet)."""

_CMDLET = re.compile(r"(?:Get|Read|New|Set|ConvertTo|ConvertFrom|Import|Export|Invoke)-[A-Z]\w+")
"""A PowerShell cmdlet given to a variable (`$Password = Read-Host`)."""

_TYPE_END = re.compile(r"(?:Type|Field|Input|Str|String|Hash|Ref|Provider|Manager|Store"
                       r"|Policy|Options?|Config|Secret|Credential|Handler|Factory)$")
"""What a type's or class's name ends with in code (`SecretStr`, `PasswordField`)."""


def needs(text: str, folded: str) -> bool:
    """Only a text with `=`, `:`, a tag, a table's cell, a flag or a Dockerfile's `ENV` can
    give a key a value."""
    return any(mark in text for mark in ("=", ":", "</", "|", "-", "ENV"))


def _joined_word_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """Values of words joined into one string given to a secret's key."""
    for match in _GIVEN.finditer(line):
        group = next(name for name in ("v1", "v2", "v3", "v4", "v5", "v6", "v7")
                     if match.group(name))
        if (group == "v1" or _joined(match.group(group))) and _reads_as_password(
                match.group(group), bool(match.group("q1") or group != "v1"), group == "v1"):
            yield _famous_or_hit(line, match.start(group), match.group(group))
    yaml = _YAML.match(line)
    if yaml and _joined(yaml.group("v1")) and _reads_as_password(yaml.group("v1"), False,
                                                                  False):
        yield _famous_or_hit(line, yaml.start("v1"), yaml.group("v1"))


def joined_password(value: str) -> bool:
    """`value` is words joined into a password (`JaneDatabasePassword`), as in a literal."""
    return (_WORDS.fullmatch(value) is not None and _joined(value)
            and _reads_as_password(value, True, False))


def _joined(value: str) -> bool:
    """Two words or more: `JaneDatabase`, `jane-database`."""
    return len(_CHUNKS.findall(value)) > 1


def _reads_as_password(value: str, literal: bool, assigned: bool) -> bool:
    """`value` is a password the passwords rules leave: letters with capitals or joiners, not
    a name of a variable, a type, a cmdlet or a secret object, nor a placeholder's word; in
    no literal, joined words or a capitalised word. `assigned`: given by `NAME=`."""
    lowered = value.lower()
    if not 6 <= len(value) <= 64 or lowered in _NOT_PASSWORDS or value.isupper():
        return False  # `DB_PASSWORD`: a variable's name
    if value.islower() and "-" not in value and "_" not in value:
        return False  # `sunflower`: passwords.py's
    if any(word in lowered for word in _PLACEHOLDER_WORDS) or _CMDLET.fullmatch(value) \
            or translated_stand_in(value):
        return False
    chunks = _CHUNKS.findall(value)
    if not literal and (value[:1].islower() and not value.islower()
                        or _TYPE_END.search(value) and not value.islower() and "-" not in value):
        return False  # `secret: secretName`, `password: SecretStr`: code names a variable, a type
    if not chunks or not (literal or len(chunks) > 1 or value[:1].isupper()):
        return False
    short = [chunk for chunk in chunks if len(chunk) <= 2 and chunk.lower() not in QUALIFIERS]
    if short and spelt_placeholder("".join(chunk for chunk in chunks if chunk not in short)):
        return False  # `WP_dbpassword`: an abbreviation and credential words, a stand-in
    if value.islower() and not spelt_placeholder(value):
        return assigned and not any(chunk in SELF_WORDS for chunk in chunks)
        # `certSecret: redis-client-cert`, `grafana-oauth-secret`, `hashed-secret-here`: a
        # secret object's name or a description; after `NAME=` other words are a password
    return True
