"""Plain passwords: `password: value` lines, prose, command flags, password-first lines, table
columns and definition lists."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kbgen.core import published_passwords
from kbgen.core.command_passwords import continued_passwords, netrc_passwords, passwords_given
from kbgen.core.normalize import rendered_line
from kbgen.core.password_first import passwords_before_word
from kbgen.core.placeholder_words import placeholder_by_word, word_like
from kbgen.core.privacy.clear_examples import _clearly_example, _flag_reference
from kbgen.core.privacy.context import _Context, _famous_or_hit, _fold, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.name_affixes import SUFFIXES
from kbgen.core.privacy.required_variables import required_message
from kbgen.core.privacy.values import (
    _NOT_PASSWORDS,
    _PLACEHOLDER_WORDS,
    _SECRET_REFERENCE,
    _VALUE_QUOTES,
    MIN_PASSWORD_LENGTH,
    _looks_like_key,
    _looks_like_password,
)
from kbgen.core.word_needs import Words

_FLAG_VALUE = re.compile(
    r"(?<![\w-])(?P<flag>--secret|--build-arg|--env|-e)(?:=|[ \t]+)"
    r"""(?P<name>[A-Za-z_][A-Za-z0-9_]{0,100})=(?P<value>"[^"\n]{0,200}"|'[^'\n]{0,200}'"""
    r"""|[^\s"'`]{1,200})""")
"""A flag's variable and its value; a backtick ends an unquoted value (the code span's end in
`-e key=value`, a command substitution's start in a shell)."""

_SECRET_NAME = re.compile(
    r"(?i)pass|pwd|pw(?![a-z])|secret|key|token|auth(?:ori[sz]ation)?(?![a-z])|cred")
"""A variable's name that says it holds a secret (`DB_PASSWORD`, `API_KEY`, `PW`, `BASIC_AUTH`,
`AUTHORIZATION`); `auth` inside a longer word is no such word (`X_AUTHELIA_CONFIG_FILTERS`,
`AUTHOR`: issue 19, fp37)."""


def _flag_values(line: str, context: _Context) -> Iterator[_Hit]:
    """A password or key written as the value given to a command's flag: any `--secret
    NAME=…` (`docker build`, `fly secrets`), and `--build-arg`, `--env` or `-e` when the
    variable's name says it is a secret (`docker run -e API_KEY=…`); quoted or not. A
    variable, a command the shell runs, a build secret's file and a placeholder are not."""
    for match in _FLAG_VALUE.finditer(line):
        if match.group("flag") != "--secret" and not _SECRET_NAME.search(match.group("name")):
            continue
        raw = match.group("value")
        if _flag_reference(f"{match.group('name')}={raw}"):
            continue  # `--secret PW="$(pass show db)"`, `--secret id=db,src=pw.txt`
        value = raw[1:-1] if raw[:1] in "\"'" else raw.rstrip("]):;,.")
        # unquoted, the synopsis' closing bracket or the sentence's mark is no part of it
        # (`[-e|--env KEY=VALUE]`: Dokku, fp44)
        if "$" in value and raw[:1] != "'":
            continue  # `"$PW"`, `"${PW}"`: the shell puts the value in
        if _looks_like_password(value, True):
            start = match.start("value") + (raw != value)
            yield _famous_or_hit(line, start, value)

_REFERENCE_VALUE = re.compile(r"^!(?:secret|env_var|ENV|vault|include)[ \t]+([^\s#]+)")

_STORE_NAME = re.compile(r"[a-z_][a-z0-9_.-]*|[A-Z_][A-Z0-9_]*|[|>]|\S*[/.]\S*")
"""What such a tag takes: a name in the secret store or the environment (`pi_hole_password`,
`DB_PASS`), a file, or a block that follows (`!vault |`)."""


def _referenced_passwords(text: str, offset: int) -> Iterator[_Hit]:
    """The password itself written after a secret tag (`password: !secret Tr0ub4dor3x9`):
    not a name the secret is kept under. `text` starts at `offset` of its line."""
    for match in _REFERENCE_VALUE.finditer(text, 0, 200):
        value = match.group(1).strip("\"'")
        if not _STORE_NAME.fullmatch(value) and _looks_like_password(value, True):
            start = offset + match.start(1) + match.group(1).find(value)
            yield _Hit(start, start + len(value), PASSWORD, _mask_secret(value))

