"""A secret's real value in a comment beside its placeholder (issue 19, branch leak37).

`password: changeme  # real: hunter2024`, `DB_PASSWORD=<password>  // prod: Tr0ub4dor3Xq` or a
comment line under the key (`# the real one is sunflower`): the key's value is a placeholder,
and the comment a reader copies with it gives the real one. A copied file (`.yml`, `.toml`,
`.env`, `.json`, `.txt`...) or a code block publishes its comments as they are (YAML front
matter and `_data/` files do not: their comments are never published, so never read). The
comment's value is judged as the key's would be (`password: <value>`): placeholders, defaults
and describing words stay accepted."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.privacy.context import _Hit, judged_as_key
from kbgen.core.privacy.world_passwords import WORDS as WORLD_WORDS
from kbgen.core.word_forms import read_forms
from kbgen.core.word_needs import Words

_LABEL = (r"(?:real|actual(?:ly)?|really|prod(?:uction)?|live|current(?:ly)?|correct|true|old|"
          r"previous(?:ly)?|formerly|originally|new|staging|dev|test|ours?|my|was|is|"
          r"(?:in|on|for)[ \t]+prod(?:uction)?|"
          r"the\s+real(?:\s+one)?|the\s+actual(?:\s+one)?)")
_WHERE = (r"(?:from|in|via|out[ \t]+of|stored[ \t]+in|kept[ \t]+in)[ \t]+(?:the[ \t]+)?"
          r"[\w.-]{1,32}[ \t]*[:,=]?(?=[ \t]+\S)")
"""Where the value was taken from, before it (`# prod: from vault hunter2024`: leak39)."""
_COMMENT = re.compile(
    r"(?i)(?:#|//|;|--|<!--|/\*)[ \t]*(?:" + _LABEL
    + r"(?:[ \t]+(?:one|value|password|pass|pw|pwd|secret|token|key|pin))?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"[ \t]*(?:[:=]|\bis\b|\bwas\b)(?P<where>[ \t]*" + _WHERE + r")?|(?P<use>use)\b"
    r"|(?:e\.g\.|eg\b|i\.e\.|for[ \t]+example|example|sample)[ \t]*[:,=]?)"
    r"[ \t]*(?P<open>[\"'`])?"
    r"(?P<value>[^\s\"'`]{3,128})(?(open)[\"'`]|)[.,;]?[ \t]*"
    r"(?(use)(?:(?:in|on|for)[ \t]+(?:prod(?:uction)?|live)[ \t]*)?|)(?:-->|\*/)?[ \t]*"
    r"(?:$|[|\"'<`])")
"""A comment opening with a label that says the value after it is the real one (maybe with
where it came from: `# prod: from vault hunter2024`) or an example of it (`# e.g. S3cr3t!x`,
leak39), the value ending it, its line, cell, attribute or code span (`# prod: from vault` is
prose); after `use`, a value with a digit or a symbol (`# use vault` is an instruction)."""

_OTHER_WORDS = sorted({form for word in (*WORLD_WORDS, "contraseña", "senha", "mot de passe",
                                          "hasło", "kennwort", "lösenord", "salasana")
                        for form in read_forms(word)}, key=len, reverse=True)
"""Password words of other languages as the gate reads them in any case (`пароль` is read
`пapoлb`, `ПАРОЛЬ` `пapoль`: rev37 found the Russian, Japanese and Polish keys unread)."""

_SECRET_KEY = re.compile(
    folded_pattern(r"(?i)(?P<word>pass(?:word|wd)?|pwd|pw|secret|token|api[_-]?key|pin|"
    + "|".join(re.escape(word) for word in _OTHER_WORDS)
    + r")[\w.-]*[\"']?[ \t]*[:=]"))
"""A key (or label) naming a secret, given a value: the line (or the one above) a comment's
value belongs to."""

_OWN_JUDGE = ("pin", "secret", "token", "api")
"""Key words a comment's value is judged under as they are; any other is a password's."""

ABOVE = 3
"""Lines above a comment line its key may be on (`password: changeme` / `# real: …`)."""


def _key_word(line: str, end: int | None = None) -> str | None:
    """The last secret's key `line` names (before `end`), as `password` or `pin`."""
    found = list(_SECRET_KEY.finditer(line, 0, len(line) if end is None else end))
    if not found:
        return None
    word = found[-1].group("word").lower()
    return word if word.startswith(_OWN_JUDGE) else "password"


def in_comments(line: str, key: str | None,
                judge: Callable[[str], list[_Hit]]) -> Iterator[_Hit]:
    """Hits of each labelled comment value of `line` as `judge` finds them given to the key
    (`<key>: <value>`), placed in `line`: the key before the comment, or `key` (one on a line
    above)."""
    if not any(mark in line for mark in _MARKS) or (
            key is None and (not names_key(line) or _SECRET_KEY.search(line) is None)):
        return
    for match in _COMMENT.finditer(line):
        if match.start() and not line[match.start() - 1].isspace():
            continue  # a comment's mark follows a blank or opens the line
        word = _key_word(line, match.start()) or key
        if word is None:
            continue
        value = match.group("value").rstrip(".,;)")
        if match.group("use") and value.isalpha() or match.group("where") and "/" in value:
            continue  # `# use vault`; `# prod: from vault secret/data/db` (a path to it)
        yield from judged_as_key(word, value, match.start("value"), judge)


_WORDS = ("pass", "pwd", "pw", "secret", "token", "key", "pin", "парол", "パスワード", "密码",
          "contrase", "senha", "wachtwoord", *_OTHER_WORDS)
"""What every secret's key word holds, in lower case (a cheap search before _SECRET_KEY)."""
_NEEDED = Words(_WORDS)
"""_WORDS asked quickly (word_needs, build46)."""


def names_key(text: str) -> bool:
    """`text` may name a secret's key (or a column of them): a superset, by substrings."""
    folded = text.lower()
    return _NEEDED(folded)


_MARKS = ("#", "//", ";", "--", "/*")
"""What every comment holds (`<!--` holds `--`)."""


def needs(text: str) -> bool:
    """A text may hold a comment's mark beside a secret's key (a cheap superset)."""
    return any(mark in text for mark in _MARKS) and ("=" in text or ":" in text) and names_key(
        text)


_OWN_LINE = ("#", "//", ";", "--", "<!--", "/*")
"""What a comment on a line of its own starts with."""


def below_keys(lines: list[str], judge: Callable[[str], list[_Hit]]
               ) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of labelled comment values on a line of its own under a line naming
    a secret's key (`password: changeme` / `# real: hunter2024`)."""
    for index in range(1, len(lines)):
        line = lines[index]
        if not line.lstrip().startswith(_OWN_LINE) or (
                names_key(line) and _SECRET_KEY.search(line)):
            continue
        above = [line for line in lines[max(0, index - ABOVE):index][::-1] if names_key(line)]
        key = next(filter(None, map(_key_word, above)), None)
        if key is not None:
            yield from ((index, hit) for hit in in_comments(line, key, judge))

