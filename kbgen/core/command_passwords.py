"""Passwords given to a command on its line, in the shapes tools take them (issue 19).

`mysql -pSECRET`, `sshpass -p SECRET`, `curl -u user:SECRET`, `htpasswd -b file user SECRET`,
`openssl … -passout pass:SECRET`, `docker login -p SECRET`, `echo SECRET | … --password-stdin`,
`helm --set db.password=SECRET`, `kubectl … --from-literal=api-key=SECRET` and a secret
variable set before a command (`PGPASSWORD=SECRET psql`). This module only finds where such a
value is written; kbgen.core.privacy judges whether it is a password or a placeholder.

Each command is read from its tool's name to the next `|`, `;`, `&` or the next tool's name:
each character of a line is read by one command at most, so the work grows with the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.word_needs import Words

_TOOL = re.compile(
    r"(?<![\w./-])(?P<tool>mysql(?:dump|admin|import|show|check)?|mariadb(?:-dump|-admin)?"
    r"|sshpass|curl|htpasswd|openssl|login|helm|kubectl|redis-cli|mongosh|mongo(?:dump|restore)?"
    r"|sqlcmd|psexec|paexec|ldap(?:search|modify|add|delete|whoami|passwd|compare|modrdn)"
    r"|xfreerdp|smbclient|(?i:convertto-securestring))"
    r"(?![\w-])")
"""A tool that takes a password on its command line (`login`: `docker login`, `podman login`,
`helm registry login`, `oras login`)."""
_TOOL_WORDS = ("mysql", "mariadb", "sshpass", "curl", "htpasswd", "openssl", "login", "--set",
               "literal", "redis", "mongo", "--password-stdin", "sqlcmd", "psexec",
               "paexec", "ldap", "xfreerdp", "smbclient", "securestring", "machine", "@tcp(",
               "@unix(")
_ENV_WORDS = ("PASS", "PWD", "SECRET", "TOKEN", "AUTH")


_TOOLS_NEEDED = Words(_TOOL_WORDS)
_ENV_NEEDED = Words(_ENV_WORDS)
"""_TOOL_WORDS and _ENV_WORDS, asked quickly (word_needs)."""


def needs(text: str) -> bool:
    """Whether `text` has what passwords_given needs to find anything in one of its lines (a
    tool's name or a secret variable's; substring searches, quicker than one regex)."""
    lowered = text.lower()
    return _TOOLS_NEEDED(lowered) or _ENV_NEEDED(text)


_END = re.compile(r"[|;&\n]")
_WORD = re.compile(r"""(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s"'|;&])+""")
"""A shell word: quoted parts and bare characters joined (`-p"Kq9 x"`)."""
_QUOTES = re.compile(r"""["']""")
_SECRET_KEY = re.compile(r"(?i)pass|pwd|secret|token|api[_-]?key|auth")
"""A key whose value is a secret (`db.password`, `api-key`, `auth.rootPassword`)."""
_PIPED = re.compile(
    r"(?<![\w-])(?:echo|printf(?:[ \t]+(?:'%s[^'\n]{0,4}'|\"%s[^\"\n]{0,4}\"|%s))?)"
    r"(?:[ \t]+-[neE]+)*[ \t]+"
    r"""(?P<value>"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s"'|;&]{1,200})[ \t]*\|"""
    r"[^|;&\n]{0,300}?--password-stdin")
"""`echo SECRET | docker login -u me --password-stdin`: the value the flag was meant to hide
(`printf '%s' SECRET |` too: the format is no value, hostile52)."""
_HERE_STRING = re.compile(
    r"--password-stdin[^|;&\n]{0,300}?<<<[ \t]*"
    r"""(?P<value>"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s"'|;&]{1,200})""")
"""`docker login -u me --password-stdin <<< SECRET`: a here-string gives it the same."""
_ENV_SET = re.compile(
    r"""(?<![\w$.-])(?P<name>[A-Z][A-Z0-9_]{1,60})=(?P<value>"[^"\n]{1,200}"|'[^'\n]{1,200}'"""
    r"""|[^\s"'`|;&]{1,200})(?=[ \t]+[A-Za-z./])""")
"""`PGPASSWORD=SECRET psql …`: a variable set for the command that follows it."""
_ENV_SECRET = re.compile(r"PASS|PWD|SECRET|TOKEN")
_NOT_SECRET_ENV = frozenset({"PWD", "OLDPWD"})
_SECRET_ENV = frozenset({"REDISCLI_AUTH"})
"""Variables a tool reads its password from whose names say so only to those who know it."""


_NETRC = re.compile(
    r"(?<![\w-])(?:machine[ \t]+[^\s]{1,253}|default)[ \t]+login[ \t]+[^\s]{1,200}[ \t]+"
    r"password[ \t]+(?P<value>[^\s`\"']{1,200})")
"""`.netrc` on one line: `machine HOST login USER password SECRET`."""
_GO_DSN = re.compile(r"(?<![\w/:.%-])[\w.-]{1,64}:(?P<value>[^\s@:/\"'`]{1,200})@(?:tcp|unix)\(")
"""Go's MySQL driver's DSN, `user:SECRET@tcp(host:3306)/db`: no scheme, so no URL."""