_PASSWORD_WORDS = (
    r"pass(?:word|wd|phrase|code)?|pwd|pw|passwort|kennwort|wachtwoord|contrase[ñn]a|senha"
    r"|mot[ _-]de[ _-]passe|l[öo]senord|salasana|has[łl]o|secret|client[_ -]?secret"
    r"|api[_ -]?key|access[_ -]?key|(?:auth|access|bearer)[_ -]?token"
)

_CREDENTIALS = r"(?:[ _-]?credentials?)?"
"""`Password Credentials: x`, `| Password credentials | x |`: the noun OAuth's grant puts after
the password word still labels a value (rev36: fp34 read the grant's name as no password)."""

_PASSWORD_RE = re.compile(
    rf"(?i)(?<![a-z])(?P<dashes>--?)?(?:(?:{_PASSWORD_WORDS}){_CREDENTIALS}|credentials?)"
    rf"(?P<suffix>{SUFFIXES})(?![a-z])(?:"
    r"""["'`*_]*\s*(?:\([^)\n]{0,40}\)\s*)?(?P<sign>:=|=>|==|[:=|])(?:\*\*|__)?\s*"""
    r"|\s+(?P<verb>is|was)(?:\s*:)?\s+"  # the password is x
    r"|>(?=[^<\s]+</)"  # <password>x</password>
    r"|(?P<flag>\s+)"  # --password x
    r")"
    r"""(?:\*\*|__|["'`])*(?P<value>[^\s"'`<|]+)"""
)
"""A password word (maybe with a suffix naming its copy or form: `_RAW`, `_OLD`, `_1`:
name_affixes), then `:`, `=`, `|` (a table cell), `is`, a closing XML tag or a command-line
flag, then the value (quotes, backticks and bold around it are skipped)."""


def _passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """Values after a password word that look like a password: 6+ characters with a digit or a
    symbol, or mixed case (or any word written as `password=value`); never placeholders such
    as `<your password>`, `********` or `${PASSWORD}`, nor prose such as `password: open
    Settings`."""
    for match in _PASSWORD_RE.finditer(line):
        if match.group("flag") is not None and not match.group("dashes"):
            continue  # `password hunter2x` is prose; `--password hunter2x` is a command
        if _empty_assignment(line, match):
            continue  # `-e DB_PASSWORD= acme/app` (a tag `<password>` not shown): no value
        if match.group("sign") == ":" and required_message(line, match.start("sign")):
            continue  # `${REDIS_PASSWORD:?Variable is not set}`: an error message (fp68)
        raw = match.group("value")
        value = _VALUE_QUOTES.sub("", raw.rstrip(".,;:)!?") if not _ends_symbolic(raw)
                                  else raw)
        assigned = (match.group("sign") == "=" and match.end("sign") == match.start("value")
                    and not line[match.start("sign") - 1].isspace())
        if match.group("suffix") and _looks_like_key(value):
            continue  # `JWT_SECRET_B64: WGs5…`: a random key, the token rules' (by its entropy)
        if _looks_like_password(value, assigned):
            start = match.start("value") + raw.find(value)
            yield _famous_or_hit(line, start, value)
        elif _SECRET_REFERENCE.fullmatch(value):
            yield from _referenced_passwords(line[match.start("value"):], match.start("value"))


_PROSE_PASSWORD_RE = re.compile(
    rf"(?i)(?<![a-z])(?:{_PASSWORD_WORDS})(?![a-z])"
    r"(?:"
    r"(?:'s|’s|[ \t]+(?:[\w@.-]+[ \t]+){0,5}?"  # `password's`, `password for the portal is`
    r"(?P<verb>is|was|are|were|remains|stays|being|equals|reads|est|ist|war|es|era|är|on|jest"
    r"|é|e))"
    r"(?:[ \t]+(?:now|still|currently|just|simply|always|literally|actually"
    r"|(?:set|changed|reset|updated)[ \t]+to))*"
    r"|[ \t]*(?:[—–?]|[ \t]-)"  # `password — hunter2x!`, `password? hunter2x!`
    r")"
    r"""(?:[ \t]*:)?[ \t]+(?:\*\*|__|["'`“‘])*(?P<value>[^\s"'`<|”’]+)"""
)
"""A password word, then prose that gives its value: a few words and a verb (`my password
for the portal is now`, `das Passwort ist`), `'s`, a dash or a question mark."""


_PROSE_PASSWORD_FAR_RE = re.compile(
    rf"(?i)(?<![a-z])(?:{_PASSWORD_WORDS})(?![a-z])"
    r"(?:[ \t]+(?!(?:is|was|are|were|est|ist|es|è|é|era|jest|este|är|being|when|if|because"
    r"|since|while|whereas|although|though|unless|and|or|but|so|then|than|as)[ \t])"
    r"[\w@./'’()-]+){1,12}?"
    r"[ \t]+(?P<verb>is|was|are|were|remains|stays|equals|reads|became|becomes|est|ist|es|è|é"
    r"|era|jest|este|är|to(?=[ \t]+\S*\d))"
    r"(?:[ \t]+(?:now|still|currently|just|simply|always|literally|actually"
    r"|(?:set|changed|reset|updated)[ \t]+to))*"
    r"""(?:[ \t]*:)?[ \t]+(?:\*\*|__|["'`“‘])*(?P<value>[^\s"'`<|”’]+)"""
)
"""A password word, what places it (a possessive, a preposition and its object, a relative
clause: `the admin password on the clinic's server is …`, `die Standard-Zugangsdaten … für
den Server der Praxis Dr. Weber ist …`), then a copula and the value: _PROSE_PASSWORD_RE reads
`on` or `e` as a verb and a possessive's `'s` or a sixth word ended its words, so these were
published (gap59). The first copula after the word is the verb (Polish `to` only before a value
with a digit: English `shipped to you` is no verb); no conjunction stands between (`the client
secret being incorrect when they are correct` is two clauses), and only a value with a digit and
no `/` is read so (_prose_passwords: `… è admin/test1234`, a login's pair as a page renders it,
is the pair readers' and the factory-login rule's)."""


_NOUNS = (r"(?:keys?|files?|hash(?:es)?|managers?|polic(?:y|ies)|length|fields?|prompts?|rules?"
          r"|requirements?|hints?|names?|links?|generators?|strength|expiry)")

_OTHER_SUBJECT = re.compile(rf"(?i)[ \t]{_NOUNS}[ \t]+$")
"""A noun right before the verb: the sentence gives that thing's value (`the password of the
secret key is: key.pem`, `the password manager is 1Password`), not the password's (`the
password for the files share is ...`)."""

_NOUN_FIRST = re.compile(rf"(?i)[ \t]+{_NOUNS}(?![a-z])")


def _other_subject(line: str, match: re.Match[str]) -> bool:
    """The sentence gives the value of a thing a noun names: right after the password word
    (`the password manager we use is …`) or right before the verb (`the password of the
    secret key is …`)."""
    if match.group("verb") is None:
        return False
    word = _PASSWORD_HEADER.match(line, match.start())
    return bool(_OTHER_SUBJECT.search(line[match.start():match.start("verb")])
                or word and _NOUN_FIRST.match(line, word.end()))


_SLUG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}")
"""Lower-case words joined by hyphens: a name in prose (`estivadores-secreto2-pull`)."""


def _prose_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A password given in a sentence (`my password's hunter2x!`, `the password I set is
    Hunter2x!`): a value with a letter and a digit, or a symbol, as passwords have."""
    found: set[int] = set()
    for match in (*_PROSE_PASSWORD_RE.finditer(line), *_PROSE_PASSWORD_FAR_RE.finditer(line)):
        if match.start("value") in found:
            continue
        found.add(match.start("value"))
        raw = match.group("value")
        value = _VALUE_QUOTES.sub("", raw.rstrip(".,;:)!?") if not _ends_symbolic(raw)
                                  else raw)
        if _other_subject(line, match) or _SLUG.fullmatch(value) or (
                match.re is _PROSE_PASSWORD_FAR_RE
                and (not any(map(str.isdigit, value)) or "/" in value)):
            continue  # `the password of the key is ...`; `the pull secret used was my-name-2`
        if _looks_like_password(value, False) and not value.isdigit():
            start = match.start("value") + raw.find(value)
            yield _Hit(start, start + len(value), PASSWORD, _mask_secret(value))


_ARGUMENT = re.compile(r"-|[^\s=/:]*[=/:]")
"""A word shaped like a command's next argument: a flag, an assignment, an image, a path."""