def passwords_given(line: str) -> Iterator[tuple[int, int]]:
    """Where `line` gives a command a password: (start, end) of each value, quotes left out."""
    if not needs(line):
        return
    yield from _piped(line)
    yield from (match.span("value") for match in _NETRC.finditer(line))
    yield from (match.span("value") for match in _GO_DSN.finditer(line))
    yield from _env_set(line)
    tools = list(_TOOL.finditer(line))
    for number, tool in enumerate(tools):
        limit = tools[number + 1].start() if number + 1 < len(tools) else len(line)
        end = _END.search(line, tool.end(), limit)
        words = list(_WORD.finditer(line, tool.end(), end.start() if end else limit))
        yield from _values(tool.group("tool"), words)


def _piped(line: str) -> Iterator[tuple[int, int]]:
    for match in _PIPED.finditer(line):
        yield _unquoted(match, "value")
    for match in _HERE_STRING.finditer(line):
        yield _unquoted(match, "value")


def _env_set(line: str) -> Iterator[tuple[int, int]]:
    for match in _ENV_SET.finditer(line):
        name = match.group("name")
        if name in _SECRET_ENV or _ENV_SECRET.search(name) and name not in _NOT_SECRET_ENV:
            yield _unquoted(match, "value")


def _unquoted(match: re.Match[str], group: str) -> tuple[int, int]:
    start, end = match.span(group)
    if match.group(group)[:1] in "\"'":
        return start + 1, end - 1
    return start, end