def _empty_assignment(line: str, match: re.Match[str]) -> bool:
    """`NAME= next`: `=` right after the name, then a space, then a word shaped like another
    argument (`acme/app`, `dbname=app`, `-d`): a shell or a DSN sets the name to nothing, and
    that word is not its value. What the reader sees when a placeholder is not shown (a tag,
    `DB_PASSWORD=<password> acme/app`; emphasis marks, `password=*** dbname=app`)."""
    sign = match.group("sign")
    return (sign == "=" and not line[match.start("sign") - 1].isspace()
            and line[match.end("sign"):match.end("sign") + 1].isspace()
            and _ARGUMENT.match(match.group("value")) is not None)


def _command_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A password given to a command in the shape its tool takes it (kbgen.core
    .command_passwords: `mysql -pX`, `sshpass -p X`, `curl -u user:X`, `PGPASSWORD=X psql`):
    the command says it is one, so a word of letters (`Sunshine`) is one too."""
    for start, end in passwords_given(line):
        value = line[start:end]
        if _command_value_password(value):
            yield _Hit(start, end, PASSWORD, _mask_secret(value))


def _continued_command_passwords(lines: list[str]) -> Iterator[tuple[int, _Hit]]:
    """_command_passwords of a command continued over lines (`mysql -u root \\`, `  -pX`) and
    of a `.netrc` written over lines."""
    for index, start, end in itertools.chain(continued_passwords(lines), netrc_passwords(lines)):
        value = lines[index][start:end]
        if _command_value_password(value):
            hit = _clearly_example(lines[index], _Hit(start, end, PASSWORD, _mask_secret(value)))
            if not hit.allowed:
                yield index, hit


def _passwords_first(line: str, context: _Context) -> Iterator[_Hit]:
    """A password written before the word naming it (kbgen.core.password_first: `Kq91x7Zr is
    the admin password`): as in prose, a value with a letter and a digit, or a symbol."""
    for start, end in passwords_before_word(line):
        value = line[start:end]
        if _looks_like_password(value, False) and _mixed_password(value):
            yield _Hit(start, end, PASSWORD, _mask_secret(value))


def _mixed_password(value: str) -> bool:
    """Letters with digits or symbols (`Kq91x7Zr`, `hunter2!`), not a version or a standard's
    name (`802.1X`, `v2.0`, `WPA2`): a lower-case letter beside a digit or a symbol."""
    return (any(ch.islower() for ch in value) and any(ch.isdigit() for ch in value)
            or any(not ch.isalnum() and ch not in "-_." for ch in value))


_JOINED_WORDS = re.compile(r"[A-Za-z]+(?:[-_][A-Za-z]+)*")
"""Letters, maybe words joined by `-` or `_` (`Sunshine`, `changeme_Kqzx`)."""


def _command_value_password(value: str) -> bool:
    """What a command's password slot holds is one unless it is a placeholder or a variable's
    name (`DB_PASSWORD`): letters alone count (kbgen.core.examples then accepts the ones that
    spell a placeholder, `my_robot_password`)."""
    if _looks_like_password(value, True):
        return True
    if not value.isalpha() and all(word_like(part) for part in _CAMEL_PART.findall(value)
                                   if len(part) > 2):
        return False  # `postgres_password`, `super_secret_pw`: words joined, a template's
    return (MIN_PASSWORD_LENGTH <= len(value) <= 128 and bool(_JOINED_WORDS.fullmatch(value))
            and not value.isupper() and value.lower() not in _NOT_PASSWORDS
            and len(set(value.lower())) > 2
            and not placeholder_by_word(value, _PLACEHOLDER_WORDS))


_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _ends_symbolic(value: str) -> bool:
    """`Summer2024!`: a password may end with `!` or `?` after a letter or digit mixed in, or
    after xkcd 936's phrase (`correcthorsebatterystaple!`: the example with a symbol glued)."""
    core = value.rstrip(".,;:)!?")
    return (bool(core) and bool(re.search(r"\d", core) or published_passwords.holds_phrase(core))
            and value[len(core):] in ("!", "?", "!!"))