def _values(tool: str, words: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """The password among a command's words, by the tool's own flags."""
    texts = [word.group() for word in words]
    if tool.startswith(("mysql", "mariadb")):
        for word, text in zip(words, texts):
            if text.startswith("-p") and len(text) > 2:
                yield _within(word, 2)
    elif tool in ("sshpass", "login") or tool.startswith("mongo"):
        yield from _after_flag(words, texts, ("-p", "--password"))
    elif tool == "redis-cli":
        yield from _after_flag(words, texts, ("-a", "--pass"))
    elif tool in ("sqlcmd", "psexec", "paexec"):
        yield from _after_flag(words, texts, ("-P",) if tool == "sqlcmd" else ("-p",))
    elif tool.startswith("ldap"):
        yield from _after_flag(words, texts, ("-w",))
    elif tool == "xfreerdp":
        for word, text in zip(words, texts):
            flag = next((flag for flag in ("/p:", "/password:") if text.startswith(flag)), "")
            if flag and len(text) > len(flag):
                yield _within(word, len(flag))
    elif tool == "smbclient":
        yield from _smbclient(words, texts)
    elif tool.lower() == "convertto-securestring":
        yield from _secure_string(words, texts)
    elif tool == "curl":  # -u USER:SECRET
        yield from _after_separator(words, texts, ("-u", "--user"), ":")
    elif tool == "htpasswd":
        yield from _htpasswd(words, texts)
    elif tool == "openssl":
        for index, text in enumerate(texts):
            if text in ("-pass", "-passin", "-passout", "-password") and index + 1 < len(words):
                if _QUOTES.sub("", texts[index + 1]).startswith("pass:"):
                    yield _within(words[index + 1], texts[index + 1].find("pass:") + 5)
    else:  # helm --set, kubectl --from-literal
        yield from _key_values(words, texts)


def _within(word: re.Match[str], offset: int, length: int | None = None) -> tuple[int, int]:
    """The span of `word` from `offset` (`length` characters, or to its end), its quotes left
    out at both ends."""
    text = word.group()
    start = word.start() + offset
    end = word.end() if length is None else start + length
    while start < end and text[start - word.start()] in "\"'":
        start += 1
    while end > start and text[end - 1 - word.start()] in "\"'":
        end -= 1
    return start, _code_span_end(text[start - word.start():end - word.start()]) + start


def _code_span_end(value: str) -> int:
    """The length of `value` without the backtick that closes the code span a command is
    written in (`` `kubectl … --from-literal=client-secret=insecure_secret` ``)."""
    return len(value) - 1 if value.endswith("`") and value.count("`") == 1 else len(value)


def _flag_argument(words: list[re.Match[str]], texts: list[str], index: int,
                   flags: tuple[str, ...]) -> tuple[re.Match[str], int] | None:
    """What flag `index` is given: the next word (`-p x`), after `=` (`--password=x`) or glued
    to a short flag (`-px`); None when word `index` is none of `flags`."""
    text = texts[index]
    for flag in flags:
        if text == flag:
            return (words[index + 1], 0) if index + 1 < len(words) else None
        if text.startswith(flag + "="):
            return words[index], len(flag) + 1
        if len(flag) == 2 and text.startswith(flag) and len(text) > 2:
            return words[index], 2
    return None


def _after_flag(words: list[re.Match[str]], texts: list[str],
                flags: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    for index in range(len(words)):
        given = _flag_argument(words, texts, index, flags)
        if given is not None:
            yield _within(*given)


def _smbclient(words: list[re.Match[str]], texts: list[str]) -> Iterator[tuple[int, int]]:
    """`smbclient … -U USER%SECRET` (also `--user=USER%SECRET`)."""
    yield from _after_separator(words, texts, ("-U", "--user"), "%")


def _after_separator(words: list[re.Match[str]], texts: list[str], flags: tuple[str, ...],
                     separator: str) -> Iterator[tuple[int, int]]:
    """What follows `separator` in the value given to one of `flags` (`USER:SECRET`)."""
    for index in range(len(words)):
        given = _flag_argument(words, texts, index, flags)
        if given is not None:
            word, offset = given
            at = word.group().find(separator, offset)
            if at >= 0 and at + 1 < len(word.group()):
                yield _within(word, at + 1)


def _secure_string(words: list[re.Match[str]], texts: list[str]) -> Iterator[tuple[int, int]]:
    """PowerShell's `ConvertTo-SecureString "SECRET" -AsPlainText` (or `-String SECRET`)."""
    if not any(text.lower().startswith("-asplaintext") for text in texts):
        return
    for index, text in enumerate(texts):
        if text.lower() == "-string" and index + 1 < len(words):
            yield _within(words[index + 1], 0)
            return
        if not text.startswith(("-", "$", "(")):
            yield _within(words[index], 0, len(text.rstrip(")")))
            return


def _htpasswd(words: list[re.Match[str]], texts: list[str]) -> Iterator[tuple[int, int]]:
    """`htpasswd -b[c] FILE USER PASSWORD`, `htpasswd -nb USER PASSWORD`."""
    flags = "".join(text[1:] for text in texts if text.startswith("-") and len(text) > 1)
    if "b" not in flags:
        return
    plain = [word for word, text in zip(words, texts) if not text.startswith("-")]
    place = 1 if "n" in flags else 2
    if len(plain) > place:
        yield _within(plain[place], 0)


def _key_values(words: list[re.Match[str]], texts: list[str]) -> Iterator[tuple[int, int]]:
    """`--set a.password=x,b=y`, `--set-string …`, `--from-literal=api-key=x`: each value whose
    key names a secret."""
    for index, text in enumerate(texts):
        flag, _, given = text.partition("=")
        if flag not in ("--set", "--set-string", "--set-literal", "--from-literal"):
            continue
        word, offset = words[index], len(flag) + 1
        if not given and index + 1 < len(words):
            word, offset = words[index + 1], 0
        pairs = [word.group()[offset:]] if flag != "--set" else word.group()[offset:].split(",")
        for pair in pairs:
            key, sign, value = pair.partition("=")
            if sign and value and _SECRET_KEY.search(key.rsplit(".", 1)[-1]):
                start = word.group().find(pair, offset) + len(key) + 1
                yield _within(word, start, len(value))
                offset = start + len(value)


MAX_CONTINUED = 50
"""Lines of one command continued with `\\` (or PowerShell's backtick, cmd's `^`) read
together."""
_CONTINUED = ("\\", "`", "^")


def continued_passwords(lines: list[str]) -> Iterator[tuple[int, int, int]]:
    """(line index, start, end) of each password given to a command written over several lines
    (`mysql -u root \\` then `  -pSECRET shop`): the lines are read as the shell joins them."""
    index = 0
    while index < len(lines):
        if not lines[index].rstrip().endswith(_CONTINUED):
            index += 1
            continue
        last = index
        while (last + 1 < len(lines) and last - index < MAX_CONTINUED
               and lines[last].rstrip().endswith(_CONTINUED)):
            last += 1
        yield from _joined(lines, index, last)
        index = last + 1


def _joined(lines: list[str], first: int, last: int) -> Iterator[tuple[int, int, int]]:
    parts = [lines[number].rstrip() for number in range(first, last + 1)]
    parts = [part[:-1] if number < len(parts) - 1 else part
             for number, part in enumerate(parts)]
    offsets = []
    position = 0
    for part in parts:
        offsets.append(position)
        position += len(part) + 1
    joined = " ".join(parts)
    for start, end in passwords_given(joined):
        at = max(number for number, offset in enumerate(offsets) if offset <= start)
        if end <= offsets[at] + len(parts[at]):  # a value ends on the line it starts on
            yield first + at, start - offsets[at], end - offsets[at]


_NETRC_ENTRY = re.compile(r"[ \t]*(?:machine[ \t]+\S|default(?:[ \t]|$))")
_NETRC_PASSWORD = re.compile(r"[ \t]*password[ \t]+(?P<value>[^\s`\"']{1,200})[ \t]*$")
NETRC_LINES = 4
"""Lines after a `.netrc` entry's `machine` line its `password` line may be."""


def netrc_passwords(lines: list[str]) -> Iterator[tuple[int, int, int]]:
    """(line index, start, end) of each `password SECRET` line of a `.netrc` written over
    lines (`machine HOST`, `  login USER`, `  password SECRET`)."""
    entry = -NETRC_LINES - 1
    for index, line in enumerate(lines):
        if _NETRC_ENTRY.match(line):
            entry = index
        elif index - entry <= NETRC_LINES and (match := _NETRC_PASSWORD.match(line)):
            yield index, *match.span("value")