_TABLE_DELIMITER = re.compile(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")
"""A table's delimiter row (no two `\\s*` side by side: a line of spaces was quadratic)."""

_PASSWORD_HEADER = re.compile(rf"(?i)(?<![a-z])(?:{_PASSWORD_WORDS})(?![a-z])")


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _password_columns(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Cells under a `Password` column heading of a Markdown table (words joined into one
    string too: joined_words)."""
    from kbgen.core.privacy.joined_words import joined_password  # here: it imports this module

    for index in range(len(lines) - 1):
        if "|" not in lines[index] or not _TABLE_DELIMITER.match(lines[index + 1]):
            continue
        columns = [number for number, cell in enumerate(_cells(lines[index]))
                   if _PASSWORD_HEADER.search(cell)]
        if not columns or not _password_hint(_fold(lines[index])):
            continue
        row = index + 2
        while row < len(lines) and "|" in lines[row]:
            cells = _cells(lines[row])
            for number in columns:
                value = _VALUE_QUOTES.sub("", cells[number]) if number < len(cells) else ""
                if " " not in value and (_looks_like_password(value, False)
                                         or joined_password(value)):
                    start = lines[row].find(value)
                    yield row, _Hit(start, start + len(value), PASSWORD, _mask_secret(value))
            row += 1


_DEFINITION = re.compile(
    r"^ {0,3}:[ \t]++(?=\S++\s*+$)(?:\*\*|__|[\"'`])*"
    r"(?P<value>\S(?:\S*[^\s*_\"'`])?"
    r"(?:[*_\"'`]*(?:(?<!\*)\*(?=(?:\*\*)*+(?!\*))|(?<!_)_(?=(?:__)*+(?!_)))"
    r"|\*(?=(?:\*\*)*+(?!\*))|_(?=(?:__)*+(?!_)))?)"
    r"(?:\*\*|__|[\"'`])*+\s*+$")
"""A definition (`:   value`) that is one token, as a password is (prose is not). The value
is what a lazy `\\S+?` before the closing marks gave (the shortest), found in one pass:
through its last character that is no mark, then through the first `*` or `_` of the last run
of odd length (the rest pairs up as `**`/`__`). The look-ahead refuses a line of two tokens at
once. (The lazy value tried the closing marks at every character, for every split of the
opening ones: cubic on `*` runs, issue 19, redos55.)"""


def _password_definitions(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A definition list whose term names a password (`Admin password (staging)`, then
    `:   Hunter2Secret!x`): every one-token definition of that term (words joined into one
    string too: joined_words)."""
    from kbgen.core.privacy.joined_words import joined_password  # here: it imports this module

    for index in range(len(lines) - 1):
        row = index + 1
        if not lines[row].strip() and row + 1 < len(lines):
            row += 1  # a blank line may stand between the term and its definitions
        if not lines[row].lstrip().startswith(":"):
            continue  # no definition follows (asked first: it is the cheaper question)
        if lines[index].lstrip().startswith(":") or not _PASSWORD_HEADER.search(
                rendered_line(lines[index])):
            continue
        while row < len(lines) and lines[row].lstrip().startswith(":"):
            match = _DEFINITION.match(lines[row])
            if match and (_looks_like_password(match.group("value"), False)
                          or joined_password(match.group("value"))):
                value = match.group("value")
                yield row, _Hit(match.start("value"), match.end("value"), PASSWORD,
                                _mask_secret(value))
            row += 1

_PASSWORD_HINTS = ("pass", "pw", "wort", "wachtwoord", "contrase", "senha", "lösenord",
                   "losenord", "salasana", "hasło", "haslo", "secret", "key", "token")
"""What every word of _PASSWORD_WORDS contains, folded: one of these in a text (a search for
each word is much faster than one regular expression of them all)."""


_HINTED = Words(_PASSWORD_HINTS)
"""_PASSWORD_HINTS, asked quickly (word_needs)."""


def _password_hint(folded: str) -> bool:
    """Whether a folded text holds one of _PASSWORD_HINTS."""
    return _HINTED(folded)
